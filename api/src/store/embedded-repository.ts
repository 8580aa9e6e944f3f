import { mkdirSync } from 'node:fs';
import { open, type Database, type RootDatabase } from 'lmdb';
import type { Catalogue, Organization, Service } from '@stodkartan/core';
import type { CatalogueRepository, CatalogueRevision } from './catalogue-repository.js';
import { EmbeddedCurationRepository } from './embedded-curation.js';
import { revisionOf } from './revision.js';

const REVISION_KEY = 'revision';

/**
 * The embedded store: LMDB (lmdb-js) in `DATA_DIR`, a transactional, crash-safe embedded
 * key-value database. Services and organizations are kept by id; a catalogue is replaced in one
 * write transaction, so readers see either the old catalogue or the new one, never a mix.
 * Several processes may open the same folder (the server and `npm run seed`).
 */
export class EmbeddedCatalogueRepository implements CatalogueRepository {
	readonly kind = 'embedded';
	readonly #root: RootDatabase;
	readonly #services: Database<Service, string>;
	readonly #organizations: Database<Organization, string>;
	readonly #meta: Database<CatalogueRevision, string>;
	readonly curation: EmbeddedCurationRepository;

	private constructor(root: RootDatabase) {
		this.#root = root;
		this.#services = root.openDB<Service, string>({ name: 'services' });
		this.#organizations = root.openDB<Organization, string>({ name: 'organizations' });
		this.#meta = root.openDB<CatalogueRevision, string>({ name: 'meta' });
		this.curation = new EmbeddedCurationRepository(root, {
			services: this.#services,
			organizations: this.#organizations,
			meta: this.#meta
		});
	}

	static open(directory: string): EmbeddedCatalogueRepository {
		mkdirSync(directory, { recursive: true });
		// Uncompressed: reading a service back is on the path of every match answer.
		return new EmbeddedCatalogueRepository(
			open({ path: directory, maxDbs: 24, compression: false })
		);
	}

	async replaceCatalogue(catalogue: Catalogue, source: string) {
		const revision = revisionOf(catalogue, source);
		const current = await this.revision();
		if (current?.id === revision.id) return { revision: current, changed: false };
		await this.#root.transaction(() => {
			this.#services.clearSync();
			this.#organizations.clearSync();
			for (const organization of catalogue.organizations) {
				void this.#organizations.put(organization.id, organization);
			}
			for (const service of catalogue.services) void this.#services.put(service.id, service);
			void this.#meta.put(REVISION_KEY, revision);
		});
		return { revision, changed: true };
	}

	async revision(): Promise<CatalogueRevision | null> {
		return this.#meta.get(REVISION_KEY) ?? null;
	}

	async allServices(): Promise<Service[]> {
		return [...this.#services.getRange().map(({ value }) => value)];
	}

	async allOrganizations(): Promise<Organization[]> {
		return [...this.#organizations.getRange().map(({ value }) => value)];
	}

	// Keys are only ever strings: anything else (an object smuggled past validation) finds nothing.
	async findServiceById(id: string): Promise<Service | null> {
		return typeof id === 'string' ? (this.#services.get(id) ?? null) : null;
	}

	async findServicesByIds(ids: readonly string[]): Promise<Service[]> {
		return ids.flatMap((id) => (typeof id === 'string' ? (this.#services.get(id) ?? []) : []));
	}

	async close(): Promise<void> {
		await this.#root.close();
	}
}
