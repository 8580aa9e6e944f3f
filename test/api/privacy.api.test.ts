import { buildCatalogue, buildService } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

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
		const logs = app.logs.join('\n');
		expect(logs).not.toMatch(
			new RegExp(`${canary}|våldtagen|903 ?44|2480|Umeå|CanaryUA|203\\.0\\.113|fourteen`)
		);
		const requests = app.logs
			.map((line) => JSON.parse(line) as Record<string, unknown>)
			.filter((entry) => entry.msg === 'request');
		expect(requests.length).toBeGreaterThanOrEqual(5);
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
				'/api/places/search'
			])
		);
	});
});
