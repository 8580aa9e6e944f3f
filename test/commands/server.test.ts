import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

	test('a configuration mistake stops the start with a clear message', () => {
		const failed = runServerToExit({ DATA_DIR: dataDir, PORT: 'eighty' }, port);
		expect(failed.status).toBe(1);
		expect(failed.stderr).toMatch(/Invalid configuration:\s+- PORT/);
	});
});
