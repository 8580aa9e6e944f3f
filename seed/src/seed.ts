import path from 'node:path';
import {
	createLogger,
	DATA_SOURCE,
	DataFileError,
	formatProblems,
	loadConfig,
	loadDataCatalogue,
	loadGaps,
	loadGeography,
	loadNeedLabels,
	loadVocabulary,
	openCheckedStore,
	writeVerifiedCatalogue,
	type FileProblem
} from '@stodkartan/api';
import { run } from './run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * `npm run seed`: validates all of `data/` and loads it into the configured store. Idempotent:
 * seeding the same data twice changes nothing; a service removed from `data/` stops being
 * offered. Invalid data exits non-zero with every problem listed and leaves the store untouched.
 * `npm run seed -- --check` validates without touching any store.
 */
async function main(): Promise<number> {
	const config = loadConfig(process.env, ROOT);
	const checkOnly = process.argv.includes('--check');
	const geography = await loadGeography(config.dataPath);
	const [result, vocabularyProblems, needProblems, gapProblems] = await Promise.all([
		loadDataCatalogue(config.dataPath, geography),
		problemsOf(loadVocabulary(config.dataPath)),
		problemsOf(loadNeedLabels(config.dataPath)),
		problemsOf(loadGaps(config.dataPath, geography))
	]);
	const problems = [
		...(result.ok ? [] : result.problems),
		...vocabularyProblems,
		...needProblems,
		...gapProblems
	];
	if (!result.ok || problems.length > 0) {
		console.error(
			`data/ is not valid; the store was not touched. ${problems.length} problem(s):\n${formatProblems(problems)}`
		);
		return 1;
	}
	if (result.warnings.length > 0) {
		console.error(
			`data/ has ${result.warnings.length} warning(s), which data/ must not have:\n${formatProblems(result.warnings)}`
		);
		return 1;
	}
	const { catalogue } = result;
	const active = catalogue.services.filter((service) => service.status === 'active').length;
	console.log(
		`data/ is valid: ${result.files.length} file(s), ${catalogue.organizations.length} organizations, ${catalogue.services.length} services (${active} active).`
	);
	if (checkOnly) return 0;

	// Checked before it is written: a damaged store is rebuilt from data/, which is what this
	// command was asked to load (a damaged embedded store is moved aside, not deleted).
	const { repository, found } = await openCheckedStore(
		config,
		geography,
		createLogger('warn'),
		DATA_SOURCE
	);
	try {
		const { revision, changed } = await writeVerifiedCatalogue(repository, catalogue, DATA_SOURCE, {
			force: found.state === 'rebuild',
			verified: found.state === 'ok' ? found.revision.id : undefined
		});
		const where =
			repository.kind === 'mongodb'
				? 'MongoDB'
				: `the embedded store in ${path.relative(ROOT, config.dataDir) || '.'}`;
		if (found.state === 'rebuild') {
			console.log(`${where} was damaged (${found.reason}); it was rebuilt from data/.`);
		}
		console.log(
			changed
				? `Loaded into ${where}: revision ${revision.id}. A running server picks it up within ${config.pollSeconds} s.`
				: `${where} already holds this catalogue (revision ${revision.id}); nothing changed.`
		);
	} finally {
		await repository.close();
	}
	return 0;
}

/** The problems of a data file the server needs besides the catalogue, or none. */
async function problemsOf(loading: Promise<unknown>): Promise<FileProblem[]> {
	try {
		await loading;
		return [];
	} catch (error) {
		if (error instanceof DataFileError) return error.problems;
		throw error;
	}
}

run(main);
