import { randomBytes } from 'node:crypto';
import {
	sameContent as same,
	type Actor,
	type Catalogue,
	type Service,
	type ServiceVersion
} from '@stodkartan/core';
import type { CatalogueRepository, CatalogueRevision } from '../store/catalogue-repository.js';
import type { ProposalRecord, ServicePublication } from '../store/curation-repository.js';

/** A field that `data/` (or another import) would change, but curation changed in the store since. */
export interface ImportConflict {
	serviceId: string;
	field: string;
	/** `changed`: both sides changed it; `kept`: the import would remove a service curation changed or made. */
	kind: 'changed' | 'kept';
}

export interface ImportResult {
	revision: CatalogueRevision;
	changed: boolean;
	created: number;
	updated: number;
	removed: number;
	conflicts: ImportConflict[];
}

/** The service as the last import left it: the newest version an import wrote. */
function importBase(versions: readonly ServiceVersion[]): Service | null | undefined {
	for (let index = versions.length - 1; index >= 0; index -= 1) {
		const version = versions[index] as ServiceVersion;
		if (version.actor.kind === 'import') return version.imported ?? version.service;
	}
	return undefined;
}

const curatedBy = (versions: readonly ServiceVersion[]) =>
	versions.some((version) => version.actor.kind === 'user');

/**
 * Three-way merge of one service, field by field: what the import changed since its last
 * import is taken, unless curation changed the same field in the store since; that is a
 * conflict, listed and not applied.
 */
function mergeService(base: Service, current: Service, incoming: Service) {
	const merged: Record<string, unknown> = {};
	const conflicts: string[] = [];
	const fields = new Set([...Object.keys(base), ...Object.keys(current), ...Object.keys(incoming)]);
	for (const field of fields) {
		const [b, c, i] = [base, current, incoming].map(
			(service) => (service as Record<string, unknown>)[field]
		);
		let value = c;
		if (!same(i, b)) {
			if (same(c, b)) value = i;
			else if (!same(c, i)) conflicts.push(field);
		}
		if (value !== undefined) merged[field] = value;
	}
	return { service: merged as Service, conflicts };
}

/**
 * Loads a catalogue (data/ or a file) into the store without overwriting curation. A store where
 * curation never proposed or changed anything is simply replaced, as before curation existed.
 * Otherwise every change goes through the proposal path as the `import` actor, auto-approved, in
 * one transaction and audited: new services are added; a service changed in the import takes the
 * import's changes except in fields curation changed since the last import (conflicts, listed);
 * a service gone from the import is removed unless curation changed or made it (then kept,
 * listed). Organizations follow the import, except those a kept service still names.
 */
export async function importCatalogue(
	repository: CatalogueRepository,
	incoming: Catalogue,
	source: string,
	now: Date,
	options: {
		/** Replace whole even a curated store (rebuilding one found damaged). */
		force?: boolean;
		/** How a whole replacement is made (the catalogue service reads it back and verifies it). */
		replace?: (
			catalogue: Catalogue,
			source: string
		) => Promise<{ revision: CatalogueRevision; changed: boolean }>;
	} = {}
): Promise<ImportResult & { fast: boolean }> {
	const at = now.toISOString();
	const actor: Actor = { kind: 'import', name: source };
	if (options.force || !(await repository.curation.isCurated())) {
		const replace =
			options.replace ?? ((catalogue, name) => repository.replaceCatalogue(catalogue, name));
		const { revision, changed } = await replace(incoming, source);
		if (changed) {
			await repository.curation.appendAudit([
				{
					at,
					actor,
					action: 'catalogue.imported',
					details: { source, services: incoming.services.length, replaced: true }
				}
			]);
		}
		return { revision, changed, created: 0, updated: 0, removed: 0, conflicts: [], fast: true };
	}
	const stored = new Map((await repository.allServices()).map((service) => [service.id, service]));
	const changes: ServicePublication[] = [];
	const conflicts: ImportConflict[] = [];
	const counts = { created: 0, updated: 0, removed: 0 };
	const record = (serviceId: string, baseVersion: number): ProposalRecord => ({
		id: randomBytes(12).toString('base64url'),
		kind: 'import',
		serviceId,
		status: 'approved',
		changes: {},
		sources: [],
		note: `import of ${source}`,
		proposedBy: actor,
		createdAt: at,
		baseVersion,
		review: { by: actor, at }
	});
	const publish = async (
		serviceId: string,
		service: Service | null,
		action: string,
		imported?: Service
	) => {
		const version = await repository.curation.serviceVersion(serviceId);
		changes.push({
			serviceId,
			expectedVersion: version,
			service,
			actor,
			action,
			record: record(serviceId, version),
			...(imported && !same(imported, service) ? { imported } : {})
		});
	};
	const kept = new Set<string>();
	for (const service of incoming.services) {
		const current = stored.get(service.id);
		if (!current) {
			counts.created += 1;
			await publish(service.id, service, 'imported');
			continue;
		}
		if (same(current, service)) continue;
		const versions = await repository.curation.serviceVersions(service.id);
		const base = versions.length === 0 ? current : (importBase(versions) ?? current);
		const merged = mergeService(base, current, service);
		for (const field of merged.conflicts) {
			conflicts.push({ serviceId: service.id, field, kind: 'changed' });
		}
		// Even with nothing to apply, record what this import brought, so the next import compares with it.
		if (!same(merged.service, current) || !same(base, service)) {
			counts.updated += same(merged.service, current) ? 0 : 1;
			await publish(service.id, merged.service, 'imported', service);
		}
	}
	const incomingIds = new Set(incoming.services.map((service) => service.id));
	for (const [id, current] of stored) {
		if (incomingIds.has(id)) continue;
		if (curatedBy(await repository.curation.serviceVersions(id))) {
			conflicts.push({ serviceId: id, field: '*', kind: 'kept' });
			kept.add(current.organizationId);
			continue;
		}
		counts.removed += 1;
		await publish(id, null, 'removed');
	}
	const incomingOrganizations = new Set(
		incoming.organizations.map((organization) => organization.id)
	);
	const storedOrganizations = await repository.allOrganizations();
	const organizationsChanged =
		storedOrganizations.length !== incoming.organizations.length ||
		!same(
			[...storedOrganizations].sort((a, b) => a.id.localeCompare(b.id)),
			[...incoming.organizations].sort((a, b) => a.id.localeCompare(b.id))
		);
	const revision = await repository.revision();
	const realChanges = changes.filter(
		(change) => !same(change.service, stored.get(change.serviceId) ?? null)
	);
	if (changes.length === 0 && !organizationsChanged && revision) {
		return { revision, changed: false, ...counts, conflicts, fast: false };
	}
	const published = await repository.curation.publish({
		at,
		changes,
		organizations: incoming.organizations,
		removeOrganizations: storedOrganizations
			.map((organization) => organization.id)
			.filter((id) => !incomingOrganizations.has(id) && !kept.has(id)),
		audit: [
			{
				at,
				actor,
				action: 'catalogue.imported',
				details: {
					source,
					...counts,
					conflicts: conflicts.length,
					proposals: changes.map((change) => change.record?.id)
				}
			}
		]
	});
	return {
		revision: published,
		changed: realChanges.length > 0 || organizationsChanged,
		...counts,
		conflicts,
		fast: false
	};
}
