import { spanOf, type TextWord } from '../text/words.js';
import type { NeedCode } from './codes.js';

/**
 * Rape told in the fewest words, read from a small grammar:
 *
 * - force with no act after it: "han tvingade mig i förrgår efter festen", "my ex forced me last
 *   night", "hon blev tvingad av en kille i helgen". Forced to do something names what
 *   ("tvingade mig att städa", "forced me to go home") and is read by what that is; forced with
 *   nothing named, in a text like these, is forced sex;
 * - drugged and then waking up undressed, in someone's bed or without memory: "someone put
 *   something in my drink … woke up at a guy's place with my clothes off", "i think i was
 *   roofied … woke up in his bed";
 * - no memory, and then a body undressed or hurting where sex would hurt: "I don't remember
 *   anything after the party and woke up hurting down there", "minns inget, vaknade utan byxor".
 *   A blackout with a headache, or waking dressed, is only a blackout.
 *
 * Neither holds in a condition, nor with the force denied ("he didn't force me"). Bounded: a
 * fixed window of words around each word.
 */

export interface ForcedReading {
	needs: NeedCode[];
	words: string;
}

const FORCED = new Set(['tvingade', 'tvingat', 'tvingar', 'forced', 'forces', 'force']);
const PASSIVE_FORCED = new Set(['tvingad', 'tvingades', 'forced']);
const PASSIVE_AUXILIARIES = new Set(['blev', 'blivit', 'was', 'got', 'been', 'get', 'were']);
const WRITER_OBJECTS = new Set(['mig', 'mej', 'me', 'henne', 'her', 'honom', 'him']);
/** What makes the force about something else: "att städa", "to go home", "into the car". */
const COMPLEMENTS = new Set(['att', 'to', 'into', 'in', 'ut', 'out', 'hem', 'home', 'upp', 'up']);
/** Words that begin a when or a where, never what was forced: "i förrgår", "last night". */
const ADVERBIALS = new Set([
	'i',
	'igår',
	'förrgår',
	'efter',
	'på',
	'hemma',
	'hos',
	'när',
	'igen',
	'inatt',
	'ikväll',
	'av',
	'last',
	'yesterday',
	'after',
	'at',
	'on',
	'again',
	'when',
	'this',
	'that',
	'by',
	'tonight',
	'twice',
	'för',
	'en',
	'ett',
	'två',
	'tre',
	'flera',
	'a',
	'one',
	'two',
	'three',
	'several',
	'many',
	'some',
	'once'
]);
const DENIED = new Set(['inte', 'not', 'never', 'aldrig', 'didn', 'didnt', 't']);

/**
 * Whether the force at `at`, with its object ending at `end`, names no act: the clause ends, or
 * goes on with when or where and no "att"/"to" after.
 */
function namesNoAct(words: readonly TextWord[], at: number, end: number): boolean {
	const clause = words[at]?.clause;
	const next = words[end + 1];
	if (!next || next.clause !== clause) return true;
	if (!ADVERBIALS.has(next.word) && !/^\d+$/.test(next.word)) return false;
	for (let k = end + 1; k <= end + 6 && k < words.length; k++) {
		if (words[k]?.clause !== clause) break;
		// "i" is Swedish "in", and English "I": "forced me to" and "forced me and i" differ.
		if (COMPLEMENTS.has(words[k]?.word ?? '') && words[k]?.word !== 'i') return false;
	}
	return true;
}

function forcedWithNoAct(words: readonly TextWord[], conditional: Uint8Array): number {
	for (let at = 0; at < words.length; at++) {
		if (conditional[at]) continue;
		const word = words[at]?.word ?? '';
		const before = words.slice(Math.max(0, at - 2), at).map((w) => w.word);
		if (before.some((w) => DENIED.has(w))) continue;
		if (FORCED.has(word) && WRITER_OBJECTS.has(words[at + 1]?.word ?? '')) {
			if (namesNoAct(words, at, at + 1)) return at;
		}
		if (PASSIVE_FORCED.has(word) && PASSIVE_AUXILIARIES.has(words[at - 1]?.word ?? '')) {
			if (namesNoAct(words, at, at)) return at;
		}
	}
	return -1;
}

/** Drugged: as sequences of words. */
const DRUGGED: readonly (readonly string[])[] = [
	['something', 'in', 'my', 'drink'],
	['something', 'into', 'my', 'drink'],
	['spiked'],
	['roofied'],
	['roofie'],
	['roofies'],
	['drugged'],
	['drogade'],
	['drogad'],
	['drogat'],
	['något', 'i', 'min', 'drink'],
	['något', 'i', 'drinken'],
	['något', 'i', 'mitt', 'glas'],
	['nåt', 'i', 'min', 'drink'],
	['nåt', 'i', 'mitt', 'glas']
];
const WOKE = new Set(['woke', 'waking', 'wake', 'vaknade', 'vaknat', 'vakna']);
/** After waking: undressed, in someone's bed or place, or no memory. */
const AFTER_WAKING: readonly (readonly string[])[] = [
	['clothes', 'off'],
	['without', 'clothes'],
	['without', 'my', 'clothes'],
	['naked'],
	['his', 'bed'],
	['his', 'place'],
	['guy', 's', 'place'],
	['guys', 'place'],
	['guys', 'flat'],
	['guy', 's', 'flat'],
	['don', 't', 'remember'],
	['can', 't', 'remember'],
	['utan', 'kläder'],
	['utan', 'byxor'],
	['utan', 'trosor'],
	['naken'],
	['hans', 'säng'],
	['främmande', 'säng'],
	['minns', 'inget'],
	['minns', 'ingenting'],
	['kommer', 'inte', 'ihåg']
];

function startsAt(words: readonly TextWord[], at: number, sequence: readonly string[]): boolean {
	return sequence.every((word, k) => words[at + k]?.word === word);
}

function druggedThenWoke(words: readonly TextWord[], conditional: Uint8Array): number {
	const drugged = words.findIndex(
		(_, at) => !conditional[at] && DRUGGED.some((sequence) => startsAt(words, at, sequence))
	);
	if (drugged < 0) return -1;
	const woke = words.findIndex((w, at) => at > drugged && WOKE.has(w.word));
	if (woke < 0) return -1;
	const sentence = words[woke]?.sentence;
	const undressed = words.some(
		(w, at) =>
			at > woke &&
			(w.sentence === sentence || w.sentence === (sentence ?? 0) + 1) &&
			AFTER_WAKING.some((sequence) => startsAt(words, at, sequence))
	);
	return undressed ? drugged : -1;
}

/** No memory of what happened: "minns inget", "blacked out", "don't remember anything". */
const BLACKOUT: readonly (readonly string[])[] = [
	['minns', 'inget'],
	['minns', 'ingenting'],
	['minns', 'inte', 'något'],
	['minns', 'inte', 'nåt'],
	['kommer', 'inte', 'ihåg'],
	['allt', 'är', 'svart'],
	['allt', 'blev', 'svart'],
	['däckade'],
	['blackade'],
	['blacked', 'out'],
	['blackout'],
	['black', 'out'],
	['passed', 'out'],
	['don', 't', 'remember'],
	['dont', 'remember'],
	['can', 't', 'remember'],
	['cant', 'remember'],
	['no', 'memory']
];
/** A body undressed after the blackout: "utan byxor", "my underwear gone", "naked". */
const UNDRESSED: readonly (readonly string[])[] = [
	['utan', 'kläder'],
	['utan', 'byxor'],
	['utan', 'trosor'],
	['utan', 'kalsonger'],
	['naken'],
	['naked'],
	['clothes', 'off'],
	['without', 'clothes'],
	['without', 'my', 'clothes'],
	['without', 'pants'],
	['without', 'my', 'pants'],
	['underwear', 'gone'],
	['underwear', 'missing'],
	['pants', 'gone'],
	['pants', 'off'],
	['trosorna', 'var', 'borta'],
	['byxorna', 'var', 'borta']
];
/** Pain or blood, said with where: "hurting down there", "ont i underlivet", "svider när jag kissar". */
const PAIN = new Set([
	'ont',
	'svider',
	'sved',
	'blöder',
	'blödde',
	'sore',
	'hurting',
	'hurts',
	'hurt',
	'bleeding',
	'bled',
	'pain',
	'blåmärken',
	'bruises',
	'bruised'
]);
const INTIMATE: readonly (readonly string[])[] = [
	['down', 'there'],
	['där', 'nere'],
	['underlivet'],
	['snippan'],
	['fittan'],
	['vagina'],
	['rumpan'],
	['låren'],
	['thighs'],
	['kissar'],
	['kissa'],
	['pee'],
	['peeing'],
	['bum'],
	['butt']
];
/** Bleeding alone tells enough after a blackout: "woke up … bleeding". */
const BLOOD = new Set(['bleeding', 'blöder', 'blödde', 'blod', 'blood']);

/**
 * A blackout, not in a condition, and in its sentence or the two after it a body undressed
 * ("vaknade utan kläder och minns inget" tells the waking first), or, after the blackout, pain
 * said where sex would hurt, or bleeding.
 */
function blackoutThenHurt(words: readonly TextWord[], conditional: Uint8Array): number {
	const blackout = words.findIndex(
		(_, at) => !conditional[at] && BLACKOUT.some((sequence) => startsAt(words, at, sequence))
	);
	if (blackout < 0) return -1;
	const sentence = words[blackout]?.sentence ?? 0;
	const within = (at: number) => {
		const s = words[at]?.sentence ?? -1;
		return s >= sentence && s <= sentence + 2 && !conditional[at];
	};
	for (let at = 0; at < words.length; at++) {
		if (!within(at)) continue;
		if (UNDRESSED.some((sequence) => startsAt(words, at, sequence))) return blackout;
		if (at <= blackout) continue;
		const word = words[at]?.word ?? '';
		if (BLOOD.has(word)) return blackout;
		if (!PAIN.has(word)) continue;
		const clause = words[at]?.clause;
		for (let k = Math.max(blackout + 1, at - 4); k <= at + 5 && k < words.length; k++) {
			if (words[k]?.clause !== clause) continue;
			if (INTIMATE.some((sequence) => startsAt(words, k, sequence))) return blackout;
		}
	}
	return -1;
}

export function readForcedOrDrugged(
	words: readonly TextWord[],
	conditional: Uint8Array
): ForcedReading | undefined {
	const forced = forcedWithNoAct(words, conditional);
	if (forced >= 0) return { needs: ['rape'], words: spanOf(words, forced, forced + 1) };
	const drugged = druggedThenWoke(words, conditional);
	if (drugged >= 0) return { needs: ['rape'], words: spanOf(words, drugged, drugged + 3) };
	const blackout = blackoutThenHurt(words, conditional);
	if (blackout >= 0) return { needs: ['rape'], words: spanOf(words, blackout, blackout + 3) };
	return undefined;
}

/**
 * Verbs after "forced me to" that leave the act unsaid or say a sexual one ("tvingade mig att göra
 * det", "forced me to touch him"): the force stays a sign of abuse. Any other verb names what was
 * forced ("tvingade mig att städa", "forced me to go to church"), and the force alone is no sign.
 */
const MAY_BE_SEXUAL = new Set([
	'göra',
	'ta',
	'ha',
	'ligga',
	'suga',
	'skicka',
	'visa',
	'klä',
	'titta',
	'kolla',
	'kyssa',
	'röra',
	'följa',
	'sova',
	'do',
	'touch',
	'have',
	'suck',
	'send',
	'show',
	'undress',
	'take',
	'watch',
	'look',
	'kiss',
	'sleep',
	'lie',
	'get',
	'go',
	'come',
	'stay',
	'stanna',
	'komma',
	'sit',
	'sitta'
]);

/**
 * Whether the force ending at `last` ("tvingade mig") goes on to name an act that is no sexual
 * one: "mamma tvingade mig att städa rummet", "he forced me to apologise".
 */
function forcesSomethingElse(words: readonly TextWord[], last: number): boolean {
	const clause = words[last]?.clause;
	const to = words[last + 1];
	if (!to || to.clause !== clause || (to.word !== 'att' && to.word !== 'to')) return false;
	const verb = words[last + 2];
	return verb !== undefined && verb.clause === clause && !MAY_BE_SEXUAL.has(verb.word);
}

/**
 * Whether words read together rest on a force that names something else: "tvingade" in "mamma
 * tvingade mig att städa rummet", at any of `positions`.
 */
export function restsOnForceForSomethingElse(
	words: readonly TextWord[],
	positions: readonly number[]
): boolean {
	return positions.some(
		(at) =>
			FORCED.has(words[at]?.word ?? '') &&
			WRITER_OBJECTS.has(words[at + 1]?.word ?? '') &&
			forcesSomethingElse(words, at + 1)
	);
}
