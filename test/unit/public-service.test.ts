import { toPublicService, type Location } from '@stodkartan/core';
import { buildOrganization, buildService } from '../support/domain.js';

const TODAY = '2026-12-01';

const address: Location = {
	name: 'Huset',
	address: { street: 'Hemliga gatan 1', postalCode: '85230', city: 'Sundsvall' },
	municipality: '2281',
	lat: 62.39,
	lon: 17.3
};

describe('what the public may see of a service', () => {
	test('a protected address is never shown: only its municipality, or nothing', () => {
		const shelter = buildService({
			needs: ['safe-housing'],
			locations: [
				{ ...address, addressVisibility: 'municipality' },
				{ ...address, addressVisibility: 'hidden' }
			]
		});
		const shown = toPublicService(shelter, buildOrganization(), TODAY);
		expect(shown.locations).toEqual([{ municipality: '2281' }]);
		expect(JSON.stringify(shown)).not.toMatch(/Hemliga|85230|62\.39|17\.3/);
	});

	test('a safe-housing service hides its addresses unless they are marked public', () => {
		const shelter = buildService({
			needs: ['safe-housing', 'honour-violence'],
			locations: [address]
		});
		expect(toPublicService(shelter, buildOrganization(), TODAY).locations).toBeUndefined();
		const publicOffice = buildService({
			needs: ['safe-housing'],
			locations: [{ ...address, addressVisibility: 'public' }]
		});
		expect(toPublicService(publicOffice, buildOrganization(), TODAY).locations?.[0]).toMatchObject({
			address: address.address,
			lat: 62.39
		});
	});

	test('other services show their addresses, with the organization', () => {
		const clinic = buildService({ needs: ['medical-care'], locations: [address] });
		const shown = toPublicService(
			clinic,
			buildOrganization({ name: 'Region X', type: 'public' }),
			TODAY
		);
		expect(shown.locations).toEqual([address]);
		expect(shown.organization).toEqual({ id: 'org', name: 'Region X', type: 'public' });
	});

	test('an entry whose newest source is more than five years old is served as low confidence', () => {
		const checked = (lastVerified: string) =>
			toPublicService(buildService({ lastVerified, confidence: 'high' }), undefined, TODAY)
				.confidence;
		expect(checked('2021-12-01')).toBe('high');
		expect(checked('2021-11-30')).toBe('low');
		// The same entry turns low on the day it passes the limit, with no edit to the file.
		const service = buildService({ lastVerified: '2022-06-15', confidence: 'medium' });
		expect(toPublicService(service, undefined, '2027-06-15').confidence).toBe('medium');
		expect(toPublicService(service, undefined, '2027-06-16').confidence).toBe('low');
	});
});
