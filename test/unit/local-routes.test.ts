import {
	freshSince,
	LocalRoutesIndex,
	localRoutesFor,
	type Gap,
	type Service
} from '@stodkartan/core';
import { buildService, testGeography } from '../support/domain.js';

const geography = testGeography();
const TODAY = '2026-12-01';
const SUNDSVALL = '2281';
const TIMRA = '2262';

const local = (...municipalities: string[]) => ({ scope: 'local' as const, municipalities });
const regional = (...counties: string[]) => ({ scope: 'regional' as const, counties });
const gap = (overrides: Partial<Gap> = {}): Gap => ({
	id: 'gap',
	need: 'child-investigation',
	role: 'barnahus',
	status: 'unknown',
	municipalities: [TIMRA],
	description: { sv: 'Inget Barnahus är belagt.', en: 'No Barnahus is documented.' },
	sources: ['https://example.se/kalla'],
	asOf: '2026-12-01',
	...overrides
});
const routes = (services: Service[], code = SUNDSVALL, gaps: Gap[] = []) =>
	localRoutesFor(services, code, { geography, gaps, today: TODAY });
const idsOf = (list: readonly { id: string }[] | undefined) => list?.map(({ id }) => id);

describe('a municipality’s local routes', () => {
	test('its own social services and on-call service, not those of other municipalities', () => {
		const found = routes([
			buildService({ id: 'own', role: 'social-services', serviceArea: local(SUNDSVALL) }),
			buildService({ id: 'neighbour', role: 'social-services', serviceArea: local(TIMRA) }),
			buildService({ id: 'jour', role: 'social-on-call', serviceArea: local(SUNDSVALL, TIMRA) }),
			buildService({ id: 'national', role: 'social-services', kind: 'pathway' })
		]);
		expect(found?.municipality).toEqual({
			code: SUNDSVALL,
			name: 'Sundsvall',
			county: { code: '22', name: 'Västernorrlands län' }
		});
		expect(found?.socialServices).toEqual({
			local: true,
			services: [expect.objectContaining({ id: 'own' })]
		});
		expect(idsOf(found?.onCall.services)).toEqual(['jour']);
		expect(found?.onCall.note).toBeUndefined();
	});

	test('with no local social services, the national route and a note that names the municipality', () => {
		const found = routes([
			buildService({ id: 'national', role: 'social-services', kind: 'pathway' }),
			buildService({ id: 'neighbour', role: 'social-services', serviceArea: local(TIMRA) })
		]);
		expect(found?.socialServices.local).toBe(false);
		expect(idsOf(found?.socialServices.services)).toEqual(['national']);
		expect(found?.socialServices.note?.sv).toMatch(/socialtjänsten i Sundsvall/);
		expect(found?.socialServices.note?.en).toMatch(/social services in Sundsvall/);
		expect(found?.onCall).toEqual({
			services: [],
			note: expect.objectContaining({ sv: expect.stringMatching(/Sundsvall/) })
		});
	});

	test('inactive and paused services, and services without a role, are never routes', () => {
		const found = routes([
			buildService({
				id: 'closed',
				role: 'social-services',
				status: 'inactive',
				serviceArea: local(SUNDSVALL)
			}),
			buildService({
				id: 'paused',
				role: 'social-on-call',
				status: 'paused',
				serviceArea: local(SUNDSVALL)
			}),
			buildService({ id: 'no-role', serviceArea: local(SUNDSVALL) })
		]);
		expect(found?.socialServices).toMatchObject({ local: false, services: [] });
		expect(found?.onCall.services).toEqual([]);
		expect(found?.other).toEqual([]);
	});

	test.each([
		[
			'a Barnahus serving it',
			[buildService({ id: 'bh', role: 'barnahus', serviceArea: regional('22') })],
			[gap({ municipalities: [SUNDSVALL] })],
			'served'
		],
		[
			'a gap saying there is none',
			[],
			[gap({ status: 'none', municipalities: [SUNDSVALL] })],
			'none'
		],
		['a gap saying the status is unknown', [], [gap({ municipalities: [SUNDSVALL] })], 'unknown'],
		['nothing at all', [], [gap()], 'unknown']
	] as const)('the Barnahus status with %s', (_, services, gaps, status) => {
		const found = routes([...services], SUNDSVALL, [...gaps]);
		expect(found?.barnahus.status).toBe(status);
		if (status === 'served') expect(idsOf(found?.barnahus.services)).toEqual(['bh']);
		else expect(found?.barnahus.services).toEqual([]);
		if (status === 'none') expect(found?.barnahus).toMatchObject({ gap: { status: 'none' } });
	});

	test('other routes by role: local before regional, then the most trustworthy today', () => {
		const found = routes([
			buildService({
				id: 'region-clinic',
				role: 'youth-clinic',
				serviceArea: regional('22'),
				confidence: 'high'
			}),
			buildService({
				id: 'stale-clinic',
				role: 'youth-clinic',
				serviceArea: local(SUNDSVALL),
				confidence: 'high',
				lastVerified: '2019-01-01'
			}),
			buildService({
				id: 'fresh-clinic',
				role: 'youth-clinic',
				serviceArea: local(SUNDSVALL),
				confidence: 'medium',
				lastVerified: '2026-01-01'
			}),
			buildService({ id: 'er', role: 'acute-care', serviceArea: regional('22') }),
			buildService({ id: 'other-county', role: 'shelter', serviceArea: regional('24') }),
			buildService({ id: 'line', role: 'support-line' })
		]);
		expect(found?.other.map(({ role, services }) => [role, idsOf(services)])).toEqual([
			['acute-care', ['er']],
			['youth-clinic', ['fresh-clinic', 'stale-clinic', 'region-clinic']]
		]);
	});

	test('a catalogue and its index give the same answer; an unknown code gives none', () => {
		const services = [
			buildService({ id: 'own', role: 'social-services', serviceArea: local(SUNDSVALL) }),
			buildService({ id: 'bup', role: 'child-psychiatry', serviceArea: regional('22') })
		];
		const context = { geography, gaps: [gap()], today: TODAY };
		expect(localRoutesFor(new LocalRoutesIndex(services), SUNDSVALL, context)).toEqual(
			localRoutesFor(services, SUNDSVALL, context)
		);
		expect(localRoutesFor(services, '9999', context)).toBeUndefined();
	});
});

describe('when an entry is too old to trust', () => {
	test.each([
		['2026-12-01', '2021-12-01'],
		['2028-02-29', '2023-02-29'],
		['2031-01-01', '2026-01-01']
	])('on %s an entry is fresh from %s', (today, since) => {
		expect(freshSince(today)).toBe(since);
	});
});
