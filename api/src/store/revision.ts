import { createHash } from 'node:crypto';
import type { Catalogue } from '@stodkartan/core';
import type { CatalogueRevision } from './catalogue-repository.js';

const MODULUS = 1n << 128n;

/** A record's share of the catalogue hash: the first 128 bits of the SHA-256 of its JSON. */
function recordHash(kind: 'organization' | 'service', record: unknown): bigint {
	const digest = createHash('sha256').update(kind).update('\n').update(JSON.stringify(record));
	return BigInt(`0x${digest.digest('hex').slice(0, 32)}`);
}

const toId = (sum: bigint) => sum.toString(16).padStart(32, '0');

/**
 * A content hash of a catalogue: the sum (modulo 2^128) of its records' hashes, so the order of
 * services and organizations does not matter, and one changed record updates it without
 * hashing the whole catalogue again (see `updatedCatalogueHash`). Records are hashed as they are
 * kept (validated records have their keys in schema order). It detects damage and tells
 * catalogues apart; it is no defence against someone who can write the store.
 */
export function catalogueHash(catalogue: Pick<Catalogue, 'organizations' | 'services'>): string {
	let sum = 0n;
	for (const organization of catalogue.organizations) {
		sum += recordHash('organization', organization);
	}
	for (const service of catalogue.services) sum += recordHash('service', service);
	return toId(sum % MODULUS);
}

export interface RecordChange {
	kind: 'organization' | 'service';
	before: unknown;
	after: unknown;
}

/** The hash of a catalogue after some of its records changed (absent before or after: added, removed). */
export function updatedCatalogueHash(id: string, changes: readonly RecordChange[]): string {
	let sum = BigInt(`0x${id}`);
	for (const { kind, before, after } of changes) {
		if (before !== undefined && before !== null) sum -= recordHash(kind, before);
		if (after !== undefined && after !== null) sum += recordHash(kind, after);
	}
	return toId(((sum % MODULUS) + MODULUS) % MODULUS);
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
 * The revision after curation published changes: still the content hash of the catalogue, so
 * any check of a store against its revision holds, but updated from the changed records only
 * (hashing the whole catalogue again cost a tenth of a second per approval at 10,000 services).
 */
export function nextRevision(
	previous: CatalogueRevision | null,
	changes: readonly RecordChange[],
	counts: { services: number; organizations: number },
	at: string,
	whole: () => string
): CatalogueRevision {
	return {
		id: previous ? updatedCatalogueHash(previous.id, changes) : whole(),
		loadedAt: at,
		services: counts.services,
		organizations: counts.organizations,
		source: previous?.source ?? 'curation'
	};
}
