import { parseCatalogue, type Catalogue, type Geography } from '@stodkartan/core';
import { swedishToday } from '../data/data-files.js';
import type { CatalogueRepository, CatalogueRevision } from '../store/catalogue-repository.js';
import type { StoreCheck } from '../store/embedded-check.js';
import { StoreDamagedError } from '../store/store-damaged-error.js';
import { catalogueHash, DATA_SOURCE } from '../store/revision.js';

/**
 * What reading a store's catalogue back found: a catalogue that is valid and is exactly the one
 * its revision names (its content hash), nothing at all, or damage, said in words an operator
 * can act on. Never a mix: a store is served whole or not at all.
 */
export type StoredCatalogue =
	| { state: 'ok'; revision: CatalogueRevision; catalogue: Catalogue }
	| { state: 'empty' }
	| { state: 'damaged'; reason: string; revision: CatalogueRevision | null };

/**
 * Whether the content is also checked against the catalogue contract: `always`; `never`, when it
 * is about to be replaced by a validated source unless it is byte for byte that source (a
 * CATALOGUE_FILE start, the seed command: equal hashes settle it); `unless-data`, when a store
 * from data/ is replaced by data/ at the next step anyway.
 */
export type Validation = 'always' | 'never' | 'unless-data';

/**
 * Reads the whole catalogue a store holds and checks it: every record must decode, its content
 * hash must be the revision's id and its counts the revision's counts, and (see Validation) it
 * must pass the catalogue contract. A revision already `validated` (the hash of content known
 * valid) is not validated again.
 */
export async function readVerifiedCatalogue(
	repository: CatalogueRepository,
	geography: Geography,
	options: { validated?: string | undefined; validate?: Validation } = {}
): Promise<StoredCatalogue> {
	let revision: CatalogueRevision | null;
	try {
		revision = await repository.revision();
	} catch (error) {
		return {
			state: 'damaged',
			reason: `its revision cannot be read (${describeError(error)})`,
			revision: null
		};
	}
	let catalogue: Catalogue;
	try {
		const [services, organizations] = await Promise.all([
			repository.allServices(),
			repository.allOrganizations()
		]);
		catalogue = { schemaVersion: '1.0', name: 'Stödkartan', organizations, services };
	} catch (error) {
		return {
			state: 'damaged',
			reason: `its records cannot be read (${describeError(error)})`,
			revision
		};
	}
	const { services, organizations } = catalogue;
	if (!isRevision(revision)) {
		if (revision === null && services.length === 0 && organizations.length === 0) {
			return { state: 'empty' };
		}
		return {
			state: 'damaged',
			reason:
				revision === null
					? `it holds ${services.length} services but no revision`
					: 'its revision record is not readable',
			revision: null
		};
	}
	if (services.length !== revision.services || organizations.length !== revision.organizations) {
		return {
			state: 'damaged',
			reason: `it holds ${services.length} services and ${organizations.length} organizations; its revision says ${revision.services} and ${revision.organizations}`,
			revision
		};
	}
	let hash: string;
	try {
		hash = catalogueHash(catalogue);
	} catch (error) {
		return {
			state: 'damaged',
			reason: `its records cannot be read (${describeError(error)})`,
			revision
		};
	}
	if (hash !== revision.id) {
		return {
			state: 'damaged',
			reason: `its content does not match its revision ${revision.id} (the content hashes to ${hash})`,
			revision
		};
	}
	const validate = options.validate ?? 'always';
	if (
		revision.id !== options.validated &&
		validate !== 'never' &&
		!(validate === 'unless-data' && revision.source === DATA_SOURCE)
	) {
		const parsed = parseCatalogue(catalogue, { regions: geography, today: swedishToday() });
		if (!parsed.ok) {
			const first = parsed.problems
				.slice(0, 3)
				.map(({ path, message }) => `${path}: ${message}`)
				.join('; ');
			return {
				state: 'damaged',
				reason: `its content is not a valid catalogue (${parsed.problems.length} problems: ${first})`,
				revision
			};
		}
	}
	return { state: 'ok', revision, catalogue };
}

/**
 * Checks what a store holds right after a catalogue was written to it. The embedded store does
 * it in its checking child (`check`): reading the whole store again costs this process neither
 * the time nor the memory.
 */
export type ReadBack = (written: CatalogueRevision) => Promise<StoreDamagedError | undefined>;

/** A read-back by a check of the whole store (the embedded store's child process). */
export function readBackBy(check: (validate: Validation) => Promise<StoreCheck>): ReadBack {
	return async (written) => {
		const found = await check('never');
		const problem =
			found.state === 'damaged'
				? found.reason
				: found.state === 'empty'
					? 'it reads back empty'
					: found.revision.id === written.id
						? undefined
						: `it reads back as revision ${found.revision.id}`;
		return problem ? notKept(problem) : undefined;
	};
}

/** A read-back in this process, one record at a time (MongoDB, tests). */
export function readBackIn(repository: CatalogueRepository): ReadBack {
	return async (written) => {
		const problem = await contentProblem(repository, written);
		return problem ? notKept(problem) : undefined;
	};
}

function notKept(problem: string): StoreDamagedError {
	return new StoreDamagedError(
		`The catalogue store did not keep the catalogue written to it: ${problem}. Check the disk it is on.`
	);
}

/**
 * Makes the store hold this catalogue (validated by the caller) and reads it back: it must hash
 * to the new revision, or StoreDamagedError. Unchanged content keeps the revision; `force`
 * writes it anyway (a damaged store). The read is skipped when a check of the store already
 * found exactly this revision whole (`verified`) and nothing was written.
 */
export async function writeVerifiedCatalogue(
	repository: CatalogueRepository,
	catalogue: Catalogue,
	source: string,
	options: { force?: boolean; verified?: string | undefined; readBack?: ReadBack } = {}
): Promise<{ revision: CatalogueRevision; changed: boolean }> {
	const result = await repository.replaceCatalogue(catalogue, source, {
		force: options.force ?? false
	});
	if (!result.changed && result.revision.id === options.verified) return result;
	const damage = await (options.readBack ?? readBackIn(repository))(result.revision);
	if (damage) throw damage;
	return result;
}

/** What is wrong with the store's content against the revision just written, if anything. */
async function contentProblem(
	repository: CatalogueRepository,
	written: CatalogueRevision
): Promise<string | undefined> {
	try {
		const revision = await repository.revision();
		if (revision?.id !== written.id) return `it reads back as revision ${revision?.id ?? 'none'}`;
		const { hash, services, organizations } = await repository.contentHash();
		if (services !== written.services || organizations !== written.organizations) {
			return `it reads back ${services} services and ${organizations} organizations, not ${written.services} and ${written.organizations}`;
		}
		return hash === written.id ? undefined : `its content hashes to ${hash}, not ${written.id}`;
	} catch (error) {
		return `its records cannot be read (${describeError(error)})`;
	}
}

function isRevision(value: unknown): value is CatalogueRevision {
	if (typeof value !== 'object' || value === null) return false;
	const { id, services, organizations, source, loadedAt } = value as Record<string, unknown>;
	return (
		typeof id === 'string' &&
		typeof source === 'string' &&
		typeof loadedAt === 'string' &&
		Number.isInteger(services) &&
		Number.isInteger(organizations)
	);
}

/** An error's name and code, never its message: a decoder's message quotes the bytes it read. */
export function describeError(error: unknown): string {
	if (!(error instanceof Error)) return typeof error;
	const code = (error as { code?: unknown }).code;
	const lmdb = /MDB_[A-Z_]+/.exec(error.message)?.[0];
	return [error.name, typeof code === 'string' ? code : undefined, lmdb].filter(Boolean).join(' ');
}
