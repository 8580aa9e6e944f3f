import { habitualClauses, nowClauses } from '../text/cues.js';
import { isOwnedByAnother, isPersonNoun, startsWithPronoun, THIRD_PERSON } from '../text/people.js';
import type { TimeReading } from '../text/time.js';
import type { TextWord } from '../text/words.js';
import type { NeedCode } from './codes.js';
import { firstOf as first, type Match } from './concept-matcher.js';
import type { Concept } from './vocabulary.js';

/**
 * Danger now said in everyday words, beyond the vocabulary's words that say it outright ("jag är i
 * fara", "han slår mig just nu"). Three readings, each of a clause that is not denied, a condition,
 * a habit, in the past or on a later day:
 *
 * - violence and "now" in one clause: "pappa är full och slår sönder saker just nu";
 * - someone coming or near now, from the vocabulary's families (`danger`: approach, threat,
 *   exposed), with a threat or the person alone, hiding or afraid in the same or a neighbouring
 *   sentence ("han är på väg hit … jag är ensam hemma"), or named only "he"/"she" and coming now
 *   or near what he did ("he's coming back tonight. last time he forced me");
 * - by structure: someone other than the writer and the people one turns to, moving towards or
 *   waiting near the writer now or soon ("min bror och hans kompisar kommer hem snart", "sitter i
 *   en bil utanför min port"), in a text that tells of a harm, a threat or fear;
 * - by structure too: someone heard near the writer now ("jag hör honom i trappan nu"), a
 *   forced marriage with the journey days away ("vi åker på fredag"), or the writer made to go
 *   back tonight to where they are sold or abused ("måste tillbaka till honom ikväll").
 *
 * Violence told with "tonight" is over when the one who did it is asleep now ("pappa slog mig
 * ikväll och nu sover han"): that is a night with nowhere to be, not an emergency by itself.
 */

export type DangerCue = NonNullable<Concept['danger']>;

/** What the reader knows of a text when it asks whether it tells of danger now. */
export interface DangerContext {
	words: readonly TextWord[];
	matches: readonly Match[];
	negated: readonly boolean[];
	conditional: Uint8Array;
	past: ReadonlySet<number | undefined>;
	times: ReadonlyMap<number, TimeReading>;
	/** Matches that tell of a harm done (or threatened). */
	harms: readonly Match[];
	isCue: (match: Match, cue: DangerCue) => boolean;
	isOnlyThreat: (match: Match) => boolean;
	namesViolence: (match: Match) => boolean;
	saysNow: (match: Match) => boolean;
	/** Whether the word at a place is a name of family or a partner ("bror", "mitt ex"). */
	isPersonName: (at: number) => boolean;
	/** How surely the text tells of a need, as read so far. */
	weightOf: (code: NeedCode) => number;
}

/**
 * Danger now, and from where: `someone` when a person is hurting the writer, on the way, at the
 * door or heard near now (a crime may be going on: the police come early too), `journey` for a
 * forced marriage days away or being made to go back tonight.
 */
export type DangerReading = 'someone' | 'journey';

export function readDangerNow(context: DangerContext): DangerReading | undefined {
	if (
		(violenceNow(context) && !doerAsleep(context.words)) ||
		comingWithCue(context) ||
		someoneComingNow(context) ||
		heardNear(context)
	) {
		return 'someone';
	}
	return marriageJourneySoon(context) || goingBackTonight(context) ? 'journey' : undefined;
}

/** Fear or worry of what may come: "rädd att han ska …", "worried he'll …", "nån gång". */
const WORRY_HEADS = new Set(['rädd', 'orolig', 'afraid', 'scared', 'worried', 'worry']);
const SOMETIME = new Set(['gång', 'sometime', 'someday', 'day']);

/**
 * Whether the coming at `at` is only feared, or placed at some time: "jag är rädd att han ska
 * komma hem till mig nån gång", "i'm scared he'll come over one day". Said now, it is not.
 */
function isWorry(words: readonly TextWord[], at: number): boolean {
	const { sentence, clause } = words[at] ?? {};
	const feared = words
		.slice(Math.max(0, at - 5), at)
		.some((w) => w.sentence === sentence && WORRY_HEADS.has(w.word));
	const sometime = words.some(
		(w, k) =>
			w.clause === clause &&
			SOMETIME.has(w.word) &&
			(w.word !== 'gång' || ['nån', 'någon'].includes(words[k - 1]?.word ?? '')) &&
			(w.word !== 'day' || ['one', 'some'].includes(words[k - 1]?.word ?? ''))
	);
	return feared || sometime;
}

/** Sure enough for a reading to rest on. */
const SURE = 0.5;
const PRONOUNS = new Set(['han', 'hon', 'he', 'she', 'hes', 'shes']);
const ASLEEP = new Set(['sover', 'somnat', 'somnade', 'däckad', 'däckat', 'asleep', 'sleeping']);

/** "nu sover han", "he's asleep now", "hon har somnat", "he's passed out". */
function doerAsleep(words: readonly TextWord[]): boolean {
	return words.some(({ word }, at) => {
		const isAsleep = ASLEEP.has(word) || (word === 'passed' && words[at + 1]?.word === 'out');
		if (!isAsleep) return false;
		return words.slice(Math.max(0, at - 3), at + 2).some(({ word: w }) => PRONOUNS.has(w));
	});
}

const HEAR = new Set(['hör', 'hörs', 'hear', 'hears', 'hearing']);
/** Near the writer, inside a home: the stairs, the hall. */
const INDOORS = new Set([
	'trappan',
	'trapphuset',
	'trappuppgången',
	'hallen',
	'stairs',
	'staircase',
	'hallway',
	'hall'
]);
const OBJECT_PRONOUNS = new Set(['honom', 'henne', 'dem', 'him', 'her', 'them']);

/**
 * Someone heard near the writer now ("jag hör honom i trappan nu", "styvfarsan hörs i trappan",
 * "i can hear him on the stairs"), in a text that tells of a harm: not in a habit, a condition
 * or the past.
 */
function heardNear({ words, conditional, past, times, harms, isPersonName }: DangerContext) {
	if (harms.length === 0) return false;
	const habits = habitualClauses(words);
	return words.some(({ word, clause }, at) => {
		if (!HEAR.has(word) || conditional[at] || habits.has(clause)) return false;
		if (past.has(clause) || (times.get(clause) ?? 'now') !== 'now') return false;
		const inClause = words.filter((w) => w.clause === clause);
		const near = inClause.some(({ word: w }) => INDOORS.has(w) || PLACES.has(w));
		const who =
			OBJECT_PRONOUNS.has(words[at + 1]?.word ?? '') ||
			(word === 'hörs' && subjectBefore(words, at, isPersonName) !== undefined);
		return near && who;
	});
}

const DEPART = new Set([
	'åker',
	'åka',
	'reser',
	'resa',
	'flyger',
	'flyga',
	'leave',
	'leaving',
	'fly',
	'flying',
	'travel',
	'travelling',
	'utomlands',
	'abroad',
	// Driven to the airport, a bag packed: the journey begins.
	'kör',
	'köra',
	'driving',
	'drive',
	'flygplatsen',
	'airport',
	'packar',
	'packa',
	'packing'
]);
/** Hours away: "om en timme", "in a few hours", "om två timmar". */
const HOURS = new Set(['timme', 'timmar', 'hour', 'hours']);
/** Now, but not "nu i sommar" (this summer). */
const isNowWord = (words: readonly TextWord[], k: number) =>
	['nu', 'now'].includes(words[k]?.word ?? '') && !['i', 'in'].includes(words[k + 1]?.word ?? '');
/** Days away: a weekday to come, tomorrow, tonight. */
const SOON_DAYS = new Set([
	'måndag',
	'tisdag',
	'onsdag',
	'torsdag',
	'fredag',
	'lördag',
	'söndag',
	'imorgon',
	'ikväll',
	'inatt',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'tomorrow',
	'tonight'
]);

/**
 * A forced marriage with the journey days or hours away, or begun: "vi åker på fredag … de ska
 * gifta bort mig", "we leave on friday … my dad planned my wedding", "om en timme kör pappa mig
 * till flygplatsen", "they're packing my bag now". A trip in the summer, or one that is over, is
 * not.
 */
function marriageJourneySoon({ words, conditional, past, weightOf }: DangerContext) {
	if (weightOf('honour-violence') < SURE) return false;
	return words.some(({ word, clause, sentence }, at) => {
		if (!DEPART.has(word) || conditional[at] || past.has(clause)) return false;
		return words.some(
			(w, k) =>
				w.sentence === sentence &&
				Math.abs(k - at) <= 4 &&
				(SOON_DAYS.has(w.word) ||
					HOURS.has(w.word) ||
					isNowWord(words, k) ||
					(w.word === 'i' && words[k + 1]?.word === 'morgon'))
		);
	});
}

const MUST = new Set(['måste', 'tvungen', 'ska', 'have', 'has', 'got', 'need', 'supposed']);
const BACK = new Set(['tillbaka', 'back']);
/** Harms that make going back somewhere a danger. */
const HELD_HARMS: readonly NeedCode[] = [
	'sexual-exploitation',
	'human-trafficking',
	'sexual-abuse',
	'rape',
	'abuse-in-family'
];

/**
 * Made to go back tonight to where the writer is sold or abused: "måste tillbaka till honom
 * ikväll", "i have to go back there tonight", with such a harm told.
 */
function goingBackTonight({ words, conditional, past, harms, weightOf }: DangerContext) {
	if (!HELD_HARMS.some((code) => weightOf(code) >= SURE)) return false;
	// The harm goes on: told outside the past ("my stepdad touched me when I was 8" is not), or
	// sex traded, which the reading of exchange finds.
	const goesOn =
		harms.some((match) => !past.has(words[first(match)]?.clause)) ||
		weightOf('sexual-exploitation') >= SURE;
	if (!goesOn) return false;
	const now = nowClauses(words);
	return words.some(({ word, sentence, clause }, at) => {
		if (!MUST.has(word) || conditional[at]) return false;
		const after = words.slice(at + 1, at + 5);
		if (!after.some((w) => BACK.has(w.word) && w.sentence === sentence)) return false;
		return (
			now.has(clause) ||
			words.some(
				(w) =>
					w.sentence === sentence && ['ikväll', 'inatt', 'tonight', 'nu', 'now'].includes(w.word)
			)
		);
	});
}

function violenceNow({ words, matches, negated, conditional, past, ...is }: DangerContext) {
	const live = (match: Match, i: number) =>
		!negated[i] && !conditional[first(match)] && !past.has(words[first(match)]?.clause);
	const clauses = (keep: (match: Match) => boolean) =>
		new Set(
			matches
				.filter((match, i) => live(match, i) && match.kind !== 'fuzzy' && keep(match))
				.map((match) => words[first(match)]?.clause)
		);
	const violence = clauses((match) => is.namesViolence(match));
	return [...clauses((match) => is.saysNow(match))].some((clause) => violence.has(clause));
}

const near = (sentence: number, sentences: ReadonlySet<number>) =>
	sentences.has(sentence) || sentences.has(sentence - 1) || sentences.has(sentence + 1);

function comingWithCue(context: DangerContext): boolean {
	const { words, matches, negated, conditional, past, times, harms } = context;
	// "när mamma jobbar natt kommer han in till mig", "he always comes in": a habit, not now;
	// but a clause that says now, tonight or again is now whatever else it holds ("the guy who
	// raped me last year is coming here tonight", "the man who follows me every day is behind me
	// again").
	const habits = habitualClauses(words);
	const now = nowClauses(words);
	const sentences = (kinds: readonly DangerCue[], isApproach: boolean) =>
		new Set(
			matches
				.filter((match, i) => {
					const at = first(match);
					const clause = words[at]?.clause ?? 0;
					return (
						// "if I don't come down he'll come up": a threat is often a condition with a
						// negation in it.
						(!negated[i] || (!isApproach && conditional[at] === 1)) &&
						match.kind !== 'fuzzy' &&
						kinds.some((kind) => context.isCue(match, kind)) &&
						(now.has(clause) ||
							(!past.has(clause) && [undefined, 'now'].includes(times.get(clause)))) &&
						(!isApproach ||
							(!conditional[at] &&
								(now.has(clause) || (!habits.has(clause) && !isWorry(words, at)))))
					);
				})
				.map((match) => words[first(match)]?.sentence ?? 0)
		);
	const coming = sentences(['approach'], true);
	if (coming.size === 0) return false;
	const cues = sentences(['threat', 'exposed'], false);
	if ([...coming].some((s) => near(s, cues))) return true;
	// Someone named only "he" or "she", coming or here now ("he's outside my house right now"),
	// or near what he did ("he's coming back tonight. last time he forced me"); "min mamma står
	// utanför" is no danger.
	const hurt = new Set(
		harms.filter((m) => !context.isOnlyThreat(m)).map((m) => words[first(m)]?.sentence ?? 0)
	);
	return matches.some((match, i) => {
		const at = first(match);
		const { sentence = 0, clause = 0 } = words[at] ?? {};
		return (
			context.isCue(match, 'approach') &&
			!negated[i] &&
			!conditional[at] &&
			coming.has(sentence) &&
			startsWithPronoun(words, at) &&
			(now.has(clause) || near(sentence, hurt))
		);
	});
}

/** Coming towards the writer: with now or soon ("kommer hem snart"), or "-ing" and a place. */
const MOTION = new Set([
	'kommer',
	'komma',
	'åker',
	'kör',
	'springer',
	'cyklar',
	'coming',
	'walking',
	'driving',
	'heading',
	'running',
	'riding'
]);
/** Waiting near the writer, or trying to get in: with a place near ("sitter i en bil utanför"). */
const PRESENCE = new Set([
	'står',
	'väntar',
	'sitter',
	// "någon har stått utanför fönstret den senaste halvtimmen": there still.
	'stått',
	'väntat',
	'suttit',
	'försöker',
	'rycker',
	'knackar',
	'standing',
	'waiting',
	'sitting',
	'parked',
	'trying',
	'knocking'
]);
/** Knocking or pulling at a door is at the writer's door: "knackar på", "banging". */
const AT_THE_DOOR = new Set(['knackar', 'bankar', 'bultar', 'rycker', 'knocking', 'banging']);
/** Near the writer: "hit", "utanför min port", "over to mine", "the handle of my door". */
const PLACES = new Set([
	'hit',
	'här',
	'där',
	'hem',
	'hemma',
	'utanför',
	'nere',
	'nedanför',
	'dörren',
	'porten',
	'handtaget',
	'here',
	'there',
	'over',
	'mine',
	'home',
	'outside',
	'downstairs',
	'door',
	'handle'
]);
const COPULA = new Set(['är', 'e', 'is', 's']);
/** Right by the writer: "utanför", "outside", "downstairs"; not "hemma", which is only home. */
const THERE_NOW = new Set(['utanför', 'nere', 'nedanför', 'outside', 'downstairs', 'here', 'här']);
/** A condition after "says": "om", "if", "unless". */
const CONDITIONS = new Set(['om', 'if', 'unless', 'annars']);
/** Now or soon. */
const NOW_OR_SOON = new Set(['nu', 'snart', 'ikväll', 'inatt', 'now', 'soon', 'tonight', 'rn']);
/** Saying what one will do: "han skrev att han är där om fem min", "they said they'll …". */
const SAYS = new Set([
	'sa',
	'sade',
	'säger',
	'skrev',
	'skriver',
	'smsade',
	'said',
	'says',
	'texted',
	'messaged',
	'wrote'
]);
const WILL = new Set(['ska', 'kommer', 'är', 'will', 'll', 'gonna', 'going', 's']);
/** Minutes or hours from now: "om fem min", "in 10 minutes". */
const SOON_UNITS = new Set(['min', 'minuter', 'minuters', 'mins', 'minutes', 'timme', 'hour']);
/** Whom one turns to: someone of these coming is no danger in itself. */
const SUPPORT = new Set([
	'mamma',
	'mamman',
	'mum',
	'mom',
	'mother',
	'mormor',
	'farmor',
	'grandma',
	'kompis',
	'kompisen',
	'vän',
	'bästis',
	'friend',
	'kusin',
	'kusinen',
	'cousin',
	'lärare',
	'läraren',
	'teacher',
	'kurator',
	'kuratorn',
	'polis',
	'polisen',
	'police',
	'jag',
	'i',
	'vi',
	'we'
]);
/** The one a clause is about, when it is someone else: a pronoun, or someone. */
const OTHERS = new Set([...THIRD_PERSON, 'someone', 'någon', 'nån']);
/** Fear said in a word: with someone coming, it is danger. */
const FEAR = new Set(['rädd', 'livrädd', 'skräckslagen', 'scared', 'afraid', 'terrified', 'panik']);

/** Words for a man or a boy, as the one who comes: "killen från tinder", "the guy". */
const MEN = new Set([
	'kille',
	'killen',
	'killar',
	'killarna',
	'mannen',
	'gubbe',
	'gubben',
	'snubbe',
	'snubben',
	'guy',
	'guys',
	'man',
	'men'
]);
const NUMBER_WORDS = new Set([
	'en',
	'ett',
	'två',
	'tre',
	'fem',
	'tio',
	'a',
	'an',
	'one',
	'two',
	'five',
	'ten',
	'few',
	'några'
]);

/**
 * The one the clause before `at` is about: a pronoun, a word for a man, a name of family or a
 * partner ("min bror och hans kompisar", "my stepbrother"), or one of the people one turns to.
 */
function subjectBefore(
	words: readonly TextWord[],
	at: number,
	isName: (at: number) => boolean
): string | undefined {
	// In its clause, or the one before it in the sentence: "min bror och hans kompisar kommer",
	// "my stepbrother is drunk and keeps trying the handle".
	const { clause = 0, sentence } = words[at] ?? {};
	for (let i = at - 1; i >= 0 && i >= at - 8 && words[i]?.sentence === sentence; i--) {
		if ((words[i]?.clause ?? 0) < clause - 1) break;
		const word = words[i]?.word ?? '';
		// "pappas kompis", "my mum's friend": not one of the people the writer turns to.
		if (SUPPORT.has(word) && isOwnedByAnother(words, i)) return 'someone';
		if (SUPPORT.has(word) || OTHERS.has(word) || MEN.has(word) || isName(i)) return word;
		// A person named by a noun: "my ex", "grannen", "styvpappa".
		if (isPersonNoun(word)) return word;
	}
	return undefined;
}

/**
 * Someone else says what they will do: "de sa att de ska …", "he texted he's coming", also after
 * a condition: "he says if i dont come out he's coming in".
 */
function announces(words: readonly TextWord[]): boolean {
	return words.some(({ word, sentence }, i) => {
		if (!SAYS.has(word)) return false;
		const window = CONDITIONS.has(words[i + 1]?.word ?? '') ? 10 : 4;
		const next = words
			.slice(i + 1, i + 1 + window)
			.filter((w) => w.sentence === sentence)
			.map((w) => w.word);
		const who = next.findIndex((w) => OTHERS.has(w));
		return who >= 0 && next.slice(who + 1).some((w) => WILL.has(w));
	});
}

function someoneComingNow(context: DangerContext): boolean {
	const { words, matches, negated, conditional, past, times, harms } = context;
	const told =
		harms.length > 0 ||
		words.some(({ word }) => FEAR.has(word)) ||
		announces(words) ||
		matches.some(
			(match, i) =>
				!negated[i] && (context.isCue(match, 'threat') || context.isCue(match, 'exposed'))
		);
	if (!told) return false;
	const habits = habitualClauses(words);
	const now = nowClauses(words);
	return words.some(({ word, clause }, at) => {
		// "han är där om fem min", "he'll be here soon"
		const arriving =
			['är', 'be', 'is'].includes(word) &&
			['där', 'här', 'there', 'here'].includes(words[at + 1]?.word ?? '');
		// "he's outside my building rn", "han är nere på gården": there now, as one waiting is.
		const isThere = COPULA.has(word) && THERE_NOW.has(words[at + 1]?.word ?? '');
		if ((!MOTION.has(word) && !PRESENCE.has(word) && !arriving && !isThere) || conditional[at]) {
			return false;
		}
		const when = times.get(clause);
		const isNow = now.has(clause) || when === 'now';
		if (!isNow && isWorry(words, at)) return false;
		if (!isNow && (past.has(clause) || when !== undefined || habits.has(clause))) return false;
		const inClause = words.filter((w) => w.clause === clause);
		const soon =
			isNow ||
			inClause.some(({ word: w }, k) => {
				const count = inClause[k - 1]?.word ?? '';
				return (
					NOW_OR_SOON.has(w) ||
					(SOON_UNITS.has(w) && (/^\d+$/.test(count) || NUMBER_WORDS.has(count)))
				);
			});
		const place = AT_THE_DOOR.has(word) || inClause.some(({ word: w }) => PLACES.has(w));
		// "kommer hem snart": coming, and now or soon; "sitter i en bil utanför min port", "walking
		// over to mine": waiting or coming ("-ing") near the writer.
		const near = isThere
			? isNow || soon
			: arriving
				? soon
				: MOTION.has(word)
					? soon || (word.endsWith('ing') && place)
					: place;
		if (!near) return false;
		const subject = subjectBefore(words, at, context.isPersonName);
		return subject !== undefined && !SUPPORT.has(subject);
	});
}
