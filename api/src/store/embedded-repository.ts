import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { open, type Database, type RootDatabase } from 'lmdb';
import type { Catalogue, Organization, Service } from '@stodkartan/core';
import type {
	CatalogueRepository,
	CatalogueRevision,
	ReplaceOptions
} from './catalogue-repository.js';
import { EmbeddedCurationRepository } from './embedded-curation.js';
import { hashStoredContent, revisionOf } from './revision.js';

const REVISION_KEY = 'revision';

/**
 * A copy of the last revision written, kept beside the store's file. LMDB opens a data file
 * cut to nothing as a new, empty store; this note tells such a store from one never written,
 * so a lost catalogue is not replaced by data/ without anyone noticing.
 */
export const REVISION_NOTE = 'catalogue-revision.json';

/**
 * The embedded store: LMDB (lmdb-js) in `DATA_DIR`, a transactional, crash-safe embedded
 * key-value database. Services and organizations are kept by id; a catalogue is replaced in one
 * write transaction, so readers see either the old catalogue or the new one, never a mix.
 * Several processes may open the same folder (the server and `npm run seed`).
 *
 * LMDB reads its file through memory mapping and keeps no checksums: a damaged file can give
 * garbled records, or kill the process (SIGBUS, SIGSEGV) when read. So the store is checked in
 * a child process before a server or a seed opens it (see check-embedded-store.ts).
 */
export class EmbeddedCatalogueRepository implements CatalogueRepository {
	readonly kind = 'embedded';
	readonly #directory: string;
	readonly #root: RootDatabase;
	// Opened read-only, a store never written has none of its databases: they read as empty.
	readonly #services: Database<Service, string> | undefined;
	readonly #organizations: Database<Organization, string> | undefined;
	readonly #meta: Database<CatalogueRevision, string> | undefined;
	#curation: EmbeddedCurationRepository | undefined;

	private constructor(directory: string, root: RootDatabase) {
		this.#directory = directory;
		this.#root = root;
		this.#services = root.openDB<Service, string>({ name: 'services' });
		this.#organizations = root.openDB<Organization, string>({ name: 'organizations' });
		this.#meta = root.openDB<CatalogueRevision, string>({ name: 'meta' });
	}

	/** Opens (and creates, unless `readOnly`) the store in `directory`. */
	static open(
		directory: string,
		options: { readOnly?: boolean } = {}
	): EmbeddedCatalogueRepository {
		if (!options.readOnly) mkdirSync(directory, { recursive: true });
		// Uncompressed: the whole catalogue is read at every start and reload.
		return new EmbeddedCatalogueRepository(
			directory,
			open({ path: directory, maxDbs: 24, compression: false, readOnly: options.readOnly ?? false })
		);
	}

	#writable() {
		if (!this.#services || !this.#organizations || !this.#meta) {
			throw new Error('The embedded store was opened read-only.');
		}
		return { services: this.#services, organizations: this.#organizations, meta: this.#meta };
	}

	/** Accounts, proposals, versions and the audit log, in the same environment (one transaction). */
	get curation(): EmbeddedCurationRepository {
		this.#curation ??= new EmbeddedCurationRepository(this.#root, this.#writable(), (revision) =>
			writeRevisionNote(this.#directory, revision)
		);
		return this.#curation;
	}

	async replaceCatalogue(catalogue: Catalogue, source: string, options: ReplaceOptions = {}) {
		const revision = revisionOf(catalogue, source, options.serviceJson);
		const current = await this.revision();
		if (current?.id === revision.id && !options.force) {
			writeRevisionNote(this.#directory, current);
			return { revision: current, changed: false };
		}
		const { services, organizations, meta } = this.#writable();
		await this.#root.transaction(() => {
			services.clearSync();
			organizations.clearSync();
			for (const organization of catalogue.organizations) {
				void organizations.put(organization.id, organization);
			}
			for (const service of catalogue.services) void services.put(service.id, service);
			void meta.put(REVISION_KEY, revision);
		});
		writeRevisionNote(this.#directory, revision);
		return { revision, changed: true };
	}

	async revision(): Promise<CatalogueRevision | null> {
		return this.#meta?.get(REVISION_KEY) ?? null;
	}

	async allServices(): Promise<Service[]> {
		return this.#services ? [...this.#services.getRange().map(({ value }) => value)] : [];
	}

	async allOrganizations(): Promise<Organization[]> {
		return this.#organizations ? [...this.#organizations.getRange().map(({ value }) => value)] : [];
	}

	async contentHash() {
		return hashStoredContent({
			organizations: () => this.#organizations?.getRange().map(({ value }) => value) ?? [],
			services: () => this.#services?.getRange().map(({ value }) => value) ?? []
		});
	}

	// Keys are only ever strings: anything else (an object smuggled past validation) finds nothing.
	async findServiceById(id: string): Promise<Service | null> {
		return typeof id === 'string' ? (this.#services?.get(id) ?? null) : null;
	}

	async findServicesByIds(ids: readonly string[]): Promise<Service[]> {
		return ids.flatMap((id) => (typeof id === 'string' ? (this.#services?.get(id) ?? []) : []));
	}

	async close(): Promise<void> {
		await this.#root.close();
	}
}

/** Written after the transaction, by replacing the file whole: never half a note. */
function writeRevisionNote(directory: string, revision: CatalogueRevision): void {
	const file = path.join(directory, REVISION_NOTE);
	writeFileSync(`${file}.tmp`, `${JSON.stringify(revision)}\n`);
	renameSync(`${file}.tmp`, file);
}

/** The revision the note beside the store names, or undefined (none, or unreadable). */
export function readRevisionNote(directory: string): Partial<CatalogueRevision> | undefined {
	const file = path.join(directory, REVISION_NOTE);
	if (!existsSync(file)) return undefined;
	try {
		const note = JSON.parse(readFileSync(file, 'utf8')) as unknown;
		return typeof note === 'object' && note !== null ? note : {};
	} catch {
		return {};
	}
}
