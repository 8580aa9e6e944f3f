import path from 'node:path';
import { loadConfig } from '@stodkartan/api';
import { readEvaluationFile } from './evaluation/files.js';
import { loadRealCatalogue } from './evaluation/real-catalogue.js';
import { describeResults, runScenarios, scenarioFileSchema } from './evaluation/scenarios.js';
import { run } from './run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEFAULT_FILE = path.join(ROOT, 'test', 'scenarios', 'real-catalogue.json');

/**
 * `npm run eval:scenarios -- [FILE] [--verbose]`: runs every scenario of the file over the real
 * catalogue in `data/` and prints each result, the failed checks with the results seen (with
 * --verbose, the results of every scenario), and a summary with the harmful placements. Exits 1
 * when a scenario fails, 2 when the file is not valid.
 */
async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const file = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_FILE);
	const verbose = args.includes('--verbose');
	const parsed = await readEvaluationFile(file, scenarioFileSchema, 'a scenario file');
	if (!parsed.ok) {
		console.error(parsed.message);
		return 2;
	}
	const catalogue = await loadRealCatalogue(loadConfig(process.env, ROOT).dataPath);
	const results = runScenarios(parsed.value.scenarios, catalogue);
	for (const result of results) {
		console.log(`${result.passed ? 'PASS' : 'FAIL'} ${result.id} (${result.kind})`);
		if (result.passed && !verbose) continue;
		for (const failure of result.failures) console.log(`    ${failure}`);
		for (const line of describeResults(result.top)) console.log(`      ${line}`);
	}
	const kinds = [...new Set(results.map(({ kind }) => kind))];
	const passed = results.filter(({ passed }) => passed).length;
	const harmful = results.reduce((sum, { harmful }) => sum + harmful.length, 0);
	console.log(
		`\n${path.relative(process.cwd(), file)}: ${passed} of ${results.length} scenarios pass; ${harmful} harmful placements`
	);
	for (const kind of kinds) {
		const ofKind = results.filter((result) => result.kind === kind);
		console.log(
			`  ${kind.padEnd(14)} ${ofKind.filter(({ passed }) => passed).length} of ${ofKind.length}`
		);
	}
	return passed === results.length ? 0 : 1;
}

run(main);
