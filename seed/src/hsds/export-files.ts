import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
	hsdsAbout,
	hsdsTabularPackage,
	toHsdsServiceSummary,
	type HsdsDirectoryExport,
	type TabularSchema
} from '@stodkartan/core';
import { HSDS_STANDARD } from './paths.js';
import type { HsdsSchemas, SchemaIssue } from './schemas.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every way an export breaks the HSDS schemas, record by record; empty when it is valid. */
export function exportIssues(
	data: HsdsDirectoryExport,
	schemas: HsdsSchemas
): (SchemaIssue & { record: string })[] {
	const check = (record: string, name: Parameters<HsdsSchemas['issues']>[0], value: unknown) =>
		schemas.issues(name, value).map((issue) => ({ record, ...issue }));
	return [
		...data.services.flatMap((service) => [
			...check(`service ${service.id}`, 'service', service),
			...check(`service ${service.id} (list item)`, 'service_list', toHsdsServiceSummary(service))
		]),
		...data.organizations.flatMap((organization) => [
			...check(`organization ${organization.id}`, 'organization', organization)
		]),
		...data.taxonomies.flatMap((taxonomy) =>
			check(`taxonomy ${taxonomy.id}`, 'taxonomy', taxonomy)
		),
		...data.terms.flatMap((term) => check(`taxonomy term ${term.id}`, 'taxonomy_term', term))
	];
}

/**
 * Writes an export: `json/` (services, organizations, taxonomies, terms, about) and `tabular/`
 * (the HSDS tabular data package: CSV files and `datapackage.json`). Returns the files written.
 */
export async function writeHsdsExport(
	out: string,
	data: HsdsDirectoryExport,
	created: string
): Promise<string[]> {
	const tabularSchema = JSON.parse(
		await readFile(path.join(HSDS_STANDARD, 'schema', 'compiled', 'tabular.json'), 'utf8')
	) as TabularSchema;
	const files = new Map<string, string>([
		['json/about.json', json(hsdsAbout())],
		['json/services.json', json(data.services)],
		['json/organizations.json', json(data.organizations)],
		['json/taxonomies.json', json(data.taxonomies)],
		['json/taxonomy_terms.json', json(data.terms)]
	]);
	const tabular = hsdsTabularPackage(data, tabularSchema, {
		created,
		name: 'stodkartan-hsds',
		title: 'Stödkartan i HSDS 3.1',
		description:
			'Stödkartans katalog över stöd till barn och unga som utsatts för sexuellt våld, i Human Services Data Specification 3.1. Fälten som HSDS saknar finns bara i JSON-exporten, under "stodkartan".'
	});
	for (const [name, content] of tabular) files.set(`tabular/${name}`, content);
	await mkdir(path.join(out, 'json'), { recursive: true });
	await mkdir(path.join(out, 'tabular'), { recursive: true });
	for (const [name, content] of files) await writeFile(path.join(out, name), content);
	return [...files.keys()];
}
