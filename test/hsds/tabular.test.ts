import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exportHsds, hsdsTabularPackage, type TabularSchema } from '@stodkartan/core';
import { fixtureCatalogue } from '../support/domain.js';
import { dataCatalogue, HSDS_STANDARD, testHsdsContext } from '../support/hsds.js';

/** RFC 4180, written apart from the exporter so the test does not read with the writer's rules. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i] as string;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else {
			field += char;
		}
	}
	expect(field).toBe('');
	return rows;
}

interface Resource {
	name: string;
	path: string;
	schema: {
		fields: {
			name: string;
			type: string;
			format?: string;
			constraints: { required?: boolean; unique?: boolean };
		}[];
		primaryKey: string;
		foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
	};
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const tabularSchema = () =>
	JSON.parse(
		readFileSync(path.join(HSDS_STANDARD, 'schema', 'compiled', 'tabular.json'), 'utf8')
	) as TabularSchema;

describe.each([
	['the fixture', async () => fixtureCatalogue()],
	['data/', dataCatalogue]
])('the tabular data package of %s', (_name, load) => {
	test('keeps its own rules: required fields filled, formats, unique keys, foreign keys that resolve, one row per record', async () => {
		const data = exportHsds(await load(), testHsdsContext());
		const files = hsdsTabularPackage(data, tabularSchema(), {
			created: '2026-11-30T12:00:00.000Z',
			name: 'test',
			title: 'Test',
			description: 'Test'
		});
		const datapackage = JSON.parse(files.get('datapackage.json') ?? '{}') as {
			resources: Resource[];
		};
		const tables = new Map<string, Record<string, string>[]>();
		for (const resource of datapackage.resources) {
			const [header, ...rows] = parseCsv(files.get(resource.path) ?? '');
			expect(header).toEqual(resource.schema.fields.map((field) => field.name));
			tables.set(
				resource.name,
				rows.map((cells) => {
					expect(cells).toHaveLength(header?.length ?? 0);
					return Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? '']));
				})
			);
		}
		for (const resource of datapackage.resources) {
			const rows = tables.get(resource.name) ?? [];
			expect(rows.length).toBeGreaterThan(0);
			for (const field of resource.schema.fields) {
				const values = rows.map((row) => row[field.name] ?? '');
				if (field.constraints.required) expect(values.filter((value) => value === '')).toEqual([]);
				if (field.format === 'uuid') {
					expect(values.filter((value) => value !== '' && !UUID.test(value))).toEqual([]);
				}
				if (field.type === 'number') {
					expect(values.filter((value) => value !== '' && Number.isNaN(Number(value)))).toEqual([]);
				}
				if (field.constraints.unique || field.name === resource.schema.primaryKey) {
					expect(new Set(values).size).toBe(values.length);
				}
			}
			for (const key of resource.schema.foreignKeys ?? []) {
				const targets = new Set((tables.get(key.reference.resource) ?? []).map((row) => row.id));
				const dangling = rows
					.map((row) => row[key.fields] ?? '')
					.filter((value) => value !== '' && !targets.has(value));
				expect({ table: resource.name, key: key.fields, dangling }).toEqual({
					table: resource.name,
					key: key.fields,
					dangling: []
				});
			}
		}
		expect(tables.get('service')).toHaveLength(data.services.length);
		expect(tables.get('attribute')).toHaveLength(
			data.services.reduce((sum, service) => sum + service.attributes.length, 0)
		);
		// A text with commas, quotes or line breaks comes back exactly.
		const first = data.services[0];
		expect(tables.get('service')?.find((row) => row.id === first?.id)?.description).toBe(
			first?.description
		);
	});
});

test('the fixture’s public places are in locations.csv and addresses.csv', () => {
	const data = exportHsds(fixtureCatalogue(), testHsdsContext());
	const files = hsdsTabularPackage(data, tabularSchema(), {
		created: 'x',
		name: 'x',
		title: 'x',
		description: 'x'
	});
	expect(parseCsv(files.get('locations.csv') ?? '').length - 1).toBe(
		data.services.reduce((sum, service) => sum + (service.service_at_locations?.length ?? 0), 0)
	);
	expect(files.get('addresses.csv')).toContain('Exempelgatan 1');
});
