import type { Gender } from '../catalogue/schema.js';
import { spanOf as span, type TextWord } from '../text/words.js';
import type { Statement } from './person-statements.js';

/**
 * Two more ways people say the gender of the young person the help is about, beside "jag är
 * tjej" and "min son" (person-statements.ts):
 *
 * - notation at the head of a clause, as on forums: "(14F)", "16m, …", "F15.", "17M here",
 *   "tjej 15 här", "kille 16, …". Mid-clause the same letters are something else ("for like 15m
 *   straight" is fifteen minutes);
 * - asking for a service for a gender: "en tjejjour", "nån killjour", "a girls' line", "a chat for
 *   boys". Someone who asks for one says which they are, unless the text says otherwise ("my
 *   girlfriend says i should message a girls' line but i'm a guy" is a guy: what the writer says
 *   of themselves is read first).
 */

/** An age and a gender in one, the letter first: "F15", "m16". */
const LETTER_FIRST = /^([fm])(\d{1,2})$/;
/** The age first: "16m", "14F". */
const AGE_FIRST = /^(\d{1,2})([fm])$/;
/** Words for a young person's gender that may head a clause with an age: "tjej 15". */
const YOUNG_GENDER: Readonly<Record<string, Gender>> = {
	tjej: 'female',
	flicka: 'female',
	girl: 'female',
	kille: 'male',
	pojke: 'male',
	grabb: 'male',
	guy: 'male',
	boy: 'male',
	transtjej: 'female',
	transkille: 'male',
	ickebinär: 'nonbinary',
	enby: 'nonbinary'
};

function isClauseStart(words: readonly TextWord[], i: number): boolean {
	return i === 0 || words[i - 1]?.clause !== words[i]?.clause;
}

const isAge = (word: string | undefined) => word !== undefined && /^\d{1,2}$/.test(word);

/** Gender and age written as notation at the head of a clause, or before "här"/"here". */
export function readNotation(
	words: readonly TextWord[]
): { gender: Statement<Gender>; age?: Statement<number> } | undefined {
	for (let i = 0; i < words.length; i++) {
		const word = words[i]?.word ?? '';
		const next = words[i + 1]?.word;
		const heads = isClauseStart(words, i) || next === 'här' || next === 'here';
		if (!heads) continue;
		const letterFirst = LETTER_FIRST.exec(word);
		const ageFirst = AGE_FIRST.exec(word);
		const letter = letterFirst?.[1] ?? ageFirst?.[2];
		const age = letterFirst?.[2] ?? ageFirst?.[1];
		if (letter && age) {
			return {
				gender: { value: letter === 'f' ? 'female' : 'male', words: word },
				age: { value: Number(age), words: word }
			};
		}
		// "tjej 15 här", "kille 16, …": the word and an age, heading the text or a clause.
		const gender = YOUNG_GENDER[word];
		if (gender && isAge(next) && words[i + 1]?.clause === words[i]?.clause) {
			return {
				gender: { value: gender, words: span(words, i, i + 1) },
				age: { value: Number(next), words: span(words, i, i + 1) }
			};
		}
	}
	return undefined;
}

/** A service named for a gender in one word: "tjejjour", "killjouren", "tjejchatt". */
const SERVICE_WORD = /^(tjej|kill|kvinno)(jour|jouren|jourer|linje|linjen|chatt|chatten)$/;
/** A service in English and Swedish, for "a girls' line", "a chat for boys", "stöd för killar". */
const SERVICES = new Set([
	'line',
	'helpline',
	'hotline',
	'chat',
	'shelter',
	'service',
	'jour',
	'linje',
	'chatt',
	'stödlinje',
	'stöd',
	'support'
]);
const GENDER_GROUPS: Readonly<Record<string, Gender>> = {
	girls: 'female',
	tjejer: 'female',
	women: 'female',
	kvinnor: 'female',
	boys: 'male',
	guys: 'male',
	lads: 'male',
	grabbar: 'male',
	killar: 'male',
	män: 'male',
	men: 'male'
};
/** "the boys' chat", "vår killchatt": a group the writer is in or meets, not a service asked for. */
const DEFINITE = new Set(['the', 'our', 'their', 'vår', 'våran', 'deras']);
/** "just for guys", "bara för tjejer", "something only for girls": a service kept for a gender. */
const ONLY = new Set(['just', 'only', 'bara', 'enbart', 'endast', 'specifically', 'speciellt']);
/** "something for guys", "nåt för tjejer": asked for, with no word for a service. */
const SOMETHING = new Set(['something', 'anything', 'någonting', 'nånting', 'något', 'nåt']);
/** Working or volunteering at a service, not asking for it: "volunteer at a girls' helpline". */
const WORK =
	/^(volunteer|volunteering|volontär|volontärarbete|jobba|jobbar|work|working|praktik|praktisera)$/;

/** The gender of a service the text asks for or names: "en tjejjour", "a line for boys". */
export function readAskedService(words: readonly TextWord[]): Statement<Gender> | undefined {
	for (let i = 0; i < words.length; i++) {
		const word = words[i]?.word ?? '';
		const clause = words[i]?.clause;
		const works = words
			.slice(Math.max(0, i - 5), i)
			.some((w) => w.clause === clause && WORK.test(w.word));
		if (works) continue;
		const compound = SERVICE_WORD.exec(word);
		if (compound) {
			return { value: compound[1] === 'kill' ? 'male' : 'female', words: word };
		}
		const group = GENDER_GROUPS[word];
		if (!group || DEFINITE.has(words[i - 1]?.word ?? '')) continue;
		// "a girls' line", "girls helpline"
		if (SERVICES.has(words[i + 1]?.word ?? '')) {
			return { value: group, words: span(words, i, i + 1) };
		}
		// "a line for girls", "stöd för killar", "a jour just for girls", "something only for guys"
		const preposition = words[i - 1]?.word;
		if (preposition !== 'for' && preposition !== 'för') continue;
		const only = ONLY.has(words[i - 2]?.word ?? '');
		const head = only ? i - 3 : i - 2;
		const headWord = words[head]?.word ?? '';
		if (SERVICES.has(headWord) || SOMETHING.has(headWord)) {
			return { value: group, words: span(words, head, i) };
		}
	}
	return undefined;
}
