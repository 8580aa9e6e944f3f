import {
	hsdsId,
	hsdsTermId,
	NEED_CODES,
	type Catalogue,
	type HsdsPage,
	type HsdsServiceSummary,
	type HsdsTaxonomyTerm
} from '@stodkartan/core';
import { buildCatalogue, buildOrganization, buildService } from '../support/domain.js';
import { hsdsSchemas } from '../support/hsds.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const shelter = buildService({
	id: 'skyddat-boende',
	name: { sv: 'Skyddat boende för unga' },
	needs: ['safe-housing'],
	locations: [
		{
			address: { street: 'Hemliga vägen 7', postalCode: '85230', city: 'Sundsvall' },
			municipality: '2281',
			lat: 62.3908,
			lon: 17.3069
		}
	]
});
const clinic = buildService({
	id: 'mottagningen',
	name: { sv: 'Mottagningen för unga', en: 'The youth clinic' },
	description: { sv: 'Samtal och vård efter övergrepp.' },
	needs: ['medical-care', 'rape'],
	role: 'youth-clinic',
	locations: [
		{
			name: 'Mottagningen',
			address: { street: 'Öppna gatan 2', postalCode: '85231', city: 'Sundsvall' },
			municipality: '2281',
			lat: 62.391,
			lon: 17.31
		}
	]
});
const line = buildService({
	id: 'linjen',
	name: { sv: 'Stödlinjen' },
	needs: ['someone-to-talk-to']
});
const closed = buildService({ id: 'stangd', name: { sv: 'Stängda linjen' }, status: 'inactive' });
const other = buildService({
	id: 'annan',
	organizationId: 'annan-org',
	name: { sv: 'Annan organisations chatt' }
});
const catalogue: Catalogue = buildCatalogue(
	[shelter, clinic, line, closed, other],
	[buildOrganization(), buildOrganization({ id: 'annan-org', name: 'Annan organisation' })]
);

let app: TestApp;
beforeAll(async () => {
	app = await createTestApp(catalogue);
});
afterAll(() => app.close());

const services = async (query = '') => {
	const response = await app.request.get(`/hsds/services${query}`);
	expect(response.status).toBe(200);
	return response.body as HsdsPage<HsdsServiceSummary>;
};

describe('GET /hsds', () => {
	test('/hsds/ says the HSDS version, where the API description is, and the attribution', async () => {
		const response = await app.request.get('/hsds/');
		expect(response.status).toBe(200);
		expect((await app.request.get('/hsds')).body).toMatchObject({ version: '3.1' });
		expect(response.body).toMatchObject({
			version: '3.1',
			openapi_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/api\/openapi\.json$/),
			attribution:
				'Human Services Data Specification: an Open Referral resource (https://openreferral.org/)'
		});
	});

	test('/hsds/services lists every active service in the standard’s paged shape, valid list items', async () => {
		const page = await services();
		expect(page).toMatchObject({
			total_items: 4,
			total_pages: 1,
			page_number: 1,
			size: 4,
			first_page: true,
			last_page: true,
			empty: false
		});
		expect(page.contents.map((service) => service.name)).toEqual([
			'Annan organisations chatt',
			'Mottagningen för unga',
			'Skyddat boende för unga',
			'Stödlinjen'
		]);
		for (const item of page.contents) {
			expect(hsdsSchemas().issues('service_list', item)).toEqual([]);
		}
	});

	test('pages with page and per_page', async () => {
		const second = await services('?per_page=3&page=2');
		expect(second).toMatchObject({
			total_items: 4,
			total_pages: 2,
			page_number: 2,
			size: 1,
			first_page: false,
			last_page: true,
			empty: false
		});
		const beyond = await services('?per_page=3&page=3');
		expect(beyond).toMatchObject({ size: 0, empty: true, contents: [] });
	});

	test('filters by taxonomy term, taxonomy, organization, search and modified_after', async () => {
		const names = async (query: string) =>
			(await services(query)).contents.map((service) => service.name);
		expect(await names(`?taxonomy_term_id=${hsdsTermId('need', 'rape')}`)).toEqual([
			'Mottagningen för unga'
		]);
		expect(await names(`?taxonomy_id=${hsdsId('taxonomy', 'role')}`)).toEqual([
			'Mottagningen för unga'
		]);
		expect(await names(`?organization_id=${hsdsId('organization', 'annan-org')}`)).toEqual([
			'Annan organisations chatt'
		]);
		expect(await names('?search=overgrepp')).toEqual(['Mottagningen för unga']);
		expect(await names('?search=youth%20clinic')).toEqual(['Mottagningen för unga']);
		expect(await names('?modified_after=2999-01-01T00:00:00Z')).toEqual([]);
		expect(await names('?modified_after=2000-01-01T00:00:00Z')).toHaveLength(4);
	});

	test('full=true nests each service; minimal=true gives ids and last_modified; format=ndjson streams all', async () => {
		const full = await services('?full=true&per_page=1');
		expect(hsdsSchemas().issues('service', full.contents[0])).toEqual([]);
		expect(full.contents[0]).toHaveProperty('attributes');
		const minimal = await services('?minimal=true');
		expect(Object.keys(minimal.contents[0] ?? {})).toEqual(['id', 'last_modified']);
		const ndjson = await app.request.get('/hsds/services?format=ndjson');
		expect(ndjson.headers['content-type']).toMatch(/application\/x-ndjson/);
		expect(ndjson.text.trim().split('\n')).toHaveLength(4);
	});

	test('a service by id, fully nested and valid, also when it is not active', async () => {
		const response = await app.request.get(`/hsds/services/${hsdsId('service', 'stangd')}`);
		expect(response.status).toBe(200);
		expect(response.body).toMatchObject({ name: 'Stängda linjen', status: 'inactive' });
		expect(hsdsSchemas().issues('service', response.body)).toEqual([]);
	});

	test('organizations, taxonomies and every need code as a term whose code is the need code', async () => {
		const organizations = await app.request.get('/hsds/organizations');
		expect(organizations.body.contents.map((o: { name: string }) => o.name)).toEqual([
			'Annan organisation',
			'Organisationen'
		]);
		const organization = await app.request.get(
			`/hsds/organizations/${hsdsId('organization', 'org')}`
		);
		expect(hsdsSchemas().issues('organization', organization.body)).toEqual([]);
		expect(organization.body.services).toHaveLength(3);
		const taxonomies = await app.request.get('/hsds/taxonomies');
		expect(taxonomies.body.total_items).toBe(3);
		const terms = await app.request.get(
			`/hsds/taxonomy_terms?per_page=500&taxonomy_id=${hsdsId('taxonomy', 'need')}`
		);
		const contents = terms.body.contents as HsdsTaxonomyTerm[];
		expect(contents.map((term) => term.code)).toEqual([...NEED_CODES]);
		const term = await app.request.get(`/hsds/taxonomy_terms/${hsdsTermId('need', 'rape')}`);
		expect(term.body).toMatchObject({
			code: 'rape',
			name: 'rape sv',
			language: 'sv',
			stodkartan: { name: { sv: 'rape sv', en: 'rape en' } }
		});
		const english = await app.request.get('/hsds/taxonomy_terms?search=rape%20en');
		expect(english.body.contents.map((found: HsdsTaxonomyTerm) => found.code)).toContain('rape');
	});

	test('service_at_locations list the public places only; a protected address is never there', async () => {
		const list = await app.request.get('/hsds/service_at_locations');
		expect(list.body.total_items).toBe(1);
		for (const entry of list.body.contents) {
			expect(hsdsSchemas().issues('service_at_location_list', entry)).toEqual([]);
		}
		const entry = await app.request.get(`/hsds/service_at_locations/${list.body.contents[0].id}`);
		expect(entry.status).toBe(200);
		expect(hsdsSchemas().issues('service_at_location', entry.body)).toEqual([]);
		const everything = [
			list.text,
			(await app.request.get(`/hsds/services/${hsdsId('service', 'skyddat-boende')}`)).text,
			(await app.request.get('/hsds/services?full=true')).text,
			(await app.request.get('/hsds/services?format=ndjson')).text
		].join('\n');
		expect(everything).toContain('Öppna gatan 2');
		for (const secret of ['Hemliga vägen', '62.3908', '17.3069']) {
			expect(everything).not.toContain(secret);
		}
	});

	test('answers are never cached and set no cookie, like the rest of the API', async () => {
		for (const path of ['/hsds/', '/hsds/services', '/hsds/nothing-here']) {
			const response = await app.request.get(path);
			expect(response.headers['cache-control']).toBe('no-store');
			expect(response.headers['set-cookie']).toBeUndefined();
		}
	});

	test.each([
		['/hsds/services?page=0', 'query.page'],
		['/hsds/services?per_page=501', 'query.per_page'],
		['/hsds/services?taxonomy_term_id=rape', 'query.taxonomy_term_id'],
		['/hsds/services?modified_after=yesterday', 'query.modified_after'],
		['/hsds/services?format=xml', 'query.format'],
		['/hsds/services?page=1&page=2', 'query.page'],
		['/hsds/services?postcode=85230', 'query'],
		['/hsds/taxonomy_terms?search=', 'query.search'],
		['/hsds/services/not-a-uuid', 'id']
	])('%s is a 400 in the project’s error shape', async (path, at) => {
		const response = await app.request.get(path);
		expect(response.status).toBe(400);
		expect(response.body.error).toMatchObject({
			code: 'invalid_request',
			message: expect.any(String)
		});
		expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toContain(at);
	});

	test('an unknown id or path is a 404', async () => {
		const unknown = hsdsId('service', 'finns-inte');
		expect((await app.request.get(`/hsds/services/${unknown}`)).status).toBe(404);
		expect((await app.request.get(`/hsds/organizations/${unknown}`)).status).toBe(404);
		expect((await app.request.get('/hsds/programs')).status).toBe(404);
	});

	test('/api/openapi.json describes the /hsds routes with the standard’s schemas and our extension', async () => {
		const response = await app.request.get('/api/openapi.json');
		expect(Object.keys(response.body.paths)).toEqual(
			expect.arrayContaining([
				'/hsds/',
				'/hsds/services',
				'/hsds/services/{id}',
				'/hsds/organizations',
				'/hsds/organizations/{id}',
				'/hsds/taxonomies',
				'/hsds/taxonomies/{id}',
				'/hsds/taxonomy_terms',
				'/hsds/taxonomy_terms/{id}',
				'/hsds/service_at_locations',
				'/hsds/service_at_locations/{id}'
			])
		);
		const parameters = response.body.paths['/hsds/services'].get.parameters.map(
			(p: { name: string }) => p.name
		);
		expect(parameters).toEqual(
			expect.arrayContaining(['page', 'per_page', 'search', 'taxonomy_term_id', 'modified_after'])
		);
		expect(response.body.components.schemas.HsdsServiceExtension.properties).toHaveProperty(
			'afterContact'
		);
	});
});
