import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedCatalogueRepository } from '@stodkartan/api';
import { DATA } from '../support/domain.js';
import { runCommand } from '../support/processes.js';

let work: string;
let dataPath: string;
let storeDir: string;

beforeEach(() => {
	work = mkdtempSync(path.join(tmpdir(), 'stodkartan-seed-'));
	dataPath = path.join(work, 'data');
	storeDir = path.join(work, 'store');
	cpSync(DATA, dataPath, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const seed = (args: string[] = []) =>
	runCommand('seed/dist/seed.js', { CATALOGUE_DATA_PATH: dataPath, DATA_DIR: storeDir }, args);

async function storedIds(): Promise<string[]> {
	const store = EmbeddedCatalogueRepository.open(path.join(storeDir, 'catalogue'));
	try {
		return (await store.allServices()).map((service) => service.id).sort();
	} finally {
		await store.close();
	}
}

const chats = () => path.join(dataPath, 'catalogue', 'helplines-and-chats.json');

describe('npm run seed', () => {
	test('loads data/ and prints a summary; running it twice changes nothing', async () => {
		const first = seed();
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(/data\/ is valid: 9 file\(s\), \d+ organizations, \d+ services/);
		expect(first.stdout).toMatch(/Loaded into the embedded store/);
		const second = seed();
		expect(second.status).toBe(0);
		expect(second.stdout).toMatch(/already holds this catalogue .*nothing changed/);
		expect((await storedIds()).length).toBeGreaterThanOrEqual(80);
	});

	test('a service removed from data/ stops being stored', async () => {
		seed();
		const file = JSON.parse(readFileSync(chats(), 'utf8')) as { services: { id: string }[] };
		file.services = file.services.filter((service) => service.id !== 'tilia');
		writeFileSync(chats(), JSON.stringify(file));
		expect(seed().status).toBe(0);
		expect(await storedIds()).not.toContain('tilia');
	});

	test('invalid data exits non-zero with every problem listed and leaves the store untouched', async () => {
		seed();
		const before = await storedIds();
		const file = JSON.parse(readFileSync(chats(), 'utf8')) as {
			services: Record<string, unknown>[];
		};
		file.services[0] = { ...file.services[0], lastVerified: 'yesterday' };
		file.services[3] = {
			...file.services[3],
			serviceArea: { scope: 'local', municipalities: ['12'] }
		};
		file.services = file.services.filter((_, index) => index !== 5);
		writeFileSync(chats(), JSON.stringify(file));
		const result = seed();
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/store was not touched/);
		expect(result.stderr).toMatch(
			/data\/catalogue\/helplines-and-chats\.json \$\.services\[0\]\.lastVerified/
		);
		expect(result.stderr).toMatch(
			/data\/catalogue\/helplines-and-chats\.json \$\.services\[3\]\.serviceArea\.municipalities\[0\]/
		);
		expect(await storedIds()).toEqual(before);
	});

	test("the needs files are part of data/: their problems are listed with the catalogue's", async () => {
		seed();
		const before = await storedIds();
		const vocabularyFile = path.join(dataPath, 'needs-vocabulary.json');
		const vocabulary = JSON.parse(readFileSync(vocabularyFile, 'utf8')) as {
			concepts: { terms: { sv: string[] } }[];
		};
		vocabulary.concepts[2]?.terms.sv.push('som förälder');
		writeFileSync(vocabularyFile, JSON.stringify(vocabulary));
		writeFileSync(path.join(dataPath, 'needs.json'), '{ "needs": [');
		const file = JSON.parse(readFileSync(chats(), 'utf8')) as {
			services: Record<string, unknown>[];
		};
		file.services[0] = { ...file.services[0], lastVerified: 'yesterday' };
		writeFileSync(chats(), JSON.stringify(file));

		for (const result of [seed(['--check']), seed()]) {
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/3 problem\(s\)/);
			expect(result.stderr).toMatch(
				/data\/needs-vocabulary\.json \$\.concepts\[2\]\.terms\.sv\[\d+\]/
			);
			expect(result.stderr).toMatch(/data\/needs\.json \$: is not valid JSON/);
			expect(result.stderr).toMatch(/helplines-and-chats\.json \$\.services\[0\]\.lastVerified/);
		}
		expect(await storedIds()).toEqual(before);
	});

	test('the documented gaps are checked like the catalogue, every problem listed', () => {
		const gapsFile = path.join(dataPath, 'gaps.json');
		const file = JSON.parse(readFileSync(gapsFile, 'utf8')) as {
			gaps: Record<string, unknown>[];
		};
		file.gaps[0] = { ...file.gaps[0], status: 'maybe', municipalities: ['9999'] };
		writeFileSync(gapsFile, JSON.stringify(file));
		const result = seed(['--check']);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/data\/gaps\.json \$\.gaps\[0\]\.status/);
		file.gaps[0] = { ...file.gaps[0], status: 'none' };
		writeFileSync(gapsFile, JSON.stringify(file));
		expect(seed(['--check']).stderr).toMatch(
			/data\/gaps\.json \$\.gaps\[0\]\.municipalities\[0\]: unknown municipality code "9999"/
		);
	});

	test('--check validates without touching any store', () => {
		const result = seed(['--check']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/data\/ is valid/);
		expect(result.stdout).not.toMatch(/Loaded/);
	});
});

describe('npm run coverage', () => {
	test('reports every need and age band for all 21 counties', () => {
		const result = runCommand('seed/dist/coverage.js', { CATALOGUE_DATA_PATH: dataPath });
		expect(result.status).toBe(0);
		const counties = result.stdout.match(/^\S.* län \(\d{2}\)$/gm) ?? [];
		expect(counties).toHaveLength(21);
		expect(result.stdout).toMatch(
			/Documented gap \(none, 2023-07-17, 5 municipalities\): Inget Barnahus i Blekinge/
		);
	});

	test("counts services per role and county, and each county's local routes", () => {
		const result = runCommand('seed/dist/coverage.js', { CATALOGUE_DATA_PATH: dataPath });
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Services per role and county/m);
		expect(result.stdout).toMatch(/^ {2}social-services +\d+( +\d+){21}$/m);
		const row =
			/^ {2}Västernorrlands län \(22\) +(\d+)\/7 +(\d+)\/7 +(\d+)\/7 +(\d+)\/7 +(\d+)\/7$/m.exec(
				result.stdout
			);
		expect(row).not.toBeNull();
		// Every municipality is counted once: a Barnahus serves it, or a gap says none or unknown.
		const [served = 0, none = 0, unknown = 0] = [3, 4, 5].map((i) => Number(row?.[i]));
		expect(served + none + unknown).toBe(7);
		expect(result.stdout).toMatch(/^ {2}Sweden +\d+\/290/m);
	});
});

describe('npm run seed after curation', () => {
	const curator = {
		kind: 'user' as const,
		id: 'u1',
		email: 'curator@example.org',
		role: 'curator' as const
	};

	/** Publishes a reviewed change in the store, as an approval would. */
	async function curate(
		id: string,
		change: (service: Record<string, unknown>) => Record<string, unknown>
	) {
		const store = EmbeddedCatalogueRepository.open(path.join(storeDir, 'catalogue'));
		try {
			const service = (await store.findServiceById(id)) as unknown as Record<string, unknown>;
			await store.curation.publish({
				at: new Date().toISOString(),
				changes: [
					{
						serviceId: id,
						expectedVersion: await store.curation.serviceVersion(id),
						service: change(service) as never,
						actor: curator,
						action: 'approved'
					}
				],
				audit: [{ at: new Date().toISOString(), actor: curator, action: 'proposal.approved' }]
			});
		} finally {
			await store.close();
		}
	}

	async function stored(id: string) {
		const store = EmbeddedCatalogueRepository.open(path.join(storeDir, 'catalogue'));
		try {
			return {
				service: await store.findServiceById(id),
				audit: await store.curation.auditEntries({ limit: 1 })
			};
		} finally {
			await store.close();
		}
	}

	test('does not overwrite an approved edit: data/ changes go through the import actor, conflicts are listed', async () => {
		expect(seed().status).toBe(0);
		await curate('tilia', (service) => ({
			...service,
			description: { sv: 'Kurerad beskrivning' }
		}));
		const file = JSON.parse(readFileSync(chats(), 'utf8')) as {
			services: Record<string, unknown>[];
		};
		const tilia = file.services.find((service) => service.id === 'tilia') as Record<
			string,
			unknown
		>;
		tilia.description = { sv: 'Ny beskrivning i data/' };
		tilia.keywords = { sv: ['nytt-ord'] };
		writeFileSync(chats(), JSON.stringify(file));

		const result = seed();
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/0 new, 1 changed, 0 removed, through the proposal path as the import actor/
		);
		expect(result.stdout).toMatch(/1 conflict\(s\)/);
		expect(result.stdout).toMatch(
			/tilia\.description: changed by curation and by the import; the store's value is kept/
		);
		const { service, audit } = await stored('tilia');
		expect(service?.description).toEqual({ sv: 'Kurerad beskrivning' });
		expect(service?.keywords).toEqual({ sv: ['nytt-ord'] });
		expect(audit[0]).toMatchObject({
			action: 'catalogue.imported',
			actor: { kind: 'import', name: 'data/' }
		});

		// The same data/ again changes nothing: data/ has not changed since this import.
		const again = seed();
		expect(again.stdout).toMatch(/nothing changed/);
		expect(again.stdout).not.toMatch(/conflict/);
		// A later change of the field in data/ is a conflict again; the store keeps its value.
		tilia.description = { sv: 'Ännu en beskrivning i data/' };
		writeFileSync(chats(), JSON.stringify(file));
		expect(seed().stdout).toMatch(/tilia\.description: changed by curation and by the import/);
		expect((await stored('tilia')).service?.description).toEqual({ sv: 'Kurerad beskrivning' });
	});

	test('keeps a curated service that data/ no longer has, and still removes the others', async () => {
		seed();
		await curate('tilia', (service) => ({ ...service, keywords: { sv: ['kurerat'] } }));
		const file = JSON.parse(readFileSync(chats(), 'utf8')) as { services: { id: string }[] };
		const removed = file.services.find((service) => service.id !== 'tilia')?.id as string;
		file.services = file.services.filter(
			(service) => service.id !== 'tilia' && service.id !== removed
		);
		writeFileSync(chats(), JSON.stringify(file));
		const result = seed();
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/tilia: not in the import, kept because curation changed or made it/
		);
		const ids = await storedIds();
		expect(ids).toContain('tilia');
		expect(ids).not.toContain(removed);
	});
});
