import type { Catalogue, Organization, Service } from '@stodkartan/core';
import type { CurationRepository } from './curation-repository.js';
import type { ServiceJson } from './revision.js';

/** Which catalogue a store holds: its content hash, when it was loaded, how large it is. */
export interface CatalogueRevision {
	/** A hash of the catalogue's content: the same catalogue always has the same revision. */
	id: string;
	loadedAt: string;
	services: number;
	organizations: number;
	/** Where it came from: a file name or "data/". */
	source: string;
}

export interface ReplaceOptions {
	force?: boolean;
	serviceJson?: ServiceJson;
}

/**
 * Where the catalogue is kept. Two implementations, one contract (`test/contract`): the embedded
 * store (LMDB, the default) and MongoDB (mongoose), chosen by configuration.
 */
export interface CatalogueRepository {
	readonly kind: 'embedded' | 'mongodb';
	/** Accounts, proposals, versions and the audit log, in the same store (one transaction). */
	readonly curation: CurationRepository;
	/**
	 * Makes the store hold exactly this catalogue: services and organizations not in it are
	 * removed. Replacing a catalogue with an identical one changes nothing, not even `loadedAt`,
	 * unless `force` (a store whose content no longer matches its revision is written anew).
	 * `serviceJson`, when the caller has it, is the services' JSON in order (hashed as it is).
	 */
	replaceCatalogue(
		catalogue: Catalogue,
		source: string,
		options?: ReplaceOptions
	): Promise<{ revision: CatalogueRevision; changed: boolean }>;
	/** The revision held, or null when nothing was ever loaded. */
	revision(): Promise<CatalogueRevision | null>;
	allServices(): Promise<Service[]>;
	/**
	 * The content hash (catalogueHash) of what the store holds and its counts, read one record
	 * at a time: checking a write does not need a second copy of the catalogue in memory.
	 */
	contentHash(): Promise<{ hash: string; services: number; organizations: number }>;
	allOrganizations(): Promise<Organization[]>;
	findServiceById(id: string): Promise<Service | null>;
	/** The services with these ids, in the same order; ids not found are left out. */
	findServicesByIds(ids: readonly string[]): Promise<Service[]>;
	close(): Promise<void>;
}
