import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MOMENT } from '../../seed/src/evaluation/scenarios.js';
import { loadRealCatalogue } from '../../seed/src/evaluation/real-catalogue.js';
import {
	compare,
	formatScores,
	readingOf,
	score,
	textFileSchema,
	type LabelledText
} from '../../seed/src/evaluation/texts.js';
import { DATA, ROOT } from '../support/domain.js';

const textsOf = (file: string) =>
	textFileSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'test', 'texts', file), 'utf8')))
		.texts;

let loaded: ReturnType<typeof loadRealCatalogue> | undefined;

/** Each text read as the site reads it (only the text and its language), beside its labels. */
async function outcomesOf(texts: LabelledText[]) {
	const catalogue = await (loaded ??= loadRealCatalogue(DATA));
	const at = new Date(DEFAULT_MOMENT);
	return texts.map((item) =>
		compare(
			item,
			readingOf(catalogue.match({ text: item.text, language: item.lang }, at).interpretation)
		)
	);
}

/**
 * The labelled text set (test/texts/LABELLING.md), read as the site reads a text: the figures
 * issue 7 asks for must hold, and no text that states danger now may be missed.
 */
test('the text reader reads the labelled texts: needs, who asks, gender and danger now', async () => {
	const texts = textsOf('texts.json');
	expect(texts.length).toBeGreaterThanOrEqual(150);
	const scores = score(await outcomesOf(texts));
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(0.85);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(0.85);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.9);
	expect(scores.genderAccuracy).toBeGreaterThanOrEqual(0.9);
	expect(scores.dangerRecall).toBe(1);
	expect(scores.dangerAccuracy).toBeGreaterThanOrEqual(0.95);
});

/**
 * The second round's texts (test/texts/LABELLING.md): the reader was improved on these by kind of
 * miss, so they must stay read; the figures on texts the tuning never saw are in the README.
 */
test('the second round’s texts stay read: needs, who asks, gender and every danger now', async () => {
	const texts = textsOf('second-round-texts.json');
	const scores = score(await outcomesOf(texts));
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(0.9);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(0.9);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.95);
	expect(scores.dangerRecall).toBe(1);
	expect(scores.dangerAccuracy).toBeGreaterThanOrEqual(0.95);
});

/**
 * Every text of the second round that states danger now is read so, and no other is: a danger
 * missed is the costly error, and 112 first without danger is one too.
 */
test('every danger now of the second round’s texts is read, and no other', async () => {
	const files = [
		'second-round-texts.json',
		'untouched-texts.json',
		'closing-check-texts.json',
		'final-round-texts.json'
	];
	const missed: string[] = [];
	for (const file of files) {
		for (const { item, reading } of await outcomesOf(textsOf(file))) {
			if (reading.dangerNow !== item.labels.dangerNow) missed.push(`${item.id}: ${item.text}`);
		}
	}
	expect(missed).toEqual([]);
});

/**
 * The third round's texts (test/texts/LABELLING.md): those worked on must stay read, and the held
 * back quarter, measured once after the changes, must not fall below what it showed then.
 */
test.each([
	['third-round-texts.json', 0.95, 0.9],
	['third-round-held-back-texts.json', 0.8, 0.9]
] as const)('the third round’s %s stay read', async (file, recall, precision) => {
	const scores = score(await outcomesOf(textsOf(file)));
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(recall);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(precision);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.9);
});

/**
 * No text of the third round is read as danger now unless it states it, and every one that does
 * is, but one named here with why.
 */
test('every danger now of the third round’s texts is read, and no other', async () => {
	const knownMisses = new Set([
		// "i trapan": "i trappan" misspelled, too short for the fuzzy reading (six letters)
		'r3t016'
	]);
	const wrong: string[] = [];
	for (const file of ['third-round-texts.json', 'third-round-held-back-texts.json']) {
		for (const { item, reading } of await outcomesOf(textsOf(file))) {
			if (reading.dangerNow !== item.labels.dangerNow && !knownMisses.has(item.id)) {
				wrong.push(`${item.id}: ${item.text}`);
			}
		}
	}
	expect(wrong).toEqual([]);
});

/**
 * The fourth round's texts (test/texts/LABELLING.md): those worked on must stay read, and the
 * held-back quarter, measured once after the changes, must not fall below what it showed then.
 * Every one that states danger now is read so, and no other.
 */
test.each([
	['fourth-round-texts.json', 0.95, 0.83],
	['fourth-round-held-back-texts.json', 0.95, 0.9]
] as const)('the fourth round’s %s stay read', async (file, recall, precision) => {
	const outcomes = await outcomesOf(textsOf(file));
	const scores = score(outcomes);
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(recall);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(precision);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.95);
	const wrongDanger = outcomes
		.filter(({ item, reading }) => reading.dangerNow !== item.labels.dangerNow)
		.map(({ item }) => `${item.id}: ${item.text}`);
	expect(wrongDanger).toEqual([]);
});

/**
 * The fifth round's texts (test/texts/LABELLING.md): those worked on must stay read, every one
 * that states danger now read so and no other; the held-back quarter, measured once after the
 * changes, must not fall below what it showed then (its danger now included: two of its three
 * were missed and one fear read as danger, see LABELLING.md).
 */
test('the fifth round’s texts worked on stay read, and every danger now of them', async () => {
	const outcomes = await outcomesOf(textsOf('fifth-round-texts.json'));
	const scores = score(outcomes);
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(0.87);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(0.86);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.9);
	const wrongDanger = outcomes
		.filter(({ item, reading }) => reading.dangerNow !== item.labels.dangerNow)
		.map(({ item }) => `${item.id}: ${item.text}`);
	expect(wrongDanger).toEqual([]);
});

test('the fifth round’s held-back texts read no worse than when measured once', async () => {
	const scores = score(await outcomesOf(textsOf('fifth-round-held-back-texts.json')));
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(0.8);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(0.77);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.95);
	expect(scores.dangerAccuracy).toBeGreaterThanOrEqual(0.89);
});

/**
 * Round 5b's texts (test/texts/LABELLING.md): those worked on must stay read, and the held-back
 * quarter, measured once after the changes, must not fall below what it showed then. Every one
 * that states danger now (killing oneself now or tonight) is read so, and no other (a wish that
 * is not for now, "this homework is killing me").
 */
test.each([
	['fifth-round-b-texts.json', 0.95, 0.93, 0.95],
	['fifth-round-b-held-back-texts.json', 0.9, 0.9, 0.85]
] as const)('round 5b’s %s stay read', async (file, recall, precision, gender) => {
	const outcomes = await outcomesOf(textsOf(file));
	const scores = score(outcomes);
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(recall);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(precision);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.9);
	expect(scores.genderAccuracy).toBeGreaterThanOrEqual(gender);
	const wrongDanger = outcomes
		.filter(({ item, reading }) => reading.dangerNow !== item.labels.dangerNow)
		.map(({ item }) => `${item.id}: ${item.text}`);
	expect(wrongDanger).toEqual([]);
});

/**
 * Round 6's texts (test/texts/LABELLING.md): those worked on must stay read, and the held-back
 * quarter, measured once after the changes, must not fall below what it showed then. Every text
 * that states danger now is read so; the one false alarm left is named here with why.
 */
test.each([
	['sixth-round-texts.json', 0.92, 0.85],
	['sixth-round-held-back-texts.json', 0.94, 0.94]
] as const)('round 6’s %s stay read', async (file, recall, precision) => {
	const knownFalseAlarms = new Set([
		// "last year i wanted to end my life but i'm doing better now": a wish in the past read as now
		'r6t043'
	]);
	const outcomes = await outcomesOf(textsOf(file));
	const scores = score(outcomes);
	console.info(formatScores(scores));
	expect(scores.needRecall).toBeGreaterThanOrEqual(recall);
	expect(scores.needPrecision).toBeGreaterThanOrEqual(precision);
	expect(scores.askerAccuracy).toBeGreaterThanOrEqual(0.95);
	expect(scores.dangerRecall).toBe(1);
	const wrongDanger = outcomes
		.filter(({ item, reading }) => reading.dangerNow !== item.labels.dangerNow)
		.filter(({ item }) => !knownFalseAlarms.has(item.id))
		.map(({ item }) => `${item.id}: ${item.text}`);
	expect(wrongDanger).toEqual([]);
});
