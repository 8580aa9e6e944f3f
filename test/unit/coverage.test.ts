import { computeCoverage } from '@stodkartan/core';
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
