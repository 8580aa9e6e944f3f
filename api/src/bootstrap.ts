import path from 'node:path';
import type { Geography } from '@stodkartan/core';
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
import type { CatalogueRepository } from './store/catalogue-repository.js';
import type { ImportConflict, ImportResult } from './curation/import.js';

/** The source name of a catalogue seeded from the project's `data/` folder. */
export const DATA_SOURCE = 'data/';

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

/**
 * Loads the catalogue the server should serve. With `CATALOGUE_FILE`, that file replaces what the
 * store holds (an invalid file changes nothing and stops the start). Otherwise the store is
 * served as it is, except that an empty store, or one seeded from `data/`, follows `data/`.
 */
export async function loadCatalogue(
	{
		config,
		repository,
		geography,
		logger
	}: { config: Config; repository: CatalogueRepository; geography: Geography; logger: Logger },
	catalogue: CatalogueService
): Promise<void> {
	if (config.catalogueFile) {
		const { catalogue: file } = requireValid(
			await readCatalogueFile(config.catalogueFile, geography),
			logger
		);
		const result = await catalogue.import(file, path.basename(config.catalogueFile));
		logImport(logger, result, 'catalogue file loaded');
		return;
	}
	const current = await repository.revision();
	if (current && current.source !== DATA_SOURCE) {
		await catalogue.loadFromStore();
		logger.info(
			{ revision: current.id, services: current.services, source: current.source },
			'serving the stored catalogue'
		);
		return;
	}
	const data = requireValid(await loadDataCatalogue(config.dataPath, geography), logger);
	const result = await catalogue.import(data.catalogue, DATA_SOURCE);
	logImport(logger, result, result.changed ? 'catalogue seeded from data/' : 'serving data/');
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
