import path from 'node:path';
import { loadConfig } from '@stodkartan/api';
import { readEvaluationFile } from './evaluation/files.js';
import { loadRealCatalogue } from './evaluation/real-catalogue.js';
import { DEFAULT_MOMENT } from './evaluation/scenarios.js';
import {
	compare,
	formatScores,
	readingOf,
	score,
	scoreBy,
	textFileSchema
} from './evaluation/texts.js';
import { run } from './run.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEFAULT_FILE = path.join(ROOT, 'test', 'texts', 'texts.json');

/**
 * `npm run eval:texts -- [FILE] [--quiet]`: reads every labelled text as the site does (only the
 * text and its language, over the real catalogue) and reports need recall and precision, asker,
 * gender and danger-now accuracy, overall and per register, language and tag, then every text
 * read differently from its labels.
 */
async function main(): Promise<number> {
	const args = process.argv.slice(2);
	const file = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_FILE);
	const parsed = await readEvaluationFile(file, textFileSchema, 'a text set');
	if (!parsed.ok) {
		console.error(parsed.message);
		return 2;
	}
	const catalogue = await loadRealCatalogue(loadConfig(process.env, ROOT).dataPath);
	const at = new Date(DEFAULT_MOMENT);
	const outcomes = parsed.value.texts.map((item) =>
		compare(
			item,
			readingOf(catalogue.match({ text: item.text, language: item.lang }, at).interpretation)
		)
	);
	console.log(`${path.relative(process.cwd(), file)}: ${formatScores(score(outcomes))}`);
	const groups = scoreBy(outcomes, (item) => [
		`register ${item.register}`,
		`lang ${item.lang}`,
		...(item.tags ?? []).map((tag) => `tag ${tag}`)
	]);
	for (const [group, scores] of groups) {
		console.log(`  ${group.padEnd(24)} ${formatScores(scores)}`);
	}
	if (args.includes('--quiet')) return 0;
	console.log('\nTexts read differently from their labels:');
	for (const { item, reading, missed, extra } of outcomes) {
		const notes = [
			missed.length > 0 ? `missed ${missed.join(', ')}` : '',
			extra.length > 0 ? `extra ${extra.join(', ')}` : '',
			reading.asker !== item.labels.asker ? `asker ${reading.asker} ≠ ${item.labels.asker}` : '',
			reading.gender !== item.labels.gender
				? `gender ${reading.gender ?? 'none'} ≠ ${item.labels.gender ?? 'none'}`
				: '',
			reading.dangerNow !== item.labels.dangerNow ? `danger-now ${reading.dangerNow}` : ''
		].filter(Boolean);
		if (notes.length > 0) console.log(`  ${item.id} "${item.text}"\n      ${notes.join('; ')}`);
	}
	return 0;
}

run(main);
