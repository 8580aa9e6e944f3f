import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, loadGeography, swedishToday, type CatalogueRepository } from '@stodkartan/api';
import { emailSchema } from '@stodkartan/core';
import { ReviewedCatalogueFile, type ImportApplyStep } from './hsds/apply.js';
import { NotHsdsError, planHsdsImport } from './hsds/import.js';
import { HSDS_STANDARD, ROOT } from './hsds/paths.js';
import { CurationProposals } from './hsds/proposals.js';
import { HsdsSchemas } from './hsds/schemas.js';
import { run } from './run.js';
import { openStore } from './store.js';

const USAGE = `Usage:
  npm run hsds:import -- FILE [--by STAFF-EMAIL]
      Proposes the file's changes in the store the server uses (DATA_DIR or MONGODB_URI), for
      curators to review; publishes nothing. --by names the admin or curator running the
      import, who then may not approve what it imported.
  npm run hsds:import -- FILE --out CATALOGUE-FILE
      Writes a catalogue file to review, and a report beside it, without any store.`;

/**
 * `npm run hsds:import -- FILE`: HSDS 3.x JSON (a service, a list, or the paged shape) → validated
 * against the official schemas → mapped into the catalogue contract with its provenance → what
 * could not be mapped listed → the mapped services handed to the apply step: pending curation
 * proposals in the store (the default), or a catalogue file to review (`--out`).
 */
async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: process.argv.slice(2),
			options: { out: { type: 'string' }, by: { type: 'string' } },
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n${USAGE}`);
		return 1;
	}
	const { values, positionals } = parsed;
	const [file, ...extra] = positionals;
	if (!file || extra.length > 0 || (values.out !== undefined && values.by !== undefined)) {
		console.error(USAGE);
		return 1;
	}
	const config = loadConfig(process.env, ROOT);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		console.error(`Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
		return 1;
	}
	const geography = await loadGeography(config.dataPath);
	let plan;
	try {
		plan = planHsdsImport(text, {
			file: path.basename(file),
			schemas: new HsdsSchemas(HSDS_STANDARD),
			regions: geography
		});
	} catch (error) {
		if (error instanceof NotHsdsError) {
			console.error(error.message);
			return 1;
		}
		throw error;
	}
	const now = new Date();
	const header = [
		`Read ${plan.invalid.length + plan.imported.length} HSDS service(s) from ${file} (${plan.shape}).`,
		...plan.invalid.map(
			({ index, id, issues }) =>
				`  not valid HSDS, skipped: item ${index}${id ? ` (${id})` : ''}: ${issues
					.slice(0, 5)
					.map((issue) => `${issue.path} ${issue.message}`)
					.join('; ')}`
		)
	];
	if (values.out !== undefined) {
		const step = new ReviewedCatalogueFile(path.resolve(values.out), geography, swedishToday(now));
		return report(header, step, plan);
	}

	if (!config.mongodbUri && !existsSync(path.join(config.dataDir, 'catalogue'))) {
		console.error(
			`There is no store in ${config.dataDir} (DATA_DIR): start the server or run npm run seed first, with the same DATA_DIR or MONGODB_URI as the server, or write a file to review with --out FILE.`
		);
		return 1;
	}
	const store = await openStore(config);
	try {
		if (!(await store.revision())) {
			console.error(
				'The store holds no catalogue yet, so there is nothing to compare the file with: start the server or run npm run seed first.'
			);
			return 1;
		}
		const operator = await operatorNamed(store, values.by);
		if (operator === null) return 1;
		const step = new CurationProposals(store, geography, {
			now,
			today: swedishToday(now),
			...(operator ? { operator } : {})
		});
		return await report(header, step, plan);
	} finally {
		await store.close();
	}
}

async function report(
	header: string[],
	step: ImportApplyStep,
	plan: Parameters<ImportApplyStep['apply']>[0]
): Promise<number> {
	const { lines, ok } = await step.apply(plan);
	console.log([...header, ...lines].join('\n'));
	return plan.invalid.length > 0 || !ok ? 1 : 0;
}

/**
 * The active admin or curator `--by` names; undefined when none is named, null (said) when it is
 * no such account. Bringing in another publisher's records is curation work: an editor proposes
 * for their own organization only, and as an import's operator would see every proposal it made.
 */
async function operatorNamed(store: CatalogueRepository, by: string | undefined) {
	if (by === undefined) return undefined;
	const email = emailSchema.safeParse(by);
	const user = email.success ? await store.curation.findUserByEmail(email.data) : null;
	if (!user?.active) {
		console.error(`--by: ${by} is not an active staff account of this store.`);
		return null;
	}
	if (user.role === 'editor') {
		console.error(
			`--by: ${user.email} is an editor; an import is run by an admin or a curator, who then may not approve it.`
		);
		return null;
	}
	return { id: user.id, email: user.email };
}

run(main);
