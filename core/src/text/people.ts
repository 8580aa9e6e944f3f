import { FIRST_PERSON, OBJECT_PRONOUNS } from './cues.js';
import type { TextWord } from './words.js';

/**
 * Who a word for a person is in its sentence, in Swedish and English: someone else's relative
 * ("min kompis pappa"), only the one told ("berätta för mamma"), the one it is done to ("min
 * lillasyster blir utsatt"), or the one who thinks, comes or is spoken of. Grammar, like cues.ts.
 */

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
	'for',
	'to',
	'tell',
	'told',
	'berätta',
	'berättade',
	'säga'
]);

/**
 * Whether a name is someone else's, or only the one told: "min kompis pappa", "my friend's dad",
 * "my sister's boyfriend", "berätta för mamma", "till min familj".
 */
export function isSomeoneElses(words: readonly TextWord[], first: number, last: number): boolean {
	const before = words[first - 1]?.word ?? '';
	const after = words[last + 1]?.word ?? '';
	// "my friend's brother", "my friend's older brother"
	const owned = before === 's' || (words[first - 2]?.word === 's' && !FIRST_PERSON.has(before));
	if (owned || after === 's' || OTHER_PEOPLE.has(before)) return true;
	// "mammas kompis", "a friend of my dad": the name only owns the one spoken of.
	if (ownsAnother(words, last) || isOwnerAfterOf(words, first)) return true;
	if (OTHER_PEOPLE.has(words[last]?.word ?? '') && PEOPLE_AFTER.has(after)) return true;
	// "the dad there", "en pappa": someone's, not the writer's own.
	if (ARTICLES.has(before)) return true;
	// "min lillasyster blir utsatt": the one it is done to, not the one who does it.
	const then = words[last + 2]?.word ?? '';
	// "gets abused" is passive; "gets into her bed" is not.
	const passive = ['got', 'gets'].includes(after)
		? then.endsWith('ed') || PARTICIPLES.has(then)
		: PASSIVE.has(after);
	if (
		passive ||
		(['har', 'has', 'is'].includes(after) && ['blivit', 'been', 'being'].includes(then))
	) {
		return true;
	}
	// "för att styvpappa …" is "because", and "told me uncle …" tells what uncle did: neither is
	// the one told.
	const because = before === 'att' && words[first - 2]?.word === 'för';
	const toldMe = OBJECT_PRONOUNS.has(before);
	return (
		RECIPIENT_WORDS.has(before) ||
		(!because && !toldMe && RECIPIENT_WORDS.has(words[first - 2]?.word ?? ''))
	);
}

const ARTICLES = new Set(['the', 'a', 'an', 'en', 'ett']);
const PASSIVE = new Set(['blir', 'blev', 'was', 'got', 'gets']);
/** English past participles that do not end in -ed: "got hit", "gets hurt". */
const PARTICIPLES = new Set(['hit', 'hurt', 'beaten', 'taken', 'caught', 'bullied']);

/** Friends in the plural ("mina kompisar", "my friends") are company, not the friend asked about. */
const FRIENDS = new Set(['kompisar', 'kompisarna', 'vänner', 'vännerna', 'friends']);

/** Whether a friend named is the one who did it, was only there, or was told: "av min kompis". */
export function isDoerOrCompany(words: readonly TextWord[], first: number): boolean {
	if (FRIENDS.has(words[first]?.word ?? '')) return true;
	// "mammas kompis", "my dad's friend": someone else's friend, not the writer's.
	if (isOwnedByAnother(words, first)) return true;
	const near = [words[first - 1]?.word ?? '', words[first - 2]?.word ?? ''];
	return near.some((word) => DOER_WORDS.has(word) || RECIPIENT_WORDS.has(word));
}

/** Pronouns for someone other than the writer, as the one a clause is about: "han", "they". */
export const THIRD_PERSON = new Set(['han', 'hon', 'hen', 'de', 'dom', 'he', 'she', 'they']);
/** Someone other than the writer: a pronoun, someone, a word for a boy, a girl or a man. */
const OTHER_SUBJECTS = new Set([
	...THIRD_PERSON,
	'kille',
	'killen',
	'tjej',
	'tjejen',
	'guy',
	'mannen',
	'someone',
	'somebody',
	'någon',
	'nån'
]);

/** Whether the clause names someone else before word `at`: "min kusin har tankar om barn". */
export function namesSomeoneElseBefore(words: readonly TextWord[], at: number): boolean {
	const clause = words[at]?.clause;
	for (let i = at - 1; i >= 0 && words[i]?.clause === clause; i--) {
		if (OTHER_SUBJECTS.has(words[i]?.word ?? '')) return true;
	}
	return false;
}

/** The writer as the one a sentence is about: "jag", "I", "vi", "we". */
const WRITER_SUBJECTS = new Set(['jag', 'ja', 'i', 'vi', 'we']);
/** Someone else a sentence may be about: the child, a pronoun for them. */
const CHILD_SUBJECTS = new Set([
	'han',
	'hon',
	'hen',
	'he',
	'she',
	'they',
	'dotter',
	'dottern',
	'son',
	'sonen',
	'barnet',
	'barn',
	'daughter',
	'child',
	'kid',
	'eleven',
	'elev',
	'student',
	'pupil'
]);

/**
 * Whether what stands at `at` is said of the writer: the nearest subject before it in its
 * sentence is "jag"/"I", not the child ("jag är pappa och mår dåligt", not "min dotter mår dåligt").
 */
export function saidOfWriter(words: readonly TextWord[], at: number): boolean {
	const sentence = words[at]?.sentence;
	for (let i = at - 1; i >= 0 && words[i]?.sentence === sentence; i--) {
		const word = words[i]?.word ?? '';
		if (CHILD_SUBJECTS.has(word)) return false;
		if (WRITER_SUBJECTS.has(word)) return true;
	}
	return false;
}

/** Pronouns for someone other than the writer as the one a harm is done to: "slår henne". */
const OTHER_OBJECTS = new Set(['henne', 'honom', 'hen', 'her', 'him', 'them', 'dem', 'dom']);
const WRITER_OBJECTS = new Set(['mig', 'mej', 'me', 'myself']);

/**
 * Who a harm told from `first` to `last` is done to, by the first object pronoun in it or right
 * after it, else in its sentence when only one is named: the writer ("min kompis pappa tar på mig") or someone else ("hennes kille slår
 * henne", "her mum's boyfriend touches her"); undefined when it does not say.
 */
export function doneTo(
	words: readonly TextWord[],
	first: number,
	last: number
): 'writer' | 'another' | undefined {
	const clause = words[first]?.clause;
	for (let i = first; i <= last + 2 && i < words.length; i++) {
		if (i > last && words[i]?.clause !== clause) break;
		const word = words[i]?.word ?? '';
		if (WRITER_OBJECTS.has(word)) return 'writer';
		if (OTHER_OBJECTS.has(word)) return 'another';
	}
	// "my friend's dad keeps sending me messages … and asking for pics": the one its sentence is
	// done to, when only one is named.
	const sentence = words[first]?.sentence;
	const inSentence = words.filter((word) => word.sentence === sentence).map(({ word }) => word);
	const writer = inSentence.some((word) => WRITER_OBJECTS.has(word));
	const another = inSentence.some((word) => OTHER_OBJECTS.has(word));
	return writer === another ? undefined : writer ? 'writer' : 'another';
}

/** Words for a sibling. */
const SIBLINGS = new Set([
	'syster',
	'storasyster',
	'lillasyster',
	'syrra',
	'syrran',
	'bror',
	'storebror',
	'lillebror',
	'brorsa',
	'brorsan',
	'sister',
	'brother'
]);

/** A friend or a sibling, whose partner or parent may be the one who harms them. */
const FRIEND_OR_SIBLING = new Set([
	...OTHER_PEOPLE,
	...SIBLINGS,
	'kompis',
	'bästis',
	'vän',
	'friend',
	'bff'
]);

/**
 * Whether a name belongs to a friend or a sibling named right before it: "min kompis kille",
 * "min systers pojkvän", "my best friend's stepdad".
 */
export function isFriendsOrSiblings(words: readonly TextWord[], first: number): boolean {
	const ownerAt = words[first - 1]?.word === 's' ? first - 2 : first - 1;
	const owner = words[ownerAt]?.word ?? '';
	const isFriend =
		FRIEND_OR_SIBLING.has(owner) ||
		(owner.endsWith('s') && FRIEND_OR_SIBLING.has(owner.slice(0, -1)));
	// The writer's own friend or sibling ("min bästa kompis"), not someone else's ("hennes kompis
	// pappa", "her older sister's boyfriend"), whose partner or parent may harm someone else.
	for (let i = ownerAt - 1; isFriend && i >= ownerAt - 3 && i >= 0; i--) {
		const word = words[i]?.word ?? '';
		if (WRITERS.has(word)) return true;
		if (POSSESSIVE_WORDS.has(word)) return false;
	}
	return false;
}
const WRITERS = new Set(['min', 'mitt', 'mina', 'my']);

/**
 * Where the text names the writer's own sibling ("min syster", "my older brother's …"), or -1:
 * the one a harm done to another may be about.
 */
export function ownSiblingAt(words: readonly TextWord[]): number {
	return words.findIndex(
		({ word }, at) =>
			SIBLINGS.has(
				word.endsWith('s') && SIBLINGS.has(word.slice(0, -1)) ? word.slice(0, -1) : word
			) && [1, 2].some((back) => WRITERS.has(words[at - back]?.word ?? ''))
	);
}

/** "min kompis storebror", "my friend's dad": the friend's relative, not the friend. */
export function isTheirRelative(words: readonly TextWord[], last: number): boolean {
	const after = words[last + 1]?.word === 's' ? last + 2 : last + 1;
	return PEOPLE_AFTER.has(words[after]?.word ?? '');
}

/** Whether someone named by a pronoun does what stands at `at`: "he's coming back", "han kommer". */
export function startsWithPronoun(words: readonly TextWord[], at: number): boolean {
	const clause = words[at]?.clause;
	for (let i = at; i >= at - 3 && i >= 0 && words[i]?.clause === clause; i--) {
		if (THIRD_PERSON.has(words[i]?.word ?? '')) return true;
	}
	return false;
}

/** Away from home: "är inte hemma", "isn't home", "is at work", "jobbar natt". */
const AWAY: readonly (readonly string[])[] = [
	['är', 'inte', 'hemma'],
	['är', 'på', 'jobbet'],
	['är', 'bortrest'],
	['jobbar'],
	['e', 'inte', 'hemma'],
	['isn', 't', 'home'],
	['isnt', 'home'],
	['is', 'not', 'home'],
	['is', 'at', 'work'],
	['is', 'away'],
	['works', 'nights'],
	['is', 'working']
];

/**
 * Whether the person named at `last` is said to be away right after the name ("mamma är inte
 * hemma", "mum is at work"): the one who could protect, not the one who does it.
 */
export function isAway(words: readonly TextWord[], last: number): boolean {
	return AWAY.some((sequence) =>
		sequence.every(
			(word, k) =>
				words[last + 1 + k]?.word === word && words[last + 1 + k]?.clause === words[last]?.clause
		)
	);
}

/**
 * Words for a person who may be the one who does something, beside the pronouns: family,
 * partners, people around a child (a neighbour, a coach, a babysitter, the after-school teacher)
 * and indefinite ones ("en gubbe", "a guy", "this older man"). Not the child a text is about
 * ("dottern", "a boy in my class"): those are who it is done to.
 */
const PERSON_NOUNS = new Set([
	// Swedish: family and partners
	'pappa',
	'pappan',
	'farsan',
	'farsa',
	'mamma',
	'mamman',
	'morsan',
	'morsa',
	'styvpappa',
	'styvpappan',
	'styvfar',
	'styvmamma',
	'bonuspappa',
	'bonuspappan',
	'bonusmamma',
	'farbror',
	'farbrorn',
	'morbror',
	'morbrorn',
	'morfar',
	'farfar',
	'mormor',
	'farmor',
	'moster',
	'faster',
	'kusin',
	'kusinen',
	'bror',
	'brodern',
	'brorsan',
	'brorsa',
	'storebror',
	'styvbror',
	'syster',
	'storasyster',
	'syrran',
	'släkting',
	'släktingen',
	'pojkvän',
	'pojkvännen',
	'sambo',
	'sambon',
	// Swedish: people around a child, and indefinite ones
	'kompis',
	'kompisen',
	'vän',
	'vännen',
	'bästis',
	'granne',
	'grannen',
	'barnvakt',
	'barnvakten',
	'tränare',
	'tränaren',
	'lärare',
	'läraren',
	'ledare',
	'ledaren',
	'fröken',
	'fröknen',
	'personal',
	'personalen',
	'pedagog',
	'pedagogen',
	'vikarie',
	'vikarien',
	'vaktmästare',
	'vaktmästaren',
	'chef',
	'chefen',
	'kollega',
	'kollegan',
	'läkare',
	'läkaren',
	'präst',
	'prästen',
	'chaufför',
	'chauffören',
	'främling',
	'främlingen',
	'ex',
	'exet',
	'kille',
	'killen',
	'gubbe',
	'gubben',
	'snubbe',
	'snubben',
	'man',
	'mannen',
	'farbror',
	'tant',
	'tanten',
	'kvinna',
	'kvinnan',
	// English
	'dad',
	'daddy',
	'father',
	'mum',
	'mom',
	'mother',
	'stepdad',
	'stepfather',
	'stepmom',
	'stepmum',
	'stepmother',
	'stepbrother',
	'uncle',
	'aunt',
	'grandpa',
	'grandad',
	'granddad',
	'grandfather',
	'grandma',
	'cousin',
	'brother',
	'sister',
	'boyfriend',
	'partner',
	'husband',
	'friend',
	'mate',
	'buddy',
	'neighbour',
	'neighbor',
	'babysitter',
	'nanny',
	'teacher',
	'coach',
	'trainer',
	'instructor',
	'tutor',
	'leader',
	'janitor',
	'caretaker',
	'carer',
	'staff',
	'boss',
	'colleague',
	'doctor',
	'priest',
	'driver',
	'stranger',
	'guy',
	'dude',
	'man',
	'men',
	'gentleman',
	'woman',
	'lady'
]);
/** Swedish compounds that end in a role: "fritidsfröken", "fotbollstränaren", "klasskompis". */
const PERSON_HEADS =
	/(fröken|fröknen|ledare|ledaren|ledarn|tränare|tränaren|tränarn|lärare|läraren|lärarn|kompis|kompisen|granne|grannen|vakt|vakten|pappa|pappan|mamma|mamman|kille|killen|gubbe|gubben)$/;
/** Heads too short to stand as the end of a compound on their own. */
const SHORT_COMPOUND = 4;

/** Whether a word names a person who may do something: "grannen", "tränaren", "a guy". */
export function isPersonNoun(word: string): boolean {
	if (PERSON_NOUNS.has(word)) return true;
	const head = PERSON_HEADS.exec(word);
	return head !== null && word.length - head[0].length >= SHORT_COMPOUND;
}

/** A Swedish genitive of a person: "mammas", "pappas", "grannens", "morfars", "brors". */
export function isPersonGenitive(word: string): boolean {
	return word.length > 3 && word.endsWith('s') && isPersonNoun(word.slice(0, -1));
}

/** Partners and family: after a genitive they still name family ("mammas kille", "mum's husband"). */
const FAMILY_AFTER = new Set([
	...PEOPLE_AFTER,
	'sambo',
	'sambon',
	'man',
	'make',
	'fru',
	'pojkvän',
	'pojkvännen',
	'killen',
	'nya',
	'husband',
	'wife',
	'boyfriend',
	'girlfriend',
	'partner',
	'new',
	'brother',
	'sister',
	'father',
	'mother',
	'dad',
	'mum',
	'mom'
]);
/** Places a name owns: "at my dad's house", "hos pappas lägenhet". */
const OWNED_PLACES = new Set([
	'hus',
	'huset',
	'lägenhet',
	'lägenheten',
	'stuga',
	'stugan',
	'house',
	'place',
	'flat',
	'apartment',
	'home',
	'car',
	'bil',
	'bilen'
]);

/**
 * Whether the name at `last` only owns the one spoken of: "mammas kompis", "pappas vän", "min
 * brors kompis", "my mum's friend", "at my dad's house". The owner is not the one who does it;
 * a partner or another relative after it still is family ("mammas kille", "my mum's boyfriend").
 */
export function ownsAnother(words: readonly TextWord[], last: number): boolean {
	const word = words[last]?.word ?? '';
	const english = words[last + 1]?.word === 's';
	if (!english && !(word.endsWith('s') && isPersonNoun(word.slice(0, -1)))) return false;
	const head = words[last + (english ? 2 : 1)]?.word ?? '';
	if (FAMILY_AFTER.has(head)) return false;
	return isPersonNoun(head) || OWNED_PLACES.has(head);
}

/**
 * Whether the person word at `first` belongs to someone named before it: "mammas kompis", "my
 * dad's friend", "min brors kompis", "a friend of my dad" (told after it). Such a friend is not
 * the writer's friend, nor one of the people the writer turns to.
 */
export function isOwnedByAnother(words: readonly TextWord[], first: number): boolean {
	const before = words[first - 1]?.word ?? '';
	if (isPersonGenitive(before)) return true;
	if (before === 's' && isPersonNoun(words[first - 2]?.word ?? '')) return true;
	// "a friend of my dad", "en kompis till pappa"
	const after = words[first + 1]?.word ?? '';
	if (after !== 'of' && after !== 'till') return false;
	const owner = POSSESSIVE_WORDS.has(words[first + 2]?.word ?? '') ? first + 3 : first + 2;
	return isPersonNoun(words[owner]?.word ?? '');
}

const POSSESSIVE_WORDS = new Set(['my', 'his', 'her', 'min', 'mitt', 'hans', 'hennes', 'our']);

/**
 * Whether a family name is only the owner in "a friend of my dad", "en vän till pappa": the one
 * before "of" is the one spoken of.
 */
export function isOwnerAfterOf(words: readonly TextWord[], first: number): boolean {
	const before = words[first - 1]?.word ?? '';
	const of = POSSESSIVE_WORDS.has(before) ? first - 2 : first - 1;
	return ['of', 'till'].includes(words[of]?.word ?? '') && isPersonNoun(words[of - 1]?.word ?? '');
}
