import { createHash } from 'node:crypto';
import type { Catalogue } from '@stodkartan/core';
import type { CatalogueRevision } from './catalogue-repository.js';

/**
 * A content hash of a validated catalogue: the order of services and organizations does not
 * matter. Validated records have their keys in schema order, so plain JSON is canonical enough:
 * the same file always hashes the same, and hashing 100,000 services takes a fraction of a second.
 */
export function catalogueHash(catalogue: Catalogue): string {
	const hash = createHash('sha256');
	const byId = <T extends { id: string }>(items: readonly T[]) =>
		[...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const organization of byId(catalogue.organizations)) {
		hash.update(JSON.stringify(organization)).update('\n');
	}
	hash.update('--\n');
	for (const service of byId(catalogue.services)) hash.update(JSON.stringify(service)).update('\n');
	return hash.digest('hex').slice(0, 32);
}

/** The revision a store records when it takes in this catalogue, read from `source`. */
export function revisionOf(catalogue: Catalogue, source: string): CatalogueRevision {
	return {
		id: catalogueHash(catalogue),
		loadedAt: new Date().toISOString(),
		services: catalogue.services.length,
		organizations: catalogue.organizations.length,
		source
	};
}

/**
 * The revision after curation published changes: a hash of the revision before and of what
 * changed, so every instance polling the revision sees a new one. Hashing the whole catalogue
 * again would cost a tenth of a second per approval at 10,000 services.
 */
export function nextRevision(
	previous: CatalogueRevision | null,
	changes: readonly { serviceId: string; service: unknown }[],
	counts: { services: number; organizations: number },
	at: string
): CatalogueRevision {
	const hash = createHash('sha256')
		.update(previous?.id ?? '')
		.update(at);
	for (const change of changes) {
		hash.update(change.serviceId).update('\n').update(JSON.stringify(change.service)).update('\n');
	}
	return {
		id: hash.digest('hex').slice(0, 32),
		loadedAt: at,
		services: counts.services,
		organizations: counts.organizations,
		source: previous?.source ?? 'curation'
	};
}
