import { createHash } from 'node:crypto';
import type { Catalogue, Organization, Service } from '@stodkartan/core';
import type { CatalogueRevision } from './catalogue-repository.js';

/** The source name of a catalogue seeded from the project's `data/` folder. */
export const DATA_SOURCE = 'data/';

/**
 * A content hash of a validated catalogue: the order of services and organizations does not
 * matter. Validated records have their keys in schema order, so plain JSON is canonical enough:
 * the same file always hashes the same, and hashing 100,000 services takes a fraction of a second.
 */
export function catalogueHash(catalogue: Catalogue): string {
	const byId = <T extends { id: string }>(items: readonly T[]) =>
		[...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const hasher = new ContentHasher();
	for (const organization of byId(catalogue.organizations)) hasher.add(organization);
	hasher.startServices();
	for (const service of byId(catalogue.services)) hasher.add(service);
	return hasher.digest();
}

/**
 * The same hash, fed one record at a time in id order (organizations, then services), so a
 * store can hash what it holds without holding it all in memory. A record out of id order
 * throws: the caller then hashes the whole catalogue with catalogueHash.
 */
export class ContentHasher {
	readonly #hash = createHash('sha256');
	#last: string | undefined;
	counts = { organizations: 0, services: 0 };
	#part: 'organizations' | 'services' = 'organizations';

	add(record: { id: string }): void {
		if (this.#last !== undefined && !(record.id > this.#last)) {
			throw new RangeError('records out of id order');
		}
		this.#last = record.id;
		this.counts[this.#part]++;
		this.#hash.update(JSON.stringify(record)).update('\n');
	}

	startServices(): void {
		this.#hash.update('--\n');
		this.#part = 'services';
		this.#last = undefined;
	}

	digest(): string {
		return this.#hash.digest('hex').slice(0, 32);
	}
}

type Records<T> = Iterable<T> | AsyncIterable<T>;

/**
 * The content hash of what a store holds, read one record at a time in id order; when the store
 * gives them in another order, of the whole catalogue read at once (`whole`).
 */
export async function hashStoredContent(read: {
	organizations: () => Records<Organization>;
	services: () => Records<Service>;
	whole: () => Promise<Pick<Catalogue, 'organizations' | 'services'>>;
}): Promise<{ hash: string; services: number; organizations: number }> {
	try {
		const hasher = new ContentHasher();
		for await (const organization of read.organizations()) hasher.add(organization);
		hasher.startServices();
		for await (const service of read.services()) hasher.add(service);
		return { hash: hasher.digest(), ...hasher.counts };
	} catch (error) {
		if (!(error instanceof RangeError)) throw error;
		const { services, organizations } = await read.whole();
		return {
			hash: catalogueHash({ schemaVersion: '1.0', organizations, services }),
			services: services.length,
			organizations: organizations.length
		};
	}
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
