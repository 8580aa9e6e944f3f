import { parseCatalogue, type Catalogue } from '@stodkartan/core';
import {
	buildCatalogue,
	buildOrganization,
	buildService,
	fixtureCatalogue,
	testGeography
} from '../support/domain.js';

const options = { regions: testGeography(), today: '2026-11-24' };
const problemsOf = (raw: unknown) => {
	const result = parseCatalogue(raw, options);
	return result.ok ? [] : result.problems;
};

describe('catalogue validation', () => {
	test('the evaluation fixture, in the contract format, is valid', () => {
		const result = parseCatalogue(fixtureCatalogue(), options);
		expect(result.ok).toBe(true);
	});

	test('every problem is listed with its JSON path, not just the first', () => {
		const raw = buildCatalogue([
			buildService({ id: 'Not An Id' }),
			{ ...buildService(), needs: ['no-such-need'] } as unknown as Catalogue['services'][number],
			buildService({ eligibility: { minAge: -1 } }),
			{ ...buildService(), contacts: [] }
		]);
		const problems = problemsOf(raw);
		expect(problems.map((problem) => problem.path)).toEqual(
			expect.arrayContaining([
				'$.services[0].id',
				'$.services[1].needs[0]',
				'$.services[2].eligibility.minAge',
				'$.services[3].contacts'
			])
		);
	});

	test('a file that is not a catalogue at all is rejected with a clear problem', () => {
		expect(problemsOf({ hello: 'world' }).map((problem) => problem.path)).toEqual(
			expect.arrayContaining(['$.schemaVersion', '$.organizations', '$.services'])
		);
		expect(problemsOf(null)).toHaveLength(1);
	});

	test('references a schema cannot check: duplicate ids, unknown organization, unknown region codes, future dates', () => {
		const raw = buildCatalogue([
			buildService({ id: 'twice' }),
			buildService({ id: 'twice' }),
			buildService({ organizationId: 'nobody' }),
			buildService({ serviceArea: { scope: 'local', municipalities: ['9999'] } }),
			buildService({ serviceArea: { scope: 'regional', counties: ['99'] } }),
			buildService({ lastVerified: '2030-01-01' })
		]);
		const messages = problemsOf(raw).map((problem) => `${problem.path} ${problem.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/services\[1\]\.id duplicate service id "twice"/),
				expect.stringMatching(/services\[2\]\.organizationId unknown organization "nobody"/),
				expect.stringMatching(
					/services\[3\]\.serviceArea\.municipalities\[0\] unknown municipality code "9999"/
				),
				expect.stringMatching(/services\[4\]\.serviceArea\.counties\[0\] unknown county code "99"/),
				expect.stringMatching(/services\[5\]\.lastVerified .* in the future/)
			])
		);
	});

	test('an age range nobody fits keeps the contract but is reported as a warning', () => {
		const result = parseCatalogue(
			buildCatalogue([buildService({ eligibility: { minAge: 18, maxAge: 17 } })]),
			options
		);
		expect(result.ok && result.warnings.map((warning) => warning.path)).toEqual([
			'$.services[0].eligibility'
		]);
	});

	test('fields the contract does not know are accepted and dropped', () => {
		const service = { ...buildService(), internalNote: 'do not publish' };
		const result = parseCatalogue(buildCatalogue([service]), options);
		expect(result.ok && result.catalogue.services[0]).not.toHaveProperty('internalNote');
	});

	test('web addresses must be http(s): no javascript: links reach the site', () => {
		expect(
			problemsOf(
				buildCatalogue([buildService()], [buildOrganization({ website: 'javascript:alert(1)' })])
			)
		).toEqual([expect.objectContaining({ path: '$.organizations[0].website' })]);
	});
});
