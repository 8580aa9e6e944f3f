import express from 'express';
import supertest from 'supertest';
import { RATE_LIMITED_HEADER, requireSameOrigin } from '@stodkartan/api';
import { errorBodySchema } from '@stodkartan/core';
import { buildCatalogue, buildService } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** A stand-in for the SvelteKit handler: answers with what the server in front told it. */
const fakeSite = {
	handler: ((req, res) => {
		res.json({ method: req.method, limited: req.headers[RATE_LIMITED_HEADER] === '1' });
	}) as express.RequestHandler,
	staticPaths: new Set(['/favicon.svg', '/_app/immutable/entry/start.js'])
};

let app: TestApp;

beforeAll(async () => {
	app = await createTestApp(buildCatalogue([buildService({ id: 'talk' })]), {
		app: {
			rateLimit: { requests: 3, windowSeconds: 60 },
			siteToken: 'site-secret',
			site: fakeSite
		}
	});
});
afterAll(() => app.close());

describe('a per-client rate limit', () => {
	test('the API answers 429 with the JSON error and Retry-After once a client is over its limit', async () => {
		const agent = app.request;
		for (let i = 0; i < 3; i++) {
			const ok = await agent.post('/api/match').send({ text: 'hot' });
			expect(ok.status).toBe(200);
			expect(ok.headers['ratelimit']).toMatch(/limit=3, remaining=\d/);
		}
		const refused = await agent.post('/api/match').send({ text: 'hot' });
		expect(refused.status).toBe(429);
		expect(errorBodySchema.parse(refused.body).error.code).toBe('rate_limited');
		const retryAfter = Number(refused.headers['retry-after']);
		expect(retryAfter).toBeGreaterThan(0);
		expect(retryAfter).toBeLessThanOrEqual(60);
		expect(refused.headers['cache-control']).toBe('no-store');
		// Every API route counts, not only matching; health never does.
		expect((await agent.get('/api/needs')).status).toBe(429);
		// The HSDS read API shares the counter: it is no way around the limit.
		const hsds = await agent.get('/hsds/services');
		expect(hsds.status).toBe(429);
		expect(errorBodySchema.parse(hsds.body).error.code).toBe('rate_limited');
		expect((await agent.get('/api/health')).status).toBe(200);
	});

	test('the site’s own calls, with the server’s secret, are not counted again; a wrong secret is', async () => {
		const withSecret = await app.request
			.post('/api/match')
			.set('x-stodkartan-site', 'site-secret')
			.send({});
		expect(withSecret.status).toBe(200);
		const guessed = await app.request
			.post('/api/match')
			.set('x-stodkartan-site', 'site-secreT')
			.send({});
		expect(guessed.status).toBe(429);
	});

	test('nothing about the client is logged when it is refused', () => {
		expect(app.logs.join('\n')).not.toMatch(/127\.0\.0\.1|::ffff|::1/);
	});
});

describe('the site behind the server', () => {
	test('a form post over the limit reaches the site marked, so the page can say so', async () => {
		const own = await createTestApp(buildCatalogue([]), {
			app: { rateLimit: { requests: 2, windowSeconds: 60 }, site: fakeSite }
		});
		const site = own.request;
		const post = () =>
			site
				.post('/sok')
				.set('Origin', 'http://x.test')
				.set('Host', 'x.test')
				.type('form')
				.send('text=a');
		expect((await post()).body).toEqual({ method: 'POST', limited: false });
		expect((await post()).body).toEqual({ method: 'POST', limited: false });
		expect((await post()).body).toEqual({ method: 'POST', limited: true });
		// Reading pages is not counted.
		expect((await site.get('/sok')).body).toEqual({ method: 'GET', limited: false });
		await own.close();
	});

	test('a client cannot mark its own request as limited (or not)', async () => {
		const response = await app.request.get('/sok').set(RATE_LIMITED_HEADER, '1');
		expect(response.body).toEqual({ method: 'GET', limited: false });
	});

	test('static files answer GET and HEAD only', async () => {
		expect((await app.request.get('/favicon.svg')).status).toBe(200);
		expect((await app.request.head('/favicon.svg')).status).toBe(200);
		for (const method of ['post', 'put', 'delete', 'patch'] as const) {
			const response = await app.request[method]('/favicon.svg').set('Origin', 'http://x');
			expect(response.status).toBe(405);
			expect(response.headers['allow']).toBe('GET, HEAD');
		}
		// The static file server ignores trailing slashes and decodes the path.
		expect((await app.request.post('/favicon.svg/')).status).toBe(405);
		expect((await app.request.post('/%5Fapp/immutable/entry/start.js')).status).toBe(405);
	});

	test('a form post from another site is refused; one from the site itself passes', async () => {
		const forged = await app.request
			.post('/sok')
			.set('Host', 'stodkartan.test')
			.set('Origin', 'https://evil.example')
			.type('form')
			.send('text=a');
		expect(forged.status).toBe(403);
		expect(errorBodySchema.parse(forged.body).error.code).toBe('cross_origin');
		const own = await app.request
			.post('/sok')
			.set('Host', 'stodkartan.test')
			.set('Origin', 'http://stodkartan.test')
			.type('form')
			.send('text=a');
		expect(own.status).toBe(200);
	});
});

describe('the origin check (reusable for staff routes)', () => {
	const guarded = (origin: string | undefined, allowWithoutOrigin = false) => {
		const server = express();
		server.use(requireSameOrigin({ origin, allowWithoutOrigin }));
		server.all('/{*any}', (_req, res) => {
			res.json({ ok: true });
		});
		server.use(((error, _req, res, _next) => {
			res.status((error as { status: number }).status).json({ code: error.code });
		}) as express.ErrorRequestHandler);
		return supertest(server);
	};

	test.each([
		{ name: 'the configured origin', headers: { Origin: 'https://karta.example' }, status: 200 },
		{ name: 'another origin', headers: { Origin: 'https://evil.example' }, status: 403 },
		{ name: 'an opaque origin', headers: { Origin: 'null' }, status: 403 },
		{
			name: 'the Host named in the request, when ORIGIN is set elsewhere',
			headers: { Origin: 'http://127.0.0.1' },
			status: 403
		},
		{
			name: 'Sec-Fetch-Site same-origin',
			headers: { 'Sec-Fetch-Site': 'same-origin' },
			status: 200
		},
		{ name: 'Sec-Fetch-Site cross-site', headers: { 'Sec-Fetch-Site': 'cross-site' }, status: 403 },
		{ name: 'Sec-Fetch-Site same-site', headers: { 'Sec-Fetch-Site': 'same-site' }, status: 403 },
		{ name: 'no browser headers at all', headers: {}, status: 403 }
	])('with ORIGIN set, a POST with $name → $status', async ({ headers, status }) => {
		const response = await guarded('https://karta.example').post('/login').set(headers);
		expect(response.status).toBe(status);
	});

	test('reading is never refused; a client without browser headers may be allowed', async () => {
		expect(
			(await guarded('https://karta.example').get('/x').set('Origin', 'https://evil.example'))
				.status
		).toBe(200);
		expect((await guarded('https://karta.example', true).post('/x')).status).toBe(200);
	});

	test('without ORIGIN, the request’s own scheme and Host name the origin', async () => {
		const ok = await guarded(undefined)
			.post('/x')
			.set('Host', 'karta.test')
			.set('Origin', 'http://karta.test');
		expect(ok.status).toBe(200);
		const other = await guarded(undefined)
			.post('/x')
			.set('Host', 'karta.test')
			.set('Origin', 'https://karta.test');
		expect(other.status).toBe(403);
	});
});

describe('requests the server refuses before reading them', () => {
	test('a body with a Content-Encoding is refused (415), a corrupt one too, never a 500', async () => {
		for (const encoding of ['gzip', 'deflate', 'br', 'bogus']) {
			const response = await app.request
				.post('/api/places/search')
				.set('x-stodkartan-site', 'site-secret')
				.set('Content-Type', 'application/json')
				.set('Content-Encoding', encoding)
				.send('{"text":"Umeå"}');
			expect(response.status).toBe(415);
			expect(errorBodySchema.parse(response.body).error.code).toBe('unsupported_encoding');
		}
	});

	test('a request that names its Host twice is refused', async () => {
		const response = await rawRequest(
			'GET /api/needs HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nConnection: close\r\n\r\n'
		);
		expect(response).toMatch(/^HTTP\/1\.1 400 /);
		expect(response).toMatch(/"code":"invalid_request"/);
		const once = await rawRequest(
			'GET /api/needs HTTP/1.1\r\nHost: a.example\r\nX-Stodkartan-Site: site-secret\r\nConnection: close\r\n\r\n'
		);
		expect(once).toMatch(/^HTTP\/1\.1 200 /);
	});
});

/** Sends bytes as they are (supertest cannot send a header twice) and returns the answer. */
async function rawRequest(text: string): Promise<string> {
	const { createServer } = await import('node:http');
	const { connect } = await import('node:net');
	const server = createServer(app.app);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	try {
		return await new Promise<string>((resolve, reject) => {
			const socket = connect(port, '127.0.0.1', () => socket.write(text));
			let answer = '';
			socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
			socket.on('end', () => resolve(answer));
			socket.on('error', reject);
		});
	} finally {
		server.close();
	}
}
