import type { Gender } from '../catalogue/schema.js';
import { FIRST_PERSON } from '../text/cues.js';
import { spanOf as span, type TextWord } from '../text/words.js';
import {
	CHILD_NOUNS,
	DEFINITE,
	DOER_PREPOSITIONS,
	ENGLISH_AFTER_I,
	FILLERS,
	GENDER_PAIRS,
	GENDER_WORDS,
	I_AM,
	PERSON_NOUNS,
	POSSESSIVES,
	RELATIVES,
	SIBLING_NOUNS,
	UNITS
} from './person-words.js';
import { readAskedService, readNotation } from './gender-notes.js';
import { isProfession, readJobLabel, readWorkplace } from './job-labels.js';
import type { TextAsker } from './vocabulary.js';

/**
 * What a text says outright about the people in it: who is writing ("jag är lärare", "my
 * daughter", "min kompis"), the gender of the young person the help is about ("jag är kille",
 * "(17F)", "min son") and their age ("jag är 14", "min dotter på 13", "a 15-year-old girl").
 * Only plain statements count; a pronoun or a guess never does, and a person who did something
 * ("av en kille", "by a man") is never taken for the one the help is about.
 */

export interface Statement<T> {
	value: T;
	/** The words that said it, to show how the text was read. */
	words: string;
	/** Where those words stand in the text, when one stretch says it. */
	at?: [number, number];
}

export interface PersonStatements {
	asker?: Statement<TextAsker>;
	gender?: Statement<Gender>;
	age?: Statement<number>;
}

/** Where the vocabulary found a phrase that says who is asking, and whether it was denied. */
export interface AskerPhrase {
	asker: TextAsker;
	first: number;
	last: number;
}

/** A phrase naming a harm, for "who did it happen to": "jag blev våldtagen", "han slår mig". */
export interface HarmPhrase {
	first: number;
	last: number;
}

const isNumber = (word: string) => /^\d{1,2}$/.test(word);

/** People in the plural, as the singular GENDER_WORDS knows them. */
const OTHERS: Record<string, string> = {
	killar: 'kille',
	tjejer: 'tjej',
	guys: 'guy',
	boys: 'boy',
	girls: 'girl'
};
/** An age and a gender in one: "17f", "16m". */
const TAGGED = /^(\d{1,2})([fm])$/;

/** An age and its unit in one word: "9yo", "4åring". */
const AGED = /^(\d{1,2})(yo|yr|yrs|åring|årig)$/;

function ageAt(words: readonly TextWord[], i: number): number | undefined {
	const word = words[i]?.word ?? '';
	const aged = AGED.exec(word);
	if (aged) return Number(aged[1]);
	if (!isNumber(word) || UNITS.has(words[i + 1]?.word ?? '')) return undefined;
	return Number(word);
}

/** Whether the age at `i` is said with its unit ("9yo", "9 yo", "9-åring", "9 year old"). */
function hasAgeUnit(words: readonly TextWord[], i: number): boolean {
	const next = words[i + 1]?.word ?? '';
	return (
		AGED.test(words[i]?.word ?? '') ||
		['åring', 'årig', 'yo'].includes(next) ||
		(['year', 'years'].includes(next) && words[i + 2]?.word === 'old')
	);
}

/** How many words an age with its unit takes: "9yo" 1, "9-åring" 2, "9 year old" 3. */
function ageLength(words: readonly TextWord[], i: number): number {
	if (AGED.test(words[i]?.word ?? '')) return 1;
	return ['year', 'years'].includes(words[i + 1]?.word ?? '') ? 3 : 2;
}

function startsWith(words: readonly TextWord[], at: number, sequence: readonly string[]): boolean {
	return sequence.every((word, k) => words[at + k]?.word === word);
}

/** What follows "jag är": a gender, an age, a profession, within a few filler words. */
function readIAm(words: readonly TextWord[], from: number) {
	let gender: { value: Gender; at: number } | undefined;
	let age: { value: number; at: number } | undefined;
	let profession: number | undefined;
	for (let i = from; i < from + 5 && i < words.length; i++) {
		// "jag är 13. en kille på 19 …": what the writer says of themselves ends with the sentence.
		if (words[i]?.sentence !== words[from]?.sentence) break;
		const word = words[i]?.word ?? '';
		const pair = GENDER_PAIRS[`${word} ${words[i + 1]?.word ?? ''}`];
		const found = pair ?? GENDER_WORDS[word];
		if (found && !gender) gender = { value: found, at: pair ? i + 1 : i };
		else if (ageAt(words, i) !== undefined && !age) {
			age = { value: ageAt(words, i) as number, at: i };
		} else if (isProfession(word)) profession = i;
		// "BUP-psykolog", "legitimerad psykolog": one word may qualify a profession.
		else if (profession === undefined && isProfession(words[i + 1]?.word ?? '')) continue;
		else if (TAGGED.test(word) && !gender) {
			gender = { value: word.endsWith('f') ? 'female' : 'male', at: i };
			age ??= { value: Number.parseInt(word, 10), at: i };
		} else if (
			(word === 'och' || word === 'and') &&
			!GENDER_WORDS[words[i + 1]?.word ?? ''] &&
			// "I'm 17 and a guy.", but not "jag är 13 och en kille på 19"
			!(
				['a', 'en'].includes(words[i + 1]?.word ?? '') &&
				GENDER_WORDS[words[i + 2]?.word ?? ''] &&
				words[i + 2]?.after !== undefined
			)
		) {
			// "jag är 16 och tjej", but not "jag är 13 och en kille på 19".
			break;
		} else if (!FILLERS.has(word) && word !== 't') break;
	}
	return { gender, age, profession };
}

interface SelfReading {
	gender?: Statement<Gender>;
	age?: Statement<number>;
	isProfessional?: Statement<true>;
	/** "Foster carer –", "Fosterförälder:": a parent who gives their role as a label. */
	isParent?: Statement<true>;
}

/** Statements the writer makes about themselves. */
function readSelf(words: readonly TextWord[]): SelfReading {
	const reading: SelfReading = {};
	/** Keeps the first statement of each kind, read from `from` on by what began at `i`. */
	const note = (
		i: number,
		from: number,
		says: { gender?: boolean; age?: boolean; work?: boolean }
	) => {
		const found = readIAm(words, from);
		if (says.gender && found.gender && !reading.gender) {
			reading.gender = { value: found.gender.value, words: span(words, i, found.gender.at) };
		}
		if (says.age && found.age && !reading.age) {
			reading.age = { value: found.age.value, words: span(words, i, found.age.at) };
		}
		if (says.work && found.profession !== undefined && !reading.isProfessional) {
			const at: [number, number] = [i, found.profession];
			reading.isProfessional = { value: true, words: span(words, i, found.profession), at };
		}
	};
	words.forEach(({ word, clause }, i) => {
		const clauseStart = i === 0 || words[i - 1]?.clause !== clause;
		const next = words[i + 1]?.word ?? '';
		for (const opener of I_AM) {
			if (startsWith(words, i, opener)) {
				note(i, i + opener.length, { gender: true, age: true, work: true });
			}
		}
		// "träffa andra killar som …", "other girls who …": the writer is one of them.
		const who = words[i + 2]?.word ?? '';
		const others =
			['andra', 'other'].includes(word) && ['som', 'who', 'that'].includes(who)
				? GENDER_WORDS[OTHERS[next] ?? '']
				: undefined;
		if (others && !reading.gender) reading.gender = { value: others, words: span(words, i, i + 1) };
		// "är tjej 13 o …": the "jag" left out, at the start of the text.
		if (i === 0 && word === 'är') note(i, i + 1, { gender: true, age: true });
		// "jag (16, kille)", "I (17F)"
		if (
			(word === 'jag' && isNumber(next)) ||
			((word === 'jag' || word === 'i') && TAGGED.test(next))
		) {
			note(i, i + 1, { gender: true, age: true });
		}
		// "som tjej …", "as a guy …", "as her teacher"; Swedish "som man" is also "as one does".
		const asA =
			(word === 'som' && (clauseStart || FIRST_PERSON.has(words[i - 1]?.word ?? ''))) ||
			(word === 'as' && clauseStart);
		if (asA) {
			const from = i + 1 + (['her', 'his', 'their'].includes(next) ? 1 : 0);
			const gender = readIAm(words, from).gender;
			const saysGender =
				gender !== undefined && gender.at <= i + 2 && words[gender.at]?.word !== 'man';
			note(i, from, { gender: saysGender, work: true });
		}
		if (
			startsWith(words, i, ['jag', 'jobbar', 'som']) ||
			startsWith(words, i, ['jag', 'arbetar', 'som']) ||
			startsWith(words, i, ['i', 'work', 'as'])
		) {
			note(i, i + 3, { work: true });
		}
		// "skolsköterska här", "kille här, 16", "guy here"
		if (clauseStart && (next === 'här' || next === 'here')) {
			if (isProfession(word) && !reading.isProfessional) {
				reading.isProfessional = { value: true, words: span(words, i, i + 1), at: [i, i + 1] };
			}
			const gender = GENDER_WORDS[word];
			if (gender && !reading.gender) {
				reading.gender = { value: gender, words: span(words, i, i + 1) };
			}
			const age = ageAt(words, i + 2);
			if (gender && age !== undefined && !reading.age) {
				reading.age = { value: age, words: span(words, i, i + 2) };
			}
		}
		// "Jobbar som elevassistent.": the "jag" left out, at the start of a clause.
		if (clauseStart && (word === 'jobbar' || word === 'arbetar') && next === 'som') {
			note(i, i + 2, { work: true });
		}
	});
	// "(16M)", "F15.", "tjej 15 här": notation heading a clause, not "for like 15m straight".
	const notation = reading.gender ? undefined : readNotation(words);
	if (notation) {
		reading.gender = notation.gender;
		if (notation.age) reading.age ??= notation.age;
	}
	const label = readJobLabel(words);
	if (label?.value === 'professional') reading.isProfessional ??= label.statement;
	if (label?.value === 'parent' && !reading.isProfessional) reading.isParent = label.statement;
	reading.isProfessional ??= readWorkplace(words);
	return reading;
}

/**
 * Every age the text states of someone ("en elev på 13", "a 20 year old", "en 25-åring", "my
 * 9yo"), with its words, in the order they stand.
 */
export function statedAges(words: readonly TextWord[]): Statement<number>[] {
	const ages: Statement<number>[] = [];
	const offer = (value: number, first: number, last: number) => {
		ages.push({ value, words: span(words, first, last) });
	};
	words.forEach((_, i) => {
		const age = ageAt(words, i);
		if (age === undefined) return;
		const next = words[i + 1]?.word ?? '';
		if (AGED.test(words[i]?.word ?? '')) return offer(age, i, i);
		if (['åring', 'årig', 'åringen', 'åringar', 'yo'].includes(next)) return offer(age, i, i + 1);
		if (['year', 'years', 'yr', 'yrs'].includes(next) && words[i + 2]?.word === 'old') {
			return offer(age, i, i + 2);
		}
		const before = words[i - 1]?.word ?? '';
		const noun = (w: string) => w in CHILD_NOUNS || w in PERSON_NOUNS;
		if ((before === 'på' || before === 'is' || before === 'är') && noun(words[i - 2]?.word ?? '')) {
			return offer(age, i - 2, i);
		}
		if (noun(before)) offer(age, i - 1, i);
	});
	return ages;
}

/** The age of the young person someone else writes about: the youngest one stated. */
function readSubjectAge(words: readonly TextWord[]): Statement<number> | undefined {
	return statedAges(words).reduce<Statement<number> | undefined>(
		(best, age) => (!best || age.value < best.value ? age : best),
		undefined
	);
}

/** Said of someone older, or of the one whose place or company the child is in. */
const OTHER_THAN_THE_CHILD = new Set([
	'äldre',
	'older',
	'vuxen',
	'vuxna',
	'adult',
	'grown',
	'hos',
	'with'
]);

/** Whether the person word at `at` names someone other than the child: within its clause, up to three words before it. */
function isSomeoneElse(words: readonly TextWord[], at: number): boolean {
	const clause = words[at]?.clause;
	for (let i = at - 1; i >= 0 && i >= at - 3 && words[i]?.clause === clause; i--) {
		if (OTHER_THAN_THE_CHILD.has(words[i]?.word ?? '')) return true;
	}
	return false;
}

/** The gender of the young person someone else writes about, from a word that names them. */
function readSubjectGender(
	words: readonly TextWord[],
	asker: TextAsker
): Statement<Gender> | undefined {
	const named = (nouns: Record<string, Gender | null>, needsPossessive: boolean) => {
		for (let i = 0; i < words.length; i++) {
			const word = words[i]?.word ?? '';
			const gender = nouns[word];
			if (!gender) continue;
			const before = words.slice(Math.max(0, i - 4), i).map((w) => w.word);
			// "hos en äldre kille", "with an older guy", "en vuxen man": someone else, not the child.
			if (nouns === PERSON_NOUNS && isSomeoneElse(words, i)) continue;
			if (needsPossessive && !before.some((w) => POSSESSIVES.has(w)) && !DEFINITE.has(word)) {
				continue;
			}
			const preposition = words[i - 1]?.word === 'en' || words[i - 1]?.word === 'a' ? i - 2 : i - 1;
			if (
				DOER_PREPOSITIONS.has(words[preposition]?.word ?? '') &&
				!RELATIVES.has(words[preposition - 1]?.word ?? '')
			) {
				continue;
			}
			return { value: gender, words: span(words, Math.max(0, i - 1), i) };
		}
		return undefined;
	};
	if (asker === 'parent') return named(CHILD_NOUNS, true) ?? named(PERSON_NOUNS, false);
	if (asker === 'friend') {
		return named(PERSON_NOUNS, false) ?? named(SIBLING_NOUNS, true);
	}
	return named(PERSON_NOUNS, false);
}

/** "my 8 year old", "vår 6-åring": a parent speaking, and the child's age. */
function readParentAge(words: readonly TextWord[]): Statement<true> | undefined {
	for (let i = 0; i < words.length; i++) {
		if (!POSSESSIVES.has(words[i]?.word ?? '') || ageAt(words, i + 1) === undefined) continue;
		const after = words[i + 1 + ageLength(words, i + 1)]?.word ?? '';
		if (
			hasAgeUnit(words, i + 1) &&
			!(after in SIBLING_NOUNS) &&
			!['friend', 'kompis', 'vän'].includes(after)
		) {
			return { value: true, words: span(words, i, i + ageLength(words, i + 1)) };
		}
	}
	return undefined;
}

function isWriter(words: readonly TextWord[], i: number): boolean {
	const word = words[i]?.word ?? '';
	if (word === 'jag' || word === 'ja') return true;
	return word === 'i' && ENGLISH_AFTER_I.has(words[i + 1]?.word ?? '');
}

/** Whether the writer says a harm happened to themselves: "jag blev …", "… mig", "I was …". */
function happenedToWriter(words: readonly TextWord[], harms: readonly HarmPhrase[]): boolean {
	return harms.some(({ first, last }) => {
		const clause = words[first]?.clause;
		for (let i = first - 1; i >= first - 3 && i >= 0; i--) {
			if (words[i]?.clause !== clause) break;
			if (isWriter(words, i)) return true;
		}
		for (let i = first; i <= last + 2 && i < words.length; i++) {
			if (['mig', 'mej', 'me', 'myself'].includes(words[i]?.word ?? '')) return true;
		}
		return false;
	});
}

/**
 * Reads who is asking, and the gender and age of the young person the help is about.
 * `askerPhrases` are the vocabulary's phrases that name an asker (already without denied ones).
 */
export function readPersonStatements(
	words: readonly TextWord[],
	askerPhrases: readonly AskerPhrase[],
	harms: readonly HarmPhrase[],
	ownBehaviour = false
): PersonStatements {
	const self = readSelf(words);
	const phrase = (asker: TextAsker) => askerPhrases.find((p) => p.asker === asker);
	const said = (p: AskerPhrase | undefined) => (p ? span(words, p.first, p.last) : '');
	const at = (p: AskerPhrase | undefined): [number, number] | undefined =>
		p ? [p.first, p.last] : undefined;
	let asker: Statement<TextAsker> | undefined;
	const professional = phrase('professional');
	const parent = phrase('parent');
	const parentAge = readParentAge(words);
	if (self.isProfessional || professional) {
		asker = self.isProfessional
			? { ...self.isProfessional, value: 'professional' }
			: { value: 'professional', words: said(professional), at: at(professional) };
	} else if (parent || parentAge || self.isParent) {
		// The writer's own label first ("Mamma här."), then words that name their child.
		asker = self.isParent
			? { ...self.isParent, value: 'parent' }
			: parent
				? { value: 'parent', words: said(parent), at: at(parent) }
				: { value: 'parent', words: parentAge?.words ?? '' };
	} else {
		// The writer who did something, or to whom it happened, is not asking for a friend.
		const friend = askerPhrases.find((p) => p.asker === 'friend');
		if (friend && !ownBehaviour && !happenedToWriter(words, harms)) {
			asker = { value: 'friend', words: said(friend), at: at(friend) };
		}
	}
	// "finns det nån tjejjour?": the gender of the service asked for, when nothing else says it.
	if (!asker) {
		const gender = self.gender ?? readAskedService(words);
		return {
			...(gender ? { gender } : {}),
			...(self.age ? { age: self.age } : {})
		};
	}
	const gender = readSubjectGender(words, asker.value) ?? readAskedService(words);
	const age = readSubjectAge(words);
	return { asker, ...(gender ? { gender } : {}), ...(age ? { age } : {}) };
}
