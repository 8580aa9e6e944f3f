import { FIRST_PERSON } from '../text/cues.js';
import { spanOf as span, type TextWord } from '../text/words.js';
import type { Statement } from './person-statements.js';
import {
	CARERS,
	PARENT_CARERS,
	POSSESSIVES,
	PROFESSION_HEADS,
	PROFESSIONS,
	WORK_VERBS,
	WORKPLACES
} from './person-words.js';

/**
 * How a writer says their job, or that they are a parent, without a sentence about themselves: a
 * label at the start ("Förskollärare.", "Chat volunteer:", "Mamma här."), or working where
 * children are ("I work at a nursery"). Read by person-statements.ts.
 */

/** A job, or a Swedish compound that ends in one ("fotbollstränare", "förskolepersonal"). */
export function isProfession(word: string): boolean {
	if (PROFESSIONS.has(word)) return true;
	return PROFESSION_HEADS.some((head) => word.length > head.length + 2 && word.endsWith(head));
}

/** A place where people work with children, or a Swedish compound that ends in one. */
function isWorkplace(word: string): boolean {
	if (WORKPLACES.has(word)) return true;
	return ['skola', 'skolan', 'mottagning', 'mottagningen', 'boende', 'boendet', 'gården'].some(
		(end) => word.length > end.length + 2 && word.endsWith(end)
	);
}
/** A parent who says so as a label: "Mamma här.", "Dad here:". */
const PARENT_LABELS = new Set([
	'mamma',
	'pappa',
	'förälder',
	'mum',
	'mom',
	'dad',
	'parent',
	'mormor',
	'farmor',
	'morfar',
	'farfar',
	'grandma',
	'grandmother',
	'grandpa'
]);

/** Words before a job label that may stand first: "Hej! Kurator här." */
const GREETINGS = new Set(['hej', 'hejsan', 'hallå', 'hi', 'hello', 'hey', 'hallo']);
/** A label is short: a job, a word qualifying it, and where ("Nurse at a youth clinic."). */
const LABEL_MAX_WORDS = 7;
/** Words no label holds: a label names the writer's job, not what someone did to someone. */
const NOT_IN_LABEL = new Set([
	// Swedish "i" is "in" ("Lärare i åk 5."): the English "I" of a label is caught by its verb.
	...[...FIRST_PERSON].filter((word) => word !== 'i'),
	...POSSESSIVES,
	'mej',
	'du',
	'you',
	'your',
	'din',
	'han',
	'hon',
	'he',
	'she',
	'his',
	'hans',
	'hennes',
	'him',
	'honom',
	'henne'
]);

/**
 * A job given as a label at the start of a text, a short clause that a mark ends ("Förskollärare.",
 * "Chat volunteer:", "Nurse at a youth clinic.", "Kurator här,", "Swim coach –"): the job first, or
 * after one word that qualifies it, and no person in the clause. "Kurator?" asks for one, and
 * "Teacher keeps touching me" names someone who did something, so neither is a label.
 */
export function readJobLabel(
	words: readonly TextWord[]
): { value: 'professional' | 'parent'; statement: Statement<true> } | undefined {
	const first = GREETINGS.has(words[0]?.word ?? '') && words[0]?.after ? 1 : 0;
	const label = readLabelAt(words, first);
	if (label) return label;
	// "Elevhälsan, skolsköterska: …": a short place or unit before the job.
	const end = lastOfClause(words, first);
	if (end === undefined || end - first >= 3 || !words[end]?.after) return undefined;
	return readLabelAt(words, end + 1);
}

function lastOfClause(words: readonly TextWord[], start: number): number | undefined {
	const clause = words[start]?.clause;
	if (clause === undefined) return undefined;
	let end = start;
	while (words[end + 1]?.clause === clause) end++;
	return end;
}

/** A label in the clause that starts at `start`, as readJobLabel says. */
function readLabelAt(
	words: readonly TextWord[],
	start: number
): { value: 'professional' | 'parent'; statement: Statement<true> } | undefined {
	const clause = words[start]?.clause;
	if (clause === undefined) return undefined;
	let end = start;
	while (words[end + 1]?.clause === clause) end++;
	const mark = words[end]?.after;
	if (!mark || mark === '?' || end - start + 1 > LABEL_MAX_WORDS) return undefined;
	const label = words.slice(start, end + 1);
	if (label.some(({ word }) => NOT_IN_LABEL.has(word))) return undefined;
	const statement = (last: number): Statement<true> => ({
		value: true,
		words: span(words, start, last),
		at: [start, last]
	});
	const first = label[0]?.word ?? '';
	const second = label[1]?.word ?? '';
	// "Foster carer –", "Mamma här.", "Dad here:"
	if (PARENT_LABELS.has(first) && (label.length === 1 || ['här', 'here'].includes(second))) {
		return { value: 'parent', statement: statement(start) };
	}
	if (PARENT_CARERS.has(first) && CARERS.has(second)) {
		return { value: 'parent', statement: statement(start + 1) };
	}
	// The job first, or after a word or two that qualify it ("Residential care worker here.",
	// "Church youth leader –").
	const job = label.findIndex(({ word }, k) => k <= 2 && isProfession(word));
	if (job >= 0 && !/^\d/.test(first)) {
		return { value: 'professional', statement: statement(start + job) };
	}
	return undefined;
}

/**
 * "I work at a nursery", "jobbar på fritids", "we run a daycare": the writer works where children
 * are, said with a verb of working and the place within a few words.
 */
export function readWorkplace(words: readonly TextWord[]): Statement<true> | undefined {
	for (let i = 0; i < words.length; i++) {
		if (!WORK_VERBS.has(words[i]?.word ?? '')) continue;
		const before = words[i - 1]?.word ?? '';
		const atStart = i === 0 || words[i - 1]?.clause !== words[i]?.clause;
		if (!['i', 'jag', 'ja', 'we', 'vi'].includes(before) && !atStart) continue;
		for (let k = i + 1; k <= i + 4 && k < words.length; k++) {
			if (words[k]?.clause !== words[i]?.clause) break;
			if (isWorkplace(words[k]?.word ?? '')) {
				const from = atStart ? i : i - 1;
				return { value: true, words: span(words, from, k), at: [from, k] };
			}
		}
	}
	return undefined;
}
