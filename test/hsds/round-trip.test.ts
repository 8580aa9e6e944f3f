import { exportHsds, fromHsdsService, type Catalogue, type Service } from '@stodkartan/core';
import {
	buildCatalogue,
	buildOrganization,
	buildService,
	fixtureCatalogue,
	testGeography
} from '../support/domain.js';
import { dataCatalogue, HSDS_TEST_DAY, publicOnly, testHsdsContext } from '../support/hsds.js';

/** HSDS JSON as a file would carry it, then read back into the catalogue contract. */
function reimport(catalogue: Catalogue): Catalogue {
	const exported = JSON.parse(JSON.stringify(exportHsds(catalogue, testHsdsContext()))) as {
		services: Record<string, unknown>[];
	};
	const organizations = new Map<string, Catalogue['organizations'][number]>();
	const services = exported.services.map((raw) => {
		const imported = fromHsdsService(raw, { regions: testGeography(), file: 'export.json' });
		expect({ id: imported.draft.id, problems: imported.problems }).toEqual({
			id: imported.draft.id,
			problems: []
		});
		if (imported.organization) organizations.set(imported.organization.id, imported.organization);
		return imported.service as Service;
	});
	return { schemaVersion: '1.0', organizations: [...organizations.values()], services };
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
	[...items].sort((a, b) => (a.id < b.id ? -1 : 1));

describe.each([
	['data/', dataCatalogue],
	['the fixture', async () => fixtureCatalogue()]
])('export → import of %s', (_name, load) => {
	test('gives back the catalogue as the public may see it, field for field', async () => {
		const catalogue = await load();
		const back = reimport(catalogue);
		expect(byId(back.services)).toEqual(
			byId(catalogue.services.map((service) => publicOnly(service, HSDS_TEST_DAY)))
		);
		const used = new Set(catalogue.services.map((service) => service.organizationId));
		expect(byId(back.organizations)).toEqual(
			byId(catalogue.organizations.filter((organization) => used.has(organization.id)))
		);
	});

	test('export → import → export is byte-identical', async () => {
		const catalogue = await load();
		const first = JSON.stringify(exportHsds(catalogue, testHsdsContext()));
		const second = JSON.stringify(exportHsds(reimport(catalogue), testHsdsContext()));
		// Organizations without services are not carried by services.json, so they are compared apart.
		const servicesOf = (text: string) =>
			JSON.stringify((JSON.parse(text) as { services: unknown }).services);
		expect(servicesOf(second)).toBe(servicesOf(first));
	});
});

describe('protected addresses never leave', () => {
	const shelter = buildService({
		id: 'skyddat-boende',
		needs: ['safe-housing', 'partner-violence'],
		locations: [
			{
				name: 'Boendet',
				address: { street: 'Hemliga vägen 7', postalCode: '85230', city: 'Sundsvall' },
				municipality: '2281',
				lat: 62.3908,
				lon: 17.3069
			},
			{
				name: 'Mottagningen',
				address: { street: 'Öppna gatan 2', postalCode: '85231', city: 'Sundsvall' },
				municipality: '2281',
				lat: 62.391,
				lon: 17.31,
				addressVisibility: 'public'
			}
		]
	});
	const marked = buildService({
		id: 'markerad-adress',
		locations: [
			{
				address: { street: 'Dolda gränd 3', postalCode: '11120', city: 'Stockholm' },
				municipality: '0180',
				lat: 59.3251,
				lon: 18.0711,
				addressVisibility: 'municipality'
			},
			{
				address: { street: 'Gömda torget 9', postalCode: '11120', city: 'Stockholm' },
				municipality: '0180',
				lat: 59.3252,
				lon: 18.0712,
				addressVisibility: 'hidden'
			}
		]
	});
	const catalogue = buildCatalogue([shelter, marked], [buildOrganization()]);

	test('a safe-housing address, or one marked hidden or municipality-only, is nowhere in the HSDS JSON', () => {
		const text = JSON.stringify(exportHsds(catalogue, testHsdsContext()));
		for (const secret of [
			'Hemliga vägen',
			'62.3908',
			'17.3069',
			'Dolda gränd',
			'59.3251',
			'Gömda torget',
			'59.3252'
		]) {
			expect(text).not.toContain(secret);
		}
		// What the catalogue marks public is still published, and the municipality-only place says only its municipality.
		expect(text).toContain('Öppna gatan 2');
		expect(text).toContain('Adressen visas inte. Platsen ligger i Stockholms kommun.');
	});
});
