import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
	formatProblems,
	loadConfig,
	loadDataCatalogue,
	loadGeography,
	loadNeedLabels,
	loadVocabulary,
	readCatalogueFile,
	swedishToday
} from '@stodkartan/api';
import { exportHsds, hsdsContext, needTermSources } from '@stodkartan/core';
import { exportIssues, writeHsdsExport } from './hsds/export-files.js';
import { HSDS_STANDARD, option, ROOT } from './hsds/paths.js';
import { HsdsSchemas } from './hsds/schemas.js';
import { run } from './run.js';

const USAGE =
	'Usage: npm run hsds:export -- --out DIR [--catalogue FILE] [--modified-at ISO-DATE-TIME]';

/**
 * `npm run hsds:export -- --out DIR`: the catalogue (data/, or CATALOGUE_FILE, or --catalogue)
 * as HSDS 3.1 JSON and as the HSDS tabular data package. Every record is validated against the
 * official schemas first; nothing is written when one fails.
 */
async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const out = option(args, '--out');
	if (!out) {
		console.error(USAGE);
		return 1;
	}
	const config = loadConfig(process.env, ROOT);
	const catalogueFile = option(args, '--catalogue') ?? config.catalogueFile;
	const geography = await loadGeography(config.dataPath);
	const loaded = catalogueFile
		? await readCatalogueFile(path.resolve(catalogueFile), geography)
		: await loadDataCatalogue(config.dataPath, geography);
	if (!loaded.ok) {
		console.error(
			`The catalogue is not valid; nothing was written.\n${formatProblems(loaded.problems)}`
		);
		return 1;
	}
	const modifiedOption = option(args, '--modified-at');
	if (modifiedOption !== undefined && Number.isNaN(Date.parse(modifiedOption))) {
		console.error(`--modified-at must be an ISO 8601 date-time.\n${USAGE}`);
		return 1;
	}
	const files = catalogueFile
		? [path.resolve(catalogueFile)]
		: loaded.files.map((file) => path.join(config.dataPath, path.relative('data', file)));
	// The catalogue keeps no change time per service: the newest change of its files stands in.
	const modifiedAt = new Date(
		modifiedOption ??
			Math.max(...(await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs))))
	).toISOString();
	const [labels, vocabulary] = await Promise.all([
		loadNeedLabels(config.dataPath),
		loadVocabulary(config.dataPath)
	]);
	const data = exportHsds(
		loaded.catalogue,
		hsdsContext({
			regions: geography,
			needs: needTermSources(labels, vocabulary),
			modifiedAt,
			today: swedishToday()
		})
	);
	const issues = exportIssues(data, new HsdsSchemas(HSDS_STANDARD));
	if (issues.length > 0) {
		console.error(
			`The export breaks the HSDS 3.1 schemas; nothing was written.\n${issues
				.slice(0, 50)
				.map(({ record, path: at, message }) => `  ${record} ${at}: ${message}`)
				.join('\n')}`
		);
		return 1;
	}
	const written = await writeHsdsExport(path.resolve(out), data, modifiedAt);
	console.log(
		`Wrote ${data.services.length} services, ${data.organizations.length} organizations and ${data.terms.length} taxonomy terms as HSDS 3.1 to ${out}: ${written.length} files (json/ and the tabular data package in tabular/). Every record is valid against the official schemas.`
	);
	return 0;
}

run(main);
