import { hash } from 'node:crypto';
import type { Catalogue, Organization, Service } from '@stodkartan/core';
import type { CatalogueRevision } from './catalogue-repository.js';

/** The source name of a catalogue seeded from the project's `data/` folder. */
export const DATA_SOURCE = 'data/';

const MODULUS = 1n << 128n;

type RecordKind = 'organization' | 'service';

/**
 * A record's share of the catalogue hash: the first 128 bits of the SHA-256 of its kind, a line
 * break and its JSON (one call: a hash object per record cost as much again at 100,000).
 */
function jsonHash(kind: RecordKind, json: string): bigint {
	const digest = hash('sha256', `${kind}\n${json}`, 'buffer');
	return (digest.readBigUInt64BE(0) << 64n) | digest.readBigUInt64BE(8);
}

function recordHash(kind: RecordKind, record: unknown): bigint {
	return jsonHash(kind, JSON.stringify(record));
}

const toId = (sum: bigint) => sum.toString(16).padStart(32, '0');

/**
 * A content hash of a catalogue: the sum (modulo 2^128) of its records' hashes, so the order of
 * services and organizations does not matter, and one changed record updates it without
 * hashing the whole catalogue again (`updatedCatalogueHash`, for curation's publications).
 * Records are hashed as they are kept (validated records have their keys in schema order). It
 * detects damage and tells catalogues apart; it is no defence against someone who can write the
 * store.
 */
export function catalogueHash(
	catalogue: Catalogue | Pick<Catalogue, 'organizations' | 'services'>,
	serviceJson?: ServiceJson
): string {
	const hasher = new ContentHasher();
	for (const organization of catalogue.organizations) hasher.add(organization);
	hasher.startServices();
	if (serviceJson) {
		for (const json of serviceJson) hasher.addJson(json);
	} else {
		for (const service of catalogue.services) hasher.add(service);
	}
	return hasher.digest();
}

/**
 * The catalogue's services as JSON.stringify gives them, in the catalogue's order: made once by
 * whoever also keeps them (the API's in-memory records), so the hash does not serialize them
 * again.
 */
export type ServiceJson = readonly string[];

/**
 * The same hash, fed one record at a time (organizations, then services), so a store can hash
 * what it holds without holding it all in memory. Any order gives the same hash.
 */
export class ContentHasher {
	#sum = 0n;
	counts = { organizations: 0, services: 0 };
	#part: 'organizations' | 'services' = 'organizations';

	add(record: { id: string }): void {
		this.addJson(JSON.stringify(record));
	}

	/** A record given as its JSON (exactly JSON.stringify of the record). */
	addJson(json: string): void {
		this.counts[this.#part]++;
		this.#sum += jsonHash(this.#part === 'organizations' ? 'organization' : 'service', json);
	}

	startServices(): void {
		this.#part = 'services';
	}

	digest(): string {
		return toId(this.#sum % MODULUS);
	}
}

type Records<T> = Iterable<T> | AsyncIterable<T>;

/** The content hash of what a store holds, read one record at a time (in any order). */
export async function hashStoredContent(read: {
	organizations: () => Records<Organization>;
	services: () => Records<Service>;
}): Promise<{ hash: string; services: number; organizations: number }> {
	const hasher = new ContentHasher();
	for await (const organization of read.organizations()) hasher.add(organization);
	hasher.startServices();
	for await (const service of read.services()) hasher.add(service);
	return { hash: hasher.digest(), ...hasher.counts };
}

/** The revision a store records when it takes in this catalogue, read from `source`. */
export function revisionOf(
	catalogue: Catalogue,
	source: string,
	serviceJson?: ServiceJson
): CatalogueRevision {
	return {
		id: catalogueHash(catalogue, serviceJson),
		loadedAt: new Date().toISOString(),
		services: catalogue.services.length,
		organizations: catalogue.organizations.length,
		source
	};
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
