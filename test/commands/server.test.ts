import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from '../support/domain.js';
import { runServerToExit, startServer, stopStartedServers } from '../support/processes.js';

const port = 42000 + (process.pid % 1000);
let dataDir: string;

beforeEach(() => {
	dataDir = mkdtempSync(path.join(tmpdir(), 'stodkartan-server-'));
});
afterEach(async () => {
	await stopStartedServers();
	rmSync(dataDir, { recursive: true, force: true });
});

const fixture = path.join(FIXTURES, 'fixture-catalogue.json');

describe('the server', () => {
	test('loads CATALOGUE_FILE, is healthy, and shuts down cleanly on SIGTERM', async () => {
		const server = await startServer({ DATA_DIR: dataDir, CATALOGUE_FILE: fixture }, port);
		const health = (await (await fetch(`${server.base}/api/health`)).json()) as {
			catalogue: { services: number };
		};
		expect(health.catalogue.services).toBe(75);
		server.child.kill('SIGTERM');
		expect(await server.exited).toBe(0);
	});

	test('pages allow images from a configured tile server and no other origin', async () => {
		const server = await startServer(
			{
				DATA_DIR: dataDir,
				CATALOGUE_FILE: fixture,
				MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png'
			},
			port
		);
		const page = await fetch(`${server.base}/sok`);
		const csp = page.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/img-src 'self' data: https:\/\/tiles\.example\.org[;\s]/);
		expect(csp).toMatch(/connect-src 'self'[;\s]/);
		expect(await page.text()).toContain('https://tiles.example.org/{z}/{x}/{y}.png');
		server.child.kill('SIGTERM');
		await server.exited;
	});

	test('an invalid CATALOGUE_FILE stops the start with every problem listed, and leaves the store as it was', async () => {
		const first = await startServer({ DATA_DIR: dataDir, CATALOGUE_FILE: fixture }, port);
		const before = (
			(await (await fetch(`${first.base}/api/health`)).json()) as {
				catalogue: { revision: string };
			}
		).catalogue.revision;
		first.child.kill('SIGTERM');
		await first.exited;

		const broken = JSON.parse(readFileSync(fixture, 'utf8')) as {
			services: Record<string, unknown>[];
		};
		broken.services[2] = { ...broken.services[2], needs: ['no-such-need'] };
		broken.services[7] = { ...broken.services[7], eligibility: { minAge: 'twelve' } };
		const brokenFile = path.join(dataDir, 'broken.json');
		writeFileSync(brokenFile, JSON.stringify(broken));
		const failed = runServerToExit({ DATA_DIR: dataDir, CATALOGUE_FILE: brokenFile }, port);
		expect(failed.status).toBe(1);
		expect(failed.stderr).toMatch(/broken\.json \$\.services\[2\]\.needs\[0\]/);
		expect(failed.stderr).toMatch(/broken\.json \$\.services\[7\]\.eligibility\.minAge/);

		const again = await startServer({ DATA_DIR: dataDir }, port);
		const health = (await (await fetch(`${again.base}/api/health`)).json()) as {
			catalogue: { revision: string; services: number };
		};
		expect(health.catalogue).toMatchObject({ revision: before, services: 75 });
		again.child.kill('SIGTERM');
		await again.exited;
	});

	test('in production without ORIGIN the server warns at start; with it, it does not', async () => {
		const without = await startServer(
			{ DATA_DIR: dataDir, CATALOGUE_FILE: fixture, NODE_ENV: 'production' },
			port
		);
		expect(without.stdout()).toMatch(/ORIGIN is not set/);
		without.child.kill('SIGTERM');
		await without.exited;
		const configured = await startServer(
			{
				DATA_DIR: dataDir,
				CATALOGUE_FILE: fixture,
				NODE_ENV: 'production',
				ORIGIN: 'https://karta.example'
			},
			port
		);
		expect(configured.stdout()).not.toMatch(/ORIGIN is not set/);
		// The site checks its form posts against ORIGIN, not against the Host they name.
		const forged = await fetch(`${configured.base}/sok`, {
			method: 'POST',
			headers: {
				origin: configured.base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: 'text=a'
		});
		expect(forged.status).toBe(403);
	});

	test('a configuration mistake stops the start with a clear message', () => {
		const failed = runServerToExit({ DATA_DIR: dataDir, PORT: 'eighty' }, port);
		expect(failed.status).toBe(1);
		expect(failed.stderr).toMatch(/Invalid configuration:\s+- PORT/);
	});
});

describe('the server against slow and greedy clients', () => {
	/** A raw connection, to send a request as slowly or as partly as a hostile client would. */
	function openSocket(base: string): Promise<Socket> {
		const { port: target } = new URL(base);
		return new Promise((resolve, reject) => {
			const socket = connect(Number(target), '127.0.0.1', () => resolve(socket));
			socket.once('error', reject);
		});
	}
	const closed = (socket: Socket) =>
		new Promise<string>((resolve) => {
			let received = '';
			socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
			socket.once('close', () => resolve(received));
		});

	test('a client that never finishes its headers is cut off after HEADERS_TIMEOUT_SECONDS', async () => {
		const server = await startServer(
			{
				DATA_DIR: dataDir,
				CATALOGUE_FILE: fixture,
				HEADERS_TIMEOUT_SECONDS: '1',
				REQUEST_TIMEOUT_SECONDS: '2'
			},
			port
		);
		const socket = await openSocket(server.base);
		const started = Date.now();
		socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
		const answer = await closed(socket);
		// Node's defaults would have held it for a minute (headers) or five (the request).
		expect(Date.now() - started).toBeLessThan(4000);
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
	});

	test('connections beyond MAX_CONNECTIONS are closed as they arrive', async () => {
		const server = await startServer(
			{
				DATA_DIR: dataDir,
				CATALOGUE_FILE: fixture,
				MAX_CONNECTIONS: '2',
				KEEP_ALIVE_TIMEOUT_SECONDS: '1'
			},
			port
		);
		// The health checks' kept-alive connection closes after a second.
		await new Promise((resolve) => setTimeout(resolve, 1500));
		const held = [await openSocket(server.base), await openSocket(server.base)];
		for (const socket of held) socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
		await new Promise((resolve) => setTimeout(resolve, 200));
		const extra = await openSocket(server.base);
		extra.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
		expect(await closed(extra)).toBe('');
		for (const socket of held) socket.destroy();
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
	});

	test('a search form over the limit gets the page with the reason; the site’s own API calls are not counted', async () => {
		const server = await startServer(
			{ DATA_DIR: dataDir, CATALOGUE_FILE: fixture, RATE_LIMIT_REQUESTS: '2' },
			port
		);
		// Each form carries a one-time token from its page (a page is a GET: not counted).
		const token = async () =>
			/name="token" value="([^"]+)"/.exec(await (await fetch(`${server.base}/sok`)).text())?.[1] ??
			'';
		const search = async () =>
			fetch(`${server.base}/sok`, {
				method: 'POST',
				headers: {
					origin: server.base,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: `text=hotar+mig&age=15&place=Sundsvall&token=${await token()}`,
				redirect: 'manual'
			});
		for (let i = 0; i < 2; i++) {
			const answer = await search();
			expect(answer.status).toBe(200);
			expect(await answer.text()).toContain('Barnahus');
		}
		const limited = await search();
		expect(limited.status).toBe(429);
		expect(limited.headers.get('cache-control')).toBe('no-store');
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		const page = await limited.text();
		expect(page).toContain('Vänta en minut och försök igen');
		expect(page).toContain('Lämna sidan');
		expect(page).toContain('116 111');
		// The form comes back as it was sent.
		expect(page).toContain('hotar mig');
		// With JavaScript, the form's answer (always HTTP 200 in SvelteKit) says 429 inside.
		const enhanced = await fetch(`${server.base}/sok`, {
			method: 'POST',
			headers: {
				origin: server.base,
				'x-sveltekit-action': 'true',
				accept: 'application/json',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: `text=hotar+mig&token=${await token()}`
		});
		expect(enhanced.headers.get('cache-control')).toBe('no-store');
		expect(await enhanced.json()).toMatchObject({ type: 'failure', status: 429 });
		// Each search made several API calls of its own: none counted against the API's limit.
		expect((await fetch(`${server.base}/api/needs`)).status).toBe(200);
		expect((await fetch(`${server.base}/api/needs`)).status).toBe(200);
		expect((await fetch(`${server.base}/api/needs`)).status).toBe(429);
	});

	test('static files answer GET and HEAD only', async () => {
		const server = await startServer({ DATA_DIR: dataDir, CATALOGUE_FILE: fixture }, port);
		expect((await fetch(`${server.base}/favicon.svg`)).status).toBe(200);
		const posted = await fetch(`${server.base}/favicon.svg`, {
			method: 'POST',
			headers: { origin: server.base }
		});
		expect(posted.status).toBe(405);
		expect(posted.headers.get('allow')).toBe('GET, HEAD');
		expect((await fetch(`${server.base}/favicon.svg`, { method: 'DELETE' })).status).toBe(405);
	});
});
