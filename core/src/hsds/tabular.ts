import type { HsdsDirectoryExport } from './export.js';

/** Attribution the HSDS licence (CC BY-SA 4.0) asks for wherever its schemas are used. */
export const HSDS_ATTRIBUTION =
	'Human Services Data Specification: an Open Referral resource (https://openreferral.org/)';
export const HSDS_LICENSE = {
	name: 'CC-BY-SA-4.0',
	title: 'Creative Commons Attribution-ShareAlike 4.0',
	path: 'https://creativecommons.org/licenses/by-sa/4.0/'
};

/** The part of `compiled/tabular.json` this reads: per table, its file and fields. */
export interface TabularSchema {
	properties: Record<
		string,
		{
			items: {
				path: string;
				properties: Record<
					string,
					{
						type?: string;
						format?: string;
						datapackage_type?: string;
						constraints?: { unique?: boolean };
					}
				>;
				required?: string[];
				tabular_required?: string[];
			};
		}
	>;
}

type Row = object;

/** Which tables hold which records, by the table's name in `tabular.json`. */
function tablesOf(data: HsdsDirectoryExport): Record<string, Row[]> {
	const services = data.services;
	const locations = services.flatMap((service) => service.service_at_locations ?? []);
	return {
		organization: data.organizations,
		service: services,
		phone: services.flatMap((service) => service.phones ?? []),
		schedule: services.flatMap((service) => service.schedules ?? []),
		service_area: services.flatMap((service) => service.service_areas),
		language: services.flatMap((service) => service.languages ?? []),
		contact: services.flatMap((service) => service.contacts ?? []),
		service_at_location: locations.map(({ location: _location, ...entry }) => entry),
		location: locations.map((entry) => entry.location),
		address: locations.flatMap((entry) => entry.location.addresses ?? []),
		accessibility: locations.flatMap((entry) => entry.location.accessibility ?? []),
		attribute: services.flatMap((service) => service.attributes),
		taxonomy: data.taxonomies,
		taxonomy_term: data.terms
	};
}

/** The table a `…_id` column points into. */
const FOREIGN_KEYS: Record<string, string> = {
	organization_id: 'organization',
	service_id: 'service',
	location_id: 'location',
	service_at_location_id: 'service_at_location',
	taxonomy_term_id: 'taxonomy_term',
	taxonomy_id: 'taxonomy'
};

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: unknown): string {
	if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
		return '';
	}
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The HSDS tabular data package: one CSV per table that has rows, with the columns
 * `compiled/tabular.json` gives it (one-to-one fields only; nested lists are their own tables),
 * and a `datapackage.json` describing them. Our extension fields are in the JSON export only.
 */
export function hsdsTabularPackage(
	data: HsdsDirectoryExport,
	schema: TabularSchema,
	meta: { created: string; name: string; title: string; description: string }
): Map<string, string> {
	const files = new Map<string, string>();
	const tables = tablesOf(data);
	const written = Object.keys(tables).filter((table) => (tables[table]?.length ?? 0) > 0);
	const resources = written.map((table) => {
		const definition = schema.properties[table]?.items;
		if (!definition) throw new Error(`HSDS has no table ${table}`);
		const columns = Object.entries(definition.properties).filter(
			([, field]) => field.type !== 'array' && field.type !== 'object'
		);
		const required = new Set([
			...(definition.required ?? []),
			...(definition.tabular_required ?? [])
		]);
		const rows = tables[table] ?? [];
		files.set(
			definition.path,
			[
				columns.map(([name]) => csvField(name)).join(','),
				...rows.map((row) =>
					columns.map(([name]) => csvField((row as Record<string, unknown>)[name])).join(',')
				)
			].join('\r\n') + '\r\n'
		);
		const foreignKeys = columns.flatMap(([name]) => {
			const target = FOREIGN_KEYS[name];
			if (!target || target === table || !written.includes(target)) return [];
			return [{ fields: name, reference: { resource: target, fields: 'id' } }];
		});
		return {
			name: table,
			path: definition.path,
			profile: 'tabular-data-resource',
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			schema: {
				fields: columns.map(([name, field]) => ({
					name,
					type: field.datapackage_type ?? field.type ?? 'string',
					...(field.datapackage_type === 'time'
						? { format: '%H:%M' }
						: field.format && ['uuid', 'email', 'uri'].includes(field.format)
							? { format: field.format }
							: {}),
					constraints: {
						...(required.has(name) ? { required: true } : {}),
						...(field.constraints?.unique ? { unique: true } : {})
					}
				})),
				primaryKey: 'id',
				...(foreignKeys.length > 0 ? { foreignKeys } : {})
			}
		};
	});
	files.set(
		'datapackage.json',
		JSON.stringify(
			{
				profile: 'tabular-data-package',
				name: meta.name,
				title: meta.title,
				description: meta.description,
				created: meta.created,
				hsds_version: '3.1',
				resources,
				sources: [{ title: HSDS_ATTRIBUTION, path: 'https://openreferral.org/' }],
				schema_attribution: {
					text: HSDS_ATTRIBUTION,
					license: HSDS_LICENSE,
					changes:
						'The table schemas above are adapted from schema/compiled/tabular.json of HSDS 3.1 (github.com/openreferral/specification, branch 3.1-dev, commit abc731c): only the tables written here, with their one-to-one fields. They are shared under the same licence.'
				}
			},
			null,
			2
		) + '\n'
	);
	return files;
}
