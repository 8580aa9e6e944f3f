import { FIRST_PERSON, OBJECT_PRONOUNS } from './cues.js';
import type { TextWord } from './words.js';

/**
 * Who a word for a person is in its sentence, in Swedish and English: someone else's relative
 * ("min kompis pappa"), only the one told ("berätta för mamma"), the one it is done to ("min
 * lillasyster blir utsatt"), or the one who thinks, comes or is spoken of. Grammar, like cues.ts.
 */

/** Friends and partners, whose family members or partners are not the writer's own. */
const OTHER_PEOPLE = new Set([
	'kompis',
	'kompisen',
	'kompisens',
	'vän',
	'väns',
	'vännens',
	'bästis',
	'bästisens',
	'klasskompis',
	'flickväns',
	'pojkväns',
	'friend',
	'girlfriend',
	'boyfriend'
]);
/** Nouns that, right after "min kompis", make it a genitive ("min kompis pappa"). */
const PEOPLE_AFTER = new Set([
	'pappa',
	'mamma',
	'bror',
	'brorsa',
	'brorsan',
	'storebror',
	'lillebror',
	'syster',
	'storasyster',
	'kille',
	'tjej',
	'pojkvän',
	'flickvän',
	'föräldrar',
	'familj',
	'styvpappa',
	'dad',
	'mom',
	'mum',
	'father',
	'mother',
	'brother',
	'sister'
]);
const DOER_WORDS = new Set(['av', 'by', 'med', 'with', 'hos']);
/** Words before the one told, not the one who did it: "berätta för mamma", "tell my dad". */
const RECIPIENT_WORDS = new Set([
	'till',
	'för',
	'for',
	'to',
	'tell',
	'told',
	'berätta',
	'berättade',
	'säga'
]);

/**
 * Whether a name is someone else's, or only the one told: "min kompis pappa", "my friend's dad",
 * "my sister's boyfriend", "berätta för mamma", "till min familj".
 */
export function isSomeoneElses(words: readonly TextWord[], first: number, last: number): boolean {
	const before = words[first - 1]?.word ?? '';
	const after = words[last + 1]?.word ?? '';
	// "my friend's brother", "my friend's older brother"
	const owned = before === 's' || (words[first - 2]?.word === 's' && !FIRST_PERSON.has(before));
	if (owned || after === 's' || OTHER_PEOPLE.has(before)) return true;
	if (OTHER_PEOPLE.has(words[last]?.word ?? '') && PEOPLE_AFTER.has(after)) return true;
	// "the dad there", "en pappa": someone's, not the writer's own.
	if (ARTICLES.has(before)) return true;
	// "min lillasyster blir utsatt": the one it is done to, not the one who does it.
	const then = words[last + 2]?.word ?? '';
	// "gets abused" is passive; "gets into her bed" is not.
	const passive = ['got', 'gets'].includes(after)
		? then.endsWith('ed') || PARTICIPLES.has(then)
		: PASSIVE.has(after);
	if (
		passive ||
		(['har', 'has', 'is'].includes(after) && ['blivit', 'been', 'being'].includes(then))
	) {
		return true;
	}
	// "för att styvpappa …" is "because", and "told me uncle …" tells what uncle did: neither is
	// the one told.
	const because = before === 'att' && words[first - 2]?.word === 'för';
	const toldMe = OBJECT_PRONOUNS.has(before);
	return (
		RECIPIENT_WORDS.has(before) ||
		(!because && !toldMe && RECIPIENT_WORDS.has(words[first - 2]?.word ?? ''))
	);
}

const ARTICLES = new Set(['the', 'a', 'an', 'en', 'ett']);
const PASSIVE = new Set(['blir', 'blev', 'was', 'got', 'gets']);
/** English past participles that do not end in -ed: "got hit", "gets hurt". */
const PARTICIPLES = new Set(['hit', 'hurt', 'beaten', 'taken', 'caught', 'bullied']);

/** Friends in the plural ("mina kompisar", "my friends") are company, not the friend asked about. */
const FRIENDS = new Set(['kompisar', 'kompisarna', 'vänner', 'vännerna', 'friends']);

/** Whether a friend named is the one who did it, was only there, or was told: "av min kompis". */
export function isDoerOrCompany(words: readonly TextWord[], first: number): boolean {
	if (FRIENDS.has(words[first]?.word ?? '')) return true;
	const near = [words[first - 1]?.word ?? '', words[first - 2]?.word ?? ''];
	return near.some((word) => DOER_WORDS.has(word) || RECIPIENT_WORDS.has(word));
}

/** Pronouns for someone other than the writer, as the one a clause is about: "han", "they". */
export const THIRD_PERSON = new Set(['han', 'hon', 'hen', 'de', 'dom', 'he', 'she', 'they']);
/** Someone other than the writer: a pronoun, someone, a word for a boy, a girl or a man. */
const OTHER_SUBJECTS = new Set([
	...THIRD_PERSON,
	'kille',
	'killen',
	'tjej',
	'tjejen',
	'guy',
	'mannen',
	'someone',
	'somebody',
	'någon',
	'nån'
]);

/** Whether the clause names someone else before word `at`: "min kusin har tankar om barn". */
export function namesSomeoneElseBefore(words: readonly TextWord[], at: number): boolean {
	const clause = words[at]?.clause;
	for (let i = at - 1; i >= 0 && words[i]?.clause === clause; i--) {
		if (OTHER_SUBJECTS.has(words[i]?.word ?? '')) return true;
	}
	return false;
}

/** The writer as the one a sentence is about: "jag", "I", "vi", "we". */
const WRITER_SUBJECTS = new Set(['jag', 'ja', 'i', 'vi', 'we']);
/** Someone else a sentence may be about: the child, a pronoun for them. */
const CHILD_SUBJECTS = new Set([
	'han',
	'hon',
	'hen',
	'he',
	'she',
	'they',
	'dotter',
	'dottern',
	'son',
	'sonen',
	'barnet',
	'barn',
	'daughter',
	'child',
	'kid',
	'eleven',
	'elev',
	'student',
	'pupil'
]);

/**
 * Whether what stands at `at` is said of the writer: the nearest subject before it in its
 * sentence is "jag"/"I", not the child ("jag är pappa och mår dåligt", not "min dotter mår dåligt").
 */
export function saidOfWriter(words: readonly TextWord[], at: number): boolean {
	const sentence = words[at]?.sentence;
	for (let i = at - 1; i >= 0 && words[i]?.sentence === sentence; i--) {
		const word = words[i]?.word ?? '';
		if (CHILD_SUBJECTS.has(word)) return false;
		if (WRITER_SUBJECTS.has(word)) return true;
	}
	return false;
}

/** "min kompis storebror", "my friend's dad": the friend's relative, not the friend. */
export function isTheirRelative(words: readonly TextWord[], last: number): boolean {
	return PEOPLE_AFTER.has(words[last + 1]?.word ?? '');
}

/** Whether someone named by a pronoun does what stands at `at`: "he's coming back", "han kommer". */
export function startsWithPronoun(words: readonly TextWord[], at: number): boolean {
	const clause = words[at]?.clause;
	for (let i = at; i >= at - 3 && i >= 0 && words[i]?.clause === clause; i--) {
		if (THIRD_PERSON.has(words[i]?.word ?? '')) return true;
	}
	return false;
}

/** Away from home: "är inte hemma", "isn't home", "is at work", "jobbar natt". */
const AWAY: readonly (readonly string[])[] = [
	['är', 'inte', 'hemma'],
	['är', 'på', 'jobbet'],
	['är', 'bortrest'],
	['jobbar'],
	['e', 'inte', 'hemma'],
	['isn', 't', 'home'],
	['isnt', 'home'],
	['is', 'not', 'home'],
	['is', 'at', 'work'],
	['is', 'away'],
	['works', 'nights'],
	['is', 'working']
];

/**
 * Whether the person named at `last` is said to be away right after the name ("mamma är inte
 * hemma", "mum is at work"): the one who could protect, not the one who does it.
 */
export function isAway(words: readonly TextWord[], last: number): boolean {
	return AWAY.some((sequence) =>
		sequence.every(
			(word, k) =>
				words[last + 1 + k]?.word === word && words[last + 1 + k]?.clause === words[last]?.clause
		)
	);
}
