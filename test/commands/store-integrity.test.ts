import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from '../support/domain.js';
import {
	runCommand,
	runServerToExit,
	startServer,
	stopStartedServers
} from '../support/processes.js';

/**
 * A damaged store is never served. Each test writes a real embedded store with the real built
 * server, damages its file the way disks, copies and restores do, and starts the server on it:
 * it refuses with the repair commands, or rebuilds from the catalogue's own source.
 */
const port = 43000 + (process.pid % 1000);
const fixture = path.join(FIXTURES, 'fixture-catalogue.json');
let dataDir: string;

beforeEach(() => {
	dataDir = mkdtempSync(path.join(tmpdir(), 'stodkartan-integrity-'));
});
afterEach(async () => {
	await stopStartedServers();
	rmSync(dataDir, { recursive: true, force: true });
});

const storeFile = () => path.join(dataDir, 'catalogue', 'data.mdb');

/** Ways a store file gets damaged. */
const DAMAGE: Record<string, (file: string) => void> = {
	// 64 bytes flipped inside a live service record (its name is stored once), as in the probe that found the server
	// serving garbled services with "ok" health.
	'64 bytes flipped in a record': (file) => {
		const bytes = readFileSync(file);
		const at = bytes.indexOf('Barnahus Malmö');
		expect(at).toBeGreaterThan(0);
		for (let i = at; i < at + 64; i++) bytes[i] = (bytes[i] as number) ^ 0xff;
		writeFileSync(file, bytes);
	},
	// One letter of a name changed: the records still decode, only the hash can tell.
	'one letter changed': (file) => {
		const bytes = readFileSync(file);
		const at = bytes.indexOf('Barnahus Malmö');
		expect(at).toBeGreaterThan(0);
		bytes[at] = 'b'.charCodeAt(0);
		writeFileSync(file, bytes);
	},
	'cut to half its length': (file) => truncateSync(file, Math.floor(statSync(file).size / 2)),
	'cut to nothing': (file) => truncateSync(file, 0),
	'every byte zeroed': (file) => writeFileSync(file, Buffer.alloc(statSync(file).size))
};

async function health(base: string) {
	return (await (await fetch(`${base}/api/health`)).json()) as {
		status: string;
		catalogue: { revision: string; services: number };
	};
}

/** Writes a store holding `env`'s catalogue with the real server, and returns its revision. */
async function writeStore(env: Record<string, string>): Promise<string> {
	const server = await startServer({ DATA_DIR: dataDir, ...env }, port);
	const { catalogue } = await health(server.base);
	server.child.kill('SIGTERM');
	await server.exited;
	return catalogue.revision;
}

describe('a damaged store from a catalogue file', () => {
	test.each(Object.keys(DAMAGE))(
		'%s: without the file the start is refused, naming the repair; with it the store is rebuilt',
		async (kind) => {
			const revision = await writeStore({ CATALOGUE_FILE: fixture });
			DAMAGE[kind]!(storeFile());

			const refused = runServerToExit({ DATA_DIR: dataDir }, port);
			expect(refused.status).toBe(1);
			expect(refused.stderr).toMatch(/The catalogue store in .* is damaged: /);
			expect(refused.stderr).toMatch(/held the catalogue loaded from fixture-catalogue\.json/);
			expect(refused.stderr).toMatch(
				/start once with CATALOGUE_FILE set to fixture-catalogue\.json/
			);
			expect(refused.stderr).toMatch(/npm run seed/);
			// Never a bare "Bus error", never data/ served instead.
			expect(refused.stderr).not.toMatch(/^Bus error|Segmentation fault/m);
			expect(refused.stderr).not.toMatch(/seeded from data/);

			const rebuilt = await startServer({ DATA_DIR: dataDir, CATALOGUE_FILE: fixture }, port);
			expect(await health(rebuilt.base)).toMatchObject({
				status: 'ok',
				catalogue: { revision, services: 75 }
			});
			const service = await (await fetch(`${rebuilt.base}/api/services/barnahus-malmo`)).json();
			expect(service.name.sv).toBe('Barnahus Malmö');
			rebuilt.child.kill('SIGTERM');
			expect(await rebuilt.exited).toBe(0);
			// The damaged store is kept beside the new one, for a closer look.
			expect(
				readdirSync(dataDir).filter((name) => name.startsWith('catalogue.damaged-'))
			).toHaveLength(1);
		}
	);
});

describe('a damaged store from data/', () => {
	test('the server rebuilds it from data/, its declared source', async () => {
		const revision = await writeStore({});
		DAMAGE['64 bytes flipped in a record']!(storeFile());
		const server = await startServer({ DATA_DIR: dataDir }, port);
		expect(await health(server.base)).toMatchObject({ status: 'ok', catalogue: { revision } });
		expect(
			readdirSync(dataDir).filter((name) => name.startsWith('catalogue.damaged-'))
		).toHaveLength(1);
	});

	test('npm run seed rebuilds a damaged store, and the next start serves it', async () => {
		await writeStore({ CATALOGUE_FILE: fixture });
		DAMAGE['cut to half its length']!(storeFile());
		const seeded = runCommand('seed/dist/seed.js', { DATA_DIR: dataDir });
		expect(seeded.status).toBe(0);
		expect(seeded.stdout).toMatch(
			/was damaged \(reading it killed the checking process \(SIGBUS\)/
		);
		expect(seeded.stdout).toMatch(/rebuilt from data\//);
		const server = await startServer({ DATA_DIR: dataDir }, port);
		expect((await health(server.base)).status).toBe('ok');
	});
});

describe('a whole store', () => {
	test('is served as it is; an empty folder is seeded from data/', async () => {
		const revision = await writeStore({ CATALOGUE_FILE: fixture });
		const server = await startServer({ DATA_DIR: dataDir }, port);
		expect(await health(server.base)).toMatchObject({
			status: 'ok',
			catalogue: { revision, services: 75 }
		});
		expect(existsSync(path.join(dataDir, 'catalogue', 'catalogue-revision.json'))).toBe(true);
		server.child.kill('SIGTERM');
		await server.exited;
		rmSync(path.join(dataDir, 'catalogue'), { recursive: true });
		const fresh = await startServer({ DATA_DIR: dataDir }, port);
		expect((await health(fresh.base)).catalogue.revision).not.toBe(revision);
	});
});
