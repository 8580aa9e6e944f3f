import path from 'node:path';
import type { Catalogue, Geography } from '@stodkartan/core';
import type { CatalogueService } from './catalogue/catalogue-service.js';
import type { Config } from './config.js';
import {
	DataFileError,
	formatProblems,
	loadDataCatalogue,
	readCatalogueFile,
	type LoadResult
} from './data/data-files.js';
import type { Logger } from './logger.js';
import type { ImportConflict, ImportResult } from './curation/import.js';
import type { CheckedStore } from './store/open-store.js';
import { DATA_SOURCE } from './store/revision.js';

export { DATA_SOURCE };

function requireValid(result: LoadResult, logger: Logger): Extract<LoadResult, { ok: true }> {
	if (!result.ok) throw new DataFileError(result.problems);
	if (result.warnings.length > 0) {
		logger.warn(
			{ warnings: result.warnings.length },
			`catalogue warnings:\n${formatProblems(result.warnings.slice(0, 20))}`
		);
	}
	return result;
}

/** A `CATALOGUE_FILE`, read and validated before the store is opened. */
export interface DeclaredFile {
	name: string;
	catalogue: Catalogue;
}

/**
 * Reads and validates `CATALOGUE_FILE`: an invalid file stops the start with every problem
 * listed, before the store is checked, moved or written.
 */
export async function readDeclaredFile(
	file: string,
	geography: Geography,
	logger: Logger
): Promise<DeclaredFile> {
	const { catalogue } = requireValid(await readCatalogueFile(file, geography), logger);
	return { name: path.basename(file), catalogue };
}

/**
 * Loads the catalogue the server should serve, from a store already checked (openCheckedStore).
 * With `CATALOGUE_FILE` (`file`), that file replaces what the store holds (an invalid file changes
 * nothing and stops the start). Otherwise the store is served as it is, except that an empty
 * store, or one seeded from `data/`, follows `data/`. A store found damaged is written anew
 * from the source the check named (the same file, or data/); it is never served.
 */
export async function loadCatalogue(
	{
		config,
		store,
		geography,
		logger,
		file
	}: {
		config: Config;
		store: CheckedStore;
		geography: Geography;
		logger: Logger;
		file: DeclaredFile | undefined;
	},
	catalogue: CatalogueService
): Promise<void> {
	const { found } = store;
	const force = found.state === 'rebuild';
	const verified = found.state === 'ok' ? found.revision.id : undefined;
	if (file) {
		const result = await catalogue.import(file.catalogue, file.name, { force, verified });
		logImport(
			logger,
			result,
			force ? 'the store was rebuilt from the catalogue file' : 'catalogue file loaded'
		);
		return;
	}
	if (found.state === 'ok' && found.revision.source !== DATA_SOURCE) {
		await catalogue.loadFromStore(
			found.catalogue
				? { verified: { revision: found.revision, catalogue: found.catalogue } }
				: { validated: found.revision.id }
		);
		logger.info(
			{
				revision: found.revision.id,
				services: found.revision.services,
				source: found.revision.source
			},
			'serving the stored catalogue'
		);
		return;
	}
	const data = requireValid(await loadDataCatalogue(config.dataPath, geography), logger);
	const result = await catalogue.import(data.catalogue, DATA_SOURCE, { force, verified });
	logImport(
		logger,
		result,
		force
			? 'the store was rebuilt from data/'
			: result.changed
				? 'catalogue seeded from data/'
				: 'serving data/'
	);
}

/** Conflicts are named (service and field, never any content), so an operator can resolve them. */
function logImport(logger: Logger, result: ImportResult, message: string): void {
	const { revision, changed, created, updated, removed, conflicts } = result;
	logger.info(
		{ revision: revision.id, services: revision.services, changed, created, updated, removed },
		message
	);
	if (conflicts.length > 0) {
		logger.warn(
			{ conflicts: conflicts.length },
			`the import did not overwrite what curation changed since the last import:\n${formatConflicts(conflicts)}`
		);
	}
}

export function formatConflicts(conflicts: readonly ImportConflict[]): string {
	return conflicts
		.map(({ serviceId, field, kind }) =>
			kind === 'kept'
				? `  ${serviceId}: not in the import, kept because curation changed or made it`
				: `  ${serviceId}.${field}: changed by curation and by the import; the store's value is kept`
		)
		.join('\n');
}
