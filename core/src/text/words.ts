/**
 * A text as the text reader sees it: lowercased words, each with the clause and the sentence it
 * stands in, so that "inte", "om" and "för ett år sedan" reach only their own part of the text.
 * Both the length of a word and the number of words are bounded, so one request's reading costs
 * the same small amount whatever is sent (a 2,000-letter "word" reads as its first 40 letters).
 */

/** Longer words are cut here: no real word is longer, and every later step then has a bound. */
export const MAX_WORD_LENGTH = 40;
/** Words read per text; the rest of a long text is not read. */
export const MAX_WORDS = 300;

export interface TextWord {
	word: string;
	clause: number;
	sentence: number;
	/** The first mark right after the word, when one ends its clause: ".", ":", "?", "–", "(" … */
	after?: string;
	/** Written with a capital inside a sentence: a name ("Jens pussade …"). */
	isName?: true;
}

/** Words, and the marks that end a clause; a dash between spaces ("Kurator – en elev …") too. */
const TOKEN = /[\p{L}\p{N}]+|[.!?;:,()\n–—]|\s-\s/gu;
const SENTENCE_END = new Set(['.', '!', '?', '\n']);
/** Words that start a new clause: "inte … men", "not … but". */
const CLAUSE_WORDS = new Set([
	'men',
	'fast',
	'utan',
	'och',
	'eller',
	'but',
	'although',
	'though',
	'however',
	'and',
	'or'
]);

/**
 * English contractions typed without the apostrophe ("cant", "im") read as with it ("can't" is
 * "can" + "t"), so that "i cant stop thinking about it" reads like "I can't stop thinking about it".
 */
const CONTRACTIONS = new Map<string, string[]>(
	Object.entries({
		cant: ['can', 't'],
		dont: ['don', 't'],
		didnt: ['didn', 't'],
		doesnt: ['doesn', 't'],
		isnt: ['isn', 't'],
		wasnt: ['wasn', 't'],
		wont: ['won', 't'],
		wouldnt: ['wouldn', 't'],
		couldnt: ['couldn', 't'],
		shouldnt: ['shouldn', 't'],
		havent: ['haven', 't'],
		hasnt: ['hasn', 't'],
		im: ['i', 'm'],
		ive: ['i', 've'],
		hes: ['he', 's'],
		shes: ['she', 's'],
		theyre: ['they', 're'],
		youre: ['you', 're'],
		thats: ['that', 's'],
		whats: ['what', 's']
	})
);

export function readWords(text: string): TextWord[] {
	const words: TextWord[] = [];
	let clause = 0;
	let sentence = 0;
	let pendingBreak = false;
	let sentenceStart = true;
	for (const [written] of text.normalize('NFC').matchAll(TOKEN)) {
		// Swedish has no casing rules of its own, so the plain mapping is the Swedish one, and faster.
		const token = written.toLowerCase();
		if (!/[\p{L}\p{N}]/u.test(token)) {
			if (SENTENCE_END.has(token)) sentenceStart = true;
			const previous = words[words.length - 1];
			if (previous && !pendingBreak) previous.after = token.trim();
			pendingBreak = true;
			if (SENTENCE_END.has(token)) sentence++;
			continue;
		}
		if (pendingBreak || CLAUSE_WORDS.has(token)) {
			if (words.length > 0) clause++;
			pendingBreak = false;
		}
		// A capital inside a sentence, not "I": a name. The test is Unicode-aware, as the lowercasing is.
		const isName =
			!sentenceStart && written !== token && token !== 'i' && /^\p{Lu}\p{Ll}/u.test(written);
		sentenceStart = false;
		for (const word of CONTRACTIONS.get(token) ?? [token.slice(0, MAX_WORD_LENGTH)]) {
			words.push({ word, clause, sentence, ...(isName ? { isName: true as const } : {}) });
		}
		if (words.length >= MAX_WORDS) break;
	}
	return words.length > MAX_WORDS ? words.slice(0, MAX_WORDS) : words;
}

/** The words from `first` to `last`, as the text shows them: "jag är 15". */
export function spanOf(words: readonly TextWord[], first: number, last: number): string {
	return words
		.slice(first, last + 1)
		.map(({ word }) => word)
		.join(' ');
}
