import type { TextWord } from './words.js';

/**
 * The small closed-class words that change what the words around them mean, in Swedish and
 * English: negation ("inget har hänt", "he didn't"), hypotheticals ("vad händer om", "what if")
 * and the pronouns that say who something happened to. The vocabulary in `data/` holds what
 * people write about; these are grammar, so they live with the code that applies them.
 */

const NEGATIONS = new Set([
	'inte',
	'ej',
	'icke',
	'aldrig',
	'inget',
	'ingenting',
	'inga',
	'not',
	'never',
	'without',
	'nothing',
	'cannot',
	'dont',
	'didnt',
	'doesnt',
	'isnt',
	'wasnt',
	'werent',
	'arent',
	'hasnt',
	'havent',
	'hadnt',
	'wont',
	'cant',
	'wouldnt',
	'couldnt',
	'shouldnt'
]);

/** "don't" is read as "don" + "t". */
const NEGATED_AUXILIARIES = new Set([
	'don',
	'didn',
	'doesn',
	'isn',
	'wasn',
	'weren',
	'aren',
	'hasn',
	'haven',
	'hadn',
	'won',
	'can',
	'wouldn',
	'couldn',
	'shouldn',
	'ain',
	'mustn'
]);

/**
 * A negation next to these does not deny what follows: "jag vet inte om det var våldtäkt",
 * "I'm not sure", "I don't dare to report", "inte bara".
 */
const NOT_DENYING_BEFORE = new Set([
	'vet',
	'visste',
	'förstår',
	'fattar',
	'minns',
	'vågar',
	'vågade',
	'törs'
]);
const NOT_DENYING_AFTER = new Set([
	'stop',
	'sluta',
	'know',
	'knew',
	'remember',
	'understand',
	'dare',
	'sure',
	'säker',
	'bara',
	'only',
	'just'
]);

/** How many words a negation reaches ahead in its clause: "har inte blivit våldtagen". */
const NEGATION_REACH = 4;
/** Words a negation's reach does not count. */
const FILLER_WORDS = new Set(['t', 'to', 'the', 'a', 'an', 'att', 'en', 'ett', 'och', 'and']);

/** For each word: whether it is a negation that denies what follows it. */
export function negationCues(words: readonly TextWord[], consumed: Uint8Array): Uint8Array {
	const cues = new Uint8Array(words.length);
	words.forEach(({ word }, i) => {
		if (consumed[i]) return;
		const isCue =
			NEGATIONS.has(word) ||
			(NEGATED_AUXILIARIES.has(word) && words[i + 1]?.word === 't') ||
			// "utan att det blir en polisanmälan"; "inte X utan Y" says Y.
			(word === 'utan' && words[i + 1]?.word === 'att');
		if (!isCue) return;
		const after = words[i + (words[i + 1]?.word === 't' ? 2 : 1)]?.word ?? '';
		const before = words[i - 1]?.word ?? '';
		if (NOT_DENYING_BEFORE.has(before) || NOT_DENYING_AFTER.has(after)) return;
		cues[i] = 1;
	});
	return cues;
}

export const OBJECT_PRONOUNS = new Set([
	'mig',
	'dig',
	'honom',
	'henne',
	'hen',
	'oss',
	'dem',
	'me',
	'him',
	'her',
	'them',
	'it'
]);

/** Negations that may follow what they deny: "rörde mig inte", "he touched me not". */
const POSTPOSED = new Set(['inte', 'ej', 'aldrig', 'not', 'never']);

/**
 * Whether words `first`…`last` are denied: a negation shortly before, right after ("rörde mig
 * inte"), or, for a phrase read across a gap, in the gap ("vill inte anmäla").
 */
export function isNegated(
	words: readonly TextWord[],
	cues: Uint8Array,
	first: number,
	last: number,
	isPhrase = false
): boolean {
	const clause = words[first]?.clause;
	if (isPhrase) for (let i = first + 1; i < last; i++) if (cues[i]) return true;
	// The reach counts words that mean something: "doesn't want to go to the police" reaches.
	let reach = NEGATION_REACH;
	for (let i = first - 1; i >= 0 && reach >= 0; i--) {
		if (words[i]?.clause !== clause) break;
		if (cues[i]) return true;
		if (!FILLER_WORDS.has(words[i]?.word ?? '')) reach--;
	}
	const next = last + 1;
	if (words[next]?.clause !== words[last]?.clause) return false;
	const denies = (at: number) => cues[at] === 1 && POSTPOSED.has(words[at]?.word ?? '');
	if (denies(next)) return true;
	return (
		OBJECT_PRONOUNS.has(words[next]?.word ?? '') &&
		denies(next + 1) &&
		words[next + 1]?.clause === words[last]?.clause
	);
}

const IF_WORDS = new Set(['if', 'ifall', 'hypothetically', 'hypotetiskt', 'suppose', 'supposing']);
/** Swedish "om" is also "about": only "om jag/man/någon …" opens a condition. */
const OM_SUBJECTS = new Set([
	'jag',
	'man',
	'någon',
	'nån',
	'han',
	'hon',
	'hen',
	'du',
	'vi',
	'de',
	'dom'
]);

/** For each word: whether it stands in a condition ("om jag anmäler …", "what if he …"). */
export function hypotheticalScope(words: readonly TextWord[]): Uint8Array {
	const scope = new Uint8Array(words.length);
	let open = -1;
	words.forEach(({ word, clause }, i) => {
		if (open >= 0 && words[open]?.clause !== clause) open = -1;
		if (IF_WORDS.has(word) || (word === 'om' && OM_SUBJECTS.has(words[i + 1]?.word ?? ''))) {
			open = i;
		}
		if (open >= 0) scope[i] = 1;
	});
	return scope;
}

/** Words that mean the writer: "jag blev våldtagen", "han slår mig", "I was raped". */
export const FIRST_PERSON = new Set(['jag', 'ja', 'mig', 'mej', 'i', 'me', 'myself']);

/**
 * Clauses the grammar places in the past, beyond the vocabulary's words for it: an age the writer
 * has passed ("när jag var 12", "when I was 9") and English habit in the past ("I used to").
 */
export function pastClauses(words: readonly TextWord[]): number[] {
	const clauses: number[] = [];
	words.forEach(({ word, clause }, i) => {
		const was =
			(word === 'när' && words[i + 1]?.word === 'jag' && words[i + 2]?.word === 'var') ||
			(word === 'when' && words[i + 1]?.word === 'i' && words[i + 2]?.word === 'was');
		if (was && /^\d{1,2}$/.test(words[i + 3]?.word ?? '')) clauses.push(clause);
		if (word === 'used' && words[i + 1]?.word === 'to') clauses.push(clause);
	});
	return clauses;
}

/** Words that make a clause tell what keeps happening, not what happens now. */
const HABITUAL = new Set([
	'brukar',
	'alltid',
	'ofta',
	'always',
	'usually',
	'often',
	'whenever',
	'varje',
	'every'
]);
/** Words that hold a clause to now or tonight even with "när" ("när han kommer i natt"). */
const NOW_WORDS = new Set([
	'nu',
	'ikväll',
	'inatt',
	'snart',
	'now',
	'tonight',
	'rn',
	'igen',
	'again'
]);

/** Clauses that say now, tonight or again: "han kommer ikväll", "he's behind me again". */
export function nowClauses(words: readonly TextWord[]): Set<number> {
	const clauses = new Set(
		words.filter(({ word }) => NOW_WORDS.has(word)).map(({ clause }) => clause)
	);
	words.forEach(({ word, clause }, i) => {
		if (word === 'i' && ['kväll', 'natt'].includes(words[i + 1]?.word ?? '')) clauses.add(clause);
	});
	return clauses;
}

/**
 * Clauses that tell what keeps happening ("när mamma jobbar natt kommer han in till mig", "he
 * always comes in when he's drunk"): Swedish "när" with the present tells a habit unless the
 * clause says now or tonight.
 */
export function habitualClauses(words: readonly TextWord[]): Set<number> {
	const clauses = new Set<number>();
	const nowIn = nowClauses(words);
	for (const { word, clause } of words) {
		if (HABITUAL.has(word) || (word === 'när' && !nowIn.has(clause))) clauses.add(clause);
	}
	return clauses;
}

/** Lessons and media: what a text says was taught, shown or read about there is a subject. */
const LESSON =
	/^(lektion\w*|sexualkunskap\w*|sexualundervisning\w*|samhällskunskap\w*|lesson\w*|class|sex|ed|film\w*|filmer|documentar\w*|dokumentär\w*|nyheter\w*|news|artikel\w*|article\w*|podd\w*|podcast\w*|tv|serie\w*|series|lärde|learned|learnt|läste|read|föreläsning\w*|lecture\w*)$/;
const ABOUT = new Set(['om', 'about']);

/**
 * Whether the word at `at` is a subject talked about in a lesson or a medium ("vi pratade om
 * våldtäkt på sexualkunskapen", "a lesson about trafficking"), not something that happened:
 * "om"/"about" right before it (an article or adjective may stand between) and a word for a
 * lesson, a film or the news in its sentence.
 */
export function isSubjectTaught(words: readonly TextWord[], at: number): boolean {
	const sentence = words[at]?.sentence;
	const about = [1, 2, 3].some(
		(back) =>
			ABOUT.has(words[at - back]?.word ?? '') &&
			words.slice(at - back + 1, at).every(({ word }) => !ABOUT.has(word) && word.length <= 12)
	);
	if (!about) return false;
	return words.some((word) => word.sentence === sentence && LESSON.test(word.word));
}
