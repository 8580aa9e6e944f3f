import {
	describeEligibility,
	hsdsId,
	hsdsTermId,
	toHsdsService,
	type Service
} from '@stodkartan/core';
import { buildOrganization, buildService } from '../support/domain.js';
import { testHsdsContext } from '../support/hsds.js';

const map = (overrides: Partial<Service>) =>
	toHsdsService(buildService(overrides), buildOrganization(), testHsdsContext());

describe('HSDS ids', () => {
	test('are UUID v5 of our ids under a fixed namespace per entity type: the same on every run and machine', () => {
		// Fixed values: a changed namespace would change every published id, which readers rely on.
		expect(hsdsId('service', 'bris-chatt')).toBe(hsdsId('service', 'bris-chatt'));
		expect(hsdsId('service', 'bris')).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
		expect(hsdsId('service', 'bris')).toBe('340f2fae-ccd0-56a9-ac1f-a38d86a1d257');
		expect(hsdsId('organization', 'bris')).not.toBe(hsdsId('service', 'bris'));
		expect(hsdsTermId('need', 'social-services')).not.toBe(hsdsTermId('role', 'social-services'));
	});
});

describe('a service in HSDS', () => {
	test('weekly opening hours become one weekly schedule per slot, named by its contact route', () => {
		const service = map({
			contacts: [
				{
					channel: 'phone',
					value: '116 111',
					hours: {
						weekly: [
							{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '21:00' },
							{ days: [6, 7], opens: '12:00', closes: '00:00' }
						],
						note: { sv: 'Stängt på röda dagar.' }
					}
				},
				{ channel: 'chat', value: 'https://example.org/chatt', hours: { alwaysOpen: true } }
			]
		});
		expect(service.schedules).toEqual([
			expect.objectContaining({
				freq: 'WEEKLY',
				byday: 'MO,TU,WE,TH,FR',
				opens_at: '09:00',
				closes_at: '21:00',
				attending_type: 'telefon: 116 111',
				description: 'Stängt på röda dagar.'
			}),
			expect.objectContaining({ byday: 'SA,SU', opens_at: '12:00', closes_at: '00:00' }),
			expect.objectContaining({
				byday: 'MO,TU,WE,TH,FR,SA,SU',
				opens_at: '00:00',
				closes_at: '23:59',
				attending_type: 'chatt: https://example.org/chatt'
			})
		]);
		expect(service.phones).toEqual([expect.objectContaining({ number: '116 111', type: 'voice' })]);
		expect(service.additional_urls).toEqual([
			expect.objectContaining({ label: 'Chatt', url: 'https://example.org/chatt' })
		]);
	});

	test('service areas carry SCB codes and names', () => {
		expect(map({ serviceArea: { scope: 'regional', counties: ['22'] } }).service_areas).toEqual([
			expect.objectContaining({ name: 'Västernorrlands län', uri: 'urn:scb:county:22' })
		]);
		expect(
			map({ serviceArea: { scope: 'local', municipalities: ['2281'] } }).service_areas
		).toEqual([
			expect.objectContaining({
				name: 'Sundsvalls kommun',
				uri: 'urn:scb:municipality:2281',
				description: 'Kommun i Västernorrlands län, SCB-kod 2281.'
			})
		]);
		expect(map({ serviceArea: { scope: 'national' } }).service_areas).toEqual([
			expect.objectContaining({ name: 'Hela Sverige', uri: 'urn:scb:country:SE' })
		]);
	});

	test('status, ages, eligibility, dates, languages and needs take their HSDS fields', () => {
		const service = map({
			status: 'paused',
			eligibility: { minAge: 13, maxAge: 25, genders: ['female', 'nonbinary'] },
			lastVerified: '2026-10-01',
			languages: ['sv', 'ar'],
			needs: ['rape', 'someone-to-talk-to'],
			role: 'support-line',
			audience: ['young-people']
		});
		expect(service).toMatchObject({
			status: 'temporarily closed',
			minimum_age: 13,
			maximum_age: 25,
			eligibility_description: '13–25 år. För tjejer och kvinnor och icke-binära.',
			assured_date: '2026-10-01',
			last_modified: '2026-11-30T12:00:00.000Z',
			languages: [
				expect.objectContaining({ code: 'sv', name: 'svenska' }),
				expect.objectContaining({ code: 'ar', name: 'arabiska' })
			]
		});
		expect(
			service.attributes.map((attribute) => [attribute.link_type, attribute.taxonomy_term.code])
		).toEqual([
			['need', 'rape'],
			['need', 'someone-to-talk-to'],
			['role', 'role:support-line'],
			['audience', 'audience:young-people']
		]);
	});

	test('what HSDS has no field for is in the documented stodkartan extension, never in a standard field', () => {
		const service = map({
			afterContact: { anonymity: 'anonymous', reportsToSocialServices: 'when-child-at-risk' },
			confidence: 'medium',
			caveats: { sv: 'Öppettiderna ändras på sommaren.' },
			verifiedBy: 'public-sources',
			anonymous: true
		});
		expect(service.stodkartan).toMatchObject({
			afterContact: { anonymity: 'anonymous', reportsToSocialServices: 'when-child-at-risk' },
			confidence: 'medium',
			caveats: { sv: 'Öppettiderna ändras på sommaren.' },
			verifiedBy: 'public-sources',
			anonymous: true,
			timeZone: 'Europe/Stockholm'
		});
		expect(JSON.stringify({ ...service, stodkartan: undefined })).not.toContain(
			'Öppettiderna ändras'
		);
	});

	test('the confidence is the one every answer shows today: low once the sources are over five years old', () => {
		expect(map({ lastVerified: '2015-01-01', confidence: 'high' }).stodkartan.confidence).toBe(
			'low'
		);
		expect(map({ lastVerified: '2026-10-01', confidence: 'high' }).stodkartan.confidence).toBe(
			'high'
		);
	});

	test('an eligibility note is the description; without one, the ages and genders in plain Swedish', () => {
		expect(describeEligibility({})).toBeUndefined();
		expect(describeEligibility({ maxAge: 17 })).toBe('Upp till 17 år.');
		expect(describeEligibility({ minAge: 18, genders: ['male'] })).toBe(
			'Från 18 år. För killar och män.'
		);
		expect(
			map({ eligibility: { maxAge: 17, note: { sv: 'För barn i kommunen.' } } })
				.eligibility_description
		).toBe('För barn i kommunen.');
	});
});
