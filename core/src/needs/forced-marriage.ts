import { spanOf, type TextWord } from '../text/words.js';

/**
 * A young person's own forced marriage, or being left abroad, read from a small grammar rather
 * than a list of phrases:
 *
 * - a marriage of the writer ("mig", "me", "my wedding", "a husband for me"), in a sentence that
 *   names the family as the ones who act ("mina föräldrar", "my family", "pappa"), with a sign that
 *   it is not the writer's choice: a decision or compulsion ("har valt", "lovat bort", "chosen",
 *   "not allowed to say no", "vill inte"), a set time ("i sommar", "next month", "tonight"), or a
 *   journey ("we fly", "hemlandet"): "Min familj har lovat bort mig till en man jag aldrig
 *   träffat", "my family has chosen a husband for me", "I heard them talk about my wedding";
 * - the family taking the writer away and leaving them there: "de ska lämna mig hos släkten och
 *   jag får inte komma tillbaka", "they're leaving me with relatives back home".
 *
 * The writer's own partner ("min pojkvän", "my fiancé") makes a marriage their own; a wedding of
 * someone else ("min kusins bröllop") is not the writer's; a joke or "one day" with no decision,
 * time or journey is no sign. Nothing in a condition counts. Bounded: each sentence is read once.
 */

const MARRIAGE = new Set([
	'gifta',
	'giftas',
	'gifter',
	'bröllop',
	'bröllopet',
	'förlovad',
	'förlovas',
	'förlova',
	'wedding',
	'marry',
	'marrying',
	'married',
	'nikah',
	'engaged'
]);
/** A spouse is a marriage only after a word for promising or choosing: "lovat bort mig till en man". */
const SPOUSE = new Set(['man', 'make', 'husband', 'wife']);
const PROMISE = new Set([
	'lovat',
	'lovad',
	'lovade',
	'valt',
	'valde',
	'hittat',
	'promised',
	'chosen',
	'chose',
	'picked',
	'found'
]);
/** The marriage is the writer's: "mig", "me", "my wedding", "for me". */
const WRITER = new Set(['mig', 'mej', 'me', 'my', 'mitt', 'min', 'jag', 'i', 'im']);
/** The family's own marriage: "gifta sig", "gifta om sig", "married again". */
const THEIR_OWN = new Set(['sig', 'om', 'again']);
const FAMILY = new Set([
	'föräldrar',
	'föräldrarna',
	'familj',
	'familjen',
	'pappa',
	'mamma',
	'farsan',
	'morsan',
	'släkten',
	'släkt',
	'bröder',
	'farbror',
	'morbror',
	'parents',
	'family',
	'dad',
	'mum',
	'mom',
	'father',
	'mother',
	'relatives',
	'uncle',
	'brothers',
	'de',
	'dom',
	'they',
	'them'
]);
/** Not the writer's choice: decided, promised, forced, unwanted. */
const NOT_CHOSEN = new Set([
	'bestämt',
	'bestämmer',
	'bestämde',
	'valt',
	'valde',
	'lovat',
	'lovad',
	'lovade',
	'tvingar',
	'tvingad',
	'tvingade',
	'måste',
	'chosen',
	'chose',
	'choose',
	'decided',
	'promised',
	'arranged',
	'forcing',
	'forced',
	'making',
	'allowed',
	'vilja',
	'will',
	'want',
	'vill',
	'against',
	'bort',
	'off'
]);
/** A set time or a journey. */
const SET = new Set([
	'sommar',
	'sommarlovet',
	'sommaren',
	'jul',
	'julen',
	'juni',
	'juli',
	'augusti',
	'månad',
	'vecka',
	'helgen',
	'ikväll',
	'inatt',
	'imorgon',
	'summer',
	'christmas',
	'june',
	'july',
	'august',
	'month',
	'week',
	'weekend',
	'tonight',
	'tomorrow',
	'hemlandet',
	'utomlands',
	'flyger',
	'åker',
	'abroad',
	'fly',
	'flight',
	'airport',
	'flygplatsen',
	'home'
]);
/** The writer's own partner makes the marriage theirs. */
const OWN_PARTNER = new Set([
	'pojkvän',
	'flickvän',
	'fästman',
	'fästmö',
	'sambo',
	'partner',
	'boyfriend',
	'girlfriend',
	'fiance',
	'fiancé',
	'fiancee',
	'fiancée'
]);
/** Someone else's wedding: "min kusins bröllop", "my sister's wedding". */
const OTHERS = /^[a-zåäö]+s$/;

const LEAVE = new Set(['lämna', 'lämnar', 'leave', 'leaving']);
const STAY_AWAY: readonly (readonly string[])[] = [
	['inte', 'komma', 'tillbaka'],
	['aldrig', 'komma', 'tillbaka'],
	['not', 'come', 'back'],
	['never', 'come', 'back'],
	['t', 'come', 'back']
];
/** Left with relatives or back home, and not to come back. */
const WITH_RELATIVES = new Set(['släkten', 'hemlandet', 'relatives', 'there', 'där']);

function sentencesOf(words: readonly TextWord[]): Map<number, number[]> {
	const sentences = new Map<number, number[]>();
	words.forEach(({ sentence }, at) => {
		const list = sentences.get(sentence);
		if (list) list.push(at);
		else sentences.set(sentence, [at]);
	});
	return sentences;
}

/** The words of a forced marriage or of being left abroad, or undefined. */
export function readForcedMarriage(
	words: readonly TextWord[],
	conditional: Uint8Array
): string | undefined {
	const present = new Set(words.map(({ word }) => word));
	if (![...MARRIAGE, ...SPOUSE, ...LEAVE].some((word) => present.has(word))) return undefined;
	if ([...OWN_PARTNER].some((word) => present.has(word))) return undefined;
	for (const places of sentencesOf(words).values()) {
		const live = places.filter((at) => !conditional[at]);
		const has = (set: ReadonlySet<string>) => live.some((at) => set.has(words[at]?.word ?? ''));
		if (!has(FAMILY)) continue;
		for (const at of live) {
			const word = words[at]?.word ?? '';
			const promised = live.some((k) => k < at && PROMISE.has(words[k]?.word ?? ''));
			if (MARRIAGE.has(word) || (SPOUSE.has(word) && promised)) {
				const previous = words[at - 1]?.word ?? '';
				if (OTHERS.test(previous) && !WRITER.has(previous) && previous !== 'this') continue;
				if (THEIR_OWN.has(words[at + 1]?.word ?? '')) continue;
				// "my parents are getting married": theirs, not the writer's.
				if (previous === 'getting' && ['are', 'is'].includes(words[at - 2]?.word ?? '')) continue;
				const near = live.filter((k) => Math.abs(k - at) <= 5);
				const mine = near.some((k) => WRITER.has(words[k]?.word ?? ''));
				if (mine && (has(NOT_CHOSEN) || has(SET))) {
					return spanOf(words, Math.max(0, at - 2), at + 2);
				}
			}
			if (LEAVE.has(word) && WRITER.has(words[at + 1]?.word ?? '')) {
				const after = live.filter((k) => k > at);
				const there = after.some((k) => WITH_RELATIVES.has(words[k]?.word ?? ''));
				const stays = after.some((k) =>
					STAY_AWAY.some((seq) => seq.every((w, i) => words[k + i]?.word === w))
				);
				if (there && stays) return spanOf(words, at, at + 3);
			}
		}
	}
	return undefined;
}
