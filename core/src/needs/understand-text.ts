import type { Gender } from '../catalogue/schema.js';
import {
	hypotheticalScope,
	isNegated,
	isSubjectTaught,
	negationCues,
	pastClauses
} from '../text/cues.js';
import {
	isAway,
	isDoerOrCompany,
	doneTo,
	isFriendsOrSiblings,
	ownSiblingAt,
	isSomeoneElses,
	isTheirRelative,
	namesSomeoneElseBefore,
	saidOfWriter
} from '../text/people.js';
import { readTimes } from '../text/time.js';
import { readWords, type TextWord } from '../text/words.js';
import { needGroupOf, type NeedCode } from './codes.js';
import {
	ConceptMatcher,
	firstOf as first,
	lastOf as last,
	trustOf,
	type Match,
	type MatchKind
} from './concept-matcher.js';
import { readAssault, tellsBodySigns } from './assault.js';
import { readGroper, tellsTouching } from './harassment.js';
import { asksInSentence, isCareNamed, isPain, tellsOthersWords } from './care.js';
import { readDangerNow, type DangerCue, type DangerContext } from './danger-now.js';
import { readForcedOrDrugged, restsOnForceForSomethingElse } from './forced-drugged.js';
import { readForcedMarriage } from './forced-marriage.js';
import { readAskedService } from './gender-notes.js';
import { isPastComing } from './past-coming.js';
import { hasWorrySign, isOnlyPicturesOfChildren, readOwnImages } from './own-images.js';
import { isFigure, readSuicide, wishNotNowReader } from './suicide-now.js';
import { readTrade, readUnderAge, type ExchangeContext } from './exchange.js';
import { readPersonStatements, type AskerPhrase, type Statement } from './person-statements.js';
import type { Concept, Signal, TextAsker, VocabularyFile } from './vocabulary.js';

export type { MatchKind } from './concept-matcher.js';

/** What the request itself says of who asks and the young person's age: it wins over the text. */
export interface KnownPerson {
	asker?: TextAsker | 'self';
	age?: number;
}

/**
 * Why words read do not count: denied, a name with no harm beside it or someone else's thoughts,
 * or only who is asking (or how the adult asking feels).
 */
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
/** How surely a text must say the writer worries about their own thoughts or acts. */
const OWN_BEHAVIOUR = 0.5;
/** How surely sex traded in everyday words is read: as words that mean it only together. */
const EXCHANGE_WEIGHT = 0.8;
/** How sure a need must be for a rule of the reader to rest on it. */
const SURE = 0.5;
/** Crisis support for someone with nowhere to stay now. */
const NOWHERE_NOW = 0.8;
/** A report of concern is for a child: under this age. */
const ADULT_AGE = 18;
/** Care and support now after a sexual assault in the last days with signs in the body. */
const RECENT_ASSAULT = 0.8;
/** A plan to take one's life, in everyday words: as sure as the vocabulary's own words. */
const SUICIDE_WEIGHT = 0.8;
/** A service for a gender asked for: the asker's advice need ("någon att prata med"). */
const ASKED_SERVICE = 0.7;
/** Sexual abuse under rape: rape is the more precise word, as "våldtagen" reads it. */
const NAMED_BY_RAPE = 0.4;
/** Harassment as well as abuse when a peer or a colleague touches. */
const PEER_GROPING = 0.6;
/** Concerns that must happen in the last days for "it just happened" to matter. */
const RECENT_CONCERNS: readonly NeedCode[] = ['rape', 'sexual-abuse'];

/** Raises a need to a weight, never lowers it. */
function raiseTo(result: TextUnderstanding, code: NeedCode, weight: number) {
	if (weight > (result.needs.get(code) ?? 0)) result.needs.set(code, weight);
}

/**
 * Understands free text as people write it — Swedish or English, slang, compounds, å/ä/ö typed
 * as a/o, misspellings, denials, conditions and time — as need codes and signals, with who is
 * asking and the gender and age the text states, using the vocabulary in `data/`: the concepts
 * found (ConceptMatcher), then what the clauses around them say of them.
 */
export class TextUnderstander {
	readonly #file: VocabularyFile;
	readonly #concepts: readonly Concept[];
	readonly #matcher: ConceptMatcher;

	constructor(vocabulary: VocabularyFile) {
		this.#file = vocabulary;
		this.#concepts = vocabulary.concepts;
		this.#matcher = new ConceptMatcher(vocabulary.concepts);
	}

	/**
	 * Reads a text. `isKnownWord` says whether a word (in its index form) is a real word from the
	 * catalogue's own texts, so that correctly spelled words are not fuzzily mistaken for others.
	 */
	understand(
		text: string,
		isKnownWord: (word: string) => boolean = () => false,
		known: KnownPerson = {}
	): TextUnderstanding {
		const textWords = readWords(text);
		const matches = this.#matcher.match(textWords, isKnownWord);
		const consumed = new Uint8Array(textWords.length);
		for (const match of matches) {
			if (match.kind === 'phrase') for (const at of match.at) consumed[at] = 1;
		}
		const cues = negationCues(textWords, consumed);
		const conditional = hypotheticalScope(textWords);
		// "kan inte åka hem ikväll": a word for when is not what a negation denies.
		const negated = matches.map(
			(match) =>
				!this.#isOnlyTime(match) &&
				isNegated(textWords, cues, first(match), last(match), match.kind === 'phrase')
		);
		// "vi pratade om våldtäkt på sexualkunskapen": a subject taught is not a harm told.
		const taught = matches.map((match) => isSubjectTaught(textWords, first(match)));
		// "mamma tvingade mig att städa": force that names a chore is no sign of abuse.
		const forcedElse = matches.map(
			(match) => this.#onlySexualAbuse(match) && restsOnForceForSomethingElse(textWords, match.at)
		);
		// "images of kids for a school project": pictures of children with nothing that says worry.
		const worrySaid = hasWorrySign(textWords);
		const onlyPictures = matches.map(
			(match) =>
				!worrySaid && this.#isOwnBehaviour(match) && isOnlyPicturesOfChildren(textWords, match.at)
		);
		const harms = matches.filter(
			(match, i) => !negated[i] && !taught[i] && !forcedElse[i] && this.#isEvidence(match)
		);
		const times = readTimes(textWords);
		const clausesWhen = (reading: string) =>
			[...times].filter(([, when]) => when === reading).map(([clause]) => clause);
		const past = new Set([
			...matches
				.filter((match, i) => !negated[i] && this.#hasSignal(match, 'long-ago'))
				.map((match) => textWords[first(match)]?.clause),
			...pastClauses(textWords),
			...clausesWhen('long-ago')
		]);
		// A weekday or a count of days that places something in the last days: "i lördags".
		const recent = new Set(
			clausesWhen('recent').filter(
				(clause) => !textWords.some((word, at) => word.clause === clause && conditional[at])
			)
		);
		const person = this.#readPerson(textWords, matches, negated, harms);
		const statement = person.asker?.at;
		// Who asks and the young person's age, as the request says or else as the text does.
		const asking: TextAsker | 'self' = known.asker ?? person.asker?.value ?? 'self';
		const personAge = known.age ?? person.age?.value;
		const contextNames = matches.filter((match) => this.#isContext(match)).map(first);
		// A parent or professional who says how they feel asks for support for themselves.
		const adultAsks = asking === 'parent' || asking === 'professional';

		const isWishNotNow = wishNotNowReader(textWords);
		const result: TextUnderstanding = { needs: new Map(), signals: new Set(), understood: [] };
		const adviceWeights: number[] = [];
		const careMatches: Match[] = [];
		const reportWeights: number[] = [];
		// A harm makes a name in its own or a neighbouring sentence count; a threat, only in its
		// own ("han sa att jag ska få se. mamma jobbar natt": mamma is not the one).
		const sentenceOf = (match: Match) => textWords[first(match)]?.sentence ?? 0;
		// A sexual assault told without its words is a harm done, as a word for one is.
		const assault = readAssault(textWords, conditional);
		const harmSentences = new Set(
			harms.filter((m) => !this.#isOnlyThreat(m) && !this.#isFaintTogether(m)).map(sentenceOf)
		);
		if (assault) harmSentences.add(textWords[assault.at]?.sentence ?? 0);
		const threatSentences = new Set(harms.filter((m) => this.#isOnlyThreat(m)).map(sentenceOf));
		// "min kompis kille slår henne": someone else's partner or parent counts when the harm in
		// that sentence is done to someone other than the writer (the friend), not to "mig".
		const toAnotherSentences = new Set(
			harms.filter((m) => doneTo(textWords, first(m), last(m)) === 'another').map(sentenceOf)
		);
		const nearHarm = (sentence: number) =>
			threatSentences.has(sentence) ||
			harmSentences.has(sentence) ||
			harmSentences.has(sentence - 1) ||
			harmSentences.has(sentence + 1);
		matches.forEach((match, i) => {
			const at = first(match);
			const setAside: SetAside | undefined = negated[i]
				? 'negated'
				: (taught[i] && this.#isEvidence(match)) ||
					  forcedElse[i] ||
					  onlyPictures[i] ||
					  (this.#isSuicidal(match) && isFigure(textWords, at))
					? 'no-evidence'
					: statement &&
						  at >= statement[0] &&
						  last(match) <= statement[1] &&
						  !this.#namesAsker(match)
						? 'who-is-asking'
						: (this.#isContext(match) &&
									(!nearHarm(textWords[at]?.sentence ?? 0) ||
										(isSomeoneElses(textWords, at, last(match)) &&
											!(
												isFriendsOrSiblings(textWords, at) &&
												toAnotherSentences.has(textWords[at]?.sentence ?? 0)
											)) ||
										isAway(textWords, last(match)))) ||
							  (this.#isAboutWriter(match) &&
									asking === 'self' &&
									this.#someoneElseThinks(textWords, at, contextNames))
							? 'no-evidence'
							: adultAsks && this.#isFeeling(match) && saidOfWriter(textWords, at)
								? 'who-is-asking'
								: undefined;
			const inThePast = past.has(textWords[at]?.clause);
			const dropped = new Set<Signal>();
			if (conditional[at]) TIME_SIGNALS.forEach((signal) => dropped.add(signal));
			if (inThePast) dropped.add('danger-now');
			// "ibland vill jag bara dö, men jag skulle aldrig göra nåt": a wish, not a plan for now.
			if (this.#isSuicidal(match) && isWishNotNow(at)) dropped.add('danger-now');
			this.#record(result, textWords, match, { setAside, dropped, inThePast });
			if (
				!setAside &&
				match.concepts.some((index) => (this.#concepts[index]?.needs?.['medical-care'] ?? 0) > 0)
			) {
				careMatches.push(match);
			}
			if (!setAside && match.concepts.some((index) => this.#concepts[index]?.advice)) {
				adviceWeights.push(trustOf(match));
			}
			if (!setAside && match.concepts.some((index) => this.#concepts[index]?.report)) {
				reportWeights.push(trustOf(match));
			}
		});
		if (recent.size > 0) result.signals.add('just-happened');
		// "it's 1am and I got thrown out": the text says what time it is now.
		if (clausesWhen('now').length > 0) result.signals.add('urgent');
		const exchange: ExchangeContext = {
			words: textWords,
			// "om jag gör grejer med honom": a phrase for abuse may hold the words for the act, and
			// is the act the trade needs.
			parts: (part) =>
				matches.filter(
					(match, i) =>
						!negated[i] &&
						match.kind !== 'fuzzy' &&
						(match.concepts.some((index) => this.#concepts[index]?.exchange === part) ||
							(part === 'act' && match.kind === 'phrase' && this.#saysOnlySexualAbuse(match)))
				)
		};
		const trade = readTrade(exchange);
		// Traded, the act is exploitation: the abuse its phrase said is the same act, unless
		// something else in the text says abuse ("min styvpappa tar på mig och ger mig pengar").
		if (trade?.act && !assault && this.#saysOnlySexualAbuse(trade.act)) {
			const act = trade.act;
			const otherAbuse = harms.some(
				(match) =>
					match !== act &&
					!match.at.some((at) => act.at.includes(at)) &&
					match.concepts.some(
						(index) => (this.#concepts[index]?.needs?.['sexual-abuse'] ?? 0) >= SURE
					)
			);
			const abuse = result.needs.get('sexual-abuse');
			if (!otherAbuse && abuse !== undefined) {
				result.needs.set('sexual-abuse', Math.min(abuse, NAMED_BY_RAPE));
			}
		}
		// Sex traded for something is read as exploitation, the more precise word for it.
		const underAge = trade ? undefined : readUnderAge(exchange, personAge);
		for (const reading of [trade, underAge]) {
			if (!reading) continue;
			for (const code of reading.needs) {
				if (EXCHANGE_WEIGHT > (result.needs.get(code) ?? 0)) {
					result.needs.set(code, EXCHANGE_WEIGHT);
				}
			}
			result.understood.push({
				words: reading.words,
				needs: reading.needs,
				signals: [],
				kind: 'together'
			});
		}
		// A sexual assault told without its words ("he made me do sexual stuff", "han slutade inte
		// när jag sa sluta"); in the last days with signs in the body it needs care and support now.
		if (assault) {
			for (const code of assault.needs) raiseTo(result, code, EXCHANGE_WEIGHT);
			result.understood.push({
				words: assault.words,
				needs: assault.needs,
				signals: [],
				kind: 'together'
			});
			// "woke up next to a guy from the party … i'm sore": the morning after, when the text
			// gives no other time.
			if (assault.morningAfter && times.size === 0 && !result.signals.has('long-ago')) {
				recent.add(textWords[0]?.clause ?? 0);
				result.signals.add('just-happened');
			}
		}
		// "han tvingade mig i förrgår", "put something in my drink … woke up with my clothes off":
		// forced sex, the most precise word for it.
		const forced = readForcedOrDrugged(textWords, conditional);
		if (forced) {
			for (const code of forced.needs) raiseTo(result, code, EXCHANGE_WEIGHT);
			const abuse = result.needs.get('sexual-abuse');
			if (abuse !== undefined) result.needs.set('sexual-abuse', Math.min(abuse, NAMED_BY_RAPE));
			result.understood.push({
				words: forced.words,
				needs: forced.needs,
				signals: [],
				kind: 'together'
			});
		}
		// "mina föräldrar ska gifta bort mig i sommar", "my family has chosen a husband for me",
		// "de ska lämna mig hos släkten": the writer's own forced marriage, told in any words.
		const marriage = readForcedMarriage(textWords, conditional);
		if (marriage) {
			raiseTo(result, 'honour-violence', EXCHANGE_WEIGHT);
			result.understood.push({
				words: marriage,
				needs: ['honour-violence'],
				signals: [],
				kind: 'together'
			});
		}
		// "i've been looking at stuff online with kids in it and i want to stop"
		const ownImages = readOwnImages(textWords);
		if (ownImages) {
			raiseTo(result, 'worried-about-own-behaviour', EXCHANGE_WEIGHT);
			result.understood.push({
				words: ownImages,
				needs: ['worried-about-own-behaviour'],
				signals: [],
				kind: 'together'
			});
		}
		// Nowhere to stay, now or tonight ("sitter i trapphuset nu", "where can I sleep tonight"):
		// a crisis now, whatever else the text says.
		if ((result.needs.get('safe-housing') ?? 0) >= SURE && result.signals.has('urgent')) {
			if (NOWHERE_NOW > (result.needs.get('crisis-support') ?? 0)) {
				result.needs.set('crisis-support', NOWHERE_NOW);
			}
		}
		this.#settleCare(result, textWords, careMatches, asking);
		this.#settleTime(result, textWords, matches, negated, past, recent);
		this.#settleGroping(result, textWords, matches);
		// Rape is the more precise word: sexual abuse read no more surely beside it is the same act.
		const rape = result.needs.get('rape') ?? 0;
		if (rape >= SURE && (result.needs.get('sexual-abuse') ?? 0) <= rape) {
			result.needs.delete('sexual-abuse');
		}
		const assaulted = (['rape', 'sexual-abuse'] as const).some(
			(code) => (result.needs.get(code) ?? 0) >= SURE
		);
		// Said of the writer, or a friend: an adult telling a child's words ("gör ont på snippan")
		// tells what the child said today, not an injury to be cared for now.
		const aboutSelf = asking === 'self' || asking === 'friend';
		if (
			aboutSelf &&
			assaulted &&
			result.signals.has('just-happened') &&
			tellsBodySigns(textWords)
		) {
			raiseTo(result, 'medical-care', RECENT_ASSAULT);
			raiseTo(result, 'crisis-support', RECENT_ASSAULT);
		}
		const names = new Set(
			matches.filter((match) => this.#isContext(match)).flatMap((match) => match.at)
		);
		const danger: DangerContext = {
			words: textWords,
			matches,
			negated,
			conditional,
			past,
			times,
			harms,
			// "she came back from her dad's weekend": a coming that is over is no approach now.
			isCue: (match, cue) =>
				this.#isCue(match, cue) && !(cue === 'approach' && isPastComing(textWords, first(match))),
			isOnlyThreat: (match) => this.#isOnlyThreat(match),
			namesViolence: (match) => this.#namesViolence(match),
			saysNow: (match) => this.#hasSignal(match, 'urgent'),
			isPersonName: (at) => names.has(at),
			weightOf: (code) => result.needs.get(code) ?? 0
		};
		const dangerNow = readDangerNow(danger);
		if (dangerNow) result.signals.add('danger-now');
		// "going to end it tonight", "tänker hoppa från bron ikväll": danger now; a plan for later
		// ("not tonight but soon") is a crisis, not an emergency.
		const suicide = readSuicide(textWords, conditional);
		if (suicide) {
			raiseTo(result, 'mental-health', SUICIDE_WEIGHT);
			raiseTo(result, 'crisis-support', SUICIDE_WEIGHT);
			if (suicide.isNow) result.signals.add('danger-now');
			result.understood.push({
				words: suicide.words,
				needs: suicide.needs,
				signals: suicide.isNow ? ['danger-now'] : [],
				kind: 'together'
			});
		}
		if (dangerNow === 'someone') result.signals.add('someone-there');
		// Someone at the door is a crime going on only when the danger is now.
		if (!result.signals.has('danger-now')) result.signals.delete('someone-there');
		// "finns det nån tjejjour?", "is there something just for guys?": a line to turn to is asked.
		if (readAskedService(textWords)) adviceWeights.push(ASKED_SERVICE);
		this.#addAskerNeeds(result, asking, adviceWeights, reportWeights, personAge);
		// Someone worried about their own thoughts who names the police fears them ("blir det en
		// polisgrej?", "will they call the police?"): it is not a wish to report.
		if ((result.needs.get('worried-about-own-behaviour') ?? 0) >= OWN_BEHAVIOUR) {
			result.needs.delete('police-report');
		}
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
		const tellsConcern = matches.some(
			(match, i) =>
				!negated[i] &&
				!this.#isContext(match) &&
				match.concepts.some((index) =>
					Object.entries(this.#concepts[index]?.needs ?? {}).some(
						([code, weight]) => needGroupOf(code as NeedCode) === 'concern' && weight >= 0.5
					)
				)
		);
		// "min kompis kille slår henne": a harm done to someone other than the writer, or to them.
		const targets = harms.map((match) => doneTo(textWords, first(match), last(match)));
		const toAnother = targets.includes('another');
		const toWriter = targets.includes('writer');
		matches.forEach((match, i) => {
			if (negated[i]) return;
			for (const index of match.concepts) {
				const asker = this.#concepts[index]?.asker;
				if (!asker) continue;
				// "av min kompis", "med min kompis", "berätta för min kompis": not the friend asked about;
				// "min kompis storebror", "my friend's dad … me", unless the harm is done to another
				// ("min väns familj ska gifta bort henne" is about the friend).
				const relative =
					(!tellsConcern || toWriter) && !toAnother && isTheirRelative(textWords, last(match));
				if (asker === 'friend' && (isDoerOrCompany(textWords, first(match)) || relative)) {
					continue;
				}
				askerPhrases.push({ asker, first: first(match), last: last(match) });
			}
		});
		// "my older brother's girlfriend hits him": a harm done to the writer's sibling.
		const sibling = ownSiblingAt(textWords);
		if (toAnother && sibling >= 0 && !askerPhrases.some((phrase) => phrase.asker === 'friend')) {
			askerPhrases.push({ asker: 'friend', first: sibling - 1, last: sibling });
		}
		const contextNames = matches.filter((match) => this.#isContext(match)).map(first);
		// The writer's own thoughts or acts, not a friend's ("he's worried about his thoughts").
		const ownBehaviour = matches.some(
			(match, i) =>
				!negated[i] &&
				!this.#someoneElseThinks(textWords, first(match), contextNames) &&
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
			// "min styvpappa sa att jag ska få se": a threat is a harm done.
			if (match.kind !== 'fuzzy' && concept.danger === 'threat') return true;
			return (Object.entries(concept.needs ?? {}) as [NeedCode, number][]).some(
				([code, weight]) => weight >= EVIDENCE_WEIGHT && EVIDENCE_CONCERNS.includes(code)
			);
		});
	}

	/**
	 * Words that mean a harm only together, read below what a rule may rest on ("vill … sängen" in
	 * "min 4-åring vill gosa med pappa i sängen"): too faint to make a name beside them count.
	 */
	#isFaintTogether(match: Match): boolean {
		if (match.kind !== 'together') return false;
		const strongest = Math.max(
			0,
			...match.concepts.flatMap((index) =>
				EVIDENCE_CONCERNS.map((code) => this.#concepts[index]?.needs?.[code] ?? 0)
			)
		);
		return strongest * trustOf(match) < SURE;
	}

	/** Words for feeling bad, and nothing else: "mår dåligt", "can't cope". */
	#isFeeling(match: Match): boolean {
		return match.concepts.every((index) => {
			const needs = Object.keys(this.#concepts[index]?.needs ?? {});
			return (
				needs.length > 0 &&
				needs.every((code) => code === 'mental-health' || code === 'crisis-support')
			);
		});
	}

	#isAboutWriter(match: Match): boolean {
		return match.concepts.some((index) => this.#concepts[index]?.aboutWriter === true);
	}

	/**
	 * Whether the one who thinks or does it is someone the writer names, not the writer: "min
	 * kusin har tankar om barn", "he looks at pictures of kids". A name of family or a partner
	 * earlier in the clause counts as one.
	 */
	#someoneElseThinks(textWords: readonly TextWord[], at: number, contextNames: readonly number[]) {
		const clause = textWords[at]?.clause;
		return (
			namesSomeoneElseBefore(textWords, at) ||
			contextNames.some((name) => name < at && textWords[name]?.clause === clause)
		);
	}

	#isOnlyTime(match: Match): boolean {
		return match.concepts.every((index) => {
			const concept = this.#concepts[index];
			return (
				concept !== undefined &&
				Object.keys(concept.needs ?? {}).length === 0 &&
				(concept.signals ?? []).length > 0 &&
				(concept.signals ?? []).every((signal) => TIME_SIGNALS.has(signal) || signal === 'long-ago')
			);
		});
	}

	/** The vocabulary's words for taking one's life, which say danger now by themselves. */
	#isSuicidal(match: Match): boolean {
		return match.concepts.some((index) => {
			const concept = this.#concepts[index];
			return (
				(concept?.needs?.['mental-health'] ?? 0) >= SURE &&
				(concept?.signals ?? []).includes('danger-now')
			);
		});
	}

	/** Words that say sexual abuse and nothing else: "tvingade mig", not "tvingar mig att gifta mig". */
	#onlySexualAbuse(match: Match): boolean {
		return match.concepts.every((index) =>
			Object.keys(this.#concepts[index]?.needs ?? {}).every((code) => code === 'sexual-abuse')
		);
	}

	/** A phrase that says sexual abuse and nothing else: "gör grejer med honom". */
	#saysOnlySexualAbuse(match: Match): boolean {
		return (
			this.#onlySexualAbuse(match) &&
			match.concepts.some((index) => (this.#concepts[index]?.needs?.['sexual-abuse'] ?? 0) >= SURE)
		);
	}

	#isOwnBehaviour(match: Match): boolean {
		return match.concepts.some(
			(index) => (this.#concepts[index]?.needs?.['worried-about-own-behaviour'] ?? 0) >= SURE
		);
	}

	#isOnlyThreat(match: Match): boolean {
		return match.concepts.every((index) => this.#concepts[index]?.danger === 'threat');
	}

	#isCue(match: Match, cue: DangerCue): boolean {
		return match.concepts.some((index) => this.#concepts[index]?.danger === cue);
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
		const factor = trustOf(match);
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
	 * Care named is care asked for only when the writer asks ("behöver jag gå till läkaren?", "I
	 * need a doctor"), not when a nurse or a hospital is only part of what happened ("a nurse at
	 * school helped me", "när mamma ligger på sjukhus"); and pain an adult tells in a child's
	 * words ("han säger att det gör ont") is what the child said, not an injury to be cared for.
	 */
	#settleCare(
		result: TextUnderstanding,
		textWords: readonly TextWord[],
		careMatches: readonly Match[],
		asking: TextAsker | 'self'
	) {
		if (careMatches.length === 0) return;
		const reported = asking === 'parent' || asking === 'professional';
		const counts = careMatches.some((match) => {
			const at = first(match);
			const words = match.at.map((position) => textWords[position]?.word ?? '');
			if (asksInSentence(textWords, at)) return true;
			if (words.some(isCareNamed)) return false;
			return !(reported && words.some(isPain) && tellsOthersWords(textWords, at));
		});
		if (!counts) result.needs.delete('medical-care');
	}

	/**
	 * Touching is harassment too when a peer or a colleague does it ("killen bredvid mig i klassen
	 * tar på mig"), and not when an adult in a role over the child or family does it ("my coach
	 * keeps touching me"): then harassment read only from the touching words does not count.
	 */
	#settleGroping(
		result: TextUnderstanding,
		textWords: readonly TextWord[],
		matches: readonly Match[]
	) {
		if ((result.needs.get('sexual-abuse') ?? 0) < SURE || !tellsTouching(textWords)) return;
		const namesFamily = matches.some(
			(match) =>
				this.#isContext(match) &&
				match.concepts.some(
					(index) => (this.#concepts[index]?.needs?.['abuse-in-family'] ?? 0) >= EVIDENCE_WEIGHT
				)
		);
		const groper = readGroper(textWords, namesFamily);
		const harassment = result.understood.filter(
			({ setAside, needs }) => !setAside && needs.includes('sexual-harassment')
		);
		const onlyTouching = harassment.every(({ needs }) => needs.includes('sexual-abuse'));
		if (groper === 'role-or-family' && onlyTouching) result.needs.delete('sexual-harassment');
		if (groper === 'peer') raiseTo(result, 'sexual-harassment', PEER_GROPING);
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
		pastClauses: ReadonlySet<number | undefined>,
		recent: ReadonlySet<number>
	) {
		if (result.signals.has('just-happened') && pastClauses.size > 0) {
			const recentClauses = new Set<number | undefined>(recent);
			const concernClauses = new Set<number | undefined>();
			matches.forEach((match, i) => {
				if (negated[i]) return;
				const clause = textWords[match.at[0] as number]?.clause;
				// "last year on a Friday night": the year says when, not "night".
				if (this.#hasSignal(match, 'just-happened') && !pastClauses.has(clause)) {
					recentClauses.add(clause);
				}
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

	/**
	 * A request for advice, or to report, means what the asker needs; what an adult describes may
	 * add more.
	 */
	#addAskerNeeds(
		result: TextUnderstanding,
		asker: TextAsker | 'self',
		adviceWeights: number[],
		reportWeights: number[],
		age: number | undefined
	) {
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
		const report = Math.max(0, ...reportWeights);
		for (const [code, weight] of Object.entries(entry.report) as [NeedCode, number][]) {
			raise(code, weight * report);
		}
		for (const [code, weight] of Object.entries(entry.reads ?? {}) as [NeedCode, number][]) {
			raise(code, weight);
		}
		const { withConcerns } = entry;
		// A report of concern is made for a child: not for a 19-year-old a professional meets.
		const isChild = age === undefined || age < ADULT_AGE;
		if (isChild && withConcerns?.concerns.some((code) => (result.needs.get(code) ?? 0) >= 0.5)) {
			for (const [code, weight] of Object.entries(withConcerns.needs) as [NeedCode, number][]) {
				raise(code, weight);
			}
		}
	}
}
