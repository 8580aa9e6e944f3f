import {
	needsResponseSchema,
	postalCodeResponseSchema,
	publicServiceSchema,
	regionsResponseSchema,
	servicesPageSchema
} from '@stodkartan/core';
import { buildCatalogue, buildOrganization, buildService } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
const hidden = {
	municipality: '2281',
	lat: 62.39,
	lon: 17.3,
	address: { street: 'Hemliga gatan 1' }
};

beforeAll(async () => {
	app = await createTestApp(
		buildCatalogue(
			[
				buildService({
					id: 'bris',
					name: { sv: 'Bris' },
					needs: ['someone-to-talk-to', 'sexual-abuse'],
					eligibility: { maxAge: 17 },
					anonymous: true
				}),
				buildService({
					id: 'akut',
					name: { sv: 'Akutmottagningen' },
					needs: ['medical-care', 'rape'],
					serviceArea: { scope: 'regional', counties: ['01'] },
					contacts: [{ channel: 'in-person', value: 'Kom till akuten' }]
				}),
				buildService({
					id: 'jour',
					name: { sv: 'Jouren' },
					needs: ['safe-housing'],
					locations: [hidden],
					organizationId: 'jour-org'
				}),
				buildService({ id: 'gammal', name: { sv: 'Gamla linjen' }, status: 'inactive' })
			],
			[buildOrganization(), buildOrganization({ id: 'jour-org', name: 'Jourföreningen' })]
		),
		{ now: new Date('2026-11-24T14:00:00Z') }
	);
});
afterAll(() => app.close());

const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe('GET /api/services', () => {
	test('lists active services in name order, paged', async () => {
		const response = await app.request.get('/api/services');
		expect(response.status).toBe(200);
		const page = servicesPageSchema.parse(response.body);
		expect(idsOf(page)).toEqual(['akut', 'bris', 'jour']);
		expect(page).toMatchObject({ page: 1, pageSize: 20, total: 3 });
		const second = servicesPageSchema.parse(
			(await app.request.get('/api/services?pageSize=2&page=2')).body
		);
		expect(idsOf(second)).toEqual(['jour']);
		expect(second.total).toBe(3);
	});

	test('filters by need, place, age and properties with the same rules as matching', async () => {
		expect(idsOf((await app.request.get('/api/services?need=rape,safe-housing')).body)).toEqual([
			'akut',
			'jour'
		]);
		expect(idsOf((await app.request.get('/api/services?municipality=2281')).body)).toEqual([
			'bris',
			'jour'
		]);
		expect(idsOf((await app.request.get('/api/services?postalCode=11120')).body)).toEqual([
			'akut',
			'bris',
			'jour'
		]);
		expect(idsOf((await app.request.get('/api/services?age=19')).body)).toEqual(['akut', 'jour']);
		expect(idsOf((await app.request.get('/api/services?anonymous=true')).body)).toEqual(['bris']);
		expect(idsOf((await app.request.get('/api/services?channel=in-person')).body)).toEqual([
			'akut'
		]);
		expect(idsOf((await app.request.get('/api/services?channel=phone,chat')).body)).toEqual([
			'bris',
			'jour'
		]);
	});

	test('inactive services are listed only when asked for', async () => {
		expect(idsOf((await app.request.get('/api/services?status=inactive')).body)).toEqual([
			'gammal'
		]);
		expect((await app.request.get('/api/services?status=all')).body.total).toBe(4);
	});

	test('never shows a protected address', async () => {
		const response = await app.request.get('/api/services?need=safe-housing');
		expect(JSON.stringify(response.body)).not.toMatch(/Hemliga|62\.39/);
	});
});

describe('POST /api/services/search: the same list with the filters in the body', () => {
	test('gives the same page as the GET form, with typed values instead of strings', async () => {
		const viaUrl = await app.request.get(
			'/api/services?age=12&municipality=0180&need=rape,someone-to-talk-to&anonymous=true&pageSize=5'
		);
		const viaBody = await app.request.post('/api/services/search').send({
			age: 12,
			municipality: '0180',
			need: ['rape', 'someone-to-talk-to'],
			anonymous: true,
			pageSize: 5
		});
		expect(viaBody.status).toBe(200);
		expect(viaBody.body).toEqual(viaUrl.body);
		expect(idsOf(servicesPageSchema.parse(viaBody.body))).toEqual(['bris']);
		expect(viaBody.headers['cache-control']).toBe('no-store');
	});

	test('an empty body lists the active services; bad values are 400s naming the field', async () => {
		expect(idsOf((await app.request.post('/api/services/search')).body)).toEqual([
			'akut',
			'bris',
			'jour'
		]);
		for (const [body, path] of [
			[{ age: '12' }, 'body.age'],
			[{ need: 'rape' }, 'body.need'],
			[{ need: ['rape', 'rape'] }, 'body.need'],
			[{ municipality: '9999' }, 'body.municipality'],
			[{ pageSize: 1000 }, 'body.pageSize'],
			[{ status: { $ne: 'active' } }, 'body.status'],
			[{ hack: true }, 'body']
		] as const) {
			const response = await app.request.post('/api/services/search').send(body);
			expect(response.status).toBe(400);
			expect(response.body.error.issues.map((issue: { path: string }) => issue.path)).toContain(
				path
			);
		}
	});
});

describe('GET /api/services/:id', () => {
	test('answers one service with its organization and sources', async () => {
		const response = await app.request.get('/api/services/bris');
		expect(response.status).toBe(200);
		const service = publicServiceSchema.parse(response.body);
		expect(service).toMatchObject({
			id: 'bris',
			sources: ['https://example.org'],
			lastVerified: '2026-01-15',
			organization: { name: 'Organisationen' }
		});
	});

	test('never shows a protected address', async () => {
		const response = await app.request.get('/api/services/jour');
		expect(response.status).toBe(200);
		expect(JSON.stringify(response.body)).not.toMatch(/Hemliga|62\.39|17\.3/);
		expect(response.body.organization.name).toBe('Jourföreningen');
	});
});

describe('reference data', () => {
	test('GET /api/needs lists the 25 codes with youth-friendly wording in Swedish and English', async () => {
		const body = needsResponseSchema.parse((await app.request.get('/api/needs')).body);
		expect(body.needs).toHaveLength(25);
		expect(body.needs.find((need) => need.code === 'rape')).toMatchObject({
			group: 'concern',
			question: { sv: 'Någon har tvingat mig till sex' }
		});
	});

	test('GET /api/regions lists 21 counties with their 290 municipalities', async () => {
		const body = regionsResponseSchema.parse((await app.request.get('/api/regions')).body);
		expect(body.counties).toHaveLength(21);
		expect(body.counties.flatMap((county) => county.municipalities)).toHaveLength(290);
	});

	test('GET /api/regions/postal/:code finds the municipality, 404 when unknown, 400 when malformed', async () => {
		const found = postalCodeResponseSchema.parse(
			(await app.request.get('/api/regions/postal/903%2044')).body
		);
		expect(found).toEqual({
			postalCode: '90344',
			municipality: { code: '2480', name: 'Umeå' },
			county: { code: '24', name: 'Västerbottens län' }
		});
		expect((await app.request.get('/api/regions/postal/00000')).status).toBe(404);
		expect((await app.request.get('/api/regions/postal/abc')).status).toBe(400);
	});

	test('POST /api/regions/postal answers as the GET form, with the code in the body', async () => {
		const found = await app.request.post('/api/regions/postal').send({ postalCode: '903 44' });
		expect(found.status).toBe(200);
		expect(found.body).toEqual((await app.request.get('/api/regions/postal/90344')).body);
		expect(
			(await app.request.post('/api/regions/postal').send({ postalCode: '00000' })).status
		).toBe(404);
		expect((await app.request.post('/api/regions/postal').send({ postalCode: 90344 })).status).toBe(
			400
		);
		expect((await app.request.post('/api/regions/postal').send({})).status).toBe(400);
	});

	test('POST /api/places/search turns a typed place into municipalities, keeping it out of the URL', async () => {
		const response = await app.request.post('/api/places/search').send({ text: 'sundsval' });
		expect(response.status).toBe(200);
		expect(response.body.places[0]).toMatchObject({
			municipality: { code: '2281', name: 'Sundsvall' }
		});
		expect((await app.request.post('/api/places/search').send({ text: '' })).status).toBe(400);
	});
});

describe('service endpoints', () => {
	test('GET /api/health answers 200 with the loaded catalogue', async () => {
		const response = await app.request.get('/api/health');
		expect(response.status).toBe(200);
		expect(response.body).toMatchObject({
			status: 'ok',
			store: 'embedded',
			catalogue: { services: 4, activeServices: 3, organizations: 2 }
		});
	});

	test('GET /api/openapi.json describes every endpoint, generated from the schemas', async () => {
		const response = await app.request.get('/api/openapi.json');
		expect(response.status).toBe(200);
		expect(response.body.openapi).toBe('3.1.0');
		expect(Object.keys(response.body.paths)).toEqual(
			expect.arrayContaining([
				'/api/match',
				'/api/services',
				'/api/services/{id}',
				'/api/services/search',
				'/api/needs',
				'/api/regions',
				'/api/regions/postal',
				'/api/regions/postal/{code}',
				'/api/health'
			])
		);
		const matchBody =
			response.body.paths['/api/match'].post.requestBody.content['application/json'].schema;
		expect(matchBody.properties.seeker.enum).toEqual(['self', 'friend', 'parent', 'professional']);
		expect(matchBody.additionalProperties).toBe(false);
		// The GET forms say that what they carry stands in the URL.
		expect(response.body.paths['/api/services'].get.description).toMatch(/travel in the URL/);
		expect(response.body.paths['/api/regions/postal/{code}'].get.description).toMatch(
			/travel in the URL/
		);
		expect(response.body.paths['/api/match'].post.responses['429']).toBeDefined();
	});

	test('every answer carries the security headers, and API answers are never cached', async () => {
		const response = await app.request.get('/api/needs');
		expect(response.headers).toMatchObject({
			'referrer-policy': 'same-origin',
			'x-content-type-options': 'nosniff',
			'x-frame-options': 'DENY',
			'cache-control': 'no-store',
			'content-security-policy': expect.stringContaining("default-src 'none'")
		});
		expect(response.headers['x-powered-by']).toBeUndefined();
		expect(response.headers['set-cookie']).toBeUndefined();
	});
});
