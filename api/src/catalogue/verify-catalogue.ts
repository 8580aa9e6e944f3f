import { parseCatalogue, type Catalogue, type Geography } from '@stodkartan/core';
import { swedishToday } from '../data/data-files.js';
import type { CatalogueRepository, CatalogueRevision } from '../store/catalogue-repository.js';
import { StoreDamagedError } from '../store/store-damaged-error.js';
import { catalogueHash } from '../store/revision.js';

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
 * Reads the whole catalogue a store holds and checks it: its content hash must be the revision's
 * id and its counts the revision's counts, and it must pass the catalogue contract (unless its
 * revision is `validated`: content whose hash was already checked against a validated copy, so
 * validating again would only repeat the work).
 */
export async function readVerifiedCatalogue(
	repository: CatalogueRepository,
	geography: Geography,
	options: { validated?: string | undefined } = {}
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
	if (revision.id !== options.validated) {
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
 * Makes the store hold this catalogue (validated by the caller) and reads it back: it must hash
 * to the new revision, or StoreDamagedError. Unchanged content keeps the revision; `force`
 * writes it anyway (a damaged store). The read is skipped when a check of the store already
 * found exactly this revision whole (`verified`) and nothing was written.
 */
export async function writeVerifiedCatalogue(
	repository: CatalogueRepository,
	geography: Geography,
	catalogue: Catalogue,
	source: string,
	options: { force?: boolean; verified?: string | undefined } = {}
): Promise<{ revision: CatalogueRevision; changed: boolean }> {
	const result = await repository.replaceCatalogue(catalogue, source, {
		force: options.force ?? false
	});
	if (!result.changed && result.revision.id === options.verified) return result;
	const stored = await readVerifiedCatalogue(repository, geography, {
		validated: result.revision.id
	});
	if (stored.state !== 'ok' || stored.revision.id !== result.revision.id) {
		const found =
			stored.state === 'damaged'
				? stored.reason
				: stored.state === 'ok'
					? `it reads back as revision ${stored.revision.id}`
					: 'it reads back empty';
		throw new StoreDamagedError(
			`The catalogue store did not keep the catalogue written to it: ${found}. Check the disk it is on.`
		);
	}
	return result;
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
