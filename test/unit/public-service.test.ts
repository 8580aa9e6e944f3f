import { toPublicService, type Location } from '@stodkartan/core';
import { buildOrganization, buildService } from '../support/domain.js';

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
		const shown = toPublicService(shelter, buildOrganization());
		expect(shown.locations).toEqual([{ municipality: '2281' }]);
		expect(JSON.stringify(shown)).not.toMatch(/Hemliga|85230|62\.39|17\.3/);
	});

	test('a safe-housing service hides its addresses unless they are marked public', () => {
		const shelter = buildService({
			needs: ['safe-housing', 'honour-violence'],
			locations: [address]
		});
		expect(toPublicService(shelter, buildOrganization()).locations).toBeUndefined();
		const publicOffice = buildService({
			needs: ['safe-housing'],
			locations: [{ ...address, addressVisibility: 'public' }]
		});
		expect(toPublicService(publicOffice, buildOrganization()).locations?.[0]).toMatchObject({
			address: address.address,
			lat: 62.39
		});
	});

	test('other services show their addresses, with the organization', () => {
		const clinic = buildService({ needs: ['medical-care'], locations: [address] });
		const shown = toPublicService(clinic, buildOrganization({ name: 'Region X', type: 'public' }));
		expect(shown.locations).toEqual([address]);
		expect(shown.organization).toEqual({ id: 'org', name: 'Region X', type: 'public' });
	});
});
