import Fuse from 'fuse.js';
import { fold, stemKey, tokenize } from '../text/normalize.js';
import { COMMON_WORDS } from '../text/common-words.js';
import { isStopword, PHRASE_GLUE } from '../text/stopwords.js';
import type { NeedCode } from './codes.js';
import type { Concept, Signal, VocabularyFile } from './vocabulary.js';

export type MatchKind = 'phrase' | 'word' | 'compound' | 'fuzzy';

/** One stretch of the text that was understood, for "this is how we read what you wrote". */
export interface UnderstoodWords {
	words: string;
	needs: NeedCode[];
	signals: Signal[];
	kind: MatchKind;
}

export interface TextUnderstanding {
	/** Need code → how strongly the text points to it (0–1). */
	needs: Map<NeedCode, number>;
	signals: Set<Signal>;
	understood: UnderstoodWords[];
}

/** How much a match of each kind is trusted, relative to an exact word. */
const KIND_WEIGHT: Record<MatchKind, number> = { phrase: 1, word: 1, compound: 0.8, fuzzy: 0.85 };
const FUZZY_THRESHOLD = 0.3;
const FUZZY_MIN_LENGTH = 5;
const COMPOUND_MIN_PART = 4;
const MAX_WORDS = 300;

interface Phrase {
	keys: string[];
	concept: number;
}

interface QueryWord {
	word: string;
	keys: string[];
	isContent: boolean;
}

/** How many other words may stand between two words of a phrase ("hotar att sprida mina bilder"). */
const PHRASE_GAP = 2;

const queryKeys = (word: string) => [
	...new Set([stemKey(word, 'sv'), stemKey(word, 'en'), fold(word)])
];

const isContentWord = (word: string) => !isStopword(word) && (word.length > 1 || /\d/.test(word));

/**
 * Understands free text as young people write it — Swedish or English, slang, compounds, å/ä/ö
 * typed as a/o, misspellings — as need codes and signals, using the vocabulary in `data/`.
 * Exact stems and phrases first; Fuse.js only for words neither the vocabulary nor the catalogue
 * knows, over the vocabulary's own words (a few hundred short strings).
 */
export class TextUnderstander {
	readonly #concepts: readonly Concept[];
	readonly #words = new Map<string, number[]>();
	readonly #phrases = new Map<string, Phrase[]>();
	readonly #fuzzyBuckets = new Map<string, Fuse<{ word: string; concepts: number[] }>>();

	constructor(vocabulary: VocabularyFile) {
		this.#concepts = vocabulary.concepts;
		const fuzzyWords = new Map<string, Set<number>>();
		vocabulary.concepts.forEach((concept, index) => {
			for (const language of ['sv', 'en'] as const) {
				for (const term of concept.terms[language]) {
					const words = tokenize(term).filter((word) => !PHRASE_GLUE.has(word));
					if (words.length === 0 || (words.length === 1 && !isContentWord(words[0] as string))) {
						continue;
					}
					const keys = words.map((word) => stemKey(word, language));
					if (keys.length === 1) {
						addTo(this.#words, keys[0] as string, index);
						addTo(this.#words, fold(words[0] as string), index);
						const folded = fold(words[0] as string);
						if (folded.length >= COMPOUND_MIN_PART) {
							fuzzyWords.set(folded, (fuzzyWords.get(folded) ?? new Set()).add(index));
						}
					} else {
						const list = this.#phrases.get(keys[0] as string) ?? [];
						list.push({ keys, concept: index });
						this.#phrases.set(keys[0] as string, list);
					}
				}
			}
		});
		for (const list of this.#phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);
		const buckets = new Map<string, { word: string; concepts: number[] }[]>();
		for (const [word, concepts] of fuzzyWords) {
			const bucket = buckets.get(word[0] as string) ?? [];
			bucket.push({ word, concepts: [...concepts] });
			buckets.set(word[0] as string, bucket);
		}
		for (const [letter, items] of buckets) {
			this.#fuzzyBuckets.set(
				letter,
				new Fuse(items, {
					keys: ['word'],
					threshold: FUZZY_THRESHOLD,
					includeScore: true,
					ignoreLocation: true
				})
			);
		}
	}

	/**
	 * Reads a text. `isKnownWord` says whether a word (in its index form) is a real word from the
	 * catalogue's own texts, so that correctly spelled words are not fuzzily mistaken for others.
	 */
	understand(
		text: string,
		isKnownWord: (word: string) => boolean = () => false
	): TextUnderstanding {
		const words: QueryWord[] = tokenize(text)
			.slice(0, MAX_WORDS)
			.filter((word) => !PHRASE_GLUE.has(word))
			.map((word) => ({ word, keys: queryKeys(word), isContent: isContentWord(word) }));
		const result: TextUnderstanding = { needs: new Map(), signals: new Set(), understood: [] };
		const consumed = new Uint8Array(words.length);

		words.forEach((_, start) => {
			if (consumed[start]) return;
			const match = this.#phraseAt(words, start);
			if (!match) return;
			for (const position of match.positions) consumed[position] = 1;
			const text = match.positions.map((position) => words[position]?.word).join(' ');
			this.#record(result, [match.phrase.concept], text, 'phrase', 1);
		});

		words.forEach(({ word, keys, isContent }, position) => {
			if (consumed[position] || !isContent) return;
			const exact = unique(keys.flatMap((key) => this.#words.get(key) ?? []));
			if (exact.length > 0) return this.#record(result, exact, word, 'word', 1);
			const parts = this.#compoundParts(word);
			if (parts.length > 0) return this.#record(result, parts, word, 'compound', 1);
			if (
				word.length < FUZZY_MIN_LENGTH ||
				/\d/.test(word) ||
				COMMON_WORDS.has(word) ||
				isKnownWord(stemKey(word, 'sv'))
			) {
				return;
			}
			const fuzzy = this.#fuzzyMatch(word);
			if (fuzzy) this.#record(result, fuzzy.concepts, word, 'fuzzy', 1 - fuzzy.score);
		});
		return result;
	}

	#phraseAt(
		words: readonly QueryWord[],
		start: number
	): { phrase: Phrase; positions: number[] } | undefined {
		const first = words[start];
		if (!first) return undefined;
		let best: { phrase: Phrase; positions: number[] } | undefined;
		for (const key of first.keys) {
			for (const phrase of this.#phrases.get(key) ?? []) {
				if (best && best.positions.length >= phrase.keys.length) continue;
				const positions = matchPhrase(words, start, phrase.keys);
				if (positions) best = { phrase, positions };
			}
		}
		return best;
	}

	/**
	 * Concepts named by the longest known head and the longest known tail of a compound word
	 * ("skolkuratorn" → kurator, "våldtäktsanmälan" → våldtäkt + anmälan).
	 */
	#compoundParts(word: string): number[] {
		if (word.length < 2 * COMPOUND_MIN_PART) return [];
		const conceptsOf = (part: string) =>
			unique(queryKeys(part).flatMap((key) => this.#words.get(key) ?? []));
		const found = new Set<number>();
		for (let split = word.length - COMPOUND_MIN_PART; split >= COMPOUND_MIN_PART; split--) {
			const head = word.slice(0, split);
			// Swedish joins many compounds with an "s" (våldtäkts-anmälan).
			const concepts = [
				...conceptsOf(head),
				...(head.endsWith('s') ? conceptsOf(head.slice(0, -1)) : [])
			];
			if (concepts.length > 0) {
				concepts.forEach((concept) => found.add(concept));
				break;
			}
		}
		for (let split = COMPOUND_MIN_PART; split <= word.length - COMPOUND_MIN_PART; split++) {
			const concepts = conceptsOf(word.slice(split));
			if (concepts.length > 0) {
				concepts.forEach((concept) => found.add(concept));
				break;
			}
		}
		return [...found];
	}

	/**
	 * The vocabulary word a misspelled word most likely means: about one typing error per seven
	 * letters, and a word of about the same length (Fuse.js also finds a word inside a longer one).
	 */
	#fuzzyMatch(word: string): { concepts: number[]; score: number } | undefined {
		const folded = fold(word);
		const allowedErrors = folded.length >= 9 ? 2 : 1;
		const threshold = Math.min(FUZZY_THRESHOLD, (allowedErrors + 0.2) / folded.length);
		const hits = this.#fuzzyBuckets.get(folded[0] as string)?.search(folded, { limit: 5 }) ?? [];
		const hit = hits.find(
			({ item, score = 1 }) =>
				score <= threshold && Math.abs(item.word.length - folded.length) <= allowedErrors
		);
		return hit ? { concepts: hit.item.concepts, score: hit.score ?? 1 } : undefined;
	}

	#record(
		result: TextUnderstanding,
		concepts: readonly number[],
		words: string,
		kind: MatchKind,
		quality: number
	) {
		const needs = new Set<NeedCode>();
		const signals = new Set<Signal>();
		const factor = KIND_WEIGHT[kind] * quality;
		for (const index of concepts) {
			const concept = this.#concepts[index];
			if (!concept) continue;
			for (const [code, weight] of Object.entries(concept.needs ?? {}) as [NeedCode, number][]) {
				const strength = weight * factor;
				if (strength > (result.needs.get(code) ?? 0)) result.needs.set(code, strength);
				needs.add(code);
			}
			if (kind !== 'fuzzy') for (const signal of concept.signals ?? []) signals.add(signal);
		}
		for (const signal of signals) result.signals.add(signal);
		result.understood.push({ words, needs: [...needs], signals: [...signals], kind });
	}
}

/**
 * Where the words of a phrase stand, starting at `start`: each next word within a short gap,
 * except right after a function word ("i går" must be adjacent, "hotar … sprida" may not be).
 */
function matchPhrase(
	words: readonly QueryWord[],
	start: number,
	keys: readonly string[]
): number[] | undefined {
	const positions = [start];
	for (const key of keys.slice(1)) {
		const previous = positions[positions.length - 1] as number;
		const gap = words[previous]?.isContent ? PHRASE_GAP : 0;
		let found = -1;
		for (
			let position = previous + 1;
			position <= previous + 1 + gap && position < words.length;
			position++
		) {
			if (words[position]?.keys.includes(key)) {
				found = position;
				break;
			}
		}
		if (found < 0) return undefined;
		positions.push(found);
	}
	return positions;
}

function addTo(map: Map<string, number[]>, key: string, value: number) {
	const list = map.get(key) ?? [];
	if (!list.includes(value)) list.push(value);
	map.set(key, list);
}

function unique<T>(values: readonly T[]): T[] {
	return [...new Set(values)];
}
