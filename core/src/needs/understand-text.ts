import Fuse from 'fuse.js';
import { fold, stemEn, stemKey, stemSv, tokenize } from '../text/normalize.js';
import { COMMON_WORDS } from '../text/common-words.js';
import { hypotheticalScope, isNegated, negationCues, pastClauses } from '../text/cues.js';
import { isStopword, PHRASE_GLUE } from '../text/stopwords.js';
import { readWords, type TextWord } from '../text/words.js';
import type { Gender } from '../catalogue/schema.js';
import type { NeedCode } from './codes.js';
import { readPersonStatements, type AskerPhrase, type Statement } from './person-statements.js';
import type { Concept, Signal, TextAsker, VocabularyFile } from './vocabulary.js';

export type MatchKind = 'phrase' | 'word' | 'compound' | 'fuzzy';

/** Why words that were understood do not count. */
/** Why words read do not count: denied, a name with no harm beside it, or only who is asking. */
export const SET_ASIDE = ['negated', 'no-evidence', 'who-is-asking'] as const;
export type SetAside = (typeof SET_ASIDE)[number];

/** One stretch of the text that was understood, for "this is how we read what you wrote". */
export interface UnderstoodWords {
	words: string;
	needs: NeedCode[];
	signals: Signal[];
	kind: MatchKind;
	/**
	 * Present when the words do not count: denied ("inte våldtagen"), a name without a harm beside
	 * it ("pappa"), or part of saying who is asking ("polis här", "som socialsekreterare").
	 */
	setAside?: SetAside;
}

export interface TextUnderstanding {
	/** Need code → how strongly the text points to it (0–1). */
	needs: Map<NeedCode, number>;
	signals: Set<Signal>;
	understood: UnderstoodWords[];
	/** What the text says outright about who asks, and the young person's gender and age. */
	asker?: Statement<TextAsker>;
	gender?: Statement<Gender>;
	age?: Statement<number>;
}

/** How much a match of each kind is trusted, relative to an exact word. */
const KIND_WEIGHT: Record<MatchKind, number> = { phrase: 1, word: 1, compound: 0.8, fuzzy: 0.85 };
const FUZZY_THRESHOLD = 0.3;
/** Shorter words have too many neighbours to guess a misspelling ("hello" is not "hemlös"). */
const FUZZY_MIN_LENGTH = 6;
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

/** Signals a condition or the past takes away: "vad händer om …", "för ett år sedan". */
const TIME_SIGNALS: ReadonlySet<Signal> = new Set(['danger-now', 'urgent', 'just-happened']);
/** Concerns that show a harm was done, and how sure the reading of one must be. */
const EVIDENCE_CONCERNS: readonly NeedCode[] = [
	'sexual-abuse',
	'rape',
	'online-sexual-abuse',
	'sexual-exploitation',
	'human-trafficking',
	'abuse-in-family',
	'sexual-harassment'
];
const EVIDENCE_WEIGHT = 0.4;
/** Concerns that must happen in the last days for "it just happened" to matter. */
const RECENT_CONCERNS: readonly NeedCode[] = ['rape', 'sexual-abuse'];

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
}

interface Match {
	concepts: number[];
	/** Places in the text (`TextWord` indexes) of the words matched. */
	at: number[];
	kind: MatchKind;
	quality: number;
}

const first = (match: Match) => match.at[0] as number;
const last = (match: Match) => match.at[match.at.length - 1] as number;

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

function pronounKeys(word: string): string[] {
	return [
		...(POSSESSIVES.has(word) ? [POSSESSIVE_KEY] : []),
		...(OBJECTS.has(word) ? [OBJECT_KEY] : [])
	];
}

/**
 * The keys a word of the text is looked up by: its Swedish and its English stem, each marked with
 * its language (so the Swedish stem of "came" is not the English stem of "camming"), the word
 * itself, and its pronoun class.
 */
const queryKeys = (word: string) => [
	...new Set([`sv:${stemSv(word)}`, `en:${stemEn(word)}`, `w:${word}`, ...pronounKeys(word)])
];

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
	'to',
	'tell',
	'told',
	'berätta',
	'berättade',
	'säga'
]);

/**
 * Understands free text as people write it — Swedish or English, slang, compounds, å/ä/ö typed
 * as a/o, misspellings, denials, conditions and time — as need codes and signals, with who is
 * asking and the gender and age the text states, using the vocabulary in `data/`. Exact stems and
 * phrases first; Fuse.js only for words neither the vocabulary nor the catalogue knows, over the
 * vocabulary's own words (a few hundred short strings).
 */
export class TextUnderstander {
	readonly #file: VocabularyFile;
	readonly #concepts: readonly Concept[];
	/** Single words by key as written, and by key folded (for text typed without å, ä, ö). */
	readonly #exactWords = new Map<string, number[]>();
	readonly #foldedWords = new Map<string, number[]>();
	/** Phrases by their first word's folded key. */
	readonly #phrases = new Map<string, Phrase[]>();
	readonly #fuzzyBuckets = new Map<string, Fuse<{ word: string; concepts: number[] }>>();

	constructor(vocabulary: VocabularyFile) {
		this.#file = vocabulary;
		this.#concepts = vocabulary.concepts;
		const fuzzyWords = new Map<string, Set<number>>();
		vocabulary.concepts.forEach((concept, index) => {
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
						if (fold(word).length >= COMPOUND_MIN_PART && !concept.context) {
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
		const textWords = readWords(text);
		const matches = this.#match(textWords, isKnownWord);
		const consumed = new Uint8Array(textWords.length);
		for (const match of matches) {
			if (match.kind === 'phrase') for (const at of match.at) consumed[at] = 1;
		}
		const cues = negationCues(textWords, consumed);
		const conditional = hypotheticalScope(textWords);
		const negated = matches.map((match) => isNegated(textWords, cues, first(match), last(match)));
		const harms = matches.filter((match, i) => !negated[i] && this.#isEvidence(match));
		const past = new Set([
			...matches
				.filter((match, i) => !negated[i] && this.#hasSignal(match, 'long-ago'))
				.map((match) => textWords[first(match)]?.clause),
			...pastClauses(textWords)
		]);
		const person = this.#readPerson(textWords, matches, negated, harms);
		const statement = person.asker?.at;

		const result: TextUnderstanding = { needs: new Map(), signals: new Set(), understood: [] };
		const adviceWeights: number[] = [];
		const harmSentences = new Set(harms.map((match) => textWords[first(match)]?.sentence ?? 0));
		const nearHarm = (sentence: number) =>
			harmSentences.has(sentence) ||
			harmSentences.has(sentence - 1) ||
			harmSentences.has(sentence + 1);
		matches.forEach((match, i) => {
			const at = first(match);
			const setAside: SetAside | undefined = negated[i]
				? 'negated'
				: statement && at >= statement[0] && last(match) <= statement[1] && !this.#namesAsker(match)
					? 'who-is-asking'
					: this.#isContext(match) &&
						  (!nearHarm(textWords[at]?.sentence ?? 0) ||
								isSomeoneElses(textWords, at, last(match)))
						? 'no-evidence'
						: undefined;
			const inThePast = past.has(textWords[at]?.clause);
			const dropped = new Set<Signal>();
			if (conditional[at]) TIME_SIGNALS.forEach((signal) => dropped.add(signal));
			if (inThePast) dropped.add('danger-now');
			this.#record(result, textWords, match, { setAside, dropped, inThePast });
			if (!setAside && match.concepts.some((index) => this.#concepts[index]?.advice)) {
				adviceWeights.push(KIND_WEIGHT[match.kind] * match.quality);
			}
		});
		this.#settleTime(result, textWords, matches, negated, past);
		if (this.#violenceNow(textWords, matches, negated, conditional, past)) {
			result.signals.add('danger-now');
		}
		this.#addAskerNeeds(result, person.asker?.value ?? 'self', adviceWeights);
		const { asker, gender, age } = person;
		return {
			...result,
			...(asker ? { asker: { value: asker.value, words: asker.words } } : {}),
			...(gender ? { gender } : {}),
			...(age ? { age } : {})
		};
	}

	/** Who is asking, from the vocabulary's phrases and the text's own statements. */
	#readPerson(
		textWords: readonly TextWord[],
		matches: readonly Match[],
		negated: readonly boolean[],
		harms: readonly Match[]
	) {
		const askerPhrases: AskerPhrase[] = [];
		matches.forEach((match, i) => {
			if (negated[i]) return;
			for (const index of match.concepts) {
				const asker = this.#concepts[index]?.asker;
				if (!asker) continue;
				// "av min kompis", "med min kompis", "berätta för min kompis": not the friend asked about.
				if (asker === 'friend' && isDoerOrCompany(textWords, first(match))) continue;
				askerPhrases.push({ asker, first: first(match), last: last(match) });
			}
		});
		const ownBehaviour = matches.some(
			(match, i) =>
				!negated[i] &&
				match.concepts.some(
					(index) => (this.#concepts[index]?.needs?.['worried-about-own-behaviour'] ?? 0) >= 0.5
				)
		);
		return readPersonStatements(
			textWords,
			askerPhrases,
			harms.map((match) => ({ first: first(match), last: last(match) })),
			ownBehaviour
		);
	}

	/** Phrases first (longest at each place), then single words, compounds and misspellings. */
	#match(textWords: readonly TextWord[], isKnownWord: (word: string) => boolean): Match[] {
		const words: QueryWord[] = [];
		textWords.forEach(({ word }, at) => {
			if (!PHRASE_GLUE.has(word)) {
				const keys = queryKeys(word);
				words.push({
					word,
					at,
					keys,
					foldedKeys: [...new Set(keys.map(fold))],
					hasMarks: hasMarks(word),
					isContent: isContentWord(word)
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
		words.forEach(({ word, isContent, at }, position) => {
			if (consumed[position] || !isContent) return;
			if (!seen.has(word)) seen.set(word, this.#wordMatch(word, isKnownWord, budget));
			const found = seen.get(word);
			if (found) matches.push({ ...found, at: [at] });
		});
		return matches.sort((a, b) => (a.at[0] as number) - (b.at[0] as number));
	}

	/** Concepts of a single word: written with å, ä, ö it must match as written. */
	#conceptsOf(word: string): number[] {
		// A common word spelled right is itself, not a vocabulary word typed without å ("sparat").
		const words = hasMarks(word) || COMMON_WORDS.has(word) ? this.#exactWords : this.#foldedWords;
		return unique(queryKeys(word).flatMap((key) => words.get(key) ?? []));
	}

	#wordMatch(
		word: string,
		isKnownWord: (word: string) => boolean,
		budget: { compound: number; fuzzy: number }
	): { concepts: number[]; kind: MatchKind; quality: number } | null {
		const exact = this.#conceptsOf(word);
		if (exact.length > 0) return { concepts: exact, kind: 'word', quality: 1 };
		const parts = this.#compoundParts(word, budget);
		if (parts.length > 0) return { concepts: parts, kind: 'compound', quality: 1 };
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
		const hit = hits.find(
			({ item, score = 1 }) =>
				score <= threshold && Math.abs(item.word.length - folded.length) <= allowedErrors
		);
		return hit ? { concepts: hit.item.concepts, score: hit.score ?? 1 } : undefined;
	}

	/**
	 * Whether a match names a harm that makes a name count ("pappa" + "slår mig"): something done
	 * to someone, or danger now. Feeling bad is not a harm done; honour and partner violence name
	 * their own relation, so they do not make "pappa" abuse at home.
	 */
	#isEvidence(match: Match): boolean {
		return match.concepts.some((index) => {
			const concept = this.#concepts[index];
			if (!concept || concept.context) return false;
			if (match.kind !== 'fuzzy' && concept.signals?.includes('danger-now')) return true;
			return (Object.entries(concept.needs ?? {}) as [NeedCode, number][]).some(
				([code, weight]) => weight >= EVIDENCE_WEIGHT && EVIDENCE_CONCERNS.includes(code)
			);
		});
	}

	/**
	 * Violence going on now is danger now, said in words that are not themselves an alarm: "pappa
	 * är full och slår sönder saker just nu", "han slår mig nu" (the violence and the "now" in one
	 * clause, neither denied, conditional or in the past).
	 */
	#violenceNow(
		textWords: readonly TextWord[],
		matches: readonly Match[],
		negated: readonly boolean[],
		conditional: Uint8Array,
		past: ReadonlySet<number | undefined>
	): boolean {
		const live = (match: Match, i: number) =>
			!negated[i] && !conditional[first(match)] && !past.has(textWords[first(match)]?.clause);
		const clauses = (keep: (match: Match) => boolean) =>
			new Set(
				matches
					.filter((match, i) => live(match, i) && keep(match))
					.map((match) => textWords[first(match)]?.clause)
			);
		const violence = clauses((match) => match.kind !== 'fuzzy' && this.#namesViolence(match));
		const now = clauses((match) => match.kind !== 'fuzzy' && this.#hasSignal(match, 'urgent'));
		return [...now].some((clause) => violence.has(clause));
	}

	#namesViolence(match: Match): boolean {
		return match.concepts.some((index) => {
			const concept = this.#concepts[index];
			if (!concept || concept.context) return false;
			const needs = concept.needs ?? {};
			return (needs['abuse-in-family'] ?? 0) >= 0.4 || (needs['partner-violence'] ?? 0) >= 0.4;
		});
	}

	#namesAsker(match: Match): boolean {
		return match.concepts.some((index) => this.#concepts[index]?.asker !== undefined);
	}

	#isContext(match: Match): boolean {
		return match.concepts.every((index) => this.#concepts[index]?.context === true);
	}

	#hasSignal(match: Match, signal: Signal): boolean {
		return match.concepts.some((index) => this.#concepts[index]?.signals?.includes(signal));
	}

	#record(
		result: TextUnderstanding,
		textWords: readonly TextWord[],
		match: Match,
		{
			setAside,
			dropped,
			inThePast
		}: { setAside: SetAside | undefined; dropped: ReadonlySet<Signal>; inThePast: boolean }
	) {
		const needs = new Set<NeedCode>();
		const signals = new Set<Signal>();
		const factor = KIND_WEIGHT[match.kind] * match.quality;
		for (const index of match.concepts) {
			const concept = this.#concepts[index];
			if (!concept) continue;
			for (const [code, weight] of Object.entries(concept.needs ?? {}) as [NeedCode, number][]) {
				needs.add(code);
				// Crisis support is for now: a crisis long ago is not one today.
				if (setAside || (inThePast && code === 'crisis-support')) continue;
				const strength = weight * factor;
				if (strength > (result.needs.get(code) ?? 0)) result.needs.set(code, strength);
			}
			// A guessed word, or a part of one, never raises an alarm or sets a time.
			if (match.kind === 'fuzzy' || match.kind === 'compound') continue;
			for (const signal of concept.signals ?? []) {
				if (dropped.has(signal)) continue;
				signals.add(signal);
				if (!setAside) result.signals.add(signal);
			}
		}
		result.understood.push({
			words: match.at.map((position) => textWords[position]?.word).join(' '),
			needs: [...needs],
			signals: [...signals],
			kind: match.kind,
			...(setAside ? { setAside } : {})
		});
	}

	/**
	 * "It just happened" holds unless every harm it could be about is placed in the past ("förra
	 * året blev jag våldtagen, och igår såg jag honom"); "long ago" is said only when it does not.
	 */
	#settleTime(
		result: TextUnderstanding,
		textWords: readonly TextWord[],
		matches: readonly Match[],
		negated: readonly boolean[],
		pastClauses: ReadonlySet<number | undefined>
	) {
		if (result.signals.has('just-happened') && pastClauses.size > 0) {
			const recentClauses = new Set<number | undefined>();
			const concernClauses = new Set<number | undefined>();
			matches.forEach((match, i) => {
				if (negated[i]) return;
				const clause = textWords[match.at[0] as number]?.clause;
				if (this.#hasSignal(match, 'just-happened')) recentClauses.add(clause);
				const concepts = match.concepts.map((index) => this.#concepts[index]);
				if (concepts.some((c) => RECENT_CONCERNS.some((code) => (c?.needs?.[code] ?? 0) >= 0.5))) {
					concernClauses.add(clause);
				}
			});
			const allPast = [...concernClauses].every((clause) => pastClauses.has(clause));
			const together = [...recentClauses].some((clause) => concernClauses.has(clause));
			if (concernClauses.size > 0 && allPast && !together) result.signals.delete('just-happened');
		}
		if (result.signals.has('just-happened')) result.signals.delete('long-ago');
		else if (pastClauses.size > 0) result.signals.add('long-ago');
	}

	/** A request for advice means what the asker needs; what an adult describes may add more. */
	#addAskerNeeds(result: TextUnderstanding, asker: TextAsker | 'self', adviceWeights: number[]) {
		const entry = this.#file.askers[asker];
		const raise = (code: NeedCode, weight: number) => {
			if (weight > (result.needs.get(code) ?? 0)) result.needs.set(code, weight);
		};
		if (entry.advice !== 'someone-to-talk-to') {
			const talk = result.needs.get('someone-to-talk-to');
			if (talk !== undefined) {
				adviceWeights.push(talk);
				result.needs.delete('someone-to-talk-to');
			}
		}
		raise(entry.advice, Math.max(0, ...adviceWeights));
		for (const [code, weight] of Object.entries(entry.reads ?? {}) as [NeedCode, number][]) {
			raise(code, weight);
		}
		const { withConcerns } = entry;
		if (withConcerns?.concerns.some((code) => (result.needs.get(code) ?? 0) >= 0.5)) {
			for (const [code, weight] of Object.entries(withConcerns.needs) as [NeedCode, number][]) {
				raise(code, weight);
			}
		}
	}
}

/**
 * Whether a name is someone else's, or only the one told: "min kompis pappa", "my friend's dad",
 * "my sister's boyfriend", "berätta för mamma", "till min familj".
 */
function isSomeoneElses(words: readonly TextWord[], first: number, last: number): boolean {
	const before = words[first - 1]?.word ?? '';
	const after = words[last + 1]?.word ?? '';
	if (before === 's' || after === 's' || OTHER_PEOPLE.has(before)) return true;
	if (OTHER_PEOPLE.has(words[last]?.word ?? '') && PEOPLE_AFTER.has(after)) return true;
	return RECIPIENT_WORDS.has(before) || RECIPIENT_WORDS.has(words[first - 2]?.word ?? '');
}

/** Whether a friend named is the one who did it, was only there, or was told: "av min kompis". */
function isDoerOrCompany(words: readonly TextWord[], first: number): boolean {
	const near = [words[first - 1]?.word ?? '', words[first - 2]?.word ?? ''];
	return near.some((word) => DOER_WORDS.has(word) || RECIPIENT_WORDS.has(word));
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
			if (matches(words[position], k)) {
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
