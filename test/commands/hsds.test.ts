import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCatalogue, type Catalogue } from '@stodkartan/core';
import { DATA, testGeography } from '../support/domain.js';
import { dataCatalogue, HSDS_STANDARD, publicOnly } from '../support/hsds.js';
import { runCommand } from '../support/processes.js';

let work: string;
beforeAll(() => {
	work = mkdtempSync(path.join(tmpdir(), 'stodkartan-hsds-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const exportTo = (out: string, args: string[] = []) =>
	runCommand('seed/dist/hsds-export.js', {}, ['--out', out, ...args]);
const importFile = (file: string, out: string) =>
	runCommand('seed/dist/hsds-import.js', {}, [file, '--out', out]);

function dataHash(): string {
	const hash = createHash('sha256');
	for (const name of readdirSync(path.join(DATA, 'catalogue')).sort()) {
		hash.update(readFileSync(path.join(DATA, 'catalogue', name)));
	}
	return hash.digest('hex');
}

describe('npm run hsds:export', () => {
	test('writes the JSON and the tabular data package, whose CSV headers are the fields it declares', () => {
		const out = path.join(work, 'export');
		const result = exportTo(out, ['--modified-at', '2026-11-30T12:00:00Z']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Every record is valid against the official schemas/);
		const services = JSON.parse(readFileSync(path.join(out, 'json', 'services.json'), 'utf8')) as {
			last_modified: string;
		}[];
		expect(services.length).toBeGreaterThanOrEqual(80);
		expect(services.every((service) => service.last_modified === '2026-11-30T12:00:00.000Z')).toBe(
			true
		);
		const datapackage = JSON.parse(
			readFileSync(path.join(out, 'tabular', 'datapackage.json'), 'utf8')
		) as {
			profile: string;
			resources: { path: string; schema: { fields: { name: string }[] } }[];
			schema_attribution: { text: string; license: { name: string } };
		};
		expect(datapackage.profile).toBe('tabular-data-package');
		expect(datapackage.schema_attribution).toMatchObject({
			text: 'Human Services Data Specification: an Open Referral resource (https://openreferral.org/)',
			license: { name: 'CC-BY-SA-4.0' }
		});
		expect(datapackage.resources.map((resource) => resource.path)).toEqual(
			expect.arrayContaining([
				'services.csv',
				'organizations.csv',
				'phones.csv',
				'taxonomy_terms.csv',
				'attributes.csv'
			])
		);
		for (const resource of datapackage.resources) {
			const csv = readFileSync(path.join(out, 'tabular', resource.path), 'utf8');
			expect(csv.split('\r\n')[0]).toBe(
				resource.schema.fields.map((field) => field.name).join(',')
			);
		}
		const servicesCsv = readFileSync(path.join(out, 'tabular', 'services.csv'), 'utf8');
		expect(servicesCsv.split('\r\n').filter(Boolean)).toHaveLength(services.length + 1);
	});

	test('without --out it says how to use it and writes nothing', () => {
		const result = runCommand('seed/dist/hsds-export.js', {}, []);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/Usage: npm run hsds:export -- --out DIR/);
	});
});

describe('npm run hsds:import -- FILE --out FILE (a file to review, without a store)', () => {
	test('our own export comes back as a valid catalogue file equal to data/, and data/ is not touched', async () => {
		const before = dataHash();
		const exported = path.join(work, 'roundtrip');
		expect(exportTo(exported).status).toBe(0);
		const out = path.join(work, 'import', 'back.json');
		const result = importFile(path.join(exported, 'json', 'services.json'), out);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/(\d+) ready for review, 0 need a curator/);
		expect(result.stdout).toMatch(/data\/ is not changed/);
		expect(result.stdout).toMatch(/Nothing was proposed or published: review the file/);
		const parsed = parseCatalogue(JSON.parse(readFileSync(out, 'utf8')), {
			regions: testGeography(),
			today: '2999-01-01'
		});
		expect(parsed.ok).toBe(true);
		const byId = (catalogue: Catalogue) =>
			[...catalogue.services].sort((a, b) => (a.id < b.id ? -1 : 1));
		// As the public sees data/ today: the export shows what every answer shows.
		const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
		const original = await dataCatalogue();
		expect(byId((parsed as { catalogue: Catalogue }).catalogue)).toEqual(
			byId({
				...original,
				services: original.services.map((service) => publicOnly(service, today))
			})
		);
		expect(existsSync(path.join(work, 'import', 'back.report.json'))).toBe(true);
		expect(dataHash()).toBe(before);
	});

	test('an official example is read, with what needs a curator and what is not kept listed in the report', () => {
		const out = path.join(work, 'example', 'example.json');
		const result = importFile(path.join(HSDS_STANDARD, 'examples', 'service_list.json'), out);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/0 ready for review, 1 need a curator/);
		const report = JSON.parse(
			readFileSync(path.join(work, 'example', 'example.report.json'), 'utf8')
		) as {
			shape: string;
			services: { ready: boolean; problems: { path: string }[]; unmapped: { path: string }[] }[];
		};
		expect(report.shape).toBe('page');
		expect(report.services[0]?.ready).toBe(false);
		expect(report.services[0]?.problems.map((problem) => problem.path)).toContain('$.needs');
		expect(report.services[0]?.unmapped.length).toBeGreaterThan(5);
	});

	test('a file that is not HSDS, or a service that breaks the schema, is refused with the reason', () => {
		const notHsds = path.join(work, 'not-hsds.json');
		writeFileSync(notHsds, JSON.stringify({ hello: 'world' }));
		const refused = importFile(notHsds, path.join(work, 'refused.json'));
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/holds no HSDS services/);

		const broken = path.join(work, 'broken.json');
		writeFileSync(broken, JSON.stringify([{ id: 'not-a-uuid', name: 'Trasig', status: 'open' }]));
		const invalid = importFile(broken, path.join(work, 'broken-out.json'));
		expect(invalid.status).toBe(1);
		expect(invalid.stdout).toMatch(
			/not valid HSDS, skipped: item 0 \(not-a-uuid\): .*\$\.id must match format "uuid"/
		);
	});
});
