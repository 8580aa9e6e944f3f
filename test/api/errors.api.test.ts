import { errorBodySchema } from '@stodkartan/core';
import { buildCatalogue, buildService } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
	app = await createTestApp(buildCatalogue([buildService({ id: 'talk' })]));
});
afterAll(() => app.close());

function expectError(response: { status: number; body: unknown }, status: number, code: string) {
	expect(response.status).toBe(status);
	const body = errorBodySchema.parse(response.body);
	expect(body.error.code).toBe(code);
	return body.error;
}

describe('bad input gets a clear error and never a 500', () => {
	test.each([
		{ name: 'age as a string', body: { age: '15' }, path: 'body.age' },
		{ name: 'a negative age', body: { age: -1 }, path: 'body.age' },
		{ name: 'a fractional age', body: { age: 15.5 }, path: 'body.age' },
		{ name: 'an unknown need code', body: { needs: ['magic'] }, path: 'body.needs[0]' },
		{ name: 'needs as a string', body: { needs: 'rape' }, path: 'body.needs' },
		{
			name: 'a malformed municipality code',
			body: { location: { municipality: '123' } },
			path: 'body.location.municipality'
		},
		{
			name: 'a municipality code that does not exist',
			body: { location: { municipality: '9999' } },
			path: 'body.location.municipality'
		},
		{
			name: 'a county code that does not exist',
			body: { location: { county: '99' } },
			path: 'body.location.county'
		},
		{
			name: 'two places at once',
			body: { location: { municipality: '0180', county: '01' } },
			path: 'body.location'
		},
		{ name: 'an unknown field', body: { hack: true }, path: 'body' },
		{ name: 'an operator object for a field', body: { seeker: { $gt: '' } }, path: 'body.seeker' },
		{
			name: 'an operator object for a place',
			body: { location: { municipality: { $ne: null } } },
			path: 'body.location'
		},
		{ name: 'a huge limit', body: { limit: 100000 }, path: 'body.limit' },
		{ name: 'a text that is too long', body: { text: 'a'.repeat(2001) }, path: 'body.text' },
		{ name: 'an invalid gender', body: { gender: 'robot' }, path: 'body.gender' },
		{ name: 'a prototype key', body: JSON.parse('{"__proto__": {"admin": true}}'), path: 'body' }
	])('$name → 400 pointing at $path', async ({ body, path }) => {
		const error = expectError(
			await app.request.post('/api/match').send(body),
			400,
			'invalid_request'
		);
		expect(error.issues.map((issue) => issue.path)).toContain(path);
	});

	test('an array instead of an object → 400', async () => {
		expectError(await app.request.post('/api/match').send([1, 2]), 400, 'invalid_request');
	});

	test('malformed JSON → 400 invalid_json', async () => {
		expectError(
			await app.request
				.post('/api/match')
				.set('content-type', 'application/json')
				.send('{"age": 15,'),
			400,
			'invalid_json'
		);
	});

	test('a bare JSON value that is not an object → 400', async () => {
		expectError(
			await app.request.post('/api/match').set('content-type', 'application/json').send('"text"'),
			400,
			'invalid_json'
		);
	});

	test('a body that is not JSON → 415', async () => {
		expectError(
			await app.request.post('/api/match').set('content-type', 'text/plain').send('age=15'),
			415,
			'unsupported_media_type'
		);
		expectError(
			await app.request.post('/api/match').type('form').send({ age: 15 }),
			415,
			'unsupported_media_type'
		);
	});

	test('a huge body → 413, and the server keeps answering', async () => {
		expectError(
			await app.request.post('/api/match').send({ text: 'x'.repeat(1_000_000) }),
			413,
			'payload_too_large'
		);
		expect((await app.request.get('/api/health')).status).toBe(200);
	});

	test('deeply nested JSON → a 4xx, never a crash', async () => {
		const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
		const response = await app.request
			.post('/api/match')
			.set('content-type', 'application/json')
			.send(deep);
		expect([400, 413]).toContain(response.status);
		const nested = `{"location":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
		expectError(
			await app.request.post('/api/match').set('content-type', 'application/json').send(nested),
			400,
			'invalid_request'
		);
		expect((await app.request.get('/api/health')).status).toBe(200);
	});

	test('query parameters with operators or repeated keys → 400', async () => {
		expectError(await app.request.get('/api/services?status[$ne]=active'), 400, 'invalid_request');
		expectError(await app.request.get('/api/services?age=1&age=2'), 400, 'invalid_request');
		expectError(await app.request.get('/api/services?unknown=1'), 400, 'invalid_request');
		expectError(await app.request.get('/api/services?pageSize=1000'), 400, 'invalid_request');
		expectError(await app.request.get('/api/services?need=rape,magic'), 400, 'invalid_request');
		expectError(await app.request.get('/api/services?municipality=9999'), 400, 'invalid_request');
	});

	test('an invalid id → 400, an unknown one → 404', async () => {
		expectError(await app.request.get('/api/services/NOT%20VALID'), 400, 'invalid_request');
		expectError(await app.request.get('/api/services/no-such-service'), 404, 'not_found');
	});

	test('an unknown API path → 404 JSON', async () => {
		expectError(await app.request.get('/api/nothing-here'), 404, 'not_found');
		expectError(await app.request.delete('/api/match'), 404, 'not_found');
	});
});
