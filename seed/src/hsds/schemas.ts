import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** The HSDS 3.1 schemas the project validates against, copied into `data/standards/hsds-3.1/`. */
export const HSDS_SCHEMA_FILES = {
	service: 'schema/compiled/service.json',
	service_list: 'schema/compiled/service_list.json',
	organization: 'schema/compiled/organization.json',
	organization_list: 'schema/compiled/organization_list.json',
	service_at_location: 'schema/compiled/service_at_location.json',
	service_at_location_list: 'schema/compiled/service_at_location_list.json',
	taxonomy: 'schema/taxonomy.json',
	taxonomy_term: 'schema/taxonomy_term.json'
} as const;

export type HsdsSchemaName = keyof typeof HSDS_SCHEMA_FILES;

export interface SchemaIssue {
	path: string;
	message: string;
}

const formatIssue = (error: ErrorObject): SchemaIssue => ({
	path: `$${error.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`,
	message: `${error.message ?? 'is not valid'}${error.keyword === 'enum' ? ` (${JSON.stringify(error.params)})` : ''}`
});

/**
 * JSON Schema (draft 2020-12) validation against the official HSDS schemas, with ajv. Each
 * schema is compiled once, when first used (the compiled service schema is 2.5 MB).
 */
export class HsdsSchemas {
	readonly #root: string;
	readonly #ajv: Ajv2020;
	readonly #compiled = new Map<HsdsSchemaName, ValidateFunction>();

	constructor(root: string) {
		this.#root = root;
		// The HSDS schemas carry their own keywords (datapackage_metadata, constraints, core …), which
		// strict mode would refuse; every standard keyword is still applied.
		this.#ajv = new Ajv2020({ strict: false, allErrors: true });
		addFormats.default(this.#ajv);
		// The uncompiled taxonomy_term schema refers to taxonomy.json and metadata.json by file name.
		for (const file of ['schema/taxonomy.json', 'schema/metadata.json']) {
			this.#ajv.addSchema(this.#read(file), path.basename(file));
		}
	}

	#read(file: string): Record<string, unknown> {
		return JSON.parse(readFileSync(path.join(this.#root, file), 'utf8')) as Record<string, unknown>;
	}

	#validator(name: HsdsSchemaName): ValidateFunction {
		let validate = this.#compiled.get(name);
		if (!validate) {
			const file = HSDS_SCHEMA_FILES[name];
			validate =
				name === 'taxonomy'
					? (this.#ajv.getSchema('taxonomy.json') as ValidateFunction)
					: this.#ajv.compile(this.#read(file));
			this.#compiled.set(name, validate);
		}
		return validate;
	}

	/** Every way the value breaks the schema; empty when it is valid. */
	issues(name: HsdsSchemaName, value: unknown): SchemaIssue[] {
		const validate = this.#validator(name);
		return validate(value) ? [] : (validate.errors ?? []).map(formatIssue);
	}
}
