import type { TextWord } from '../text/words.js';
import type { NeedCode } from './codes.js';

/**
 * Taking one's own life, read by when: the vocabulary's words ("ta livet av mig", "kill myself")
 * say it outright, but people also say it in everyday words ("going to end it tonight", "tänker
 * hoppa från bron ikväll", "i'm done. tonight.", "det här är sista natten jag finns"), and a wish
 * to die is not always a plan for now ("ibland vill jag bara dö, men jag skulle aldrig göra nåt",
 * "not tonight but soon"). Danger now is a plan with now or tonight; a wish, a plan for later or
 * one denied is mental health and crisis support, not an emergency.
 *
 * Bounded: each sequence is tried at each word, a fixed amount of work per word.
 */

export interface SuicideReading {
	needs: NeedCode[];
	words: string;
	/** Said for now or tonight, not denied: danger now. */
	isNow: boolean;
}

/**
 * Acts that end one's life, in everyday words. Ambiguous ones ("end it", "i'm done") count only
 * with an intention or a time, and not when something follows that says what ends ("end it with
 * him", "done with school").
 */
const ACTS: readonly (readonly string[])[] = [
	['end', 'it'],
	['end', 'everything'],
	['end', 'my', 'life'],
	['kill', 'myself'],
	['take', 'my', 'life'],
	['take', 'my', 'own', 'life'],
	['jump', 'off'],
	['jump', 'from'],
	['jump', 'in', 'front'],
	['overdose'],
	['take', 'all', 'the', 'pills'],
	['taking', 'all', 'the', 'pills'],
	['i', 'm', 'done'],
	['i', 'am', 'done'],
	['ta', 'livet', 'av', 'mig'],
	['ta', 'mitt', 'liv'],
	['avsluta', 'allt'],
	['avsluta', 'mitt', 'liv'],
	['göra', 'slut', 'på', 'mig'],
	['göra', 'slut', 'på', 'allt'],
	['hoppa', 'från'],
	['hoppa', 'framför'],
	['ta', 'alla', 'tabletter'],
	['ta', 'alla', 'piller']
];
/** Signs that it is planned: a farewell letter, the last night. They say "tonight" themselves. */
const LAST_NIGHT: readonly (readonly string[])[] = [
	['sista', 'natten'],
	['sista', 'kvällen'],
	['last', 'night', 'alive'],
	['tonight', 'is', 'the', 'night']
];
const LETTER: readonly (readonly string[])[] = [
	['wrote', 'the', 'letter'],
	['written', 'the', 'letter'],
	['wrote', 'a', 'letter'],
	['written', 'a', 'letter'],
	['goodbye', 'letter'],
	['suicide', 'note'],
	['skrivit', 'ett', 'brev'],
	['skrivit', 'brevet'],
	['skrev', 'ett', 'brev'],
	['avskedsbrev'],
	['självmordsbrev']
];
/** The act is meant: "going to", "gonna", "will", "'ll", "ska", "tänker", "kommer att". */
const INTENT = new Set(['going', 'gonna', 'will', 'll', 'ska', 'tänker', 'planning', 'plan']);
/** Words after an ambiguous act that say it ends something else: "end it with him". */
const SOMETHING_ELSE = new Set(['with', 'med', 'between', 'for', 'at', 'this', 'the']);
const AMBIGUOUS = new Set(['end it', 'i m done', 'i am done']);
const NOW = new Set(['nu', 'ikväll', 'inatt', 'now', 'tonight', 'rn']);
const NEGATION = new Set(['not', 'inte', 'never', 'aldrig']);

/** Whether `sequence` stands at `at`. */
function startsAt(words: readonly TextWord[], at: number, sequence: readonly string[]): boolean {
	return sequence.every((word, k) => words[at + k]?.word === word);
}

/** "i kväll", "i natt" read as two words. */
function isNowAt(words: readonly TextWord[], at: number): boolean {
	const word = words[at]?.word ?? '';
	return NOW.has(word) || (word === 'i' && ['kväll', 'natt'].includes(words[at + 1]?.word ?? ''));
}

/**
 * Per sentence, whether it or the one after it says now or tonight ("i'm done. tonight."), and
 * whether that now is denied ("not tonight but soon", "inte ikväll"); read once per text.
 */
function nowBySentence(words: readonly TextWord[]) {
	const said = new Set<number>();
	const denied = new Set<number>();
	words.forEach((word, at) => {
		if (!isNowAt(words, at)) return;
		const into = NEGATION.has(words[at - 1]?.word ?? '') ? denied : said;
		into.add(word.sentence);
		into.add(word.sentence - 1);
	});
	return { said, denied };
}

/**
 * A plan to take one's life told in everyday words, and whether it is for now. `conditional` is
 * the reader's hypothetical scope ("what if I …"): a condition is neither a plan nor now.
 */
export function readSuicide(
	words: readonly TextWord[],
	conditional: Uint8Array
): SuicideReading | undefined {
	let found: { at: number; length: number; isNow: boolean } | undefined;
	const offer = (at: number, length: number, isNow: boolean) => {
		if (!found || (isNow && !found.isNow)) found = { at, length, isNow };
	};
	const now = nowBySentence(words);
	const lastNights = new Set(
		words
			.filter((_, k) => LAST_NIGHT.some((sign) => startsAt(words, k, sign)))
			.map((w) => w.sentence)
	);
	const letter = words.some((_, k) => LETTER.some((sign) => startsAt(words, k, sign)));
	words.forEach((word, at) => {
		if (conditional[at]) return;
		const sentence = word.sentence;
		const saysNow = now.said.has(sentence);
		const deniesNow = now.denied.has(sentence);
		for (const act of ACTS) {
			if (!startsAt(words, at, act)) continue;
			const next = words[at + act.length];
			const isAmbiguous = AMBIGUOUS.has(act.join(' '));
			if (
				isAmbiguous &&
				next?.sentence === sentence &&
				next.clause === words[at + act.length - 1]?.clause &&
				SOMETHING_ELSE.has(next.word)
			) {
				continue;
			}
			const before = words.slice(Math.max(0, at - 3), at);
			const meant = before.some((w) => INTENT.has(w.word) && w.sentence === sentence);
			const isNow = (saysNow || lastNights.has(sentence)) && !deniesNow;
			// "end it" or "i'm done" alone may be about anything: only with a time or an intention.
			if (isAmbiguous && !saysNow && !deniesNow && !meant) continue;
			if (!isNow && !meant && !deniesNow) continue;
			offer(at, act.length, isNow);
		}
		// "har skrivit ett brev till mamma. det här är sista natten jag finns"
		for (const sign of LAST_NIGHT) {
			if (!startsAt(words, at, sign)) continue;
			const exists = words
				.slice(at + sign.length, at + sign.length + 4)
				.some((w) => ['finns', 'lever', 'alive', 'here', 'här'].includes(w.word));
			if (letter || exists) offer(at, sign.length, true);
		}
	});
	if (!found) return undefined;
	const { at, length, isNow } = found;
	return {
		needs: ['mental-health', 'crisis-support'],
		words: words
			.slice(at, at + length)
			.map((w) => w.word)
			.join(' '),
		isNow
	};
}

/** Acting denied: "jag skulle aldrig göra nåt", "i'm not going to do anything". */
const DENIED_ACT: readonly (readonly string[])[] = [
	['aldrig', 'göra'],
	['skulle', 'aldrig'],
	['inte', 'göra', 'nåt'],
	['inte', 'göra', 'något'],
	['inte', 'göra', 'det'],
	['tänker', 'inte', 'göra'],
	['not', 'going', 'to', 'do'],
	['won', 't', 'do'],
	['would', 'never'],
	['never', 'do', 'it'],
	['not', 'gonna', 'do']
];
/** Now and then, not now: "ibland vill jag bara dö", "sometimes i wish". */
const AT_TIMES = new Set(['ibland', 'sometimes', 'occasionally', 'emellanåt']);

/**
 * Whether a wish to die at a place is not for now: said as now and then, with acting denied in its
 * sentence or the next, or with now denied ("not tonight"). Such a wish is still read (mental
 * health, crisis support). Reads the text once; the answer for each place is then a look-up.
 */
export function wishNotNowReader(words: readonly TextWord[]): (at: number) => boolean {
	const atTimesClauses = new Set<number>();
	const atTimesSentences = new Set<number>();
	const deniedSentences = new Set<number>();
	let notNow = false;
	words.forEach((w, k) => {
		if (AT_TIMES.has(w.word)) {
			atTimesClauses.add(w.clause);
			atTimesSentences.add(w.sentence);
		}
		if (DENIED_ACT.some((sequence) => startsAt(words, k, sequence))) {
			deniedSentences.add(w.sentence);
			deniedSentences.add(w.sentence - 1);
		}
		if (isNowAt(words, k) && NEGATION.has(words[k - 1]?.word ?? '')) notNow = true;
	});
	return (at) => {
		const word = words[at];
		if (!word) return false;
		return (
			notNow ||
			atTimesClauses.has(word.clause) ||
			atTimesSentences.has(word.sentence) ||
			deniedSentences.has(word.sentence)
		);
	};
}

/** Subjects that make "tar livet av mig" a plan; anything else is a figure ("läxan tar livet av mig"). */
const WRITER: ReadonlySet<string> = new Set([
	'jag',
	'ja',
	'ska',
	'tänker',
	'att',
	'nu',
	'snart',
	'och',
	'så'
]);

/**
 * "den här läxan tar livet av mig", "this homework is killing me": something other than the
 * writer "takes the life" of them, a figure of speech and no wish to die.
 */
export function isFigure(words: readonly TextWord[], first: number): boolean {
	if (isPlayJump(words, first)) return true;
	const word = words[first]?.word;
	if (word === 'tar' || word === 'dödar') {
		const before = words[first - 1];
		return (
			before !== undefined && before.clause === words[first]?.clause && !WRITER.has(before.word)
		);
	}
	return false;
}

const JUMP = new Set(['hoppa', 'hoppar', 'jump', 'jumping']);
/** Where one jumps for play or sport: a trampoline, a rope, a pool, a horse. */
const PLAY =
	/^(studsmatt|trampolin|hopprep|rep$|rope|pool|bassäng|hoppborg|bouncy|häst|horse|fallskärm|parachute|bungee|längd|höjd)/;
const COMPANY = new Set(['med', 'with']);
const COMPANIONS = new Set([
	'mina',
	'min',
	'kompisar',
	'kusiner',
	'vänner',
	'my',
	'friends',
	'cousins'
]);

/**
 * "jag ska hoppa på studsmattan ikväll med mina kusiner", "going to jump on the trampoline": a
 * jump in play or sport, or together with friends, is no plan to die. "ska hoppa från bron" is.
 */
function isPlayJump(words: readonly TextWord[], first: number): boolean {
	const jump = [first, first + 1, first + 2].find((k) => JUMP.has(words[k]?.word ?? ''));
	if (jump === undefined) return false;
	const clause = words[jump]?.clause;
	for (let k = jump + 1; k <= jump + 6 && k < words.length; k++) {
		if (words[k]?.clause !== clause) break;
		const word = words[k]?.word ?? '';
		if (PLAY.test(word)) return true;
		if (COMPANY.has(word) && COMPANIONS.has(words[k + 1]?.word ?? '')) return true;
	}
	return false;
}
