import { stemmer as stemSwedish } from '@orama/stemmers/swedish';
import { stemmer as stemEnglish } from '@orama/stemmers/english';

const NOT_WORD = /[^\p{L}\p{N}]+/u;
const COMBINING_MARKS = /\p{M}/gu;

/** Lowercases in Swedish and splits into words of letters and digits. */
export function tokenize(text: string): string[] {
	return text
		.normalize('NFC')
		.toLowerCase() // the same as the Swedish mapping: Swedish has no casing rules of its own
		.split(NOT_WORD)
		.filter((word) => word.length > 0);
}

/**
 * Folds å, ä, ö and other accented letters to their base letters. In Swedish these are different
 * letters ("får"/"far"), so folded forms are matched as a second, weaker form, never the only one.
 */
export function fold(word: string): string {
	// Most words have no mark at all: then there is nothing to fold (and this is on every word's path).
	if (PLAIN.test(word)) return word;
	return word.replace(/æ/g, 'ae').replace(/ø/g, 'o').normalize('NFD').replace(COMBINING_MARKS, '');
}

const PLAIN = /^[a-z0-9:~-]*$/;

export function stemSv(word: string): string {
	return stemSwedish(word);
}

export function stemEn(word: string): string {
	return stemEnglish(word);
}

/**
 * The key a word is indexed and looked up by: its stem in the text's language (English for
 * 'en', Swedish for anything else), with å/ä/ö folded.
 */
export function stemKey(word: string, language: string): string {
	return fold(language === 'en' ? stemEn(word) : stemSv(word));
}
