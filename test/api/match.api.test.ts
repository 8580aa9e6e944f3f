import { matchResponseSchema } from '@stodkartan/core';
import { buildCatalogue, buildService } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
	app = await createTestApp(
		buildCatalogue([
			buildService({
				id: 'images',
				needs: ['image-removal', 'online-sexual-abuse'],
				eligibility: { maxAge: 17 }
			}),
			buildService({ id: 'talk', needs: ['someone-to-talk-to', 'sexual-abuse'] }),
			buildService({
				id: 'umea',
				needs: ['someone-to-talk-to'],
				serviceArea: { scope: 'local', municipalities: ['2480'] }
			}),
			buildService({ id: 'old', status: 'inactive' })
		])
	);
});
afterAll(() => app.close());

describe('POST /api/match', () => {
	test('answers ranked services with scores and reasons, in the documented shape', async () => {
		const response = await app.request
			.post('/api/match')
			.send({ needs: ['image-removal'], age: 14, location: { municipality: '0180' } });
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toMatch(/application\/json/);
		const body = matchResponseSchema.parse(response.body);
		expect(body.results[0]?.service.id).toBe('images');
		expect(body.results[0]?.score).toBeGreaterThan(0);
		expect(body.results[0]?.reasons.length).toBeGreaterThan(0);
		expect(body.results[0]?.service.organization.name).toBe('Organisationen');
	});

	test('an empty request is valid: every field is optional', async () => {
		const response = await app.request.post('/api/match').send({});
		expect(response.status).toBe(200);
		expect(
			response.body.results.map((result: { service: { id: string } }) => result.service.id)
		).not.toContain('old');
	});

	test('a request without a body is an empty request', async () => {
		expect((await app.request.post('/api/match')).status).toBe(200);
	});

	test('a child outside a local service area is not offered it', async () => {
		const response = await app.request
			.post('/api/match')
			.send({ location: { municipality: '0180' }, needs: ['someone-to-talk-to'] });
		expect(
			response.body.results.map((result: { service: { id: string } }) => result.service.id)
		).toEqual(['talk']);
	});

	test('the matched reading of free text comes back, so the person can see how it was understood', async () => {
		const response = await app.request
			.post('/api/match')
			.send({ text: 'någon sprider mina nakenbilder', age: 15 });
		expect(response.body.interpretation.needs).toContainEqual(
			expect.objectContaining({ code: 'online-sexual-abuse', source: 'text' })
		);
	});

	test('limit is honoured', async () => {
		const response = await app.request.post('/api/match').send({ limit: 1 });
		expect(response.body.results).toHaveLength(1);
	});
});
