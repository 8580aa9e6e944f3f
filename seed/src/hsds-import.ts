import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, loadGeography, swedishToday } from '@stodkartan/api';
import { ReviewedCatalogueFile } from './hsds/apply.js';
import { NotHsdsError, planHsdsImport } from './hsds/import.js';
import { HSDS_STANDARD, option, ROOT } from './hsds/paths.js';
import { HsdsSchemas } from './hsds/schemas.js';
import { run } from './run.js';

const USAGE = 'Usage: npm run hsds:import -- FILE [--out CATALOGUE-FILE]';

/**
 * `npm run hsds:import -- FILE`: HSDS 3.x JSON (a service, a list, or the paged shape) → validated
 * against the official schemas → mapped into the catalogue contract with its provenance → what
 * could not be mapped listed → the complete services handed to the apply step.
 */
async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--out');
	if (!file) {
		console.error(USAGE);
		return 1;
	}
	const config = loadConfig(process.env, ROOT);
	const out = path.resolve(option(args, '--out') ?? 'hsds-import.catalogue.json');
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
	const step = new ReviewedCatalogueFile(out, geography, swedishToday());
	const { written, problems } = await step.apply(plan);
	const ready = plan.imported.filter((entry) => entry.service).length;
	const lines = [
		`Read ${plan.invalid.length + plan.imported.length} HSDS service(s) from ${file} (${plan.shape}).`,
		...plan.invalid.map(
			({ index, id, issues }) =>
				`  not valid HSDS, skipped: item ${index}${id ? ` (${id})` : ''}: ${issues
					.slice(0, 5)
					.map((issue) => `${issue.path} ${issue.message}`)
					.join('; ')}`
		),
		`${ready} ready for review, ${plan.imported.length - ready} need a curator (see the report).`,
		...plan.imported.flatMap((entry) => [
			`  ${entry.service ? 'ready' : 'needs a curator'}: ${String(entry.draft.id)} (${entry.hsdsId})`,
			...entry.problems.map((problem) => `    missing ${problem.path}: ${problem.reason}`),
			...entry.unmapped.map((item) => `    not kept ${item.path}: ${item.reason}`)
		]),
		...problems.map((problem) => `  catalogue problem: ${problem}`),
		`Applied to ${step.description}. Wrote ${written.map((name) => path.relative(process.cwd(), name) || name).join(', ')}.`,
		'Curation proposals do not exist yet, so nothing was proposed: review the file, then load it with CATALOGUE_FILE or copy its entries into data/.'
	];
	console.log(lines.join('\n'));
	return plan.invalid.length > 0 || problems.length > 0 ? 1 : 0;
}

run(main);
