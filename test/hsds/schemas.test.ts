import {
	exportHsds,
	NEED_CODES,
	toHsdsServiceAtLocations,
	toHsdsServiceSummary,
	type Catalogue,
	type HsdsDirectoryExport
} from '@stodkartan/core';
import { fixtureCatalogue } from '../support/domain.js';
import { dataCatalogue, hsdsSchemas, testHsdsContext } from '../support/hsds.js';

// Every record the project publishes as HSDS is checked against the official compiled schemas
// (JSON Schema draft 2020-12, ajv), over the real catalogue and the test fixture.

const catalogues: [string, () => Promise<Catalogue>][] = [
	['data/', dataCatalogue],
	['the fixture', async () => fixtureCatalogue()]
];

describe.each(catalogues)('the HSDS export of %s', (_name, load) => {
	let data: HsdsDirectoryExport;
	let catalogue: Catalogue;
	beforeAll(async () => {
		catalogue = await load();
		data = exportHsds(catalogue, testHsdsContext());
	});

	test('holds every service and organization', () => {
		expect(data.services).toHaveLength(catalogue.services.length);
		expect(data.organizations).toHaveLength(catalogue.organizations.length);
	});

	test('every service is valid against compiled/service.json, and its list item against service_list.json', () => {
		const schemas = hsdsSchemas();
		for (const service of data.services) {
			expect({ id: service.id, issues: schemas.issues('service', service) }).toEqual({
				id: service.id,
				issues: []
			});
			expect(schemas.issues('service_list', toHsdsServiceSummary(service))).toEqual([]);
		}
	});

	test('every organization is valid against compiled/organization.json and organization_list.json', () => {
		const schemas = hsdsSchemas();
		for (const organization of data.organizations) {
			expect(schemas.issues('organization', organization)).toEqual([]);
			const { services: _services, ...listItem } = organization;
			expect(schemas.issues('organization_list', listItem)).toEqual([]);
		}
	});

	test('every service at a location is valid against compiled/service_at_location.json and its list schema', () => {
		const schemas = hsdsSchemas();
		const entries = data.services.flatMap((service) => toHsdsServiceAtLocations(service));
		for (const entry of entries) {
			expect(schemas.issues('service_at_location', entry)).toEqual([]);
			expect(schemas.issues('service_at_location_list', entry)).toEqual([]);
		}
	});

	test('every taxonomy and taxonomy term is valid against taxonomy.json and taxonomy_term.json', () => {
		const schemas = hsdsSchemas();
		for (const taxonomy of data.taxonomies) {
			expect(schemas.issues('taxonomy', taxonomy)).toEqual([]);
		}
		for (const term of data.terms) expect(schemas.issues('taxonomy_term', term)).toEqual([]);
	});

	test('every need code is a taxonomy term whose code is the need code, with Swedish and English words', () => {
		const needTerms = data.terms.filter(
			(term) => term.taxonomy_detail.name === 'Stödkartan: behov'
		);
		expect(needTerms.map((term) => term.code)).toEqual([...NEED_CODES]);
		for (const term of needTerms) {
			expect(term.language).toBe('sv');
			expect(term.stodkartan.name.sv).toBe(term.name);
			expect(term.stodkartan.name.en.length).toBeGreaterThan(0);
			expect(term.stodkartan.description.en.length).toBeGreaterThan(0);
		}
	});

	test('term codes are unique across every taxonomy, as HSDS requires', () => {
		const codes = data.terms.map((term) => term.code);
		expect(new Set(codes).size).toBe(codes.length);
	});
});

describe('the validator', () => {
	test('refuses what breaks the standard, so the tests above can fail', () => {
		const schemas = hsdsSchemas();
		const service = exportHsds(fixtureCatalogue(), testHsdsContext()).services[0];
		expect(schemas.issues('service', { ...service, id: 'bris-chatt' })).toEqual(
			expect.arrayContaining([expect.objectContaining({ path: '$.id' })])
		);
		expect(schemas.issues('service', { ...service, status: 'open' })).toEqual(
			expect.arrayContaining([expect.objectContaining({ path: '$.status' })])
		);
		const { name: _name, ...nameless } = service as unknown as Record<string, unknown>;
		expect(schemas.issues('service', nameless)).not.toEqual([]);
		expect(schemas.issues('taxonomy_term', { id: 'x', code: 'rape' })).not.toEqual([]);
	});
});
