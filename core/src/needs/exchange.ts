import type { TextWord } from '../text/words.js';
import type { NeedCode } from './codes.js';
import { firstOf as first, type Match } from './concept-matcher.js';
import { statedAges } from './person-statements.js';
import type { Concept } from './vocabulary.js';

/**
 * Sex said without its words: traded for something, or between an adult and a child under 15.
 * Read from the vocabulary's families (`exchange`: act, benefit, debt, coerced) and the ages the
 * text states.
 */

export type ExchangePart = NonNullable<Concept['exchange']>;

export interface ExchangeContext {
	words: readonly TextWord[];
	/** Matches of each part of the exchange families, already without denied or guessed ones. */
	parts: (part: ExchangePart) => Match[];
}

/** What was read, and the words it was read from, to show. */
export interface ExchangeReading {
	needs: NeedCode[];
	words: string;
	/** The match read as the act traded. */
	act?: Match;
}

const wordsOf = (words: readonly TextWord[], match: Match) =>
	match.at.map((at) => words[at]?.word).join(' ');

/**
 * Sex traded without the words for it: something sexual, said plainly or veiled ("ligga med",
 * "do stuff with him", "be nice to the older guys"), with something given, a place to sleep or
 * a debt, in the same or a neighbouring sentence; with the person made to, also trafficking.
 */
export function readTrade({ words, parts }: ExchangeContext): ExchangeReading | undefined {
	const sentenceOf = (match: Match) => words[first(match)]?.sentence ?? 0;
	const near = (a: Match, b: Match) => Math.abs(sentenceOf(a) - sentenceOf(b)) <= 1;
	const given = [...parts('benefit'), ...parts('debt')];
	const act = parts('act').find((candidate) => given.some((gift) => near(candidate, gift)));
	if (!act) return undefined;
	const gift = given.find((candidate) => near(act, candidate)) as Match;
	const coerced = parts('coerced').some((made) => near(act, made));
	return {
		needs: coerced ? ['sexual-exploitation', 'human-trafficking'] : ['sexual-exploitation'],
		act,
		words: [act, gift]
			.sort((a, b) => first(a) - first(b))
			.map((match) => wordsOf(words, match))
			.join(' … ')
	};
}

/** Sex with a child younger than this is a crime in Sweden, whatever the child says. */
const AGE_OF_CONSENT = 15;
const ADULT_AGE = 18;
const ADULT_WORDS = new Set([
	'vuxen',
	'vuxna',
	'adult',
	'adults',
	'grown',
	'mannen',
	'gubbe',
	'gubben',
	'gubbar',
	'men'
]);

/**
 * Sex between an adult and a child under 15 is abuse whatever the child calls it: "a 13 year old
 * told me she has sex with a 20 year old", "en kille på 20 ligger med mig fast jag är 13". The
 * ages as the text states them (and the request, `ownAge`), or a word for an adult.
 */
export function readUnderAge(
	{ words, parts }: ExchangeContext,
	ownAge: number | undefined
): ExchangeReading | undefined {
	const ages = [...statedAges(words).map(({ value }) => value), ...(ownAge ? [ownAge] : [])];
	if (ages.length === 0 || Math.min(...ages) >= AGE_OF_CONSENT) return undefined;
	const adult = Math.max(...ages) >= ADULT_AGE || words.some(({ word }) => ADULT_WORDS.has(word));
	const act = parts('act')[0];
	if (!adult || !act) return undefined;
	return { needs: ['sexual-abuse'], words: wordsOf(words, act) };
}
