import { computeCoverage, computeRoleCoverage } from '@stodkartan/core';
import { buildService, testGeography } from '../support/domain.js';

const geography = testGeography();
const cellFor = (
	services: Parameters<typeof computeCoverage>[0],
	county: string,
	need: 'rape' | 'someone-to-talk-to',
	band: 'under-13' | '13-17' | '18-25'
) =>
	computeCoverage(services, geography).find((entry) => entry.county.code === county)?.cells[need][
		band
	];

describe('coverage of the support system', () => {
	test('a regional service covers its whole county, for the ages it takes', () => {
		const services = [
			buildService({
				needs: ['rape'],
				eligibility: { minAge: 13 },
				serviceArea: { scope: 'regional', counties: ['22'] }
			})
		];
		expect(cellFor(services, '22', 'rape', '13-17')?.level).toBe('county');
		expect(cellFor(services, '22', 'rape', 'under-13')?.level).toBe('none');
		expect(cellFor(services, '24', 'rape', '13-17')?.level).toBe('none');
	});

	test('local services cover part of a county, counted in municipalities', () => {
		const services = [
			buildService({
				needs: ['rape'],
				serviceArea: { scope: 'local', municipalities: ['2281', '2280'] }
			})
		];
		expect(cellFor(services, '22', 'rape', '18-25')).toEqual({
			level: 'part',
			municipalitiesCovered: 2,
			municipalities: 7
		});
	});

	test('a nationwide line alone shows as national; inactive services do not count', () => {
		const services = [
			buildService({ needs: ['someone-to-talk-to'] }),
			buildService({ needs: ['rape'], status: 'inactive' })
		];
		expect(cellFor(services, '01', 'someone-to-talk-to', '13-17')?.level).toBe('national');
		expect(cellFor(services, '01', 'rape', '13-17')?.level).toBe('none');
	});
});

describe("coverage by role: services per county and each municipality's local routes", () => {
	const services = [
		buildService({
			role: 'social-services',
			serviceArea: { scope: 'local', municipalities: ['2281', '2280'] }
		}),
		buildService({ role: 'social-on-call', serviceArea: { scope: 'regional', counties: ['22'] } }),
		buildService({ role: 'barnahus', serviceArea: { scope: 'local', municipalities: ['2281'] } }),
		buildService({
			role: 'barnahus',
			status: 'inactive',
			serviceArea: { scope: 'local', municipalities: ['2262'] }
		}),
		buildService({ role: 'support-line' })
	];
	const gaps = [
		{
			id: 'okand',
			need: 'child-investigation' as const,
			role: 'barnahus' as const,
			status: 'unknown' as const,
			municipalities: ['2262', '2280'],
			description: { sv: 'Okänt.', en: 'Unknown.' },
			sources: ['källa'],
			asOf: '2026-12-01'
		}
	];
	const coverage = computeRoleCoverage(services, geography, gaps, '2026-12-01');
	const vasternorrland = coverage.counties.find(({ county }) => county.code === '22');

	test('counts active services of each role that reach the county, and nationwide ones apart', () => {
		expect(coverage.national['support-line']).toBe(1);
		expect(vasternorrland?.byRole).toMatchObject({
			'social-services': 1,
			'social-on-call': 1,
			barnahus: 1,
			'support-line': 0
		});
		expect(coverage.counties.find(({ county }) => county.code === '24')?.byRole.barnahus).toBe(0);
	});

	test('counts municipalities with their own social services, an on-call service and a Barnahus', () => {
		expect(vasternorrland).toMatchObject({
			municipalities: 7,
			withSocialServices: 2,
			withOnCall: 7,
			barnahus: { served: 1, none: 0, unknown: 6 }
		});
	});
});
