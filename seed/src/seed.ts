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
	loadSituationCards,
	loadVocabulary,
	openCheckedStore,
	writeVerifiedCatalogue,
	formatConflicts,
	importCatalogue,
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
	const [result, vocabularyProblems, needProblems, gapProblems, cardProblems] = await Promise.all([
		loadDataCatalogue(config.dataPath, geography),
		problemsOf(loadVocabulary(config.dataPath)),
		problemsOf(loadNeedLabels(config.dataPath)),
		problemsOf(loadGaps(config.dataPath, geography)),
		problemsOf(loadSituationCards(config.dataPath))
	]);
	const problems = [
		...(result.ok ? [] : result.problems),
		...vocabularyProblems,
		...needProblems,
		...gapProblems,
		...cardProblems
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
		// Through the proposal path once curation has changed anything (see docs/curation.md);
		// before that, and when rebuilding a damaged store, data/ replaces what the store holds.
		const options = {
			force: found.state === 'rebuild',
			verified: found.state === 'ok' ? found.revision.id : undefined
		};
		const { revision, changed, created, updated, removed, conflicts, fast } = await importCatalogue(
			repository,
			catalogue,
			DATA_SOURCE,
			new Date(),
			{
				force: options.force,
				replace: (incoming, source) => writeVerifiedCatalogue(repository, incoming, source, options)
			}
		);
		const where =
			repository.kind === 'mongodb'
				? 'MongoDB'
				: `the embedded store in ${path.relative(ROOT, config.dataDir) || '.'}`;
		if (found.state === 'rebuild') {
			console.log(`${where} was damaged (${found.reason}); it was rebuilt from data/.`);
		}
		const counts = fast
			? ''
			: ` (${created} new, ${updated} changed, ${removed} removed, through the proposal path as the import actor)`;
		console.log(
			changed
				? `Loaded into ${where}: revision ${revision.id}${counts}. A running server picks it up within ${config.pollSeconds} s.`
				: `${where} already holds this catalogue (revision ${revision.id}); nothing changed.`
		);
		if (conflicts.length > 0) {
			console.log(
				`${conflicts.length} conflict(s): curation changed these in the store since the last import, so data/ did not overwrite them. Bring data/ in line, or keep the store's values:\n${formatConflicts(conflicts)}`
			);
		}
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
