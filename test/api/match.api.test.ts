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

	test('who asks, the person and the rules applied come back in the documented shape', async () => {
		const response = await app.request.post('/api/match').send({
			language: 'en',
			text: 'my best friend (15) got raped last night, what do I do?'
		});
		const { interpretation } = matchResponseSchema.parse(response.body);
		expect(interpretation.asker).toEqual({
			seeker: 'friend',
			source: 'text',
			words: 'best friend'
		});
		// The age of the friend the help is about, not the writer's.
		expect(interpretation.person.age).toEqual({ value: 15, source: 'text', words: 'friend 15' });
		expect(interpretation.person.gender).toBeNull();
		expect(interpretation.situation.map(({ rule }) => rule)).toContain('recent-rape');
		expect(interpretation.situation[0]?.message).toMatch(/last days/);
	});

	test('words set aside as saying who asks, or how the adult asking feels, are in the documented shape', async () => {
		for (const text of [
			'som socialsekreterare undrar jag vilket barnahus som gäller',
			'Jag är pappa och mår så dåligt efter det som hände min son'
		]) {
			const response = await app.request.post('/api/match').send({ text });
			const { interpretation } = matchResponseSchema.parse(response.body);
			expect(interpretation.understood).toContainEqual(
				expect.objectContaining({ setAside: 'who-is-asking' })
			);
		}
	});

	test('a text of marks only, or a label with nothing after it, is answered like an empty one', async () => {
		for (const text of ['...', ' – ', 'Förskollärare']) {
			const response = await app.request.post('/api/match').send({ text });
			expect(response.status).toBe(200);
		}
	});

	test('a friend asking is a valid seeker', async () => {
		const response = await app.request.post('/api/match').send({ seeker: 'friend', age: 14 });
		expect(response.status).toBe(200);
		expect(response.body.interpretation.asker).toEqual({ seeker: 'friend', source: 'request' });
	});
});

describe('the cost of a hostile text has a bound', () => {
	let seed = 11;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const letters = 'abcdefghijklmnopqrstuvwxyzåäö';
	const randomWord = Array.from(
		{ length: 2000 },
		() => letters[Math.floor(random() * letters.length)]
	).join('');

	test.each([
		['"våldtäkt" 250 times as one word', 'våldtäkt'.repeat(250)],
		['1,000 "å"', 'å'.repeat(1000)],
		['2,000 random letters', randomWord]
	])('%s is answered within a small bound, as its first 40 letters would be', async (_, text) => {
		const short = await app.request.post('/api/match').send({ text: text.slice(0, 40), age: 15 });
		const times: number[] = [];
		let long = short;
		for (let i = 0; i < 5; i++) {
			const started = performance.now();
			long = await app.request.post('/api/match').send({ text, age: 15 });
			times.push(performance.now() - started);
		}
		expect(long.status).toBe(200);
		expect(long.body).toEqual(short.body);
		// The median of five requests over HTTP; each cost 140–230 ms of reading before.
		expect(times.sort((a, b) => a - b)[2]).toBeLessThan(60);
	});
});
