import {
	fromHsdsService,
	hsdsServicesIn,
	type Geography,
	type ImportedService,
	type Organization,
	type Service
} from '@stodkartan/core';
import type { HsdsSchemas, SchemaIssue } from './schemas.js';

/** What an HSDS file gave: the changes ready for review, and everything that was not. */
export interface ImportPlan {
	file: string;
	shape: 'service' | 'list' | 'page';
	/** Items that break the HSDS schema, with why; they are not mapped at all. */
	invalid: { index: number; id?: string; issues: SchemaIssue[] }[];
	/** Every valid item, mapped; `service` is set on those the catalogue contract accepts. */
	imported: ImportedService[];
	/** The complete services and their organizations: what the apply step receives. */
	changes: { services: Service[]; organizations: Organization[] };
}

export class NotHsdsError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NotHsdsError';
	}
}

/**
 * Reads HSDS 3.x JSON (one service, a list, or the paged shape), validates each service against
 * `compiled/service.json`, and maps the valid ones into the catalogue contract. Nothing is
 * written here: the plan goes to an apply step.
 */
export function planHsdsImport(
	text: string,
	options: { file: string; schemas: HsdsSchemas; regions: Geography }
): ImportPlan {
	let document: unknown;
	try {
		document = JSON.parse(text);
	} catch (error) {
		throw new NotHsdsError(`${options.file} is not valid JSON: ${(error as Error).message}`);
	}
	const found = hsdsServicesIn(document);
	if (!found) {
		throw new NotHsdsError(
			`${options.file} holds no HSDS services: expected one service, a list of services, or a page with "contents".`
		);
	}
	const invalid: ImportPlan['invalid'] = [];
	const imported: ImportedService[] = [];
	found.items.forEach((item, index) => {
		const issues = options.schemas.issues('service', item);
		if (issues.length > 0) {
			const id = typeof item === 'object' && item && 'id' in item ? String(item.id) : undefined;
			invalid.push({ index, ...(id ? { id } : {}), issues });
			return;
		}
		imported.push(
			fromHsdsService(item as Record<string, unknown>, {
				regions: options.regions,
				file: options.file
			})
		);
	});
	const services: Service[] = [];
	const organizations = new Map<string, Organization>();
	for (const entry of imported) {
		if (!entry.service || !entry.organization) continue;
		services.push(entry.service);
		if (!organizations.has(entry.organization.id)) {
			organizations.set(entry.organization.id, entry.organization);
		}
	}
	return {
		file: options.file,
		shape: found.shape,
		invalid,
		imported,
		changes: { services, organizations: [...organizations.values()] }
	};
}
