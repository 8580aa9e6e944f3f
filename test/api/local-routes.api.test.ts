import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataCatalogue, loadGaps } from '@stodkartan/api';
import {
	localRoutesResponseSchema,
	matchResponseSchema,
	type Catalogue,
	type Gap,
	type LocalRoutesResponse,
	type PublicService
} from '@stodkartan/core';
import { buildCatalogue, buildService, DATA, testGeography } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const geography = testGeography();
const NOW = new Date('2026-12-01T10:00:00+01:00');
let catalogue: Catalogue;
let gaps: Gap[];
let app: TestApp;

beforeAll(async () => {
	const result = await loadDataCatalogue(DATA, geography, '2026-12-01');
	if (!result.ok) throw new Error('data/ is invalid');
	catalogue = result.catalogue;
	gaps = await loadGaps(DATA, geography);
	app = await createTestApp(catalogue, { now: NOW, gaps });
});
afterAll(() => app.close());

async function routesFor(body: object): Promise<LocalRoutesResponse> {
	const response = await app.request.post('/api/local-routes').send(body);
	expect(response.status).toBe(200);
	return localRoutesResponseSchema.parse(response.body);
}
const phones = (services: readonly PublicService[]) =>
	services.flatMap((service) =>
		service.contacts.filter((contact) => contact.channel === 'phone').map(({ value }) => value)
	);

/** A municipality's record in the municipal research, as received. */
function municipalResearch(code: string): {
	social_services_children_phone: string;
	socialjour: unknown;
} {
	const file = JSON.parse(
		readFileSync(path.join(DATA, 'sources', 'local', 'municipal-social-services.json'), 'utf8')
	) as { municipalities: { kommun_code: string }[] };
	const record = file.municipalities.find((entry) => entry.kommun_code === code);
	if (!record) throw new Error(`no research for ${code}`);
	return record as never;
}

describe('POST /api/local-routes over the real catalogue', () => {
	test('Sundsvall: its own social services with the intake number from the research, and the on-call route said plainly', async () => {
		const routes = await routesFor({ municipality: '2281' });
		expect(routes.municipality).toEqual({
			code: '2281',
			name: 'Sundsvall',
			county: { code: '22', name: 'Västernorrlands län' }
		});
		expect(routes.socialServices.local).toBe(true);
		const own = routes.socialServices.services[0];
		expect(own?.serviceArea).toEqual({ scope: 'local', municipalities: ['2281'] });
		const intake = municipalResearch('2281').social_services_children_phone;
		expect(intake).toMatch(/^060-/);
		expect(phones(routes.socialServices.services)).toContain(intake);
		expect(phones(routes.socialServices.services)).not.toContain('112');
		// The research found no on-call number for Sundsvall: none is invented, and the answer says so.
		expect(municipalResearch('2281').socialjour).toBeNull();
		expect(routes.onCall.services).toEqual([]);
		expect(routes.onCall.note?.sv).toMatch(/ingen socialjour registrerad för Sundsvall/);
		expect(routes.onCall.note?.en).toMatch(/Sundsvall/);
	});

	test('Sundsvall: the Barnahus, BUP, youth clinic, shelter and crime-victim support that serve it', async () => {
		const routes = await routesFor({ municipality: '2281' });
		expect(routes.barnahus.status).toBe('served');
		expect(routes.barnahus.services.map(({ serviceArea }) => serviceArea)).toContainEqual({
			scope: 'local',
			municipalities: ['2281']
		});
		// The only source is an old radio item: served as low confidence, with its date.
		expect(routes.barnahus.services[0]?.confidence).toBe('low');
		const roles = routes.other.map(({ role }) => role);
		for (const role of [
			'acute-care',
			'child-psychiatry',
			'youth-clinic',
			'shelter',
			'crime-victim-support'
		] as const) {
			expect(roles).toContain(role);
		}
		// Local before regional: Sundsvall's own youth clinic before the county's.
		const youth = routes.other.find(({ role }) => role === 'youth-clinic')?.services ?? [];
		expect(youth[0]?.serviceArea.scope).toBe('local');
		expect(youth.at(-1)?.serviceArea.scope).toBe('regional');
	});

	test('a postal code answers for its municipality, the same as the code', async () => {
		const byPostalCode = await routesFor({ postalCode: '850 03' });
		expect(byPostalCode).toEqual(await routesFor({ municipality: '2281' }));
	});

	test('an on-call service reached through 112 says so, and how', async () => {
		const routes = await routesFor({ municipality: '2280' });
		const onCall = routes.onCall.services[0];
		expect(onCall?.role).toBe('social-on-call');
		const viaEmergency = onCall?.contacts.find(({ value }) => value === '112');
		expect(viaEmergency?.note?.sv).toMatch(/nås via 112.*be SOS Alarm koppla/);
		expect(viaEmergency?.note?.en).toMatch(/reached through 112/);
		// Härnösand's Barnahus is not documented: the gap says so, with its source.
		expect(routes.barnahus.status).toBe('unknown');
		expect(routes.barnahus.gap?.description.sv).toMatch(/Härnösand/);
		expect(routes.barnahus.gap?.sources.length).toBeGreaterThan(0);
	});

	test('with no local entry, the national route names the municipality and never offers 112', async () => {
		const routes = await routesFor({ municipality: '2180' });
		expect(routes.socialServices.local).toBe(false);
		expect(routes.socialServices.services.length).toBeGreaterThan(0);
		for (const service of routes.socialServices.services) {
			expect(service.serviceArea.scope).toBe('national');
			expect(service.contacts.map(({ value }) => value)).not.toContain('112');
		}
		expect(routes.socialServices.note?.sv).toMatch(/inget eget nummer till socialtjänsten i Gävle/);
		expect(routes.socialServices.note?.en).toMatch(/social services in Gävle/);
		// Gävle's on-call service is the one the county's municipalities share.
		expect(routes.onCall.services[0]?.serviceArea).toMatchObject({
			scope: 'local',
			municipalities: expect.arrayContaining(['2180', '2183']) as unknown
		});
	});

	test('where the sources say there is no Barnahus, the answer says none, with the source', async () => {
		const routes = await routesFor({ municipality: '1080' });
		expect(routes.barnahus).toMatchObject({ status: 'none', services: [] });
		expect(routes.barnahus.gap?.status).toBe('none');
		expect(routes.barnahus.gap?.sources[0]).toMatch(/^https:/);
	});

	test('never shows a protected address', async () => {
		const shelters = (await routesFor({ municipality: '2284' })).other.find(
			({ role }) => role === 'shelter'
		);
		expect(shelters?.services.length).toBeGreaterThan(0);
		for (const service of shelters?.services ?? []) {
			if (service.needs.includes('safe-housing')) expect(service.locations).toBeUndefined();
		}
	});
});

describe('a professional in Sundsvall describing abuse of a child', () => {
	test("gets Sundsvall's social services among the results", async () => {
		const response = await app.request.post('/api/match').send({
			seeker: 'professional',
			location: { municipality: '2281' },
			text: 'En elev har berättat att hennes pappa förgriper sig på henne hemma. Hon är 12 år.'
		});
		expect(response.status).toBe(200);
		const body = matchResponseSchema.parse(response.body);
		const own = body.results.find(
			({ service }) => service.role === 'social-services' && service.serviceArea.scope === 'local'
		);
		expect(own?.service.serviceArea).toEqual({ scope: 'local', municipalities: ['2281'] });
	});
});

describe('POST /api/local-routes input', () => {
	test.each([
		['neither field', {}],
		['both fields', { municipality: '2281', postalCode: '85003' }],
		['a malformed code', { municipality: '22810' }],
		['a code SCB does not have', { municipality: '9999' }],
		['an unknown field', { municipality: '2281', county: '22' }],
		['a malformed postal code', { postalCode: 'Sundsvall' }]
	])('%s is a 400 in the one error shape', async (_, body) => {
		const response = await app.request.post('/api/local-routes').send(body);
		expect(response.status).toBe(400);
		expect(response.body.error.code).toBe('invalid_request');
		expect(response.body.error.issues.length).toBeGreaterThan(0);
	});

	test('says what is wrong when the place is missing or given twice', async () => {
		for (const body of [{}, { municipality: '2281', postalCode: '85003' }]) {
			const response = await app.request.post('/api/local-routes').send(body);
			expect(response.body.error.issues).toEqual([
				{ path: 'body', message: 'give exactly one of municipality and postalCode' }
			]);
		}
	});

	test('a postal code that is not in the table is a 404', async () => {
		const response = await app.request.post('/api/local-routes').send({ postalCode: '999 99' });
		expect(response.status).toBe(404);
		expect(response.body.error.code).toBe('not_found');
	});

	test('the place is never in the URL, never cached and never logged', async () => {
		const response = await app.request.post('/api/local-routes').send({ postalCode: '850 06' });
		expect(response.status).toBe(200);
		expect(response.headers['cache-control']).toBe('no-store');
		expect((await app.request.get('/api/local-routes?municipality=2281')).status).toBe(404);
		expect(app.logs.join('\n')).not.toMatch(/85006|850 06/);
	});

	test('is described in the OpenAPI document', async () => {
		const response = await app.request.get('/api/openapi.json');
		expect(response.body.paths['/api/local-routes'].post.requestBody).toBeDefined();
	});
});

describe('confidence that means "can this be trusted today"', () => {
	test('a service turns low on the day its newest source is five years old, with no edit', async () => {
		let now = new Date('2027-06-15T12:00:00+02:00');
		const dated = await createTestApp(
			buildCatalogue([
				buildService({ id: 'aging', lastVerified: '2022-06-15', confidence: 'high' })
			]),
			{ now: () => now }
		);
		try {
			const confidence = async () => {
				const one = await dated.request.get('/api/services/aging');
				const listed = await dated.request.get('/api/services');
				expect(listed.body.items[0].confidence).toBe(one.body.confidence);
				return one.body.confidence as string;
			};
			expect(await confidence()).toBe('high');
			expect((await dated.request.get('/api/services/aging')).body.lastVerified).toBe('2022-06-15');
			now = new Date('2027-06-16T00:30:00+02:00');
			expect(await confidence()).toBe('low');
		} finally {
			await dated.close();
		}
	});
});
