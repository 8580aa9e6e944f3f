import { createHash } from 'node:crypto';
import type { Catalogue } from '@stodkartan/core';
import type { CatalogueRevision } from './catalogue-repository.js';

/** The source name of a catalogue seeded from the project's `data/` folder. */
export const DATA_SOURCE = 'data/';

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
