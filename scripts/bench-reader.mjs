#!/usr/bin/env node
// node scripts/bench-reader.mjs [ROOT]: what the text reader costs per text, in one process, over
// the texts `npm run bench` sends (../shared/eval/dev-queries.json, varied as ../shared/bench/load.mjs
// varies them). A benchmark, not a test: the best of seven batches, in CPU time. ROOT (a built
// checkout, this one by default) lets two commits be compared side by side.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
const { loadVocabulary } = await import(
	pathToFileURL(path.join(root, 'api/dist/data/data-files.js')).href
);
const vocabulary = await loadVocabulary(path.join(root, 'data'));
const queries = JSON.parse(
	readFileSync(path.join(root, '../shared/eval/dev-queries.json'), 'utf8')
).queries;
const sample = queries.map((query) => query.request.text).filter(Boolean);

// The same sequence of random numbers as load.mjs, so the same texts.
let state = 7;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const texts = [];
for (let i = 0; i < 2000; i++) {
	const { request } = queries[i % queries.length];
	random(); // age
	random(); // municipality
	if (request.needs) random();
	if (request.text || random() < 0.3) {
		texts.push(`${sample[Math.floor(random() * sample.length)]} ${i}`);
	}
}

const reader = vocabulary.understander;
for (let i = 0; i < 3; i++) for (const text of texts) reader.understand(text);
let best = Infinity;
for (let batch = 0; batch < 7; batch++) {
	const start = process.cpuUsage();
	for (let i = 0; i < 3; i++) for (const text of texts) reader.understand(text);
	const used = process.cpuUsage(start);
	best = Math.min(best, (used.user + used.system) / 1000);
}
console.log(
	`${texts.length} texts: ${((1000 * best) / (3 * texts.length)).toFixed(1)} µs per text (best of 7 batches, CPU time)`
);
