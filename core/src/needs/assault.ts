import { isPersonGenitive, isPersonNoun, THIRD_PERSON } from '../text/people.js';
import type { TextWord } from '../text/words.js';
import type { NeedCode } from './codes.js';

/**
 * A sexual assault told without its words, read from a small grammar rather than from phrases:
 *
 * - being made to do something sexual: a verb of force and a sexual word after it ("han tvingade
 *   mig att göra sexuella grejer", "he made me do sexual stuff", "pressured me into sex things");
 * - an act the writer did not want: "gjorde saker jag inte ville", "did stuff i didnt want";
 * - going on after a no, or holding the person down: "han slutade inte när jag sa sluta", "he
 *   didn't stop when i said stop", "höll fast mig och gjorde det ändå", which is rape;
 * - waking up beside him, undressed or in his bed, in a text that says it was not wanted ("woke
 *   up next to him … i know i didnt want it", "next to a guy from the party"), which is rape too;
 * - sex had with someone that the writer did not or never wanted ("i never wanted to have sex with
 *   him", "killen hade sex med mig fast jag inte ville"), which is rape;
 * - someone touching a child's genitals, in a small child's words or a young person's ("tar på
 *   snippan", "touches my private parts", "puts his hand in my pants"), whoever it is: sexual
 *   abuse; not a child touching themselves ("tar på sin snippa").
 *
 * Each reading holds only in a sentence that is not a condition, and not when the force is
 * denied right before it ("he didn't force me"). Body signs ("det gör ont", "sore", "bleeding")
 * are read apart, for what care the assault needs when it happened in the last days.
 */

export interface AssaultReading {
	needs: NeedCode[];
	words: string;
	/** Where the words that told it begin in the text. */
	at: number;
	/** Told as waking up beside someone: the morning after, unless the text says when. */
	morningAfter?: true;
}

const FORCE = new Set([
	'tvingade',
	'tvingat',
	'tvingar',
	'tvinga',
	'pressade',
	'pressat',
	'forced',
	'forces',
	'force',
	'made',
	'makes',
	'pressured',
	'pressures',
	'pushed'
]);
/**
 * Oral sex, made to: rape ("tvingade mig att suga av honom"). Not "made her sleep with his
 * mates", which the reading of exchange reads as exploitation.
 */
const RAPE_ACTS = /^(suga|sög|blowjob[s]?|oralsex|oral)$/;
/** A sexual word: "sexuella", "sex", "sexgrejer", "sexual", "sexually"; not "sexton", "sexårig". */
const SEXUAL = /^(sex|sexuell[a-z]*|sexual[a-z]*|sexgrej[a-z]*|sexsak[a-z]*|blowjob[s]?|oralsex)$/;
/** Said no, or did not want it: as sequences of words. */
const UNWANTED: readonly (readonly string[])[] = [
	['inte', 'ville'],
	['ville', 'inte'],
	['inte', 'vill'],
	['vill', 'inte'],
	['sa', 'nej'],
	['sade', 'nej'],
	['sa', 'sluta'],
	['sade', 'sluta'],
	['bad', 'honom', 'sluta'],
	['mot', 'min', 'vilja'],
	['ville', 'aldrig'],
	['aldrig', 'ville'],
	['never', 'wanted'],
	['didn', 't', 'want'],
	['didnt', 'want'],
	['did', 'not', 'want'],
	['don', 't', 'want'],
	['dont', 'want'],
	['said', 'no'],
	['told', 'him', 'no'],
	['told', 'her', 'no'],
	['sagt', 'nej'],
	['said', 'stop'],
	['told', 'him', 'to', 'stop'],
	['told', 'her', 'to', 'stop'],
	['asked', 'him', 'to', 'stop'],
	['against', 'my', 'will'],
	['sa', 'stopp'],
	['sade', 'stopp'],
	['sagt', 'stopp'],
	['skrek', 'nej'],
	['say', 'no'],
	['saying', 'no'],
	['say', 'stop'],
	['saying', 'stop'],
	['told', 'him', 'stop'],
	['begged', 'him', 'to', 'stop']
];
/** Going on after a no, or holding the person down. */
const PERSISTED: readonly (readonly string[])[] = [
	['slutade', 'inte'],
	['ville', 'inte', 'sluta'],
	['gjorde', 'det', 'ändå'],
	['fortsatte', 'ändå'],
	['höll', 'fast', 'mig'],
	['höll', 'ner', 'mig'],
	['didn', 't', 'stop'],
	['didnt', 'stop'],
	['did', 'not', 'stop'],
	['wouldn', 't', 'stop'],
	['wouldnt', 'stop'],
	['kept', 'going'],
	['did', 'it', 'anyway'],
	['held', 'me', 'down'],
	['pinned', 'me', 'down'],
	['han', 'fortsatte'],
	['hon', 'fortsatte'],
	['he', 'continued'],
	['she', 'continued'],
	['fortsatte', 'han'],
	['fortsatte', 'hon'],
	['bara', 'fortsatte'],
	['fortsatte', 'bara'],
	['slutar', 'inte'],
	['han', 'fortsätter'],
	['doesn', 't', 'stop'],
	['does', 'not', 'stop'],
	['won', 't', 'stop'],
	['will', 'not', 'stop'],
	['never', 'stops'],
	['kept', 'on', 'going']
];
/** "he kept going on about the party": talk, not an act. */
const ONLY_TALK = new Set([
	'on',
	'about',
	'prata',
	'tjata',
	'skriva',
	'fråga',
	'ringa',
	'messa',
	'snapa',
	'skicka',
	'texting',
	'messaging',
	'calling',
	'asking',
	'talking',
	'writing'
]);
/** Words that may stand between going on and what went on: "fortsatte att tjata", "kept on asking". */
const THEN = new Set(['att', 'to', 'och', 'bara', 'just']);
/** Something done: "gjorde saker", "did stuff", "did things". */
const ACTS: readonly (readonly string[])[] = [
	['gjorde', 'saker'],
	['gjorde', 'grejer'],
	['gjorde', 'sånt'],
	['gör', 'saker'],
	['did', 'stuff'],
	['did', 'things'],
	['does', 'stuff'],
	['does', 'things'],
	['did', 'something']
];
const WOKE = new Set(['vaknade', 'woke']);
/** Beside someone: "bredvid en kille", "next to a guy", "beside this man". */
const BESIDE_WORDS = new Set(['bredvid', 'beside', 'next']);
/** Where or how one woke: beside him, in his bed, undressed. */
const BESIDE: readonly (readonly string[])[] = [
	['bredvid', 'honom'],
	['bredvid', 'henne'],
	['hos', 'honom'],
	['i', 'hans', 'säng'],
	['naken'],
	['utan', 'kläder'],
	['next', 'to', 'him'],
	['next', 'to', 'her'],
	['in', 'his', 'bed'],
	['at', 'his', 'place'],
	['naked'],
	['without', 'my', 'clothes']
];
const DENIED = new Set(['inte', 'aldrig', 'didn', 'didnt', 'not', 'never', 'hasn', 'hasnt']);
/** Signs in the body after an assault. */
const BODY_SIGNS = new Set([
	'ont',
	'svider',
	'sved',
	'blöder',
	'blödde',
	'blod',
	'sore',
	'bleeding',
	'bled',
	'blood',
	'pain',
	'hurts',
	'aching'
]);

/** Where in `words` a sequence starts, or -1. */
function findSequence(
	words: readonly TextWord[],
	sequence: readonly string[],
	keep: (at: number) => boolean = () => true
): number {
	for (let i = 0; i + sequence.length <= words.length; i++) {
		if (sequence.every((w, k) => words[i + k]?.word === w) && keep(i)) return i;
	}
	return -1;
}

const sentencesOf = (
	words: readonly TextWord[],
	sequences: readonly (readonly string[])[],
	keep: (at: number) => boolean
) => {
	const found = new Map<number, number>();
	// Most sequences have a word the text does not: those are passed over without a scan.
	const present = new Set(words.map(({ word }) => word));
	for (const sequence of sequences) {
		if (!sequence.every((word) => present.has(word))) continue;
		const at = findSequence(words, sequence, keep);
		if (at >= 0 && !found.has(words[at]?.sentence ?? 0)) found.set(words[at]?.sentence ?? 0, at);
	}
	return found;
};

const spanOf = (words: readonly TextWord[], from: number, to: number) =>
	words
		.slice(from, to + 1)
		.map(({ word }) => word)
		.join(' ');

/** A sexual assault told without its words, or undefined. `conditional` marks a condition. */
export function readAssault(
	words: readonly TextWord[],
	conditional: Uint8Array
): AssaultReading | undefined {
	const live = (at: number) => !conditional[at];
	const unwanted = sentencesOf(words, UNWANTED, live);
	const persisted = sentencesOf(
		words,
		PERSISTED,
		(at) => live(at) && !goesOnTalking(words, at + persistedLength(words, at))
	);
	const near = (sentence: number, found: ReadonlyMap<number, number>) =>
		found.has(sentence) || found.has(sentence - 1) || found.has(sentence + 1);
	for (const [sentence, at] of persisted) {
		// "he didn't stop when i said stop", "höll fast mig och gjorde det ändå fast jag sa nej"
		if (near(sentence, unwanted)) {
			return { needs: ['rape'], words: spanOf(words, at, at + 3), at };
		}
	}
	for (let at = 0; at < words.length; at++) {
		const { word, sentence } = words[at] as TextWord;
		if (conditional[at]) continue;
		if (WOKE.has(word) && near(sentence, unwanted)) {
			const beside = BESIDE.some((sequence) => {
				const found = findSequence(
					words,
					sequence,
					(i) => words[i]?.sentence === sentence && i > at && i <= at + 5
				);
				return found >= 0;
			});
			if (beside || besidePerson(words, at)) {
				return { needs: ['rape'], words: spanOf(words, at, at + 4), at, morningAfter: true };
			}
		}
		if (FORCE.has(word) && !DENIED.has(words[at - 1]?.word ?? '')) {
			for (let k = at + 1; k <= at + 7 && k < words.length; k++) {
				if (words[k]?.sentence !== sentence) break;
				const act = words[k]?.word ?? '';
				if (RAPE_ACTS.test(act)) return { needs: ['rape'], words: spanOf(words, at, k + 1), at };
				if (SEXUAL.test(act)) {
					return { needs: ['sexual-abuse'], words: spanOf(words, at, k), at };
				}
			}
		}
	}
	for (const sequence of ACTS) {
		const at = findSequence(words, sequence, live);
		if (at >= 0 && unwanted.has(words[at]?.sentence ?? -1)) {
			return { needs: ['sexual-abuse'], words: spanOf(words, at, at + 1), at };
		}
	}
	return (
		unwantedSex(words, conditional) ??
		touchesGenitals(words, conditional) ??
		thingsAtNight(words, conditional)
	);
}

const DOES = new Set(['gör', 'gjorde', 'gjort', 'does', 'did', 'doing', 'done']);
const THINGS = new Set(['saker', 'grejer', 'sånt', 'things', 'stuff']);
const TO = new Set(['mot', 'med', 'to', 'with']);
const OBJECT = new Set(['mig', 'henne', 'honom', 'me', 'her', 'him']);
const PLEASANT = new Set(['roliga', 'kul', 'mysiga', 'fun', 'nice', 'cool', 'cozy', 'cosy']);
const NIGHT = new Set(['natten', 'nätterna', 'natt', 'night', 'nights']);

/**
 * Things done to the writer or a child at night: "styvpappa gör saker med mig på nätterna", "her
 * uncle does things to her at night". Done, things, to someone and the night in one sentence.
 */
function thingsAtNight(
	words: readonly TextWord[],
	conditional: Uint8Array
): AssaultReading | undefined {
	for (let at = 0; at < words.length; at++) {
		const { word, sentence } = words[at] as TextWord;
		if (!DOES.has(word) || conditional[at]) continue;
		const rest = words.slice(at + 1, at + 9).filter((w) => w.sentence === sentence);
		const things = rest.findIndex((w) => THINGS.has(w.word));
		// "does fun things with me at night": said as good, it is not what this reads.
		if (things < 0 || rest.slice(0, things).some((w) => PLEASANT.has(w.word))) continue;
		const toSomeone = rest.some(
			(w, k) => k > things && TO.has(w.word) && OBJECT.has(rest[k + 1]?.word ?? '')
		);
		const atNight = words.some((w) => w.sentence === sentence && NIGHT.has(w.word));
		if (toSomeone && atNight) {
			return { needs: ['sexual-abuse'], words: spanOf(words, at, at + things + 1), at };
		}
	}
	return undefined;
}

/** Whether what went on, from `at`, was only talk: "fortsatte tjata", "kept on asking me out". */
function goesOnTalking(words: readonly TextWord[], at: number): boolean {
	const next = words[at]?.word ?? '';
	return ONLY_TALK.has(next) || (THEN.has(next) && ONLY_TALK.has(words[at + 1]?.word ?? ''));
}

/** How many words the sequence of `PERSISTED` at `at` spans. */
function persistedLength(words: readonly TextWord[], at: number): number {
	const sequence = PERSISTED.find((seq) => seq.every((w, k) => words[at + k]?.word === w));
	return sequence?.length ?? 0;
}

/** Someone other than the writer: a pronoun, an object pronoun, a word for a person. */
const isSomeone = (word: string) =>
	THIRD_PERSON.has(word) ||
	OBJECT.has(word) ||
	['someone', 'somebody', 'någon', 'nån'].includes(word) ||
	isPersonNoun(word) ||
	isPersonGenitive(word);

/** Woke beside someone: "vaknade bredvid en kille från festen", "woke up next to a guy". */
function besidePerson(words: readonly TextWord[], woke: number): boolean {
	const { sentence } = words[woke] ?? {};
	for (let at = woke + 1; at <= woke + 5 && words[at]?.sentence === sentence; at++) {
		if (!BESIDE_WORDS.has(words[at]?.word ?? '')) continue;
		for (let k = at + 1; k <= at + 4 && words[k]?.sentence === sentence; k++) {
			if (isSomeone(words[k]?.word ?? '')) return true;
		}
	}
	return false;
}

/** Not wanted, said of what was done (not "i don't want sex yet"). */
const UNWANTED_DONE = UNWANTED.filter(
	(sequence) => !sequence.some((word) => ['vill', 'don', 'dont'].includes(word))
);
/** Sex had: "hade sex", "had sex", "ha sex med honom", "slept with". */
const HAD = new Set(['ha', 'hade', 'haft', 'have', 'had', 'having', 'has']);

/**
 * Sex with someone that the writer did not or never wanted: "i never wanted to have sex with
 * him", "killen från tinder hade sex med mig fast jag inte ville". Someone else must be in the
 * sentence: "i never wanted to have sex before marriage" is not this.
 */
function unwantedSex(
	words: readonly TextWord[],
	conditional: Uint8Array
): AssaultReading | undefined {
	const unwanted = sentencesOf(words, UNWANTED_DONE, (at) => !conditional[at]);
	if (unwanted.size === 0) return undefined;
	for (let at = 1; at < words.length; at++) {
		const { word, sentence } = words[at] as TextWord;
		if (word !== 'sex' || conditional[at] || !HAD.has(words[at - 1]?.word ?? '')) continue;
		if (!unwanted.has(sentence) && !unwanted.has(sentence - 1)) continue;
		const someone = words.some((w, k) => w.sentence === sentence && k !== at && isSomeone(w.word));
		if (someone) return { needs: ['rape'], words: spanOf(words, at - 1, at + 2), at: at - 1 };
	}
	return undefined;
}

const TOUCH = new Set([
	'tar',
	'tog',
	'tagit',
	'rör',
	'rörde',
	'rört',
	'tafsar',
	'tafsade',
	'tafsat',
	'pillar',
	'pillade',
	'kladdar',
	'kladdade',
	'touches',
	'touched',
	'touching',
	'touch',
	'grabs',
	'grabbed',
	'grabbing',
	'feels',
	'felt',
	'rubs',
	'rubbed',
	'fingers',
	'fingered'
]);
/** Putting a hand somewhere: "puts his hand in my pants", "stoppade handen i mina byxor". */
const PUT = new Set(['put', 'puts', 'putting', 'stuck', 'sticks', 'stoppar', 'stoppade', 'stack']);
const HAND = new Set(['hand', 'handen', 'hands', 'händerna', 'fingers', 'fingrarna', 'finger']);
const GENITALS = new Set([
	'snippa',
	'snippan',
	'snopp',
	'snoppen',
	'pippi',
	'pippin',
	'pillan',
	'mutta',
	'muttan',
	'fitta',
	'fittan',
	'kuk',
	'kuken',
	'underliv',
	'underlivet',
	'könsorgan',
	'könsorganet',
	'penis',
	'vagina',
	'bröst',
	'brösten',
	'privates',
	'genitals',
	'crotch',
	'breasts',
	'boobs',
	'willy',
	'fanny'
]);
/** Two words for the same: "där nere", "private parts", "mellan benen". */
const GENITAL_PAIRS: readonly (readonly [string, string])[] = [
	['där', 'nere'],
	['down', 'there'],
	['private', 'parts'],
	['mellan', 'benen'],
	['between', 'my'],
	['between', 'her'],
	['between', 'his']
];
/** Clothes a hand goes into: "in my pants", "innanför trosorna". */
const CLOTHES = new Set([
	'pants',
	'trousers',
	'underwear',
	'knickers',
	'shorts',
	'byxorna',
	'byxor',
	'trosorna',
	'trosor',
	'kalsongerna',
	'kalsonger'
]);
const INTO = new Set(['in', 'into', 'down', 'under', 'i', 'innanför', 'ner', 'under']);
/** One's own: a child touching themselves is not this. */
const OWN = new Set([
	'sin',
	'sina',
	'sitt',
	'själv',
	'sig',
	'own',
	'himself',
	'herself',
	'themselves'
]);
const WRITER = new Set(['jag', 'ja', 'i']);

/** Whether the words from `from` name a child's genitals or a hand going into their clothes. */
function genitalAt(words: readonly TextWord[], at: number): boolean {
	const word = words[at]?.word ?? '';
	const next = words[at + 1]?.word ?? '';
	if (GENITALS.has(word)) return true;
	if (GENITAL_PAIRS.some(([a, b]) => a === word && b === next)) return true;
	return INTO.has(word) && (CLOTHES.has(next) || CLOTHES.has(words[at + 2]?.word ?? ''));
}

/**
 * Someone touching a child's genitals, or putting a hand in their clothes, whoever it is: "en
 * farbror tar på snippan", "the babysitter touches her private parts", "he put his hand in my
 * pants". Not the writer ("jag tar på …"), not one's own ("tar på sin snippa"), not denied.
 */
function touchesGenitals(
	words: readonly TextWord[],
	conditional: Uint8Array
): AssaultReading | undefined {
	for (let at = 0; at < words.length; at++) {
		const { word, clause } = words[at] as TextWord;
		const isTouch = TOUCH.has(word);
		if ((!isTouch && !PUT.has(word)) || conditional[at]) continue;
		if (DENIED.has(words[at - 1]?.word ?? '') || WRITER.has(words[at - 1]?.word ?? '')) continue;
		// "tar på", not "tar bussen"; "puts his hand in", not "puts the box down there".
		const window = words.slice(at + 1, at + 7).filter((w) => w.clause === clause);
		if (
			['tar', 'tog', 'tagit'].includes(word) &&
			!window.slice(0, 2).some((w) => w.word === 'på')
		) {
			continue;
		}
		if (!isTouch && !window.slice(0, 3).some((w) => HAND.has(w.word))) continue;
		for (let k = 0; k < window.length; k++) {
			if (OWN.has(window[k]?.word ?? '')) break;
			if (genitalAt(words, at + 1 + k)) {
				return { needs: ['sexual-abuse'], words: spanOf(words, at, at + 2 + k), at };
			}
		}
	}
	return undefined;
}

/** Whether the text tells of a sign in the body: pain, soreness, bleeding. */
export function tellsBodySigns(words: readonly TextWord[]): boolean {
	return words.some(({ word }) => BODY_SIGNS.has(word));
}

/** A word for touching someone: "tar", "rörde", "tafsar", "touching", "grabbed". */
export const isTouchWord = (word: string) => TOUCH.has(word);
