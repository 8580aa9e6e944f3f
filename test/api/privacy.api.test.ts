import express from 'express';
import supertest from 'supertest';
import { requestLog } from '@stodkartan/api';
import { buildCatalogue, buildService } from '../support/domain.js';
import { createTestApp, memoryLogger, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
	app = await createTestApp(buildCatalogue([buildService({ id: 'talk' })]));
});
afterAll(() => app.close());

describe('nothing a person sends is logged', () => {
	test('a search leaves only route, status, duration and a request id in the logs', async () => {
		const canary = 'kanariefagel123';
		await app.request
			.post('/api/match')
			.set('User-Agent', 'CanaryUA/1.0')
			.set('X-Forwarded-For', '203.0.113.77')
			.send({ text: `${canary} våldtagen`, age: 14, location: { postalCode: '903 44' } });
		await app.request.post('/api/match').send({ text: canary, age: 'fourteen' });
		await app.request.get(`/api/services?age=13&municipality=2480`);
		await app.request.get('/api/regions/postal/90344');
		await app.request.post('/api/places/search').send({ text: 'Umeå' });
		await app.request.post('/api/services/search').send({ age: 13, municipality: '2480' });
		await app.request.post('/api/regions/postal').send({ postalCode: '903 44' });
		const logs = app.logs.join('\n');
		expect(logs).not.toMatch(
			new RegExp(`${canary}|våldtagen|903 ?44|2480|Umeå|CanaryUA|203\\.0\\.113|fourteen`)
		);
		const requests = app.logs
			.map((line) => JSON.parse(line) as Record<string, unknown>)
			.filter((entry) => entry.msg === 'request');
		expect(requests.length).toBeGreaterThanOrEqual(7);
		for (const entry of requests) {
			expect(Object.keys(entry).sort()).toEqual([
				'level',
				'method',
				'ms',
				'msg',
				'reqId',
				'route',
				'status',
				'time'
			]);
		}
		expect(requests.map((entry) => entry.route)).toEqual(
			expect.arrayContaining([
				'/api/match',
				'/api/services',
				'/api/regions/postal/:code',
				'/api/places/search',
				'/api/services/search',
				'/api/regions/postal'
			])
		);
	});
});

describe('nothing a person sends is kept by a cache', () => {
	const searches = [
		['POST /api/match', () => app.request.post('/api/match').send({ text: 'hjälp', age: 14 })],
		['POST /api/match (invalid)', () => app.request.post('/api/match').send({ age: 'x' })],
		['GET /api/services', () => app.request.get('/api/services?age=14&postalCode=90344')],
		['POST /api/services/search', () => app.request.post('/api/services/search').send({ age: 14 })],
		['GET /api/regions/postal/:code', () => app.request.get('/api/regions/postal/90344')],
		[
			'POST /api/regions/postal',
			() => app.request.post('/api/regions/postal').send({ postalCode: '903 44' })
		],
		[
			'POST /api/places/search',
			() => app.request.post('/api/places/search').send({ text: 'Umeå' })
		],
		['an unknown path', () => app.request.get('/api/services/x/y?age=14')]
	] as const;

	test.each(searches)('%s answers no-store', async (_name, send) => {
		const response = await send();
		expect(response.headers['cache-control']).toBe('no-store');
	});
});

describe('the request log', () => {
	test('at info, one summary a minute instead of a line per request; a 5xx still gets its own line', async () => {
		const { logger, logs } = memoryLogger('info');
		const server = express();
		server.use(requestLog(logger, { summaryIntervalMs: 100 }));
		server.get('/ok', (_req, res) => void res.json({}));
		server.get('/busy', (_req, res) => void res.status(429).json({}));
		server.get('/broken', (_req, res) => void res.status(500).json({}));
		const client = supertest(server);
		for (let i = 0; i < 20; i++) await client.get('/ok');
		await client.get('/busy');
		await client.get('/broken');
		// Summaries come every 100 ms here; a loaded machine may spread the requests over several.
		const summaries = async () => {
			for (let waited = 0; waited < 5000; waited += 50) {
				const found = logs
					.map((line) => JSON.parse(line) as Record<string, unknown>)
					.filter((entry) => entry.msg === 'requests') as {
					requests: Record<string, number>;
					p99: unknown;
				}[];
				if (found.reduce((sum, entry) => sum + (entry.requests.total ?? 0), 0) >= 22) return found;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			return [];
		};
		const found = await summaries();
		const total = (key: string) =>
			found.reduce((sum, entry) => sum + (entry.requests[key] ?? 0), 0);
		expect([total('total'), total('2xx'), total('429'), total('5xx'), total('4xx')]).toEqual([
			22, 20, 1, 1, 0
		]);
		for (const entry of found) expect(entry.p99).toEqual(expect.any(Number));
		const entries = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(entries.filter((entry) => entry.msg === 'request')).toEqual([
			expect.objectContaining({ status: 500, route: 'site', level: 50 })
		]);
	});
});
