import type { TextWord } from '../text/words.js';

/**
 * Care asked for or only named: a nurse, a doctor or a hospital is a wish for care when the
 * writer asks for it, and part of the story otherwise ("a nurse at school helped me"); pain an
 * adult tells in a child's words is what the child said.
 */

/** Carers and places of care, as distinct from words for an injury ("blöder", "pain"). */
const CARE =
	/^(läkar(e|en|na)|doktor(n)?|sjukhus(et)?|akut\w*|gynakuten|barnakuten|gynekolog(en)?|vårdcentral(en)?|1177|vård(en)?|sjukvård(en)?|\w*sjuksköterska(n)?|doctor(s)?|hospital|emergency|room|medical|care|gyn(a)?ecologist|health|centre|center|nurse(s)?)$/;
/** Pain, as told of the body. */
const PAIN = /^(ont|pain|hurts|hurt|sore)$/;
/** Words that ask for something or about going somewhere. */
const ASKS = new Set([
	'vill',
	'behöver',
	'borde',
	'bör',
	'måste',
	'kan',
	'gå',
	'åka',
	'söka',
	'var',
	'vart',
	'hur',
	'vilken',
	'need',
	'needs',
	'want',
	'should',
	'can',
	'could',
	'must',
	'go',
	'see',
	'where',
	'how',
	'which'
]);
/** Saying what someone else said: "säger att", "berättar att", "says", "told me". */
const TELLS = new Set(['säger', 'sa', 'sade', 'berättar', 'berättade', 'says', 'said', 'told']);

export const isCareNamed = (word: string) => CARE.test(word);
export const isPain = (word: string) => PAIN.test(word);

/** Whether the sentence of the word at `at` asks: a question mark, or a word that asks. */
export function asksInSentence(words: readonly TextWord[], at: number): boolean {
	const sentence = words[at]?.sentence;
	return words.some(
		(word) => word.sentence === sentence && (word.after === '?' || ASKS.has(word.word))
	);
}

/** Whether the word at `at` stands in what someone else is told to have said: "han säger att …". */
export function tellsOthersWords(words: readonly TextWord[], at: number): boolean {
	const sentence = words[at]?.sentence;
	return words.some((word, k) => k < at && word.sentence === sentence && TELLS.has(word.word));
}
