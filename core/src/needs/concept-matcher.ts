import Fuse from 'fuse.js';
import { COMMON_WORDS } from '../text/common-words.js';
import { fold, stemEn, stemKey, stemSv, tokenize } from '../text/normalize.js';
import { isPersonGenitive, isPersonNoun } from '../text/people.js';
import { isStopword, PHRASE_GLUE } from '../text/stopwords.js';
import type { TextWord } from '../text/words.js';
import type { Concept } from './vocabulary.js';

export type MatchKind = 'phrase' | 'word' | 'compound' | 'fuzzy' | 'together';

/** Where the vocabulary's concepts stand in a text: one phrase or word, and how it was found. */
export interface Match {
	concepts: number[];
	/** Places in the text (`TextWord` indexes) of the words matched. */
	at: number[];
	kind: MatchKind;
	/** 0–1: how close a misspelling was; 1 otherwise. */
	quality: number;
}

export const firstOf = (match: Match) => match.at[0] as number;
export const lastOf = (match: Match) => match.at[match.at.length - 1] as number;

/** How much a match is trusted, relative to an exact word. */
export function trustOf(match: Match): number {
	return KIND_WEIGHT[match.kind] * match.quality;
}

/** How much a match of each kind is trusted, relative to an exact word. */
const KIND_WEIGHT: Record<MatchKind, number> = {
	phrase: 1,
	word: 1,
	compound: 0.8,
	fuzzy: 0.85,
	// Words that mean it only together say it less surely than a word for it.
	together: 0.8
};
const FUZZY_THRESHOLD = 0.3;
/** Shorter words have too many neighbours to guess a misspelling ("hello" is not "hemlös"). */
const FUZZY_MIN_LENGTH = 6;
/** Shorter words are read as one slip of the fingers only: two letters swapped, "z" for "s". */
const SLIP_MIN_LENGTH = 5;
const SLIP_QUALITY = 0.85;
/**
 * Names of family and partners are long enough to guess from here ("styvfasr" is "styvfar");
 * shorter ones are misread too easily ("parken" is not "pappan").
 */
const CONTEXT_FUZZY_MIN_LENGTH = 7;
const COMPOUND_MIN_PART = 4;
/**
 * The bounds of one reading: no Swedish compound or misspelling is longer than these, and each
 * text gets at most this many compound look-ups and fuzzy searches, so a hostile text costs about
 * what an ordinary one does.
 */
const COMPOUND_MAX_LENGTH = 30;
const FUZZY_MAX_LENGTH = 24;
const COMPOUND_LOOKUPS_PER_TEXT = 400;
const FUZZY_SEARCHES_PER_TEXT = 16;

interface Phrase {
	/** Each word's key as written (å, ä, ö kept) and folded (å, ä, ö as a, a, o). */
	exact: string[];
	folded: string[];
	/** Every concept that has this phrase ("i natt": it is urgent, and it just happened). */
	concepts: number[];
}

/** A word of the text as matching sees it: glue words left out, `at` its place in the text. */
interface QueryWord {
	word: string;
	at: number;
	keys: string[];
	/** The keys folded, to find the phrases that may start here. */
	foldedKeys: string[];
	/** Written with å, ä, ö (or another mark): then only keys written the same way match. */
	hasMarks: boolean;
	isContent: boolean;
	sentence: number;
}

/** How many other words may stand between two words of a phrase ("hotar att sprida mina bilder"). */
const PHRASE_GAP = 2;

/**
 * Pronouns stand for any person in the vocabulary's phrases: "tar på mig" also reads "tar på
 * henne", "my stepdad" also "her stepdad". The phrases that say who is asking keep their own words.
 */
const POSSESSIVES = new Set([
	'my',
	'his',
	'her',
	'their',
	'your',
	'our',
	'min',
	'mitt',
	'mina',
	'hans',
	'hennes',
	'hens',
	'deras',
	'sin',
	'sitt',
	'sina',
	'din',
	'ditt',
	'dina',
	'vår',
	'vårt',
	'våra'
]);
const OBJECTS = new Set([
	'me',
	'him',
	'her',
	'them',
	'us',
	'mig',
	'mej',
	'honom',
	'henne',
	'hen',
	'dem',
	'dom',
	'oss'
]);
const POSSESSIVE_KEY = '~possessive';
const OBJECT_KEY = '~object';
/** A name in the text ("Jens"); in the vocabulary's words that count together, "~name". */
const NAME_KEY = '~name';
/**
 * A word for a person who may do something, as people.ts reads one ("grannen", "mammas",
 * "fritidsfröken", "guy"); in the vocabulary's words that count together, "~person".
 */
const PERSON_KEY = '~person';
const PLACEHOLDERS = new Set([NAME_KEY, PERSON_KEY]);

/**
 * The keys a word of the text is looked up by: its Swedish and its English stem, each marked with
 * its language (so the Swedish stem of "came" is not the English stem of "camming"), the word
 * itself, and its pronoun class.
 */
function queryKeys(word: string, isName = false): string[] {
	const keys = [`sv:${stemSv(word)}`, `en:${stemEn(word)}`, `w:${word}`];
	const written = CHAT_SPELLINGS.get(word);
	if (written) keys.push(`sv:${stemSv(written)}`, `w:${written}`);
	if (POSSESSIVES.has(word)) keys.push(POSSESSIVE_KEY);
	if (OBJECTS.has(word)) keys.push(OBJECT_KEY);
	if (isName) keys.push(NAME_KEY);
	if (isPersonNoun(word) || isPersonGenitive(word)) keys.push(PERSON_KEY);
	return keys;
}

/**
 * Swedish as chat writes it, for the vocabulary's phrases: "tänker på de hela tiden" is "… det
 * …", "vill prata me nån" is "… med …". The word keeps its own keys too ("de" is also "they").
 */
const CHAT_SPELLINGS = new Map([
	['de', 'det'],
	['ja', 'jag'],
	['me', 'med'],
	['e', 'är'],
	['int', 'inte']
]);

const hasMarks = (word: string) => fold(word) !== word;

/** The key a vocabulary word is indexed by, in its term's language. */
function termKey(word: string, language: 'sv' | 'en', generalize: boolean): string {
	if (generalize) {
		// The vocabulary writes its phrases in the first person: "mig", "my".
		if (['my', 'min', 'mitt', 'mina'].includes(word)) return POSSESSIVE_KEY;
		if (['me', 'mig', 'mej'].includes(word)) return OBJECT_KEY;
	}
	return language === 'en' ? `en:${stemEn(word)}` : `sv:${stemSv(word)}`;
}

const isContentWord = (word: string) => !isStopword(word) && (word.length > 1 || /\d/.test(word));

/**
 * Finds the vocabulary's concepts in a text: exact stems and phrases first (the longest phrase
 * wins where phrases overlap), then compounds, then Fuse.js for misspellings, only for words
 * neither the vocabulary nor the catalogue knows, over the vocabulary's own words (a few hundred
 * short strings). Built once per vocabulary.
 */
export class ConceptMatcher {
	/** Single words by key as written, and by key folded (for text typed without å, ä, ö). */
	readonly #exactWords = new Map<string, number[]>();
	readonly #foldedWords = new Map<string, number[]>();
	/** Phrases by their first word's folded key. */
	readonly #phrases = new Map<string, Phrase[]>();
	/** Concepts whose words may be guessed from a slip of the fingers: no names of people. */
	readonly #fuzzyConcepts = new Set<number>();
	readonly #fuzzyBuckets = new Map<string, Fuse<{ word: string; concepts: number[] }>>();
	/** Per concept with words that count together: each group's keys, and how they may stand. */
	readonly #together: {
		concept: number;
		groups: Set<string>[];
		lastAfter: ReadonlySet<string> | undefined;
		acrossSentences: boolean;
	}[] = [];
	/**
	 * For each key, the words-together entries with a group that has it, and that group's bit: a
	 * sentence is only searched for an entry once every one of its groups has a word there.
	 */
	readonly #togetherByKey = new Map<string, { entry: number; bit: number }[]>();

	constructor(concepts: readonly Concept[]) {
		const fuzzyWords = new Map<string, Set<number>>();
		concepts.forEach((concept, index) => {
			for (const language of ['sv', 'en'] as const) {
				for (const term of concept.terms[language]) {
					const words = tokenize(term).filter((word) => !PHRASE_GLUE.has(word));
					if (words.length === 0 || (words.length === 1 && !isContentWord(words[0] as string))) {
						continue;
					}
					const exact = words.map((word) => termKey(word, language, !concept.asker));
					const folded = exact.map(fold);
					if (exact.length === 1) {
						const word = words[0] as string;
						for (const key of [exact[0] as string, `w:${word}`]) {
							addTo(this.#exactWords, key, index);
							addTo(this.#foldedWords, fold(key), index);
						}
						// Names of people and places are misread too easily ("parken" is not "pappan").
						const minLength = concept.context ? CONTEXT_FUZZY_MIN_LENGTH : COMPOUND_MIN_PART;
						if (fold(word).length >= minLength) {
							if (!concept.context) this.#fuzzyConcepts.add(index);
							const key = fold(word);
							fuzzyWords.set(key, (fuzzyWords.get(key) ?? new Set()).add(index));
						}
					} else {
						const list = this.#phrases.get(folded[0] as string) ?? [];
						const same = list.find((phrase) => phrase.exact.join(' ') === exact.join(' '));
						if (same) {
							if (!same.concepts.includes(index)) same.concepts.push(index);
						} else list.push({ exact, folded, concepts: [index] });
						this.#phrases.set(folded[0] as string, list);
					}
				}
			}
		});
		for (const list of this.#phrases.values()) list.sort((a, b) => b.exact.length - a.exact.length);
		concepts.forEach((concept, index) => {
			for (const language of ['sv', 'en'] as const) {
				const groups = concept.together?.[language] ?? [];
				if (groups.length === 0) continue;
				const lastAfter = concept.together?.lastAfter?.[language];
				this.#together.push({
					concept: index,
					groups: groups.map(
						(words) =>
							new Set(
								words.map((word) =>
									PLACEHOLDERS.has(word) ? word : termKey(word, language, false)
								)
							)
					),
					lastAfter: lastAfter ? new Set(lastAfter) : undefined,
					acrossSentences: concept.together?.acrossSentences === true
				});
			}
		});
		this.#together.forEach(({ groups }, entry) => {
			groups.forEach((keys, group) => {
				for (const key of keys) {
					const list = this.#togetherByKey.get(key) ?? [];
					list.push({ entry, bit: 1 << group });
					this.#togetherByKey.set(key, list);
				}
			});
		});
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

	/** Phrases first (longest at each place), then single words, compounds and misspellings. */
	match(textWords: readonly TextWord[], isKnownWord: (word: string) => boolean): Match[] {
		const words: QueryWord[] = [];
		textWords.forEach(({ word, isName }, at) => {
			if (!PHRASE_GLUE.has(word)) {
				const keys = queryKeys(word, isName);
				const marked = hasMarks(word);
				words.push({
					word,
					at,
					keys,
					// A word without marks has stems without them too: nothing to fold.
					foldedKeys: marked ? keys.map(fold) : keys,
					hasMarks: marked,
					isContent: isContentWord(word),
					sentence: textWords[at]?.sentence ?? 0
				});
			}
		});
		const matches: Match[] = [];
		const consumed = new Uint8Array(words.length);
		// The longest phrase wins where phrases overlap: "han tvingade mig till sex" is rape, not
		// "han tvingade mig" and a stray "sex".
		const found = words
			.map((_, start) => this.#phraseAt(words, start))
			.filter((match) => match !== undefined)
			.sort((a, b) => b.positions.length - a.positions.length || a.positions[0]! - b.positions[0]!);
		for (const { phrase, positions } of found) {
			if (positions.some((position) => consumed[position])) continue;
			for (const position of positions) consumed[position] = 1;
			matches.push({
				concepts: phrase.concepts,
				at: positions.map((position) => words[position]?.at as number),
				kind: 'phrase',
				quality: 1
			});
		}
		const budget = { compound: COMPOUND_LOOKUPS_PER_TEXT, fuzzy: FUZZY_SEARCHES_PER_TEXT };
		const seen = new Map<string, { concepts: number[]; kind: MatchKind; quality: number } | null>();
		words.forEach((word, position) => {
			if (consumed[position] || !word.isContent) return;
			if (!seen.has(word.word)) seen.set(word.word, this.#wordMatch(word, isKnownWord, budget));
			const found = seen.get(word.word);
			if (found) matches.push({ ...found, at: [word.at] });
		});
		matches.push(...this.#togetherIn(textWords, words));
		return matches.sort((a, b) => (a.at[0] as number) - (b.at[0] as number));
	}

	/**
	 * Concepts whose groups of words all stand in one sentence (or two neighbouring ones, where the
	 * concept allows it), each group by one word.
	 */
	#togetherIn(textWords: readonly TextWord[], words: readonly QueryWord[]): Match[] {
		const found: Match[] = [];
		if (this.#together.length === 0) return found;
		const sentences = new Map<number, QueryWord[]>();
		/** Per sentence, per entry: the bits of the groups that have a word in the sentence. */
		const groupsIn = new Map<number, Uint32Array>();
		for (const word of words) {
			const sentence = textWords[word.at]?.sentence ?? 0;
			const inSentence = sentences.get(sentence);
			if (inSentence) inSentence.push(word);
			else sentences.set(sentence, [word]);
			let bits = groupsIn.get(sentence);
			if (!bits) groupsIn.set(sentence, (bits = new Uint32Array(this.#together.length)));
			for (const key of word.keys) {
				for (const { entry, bit } of this.#togetherByKey.get(key) ?? []) bits[entry]! |= bit;
			}
		}
		/** Whether the word at `at` follows one of `after` within three words of its sentence. */
		const follows = (at: number, after: ReadonlySet<string>) => {
			for (let i = at - 1; i >= at - 3 && i >= 0; i--) {
				if (textWords[i]?.sentence !== textWords[at]?.sentence) return false;
				if (after.has(textWords[i]?.word ?? '')) return true;
			}
			return false;
		};
		const seen = new Set<string>();
		for (const [sentence, inSentence] of sentences) {
			const here = groupsIn.get(sentence);
			const next = groupsIn.get(sentence + 1);
			for (const [
				entry,
				{ concept, groups, lastAfter, acrossSentences }
			] of this.#together.entries()) {
				const bits = (here?.[entry] ?? 0) | (acrossSentences ? (next?.[entry] ?? 0) : 0);
				if (bits !== 2 ** groups.length - 1) continue;
				const near = acrossSentences
					? [...inSentence, ...(sentences.get(sentence + 1) ?? [])]
					: inSentence;
				const at = groups.map(
					(keys, g) =>
						near.find(
							(word) =>
								word.keys.some((key) => keys.has(key)) &&
								(g < groups.length - 1 || !lastAfter || follows(word.at, lastAfter))
						)?.at
				);
				const key = `${concept}:${at.join(',')}`;
				if (at.every((position) => position !== undefined) && !seen.has(key)) {
					seen.add(key);
					found.push({
						concepts: [concept],
						at: [...new Set(at)].sort((a, b) => a - b),
						kind: 'together',
						quality: 1
					});
				}
			}
		}
		return found;
	}

	/** Concepts of a single word: written with å, ä, ö it must match as written. */
	#conceptsOf(
		word: string,
		keys: readonly string[] = queryKeys(word),
		marked = hasMarks(word)
	): number[] {
		// A common word spelled right is itself, not a vocabulary word typed without å ("sparat").
		const words = marked || COMMON_WORDS.has(word) ? this.#exactWords : this.#foldedWords;
		const found: number[] = [];
		for (const key of keys) {
			for (const concept of words.get(key) ?? []) if (!found.includes(concept)) found.push(concept);
		}
		return found;
	}

	#wordMatch(
		{ word, keys, hasMarks: marked }: QueryWord,
		isKnownWord: (word: string) => boolean,
		budget: { compound: number; fuzzy: number }
	): { concepts: number[]; kind: MatchKind; quality: number } | null {
		const exact = this.#conceptsOf(word, keys, marked);
		if (exact.length > 0) return { concepts: exact, kind: 'word', quality: 1 };
		// A common word spelled right is itself, not a compound of vocabulary words ("valdagen").
		if (COMMON_WORDS.has(word)) return null;
		const parts = this.#compoundParts(word, budget);
		if (parts.length > 0) return { concepts: parts, kind: 'compound', quality: 1 };
		const slip = this.#slipMatch(word);
		if (slip.length > 0) return { concepts: slip, kind: 'fuzzy', quality: SLIP_QUALITY };
		if (
			word.length < FUZZY_MIN_LENGTH ||
			word.length > FUZZY_MAX_LENGTH ||
			budget.fuzzy <= 0 ||
			/\d/.test(word) ||
			COMMON_WORDS.has(word) ||
			isKnownWord(stemKey(word, 'sv'))
		) {
			return null;
		}
		budget.fuzzy--;
		const fuzzy = this.#fuzzyMatch(word);
		return fuzzy ? { concepts: fuzzy.concepts, kind: 'fuzzy', quality: 1 - fuzzy.score } : null;
	}

	/**
	 * A short word typed with one slip that leaves no doubt: two letters swapped ("raepd" is
	 * "raped", "nudse" is "nudes"), or chat's "z" for a last "s" ("nudez"). Only for words of
	 * SLIP_MIN_LENGTH letters or more, below the length the fuzzy search takes: a few look-ups.
	 */
	#slipMatch(word: string): number[] {
		if (word.length < SLIP_MIN_LENGTH || word.length >= FUZZY_MIN_LENGTH || /\d/.test(word)) {
			return [];
		}
		if (COMMON_WORDS.has(word)) return [];
		const candidates = word.endsWith('z') ? [`${word.slice(0, -1)}s`] : [];
		for (let i = 0; i + 1 < word.length; i++) {
			if (word[i] === word[i + 1]) continue;
			candidates.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
		}
		for (const candidate of candidates) {
			const concepts = this.#conceptsOf(candidate).filter((index) =>
				this.#fuzzyConcepts.has(index)
			);
			if (concepts.length > 0) return concepts;
		}
		return [];
	}

	#phraseAt(
		words: readonly QueryWord[],
		start: number
	): { phrase: Phrase; positions: number[] } | undefined {
		const first = words[start];
		if (!first) return undefined;
		let best: { phrase: Phrase; positions: number[] } | undefined;
		for (const key of first.foldedKeys) {
			for (const phrase of this.#phrases.get(key) ?? []) {
				if (best && best.positions.length >= phrase.exact.length) continue;
				const positions = matchPhrase(words, start, phrase);
				if (positions) best = { phrase, positions };
			}
		}
		return best;
	}

	/**
	 * Concepts named by the longest known head and the longest known tail of a compound word
	 * ("skolkuratorn" → kurator, "våldtäktsanmälan" → våldtäkt + anmälan), within the text's
	 * budget of look-ups.
	 */
	#compoundParts(word: string, budget: { compound: number }): number[] {
		if (word.length < 2 * COMPOUND_MIN_PART || word.length > COMPOUND_MAX_LENGTH) return [];
		const conceptsOf = (part: string) => {
			budget.compound--;
			return this.#conceptsOf(part);
		};
		const found = new Set<number>();
		for (let split = word.length - COMPOUND_MIN_PART; split >= COMPOUND_MIN_PART; split--) {
			if (budget.compound <= 0) return [...found];
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
			if (budget.compound <= 0) break;
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
		// A name of family is guessed only from a long word that is not another form of it
		// ("farbrorn", the man, is not "farbror", the uncle).
		const isName = (item: { word: string; concepts: number[] }) =>
			!item.concepts.some((index) => this.#fuzzyConcepts.has(index));
		const hit = hits.find(
			({ item, score = 1 }) =>
				score <= threshold &&
				Math.abs(item.word.length - folded.length) <= allowedErrors &&
				(!isName(item) ||
					(folded.length >= CONTEXT_FUZZY_MIN_LENGTH &&
						!folded.startsWith(item.word) &&
						!item.word.startsWith(folded)))
		);
		return hit ? { concepts: hit.item.concepts, score: hit.score ?? 1 } : undefined;
	}
}

/**
 * Where the words of a phrase stand, starting at `start`: each next word within a short gap,
 * except right after a function word ("i går" must be adjacent, "hotar … sprida" may not be).
 */
function matchPhrase(
	words: readonly QueryWord[],
	start: number,
	phrase: Phrase
): number[] | undefined {
	const matches = (word: QueryWord | undefined, k: number) =>
		word !== undefined &&
		word.keys.includes((word.hasMarks ? phrase.exact[k] : phrase.folded[k]) as string);
	if (!matches(words[start], 0)) return undefined;
	const positions = [start];
	for (let k = 1; k < phrase.exact.length; k++) {
		const previous = positions[positions.length - 1] as number;
		const gap = words[previous]?.isContent ? PHRASE_GAP : 0;
		let found = -1;
		for (
			let position = previous + 1;
			position <= previous + 1 + gap && position < words.length;
			position++
		) {
			// A phrase is said in one sentence: "vill inte skada nån. finns det …" is no "vill inte finnas".
			if (words[position]?.sentence !== words[start]?.sentence) break;
			if (matches(words[position], k)) {
				found = position;
				break;
			}
		}
		if (found < 0) return undefined;
		positions.push(found);
	}
	// "told me her mum's boyfriend …": a phrase does not end on an owner, whose "'s" it leaves out.
	const end = positions[positions.length - 1] as number;
	if (phrase.exact.length > 1 && words[end + 1]?.word === 's') return undefined;
	return positions;
}

function addTo(map: Map<string, number[]>, key: string, value: number) {
	const list = map.get(key) ?? [];
	if (!list.includes(value)) list.push(value);
	map.set(key, list);
}
