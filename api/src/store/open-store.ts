import { renameSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue, Geography } from '@stodkartan/core';
import {
	readVerifiedCatalogue,
	type StoredCatalogue,
	type Validation
} from '../catalogue/verify-catalogue.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { CatalogueRepository, CatalogueRevision } from './catalogue-repository.js';
import { checkEmbeddedStore, type StoreCheck } from './embedded-check.js';
import { EmbeddedCatalogueRepository } from './embedded-repository.js';
import { DATA_SOURCE } from './revision.js';
import { StoreDamagedError } from './store-damaged-error.js';

export { StoreDamagedError };

/** The store, opened once it was checked, and what the check found. */
export interface CheckedStore {
	repository: CatalogueRepository;
	/**
	 * ok: the store holds a whole, valid catalogue (MongoDB's check read it: it comes along);
	 * empty: nothing yet; rebuild: it was damaged, and must be written anew from `from`.
	 */
	found:
		| { state: 'ok'; revision: CatalogueRevision; catalogue?: Catalogue }
		| { state: 'empty' }
		| { state: 'rebuild'; from: string; reason: string };
	/** Checks the whole store apart from this process (the embedded store's child process). */
	check?: (validate: Validation) => Promise<StoreCheck>;
}

/**
 * What to do with a damaged store. It is rebuilt from the source this start declares
 * (`CATALOGUE_FILE`, or data/ for `npm run seed`), or from data/ when data/ is what it held.
 * A store that held another catalogue file is never replaced by data/ on its own: the start
 * is refused, with the commands that repair it.
 */
export function planForDamage(
	damage: Extract<StoreCheck, { state: 'damaged' }>,
	where: string,
	declared: string | undefined
): { action: 'rebuild'; from: string } | { action: 'refuse'; message: string } {
	if (declared) return { action: 'rebuild', from: declared };
	if (damage.source === DATA_SOURCE) return { action: 'rebuild', from: DATA_SOURCE };
	const held = damage.source
		? `It held the catalogue loaded from ${damage.source}; it is not replaced by data/ without being asked.`
		: 'It is not known which catalogue it held.';
	const file = damage.source ?? 'your catalogue file';
	return {
		action: 'refuse',
		message: [
			`The catalogue store in ${where} is damaged: ${damage.reason}.`,
			`${held} Nothing was served and the store was left as it is.`,
			'To repair it, either:',
			`  - start once with CATALOGUE_FILE set to ${file}, which rebuilds the store from it, or`,
			'  - run `npm run seed`, which rebuilds it from data/.'
		].join('\n')
	};
}

/** What a check of the configured store found, before anything is opened for writing. */
export type StoreInspection =
	| { kind: 'mongodb'; repository: CatalogueRepository; found: StoredCatalogue }
	| { kind: 'embedded'; directory: string; found: StoreCheck };

/**
 * Checks the configured store (see checkEmbeddedStore and readVerifiedCatalogue) and changes
 * nothing, so it can run while the declared catalogue file is read. `declared` is the catalogue
 * source this start brings (a CATALOGUE_FILE's name, or data/ for the seed command).
 */
export async function inspectStore(
	config: Pick<Config, 'mongodbUri' | 'dataDir' | 'dataPath'>,
	geography: Geography,
	declared: string | undefined
): Promise<StoreInspection> {
	// What a declared source would replace need not pass the contract first; see Validation.
	const validate = declared ? 'never' : 'unless-data';
	if (config.mongodbUri) {
		const { MongoCatalogueRepository } = await import('./mongo-repository.js');
		const repository = await MongoCatalogueRepository.connect(config.mongodbUri);
		const found = await readVerifiedCatalogue(repository, geography, { validate });
		return { kind: 'mongodb', repository, found };
	}
	const directory = path.join(config.dataDir, 'catalogue');
	return {
		kind: 'embedded',
		directory,
		found: await checkEmbeddedStore(directory, config.dataPath, validate)
	};
}

/**
 * Opens the store an inspection found whole or empty. A damaged one is rebuilt from `declared`
 * or from data/ (planForDamage; a damaged embedded store is moved aside whole, kept for a
 * closer look, and a new one made), or the start is refused with StoreDamagedError.
 */
export async function openInspectedStore(
	config: Pick<Config, 'dataPath'>,
	inspection: StoreInspection,
	logger: Logger,
	declared: string | undefined
): Promise<CheckedStore> {
	if (inspection.kind === 'mongodb') {
		const { repository, found } = inspection;
		if (found.state !== 'damaged') return { repository, found };
		const plan = planForDamage({ ...found, source: found.revision?.source }, 'MongoDB', declared);
		if (plan.action === 'refuse') {
			await repository.close();
			throw new StoreDamagedError(plan.message);
		}
		logger.warn({ reason: found.reason, from: plan.from }, 'the store is damaged; rebuilding it');
		return { repository, found: { state: 'rebuild', from: plan.from, reason: found.reason } };
	}
	const { directory, found } = inspection;
	const check = (validate: Validation) => checkEmbeddedStore(directory, config.dataPath, validate);
	if (found.state !== 'damaged') {
		return { repository: EmbeddedCatalogueRepository.open(directory), found, check };
	}
	const plan = planForDamage(found, directory, declared);
	if (plan.action === 'refuse') throw new StoreDamagedError(plan.message);
	const aside = `${directory}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
	renameSync(directory, aside);
	logger.warn(
		{ reason: found.reason, from: plan.from, movedTo: aside },
		'the embedded store is damaged; moved aside, rebuilding it'
	);
	return {
		repository: EmbeddedCatalogueRepository.open(directory),
		found: { state: 'rebuild', from: plan.from, reason: found.reason },
		check
	};
}

/** inspectStore, then openInspectedStore: for a command with nothing to read meanwhile. */
export async function openCheckedStore(
	config: Pick<Config, 'mongodbUri' | 'dataDir' | 'dataPath'>,
	geography: Geography,
	logger: Logger,
	declared: string | undefined
): Promise<CheckedStore> {
	return openInspectedStore(
		config,
		await inspectStore(config, geography, declared),
		logger,
		declared
	);
}
