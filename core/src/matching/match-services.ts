import type { Gender } from '../catalogue/schema.js';
import type { Geography, ResolvedLocation } from '../geo/geography.js';
import { swedishClockAt } from '../hours/opening-hours.js';
import type { NeedCode } from '../needs/codes.js';
import type { NeedVocabulary, UiLanguage } from '../needs/need-vocabulary.js';
import type { UnderstoodWords } from '../needs/understand-text.js';
import type { Signal } from '../needs/vocabulary.js';
import { NO_ROLE, roleCode, type CatalogueIndex } from './catalogue-index.js';
import { ageStatus, checkArea, genderStatus } from './eligibility.js';
import type { ServiceFeatures } from './features.js';
import {
	isOnRoute,
	isPreferredOnRoute,
	planFirstSteps,
	RULE_MESSAGES,
	type FirstStepRule,
	type Step
} from './first-steps.js';
import { explainMatch, type MatchReason } from './reasons.js';
import {
	compileQuery,
	localityBonus,
	MAX_USABILITY,
	needFitOf,
	openTier,
	passesFilters,
	rankingScore,
	rankTier,
	WEIGHTS,
	type Query
} from './rank.js';
import { readRequest, type NeedSource, type Source, type Stated } from './read-request.js';
import {
	helpsWith,
	placeSteps,
	TopList,
	type NightCheck,
	type Placed,
	type RouteCheck
} from './placement.js';
import type { MatchRequest, Seeker } from './request.js';
import { TextIndex } from './text-index.js';

export type { NeedSource } from './read-request.js';

export const DEFAULT_LIMIT = 10;

export interface MatchDependencies {
	index: CatalogueIndex;
	geography: Geography;
	vocabulary: NeedVocabulary;
}

export interface RankedService {
	id: string;
	/** 0–1, higher is a better fit; the order of results is the ranking. */
	score: number;
	reasons: MatchReason[];
}

/** What is known of the person, and from where; null when neither the request nor the text says. */
export type PersonDetail<T> = { value: T; source: Source; words?: string } | null;

/** How the request was read, so the person can see and correct it. */
export interface Interpretation {
	/**
	 * Who is asking: as the request said, or as its text shows ("jag är lärare", "min dotter",
	 * "min kompis" → friend: a young person asking for someone else), or not known.
	 */
	asker: { seeker: Seeker; source: Source; words?: string } | { seeker: null; source: 'not-given' };
	/** The age and gender of the young person the help is about. */
	person: { age: PersonDetail<number>; gender: PersonDetail<Gender> };
	needs: { code: NeedCode; weight: number; source: NeedSource }[];
	signals: Signal[];
	understood: UnderstoodWords[];
	location: LocationInterpretation;
	/** The first-step rules that ordered the answer, each with a sentence to show. */
	situation: { rule: FirstStepRule; message: string }[];
}

export type LocationInterpretation =
	| {
			status: 'municipality';
			municipality: { code: string; name: string };
			county: { code: string; name: string };
	  }
	| { status: 'county'; county: { code: string; name: string } }
	| { status: 'not-given' }
	| { status: 'postal-code-not-found' };

export interface MatchOutcome {
	results: RankedService[];
	interpretation: Interpretation;
}

function describeLocation(location: ResolvedLocation): LocationInterpretation {
	if (location.kind === 'municipality') {
		const { municipality, county } = location;
		return {
			status: 'municipality',
			municipality: { code: municipality.code, name: municipality.shortName },
			county: { code: county.code, name: county.name }
		};
	}
	if (location.kind === 'county') {
		return { status: 'county', county: { code: location.county.code, name: location.county.name } };
	}
	return { status: location.reason };
}

const detail = <T>(stated: Stated<T> | undefined): PersonDetail<T> =>
	stated
		? {
				value: stated.value,
				source: stated.source,
				...(stated.words ? { words: stated.words } : {})
			}
		: null;

/** Within a step, a service that serves the person's own place comes first, then what is open. */
const STEP_TIERS = { servesPlace: 100, open: 10, preferred: 5 } as const;

/**
 * Finds where a child should be referred: the eligible services (never one the child may not
 * use), ranked by how well they fit and placed by the first-step rules, each with the reasons.
 * Pure and deterministic for a given catalogue index and instant.
 */
export function matchServices(
	request: MatchRequest,
	dependencies: MatchDependencies,
	now: Date
): MatchOutcome {
	const { index, geography, vocabulary } = dependencies;
	const location = geography.resolveLocation(request.location);
	const read = readRequest(request, vocabulary, (word) => index.text.hasWord(word));
	const asking = read.asker?.value;
	const person = { age: read.age?.value, gender: read.gender?.value, location };
	const clock = swedishClockAt(now);
	const plan = planFirstSteps({
		asking,
		age: person.age,
		placeKnown: location.kind !== 'unknown',
		needs: read.needs,
		signals: read.signals,
		clock
	});
	const query = compileQuery({
		asking,
		person,
		needs: read.needs,
		relatedNeeds: vocabulary.relatedNeeds(read.needs, person.age, asking),
		preferredChannels:
			request.channels && request.channels.length > 0 ? request.channels : undefined,
		language: request.language,
		signals: read.signals,
		filters: request.filters,
		clock,
		plan
	});
	const limit = request.limit ?? DEFAULT_LIMIT;
	const placed = rankServices(index, query, request.text, limit);

	const language: UiLanguage = request.language === 'en' ? 'en' : 'sv';
	const reasonContext = { query, geography, vocabulary, language };
	return {
		results: placed.map(({ position, score, step }) => {
			const service = index.features[position] as ServiceFeatures;
			return {
				id: service.id,
				score: Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000,
				reasons: explainMatch(service, reasonContext, step)
			};
		}),
		interpretation: {
			asker: read.asker
				? {
						seeker: read.asker.value,
						source: read.asker.source,
						...(read.asker.words ? { words: read.asker.words } : {})
					}
				: { seeker: null, source: 'not-given' },
			person: { age: detail(read.age), gender: detail(read.gender) },
			needs: [...read.needs].map(([code, weight]) => ({
				code,
				weight: Math.round(weight * 100) / 100,
				source: read.sources.get(code) ?? 'request'
			})),
			signals: [...read.signals],
			understood: read.understood,
			location: describeLocation(location),
			situation: plan.rules.map((rule) => ({ rule, message: RULE_MESSAGES[rule][language] }))
		}
	};
}

/**
 * One pass over the candidates: every eligible service is scored into the general list, and
 * the services on a first-step route also into that step's short list. The steps' services are
 * then placed as the rules say, and the rest follow in order.
 */
function rankServices(
	index: CatalogueIndex,
	query: Query,
	text: string | undefined,
	limit: number
): Placed[] {
	const { features, columns } = index;
	const { plan } = query;
	const idOf = (position: number) => features[position]?.id ?? '';
	// The steps' services are placed from their own lists: the answer is those and the best
	// `limit` of all, so the general list needs no more, and a short one prunes more. At night
	// the rule looks further down for an open service that gives the same help.
	const top = new TopList(plan.openFirst ? 2 * limit : limit, idOf);
	const { steps } = plan;
	const stepLists = steps.map((step) => new TopList(step.take, idOf));
	const routeContext = { personGenderMask: query.personGenderMask };
	const textScores = scoreText(index, text);
	const { age } = query.person;
	try {
		for (const candidates of index.candidatesFor(query.person.location)) {
			for (const position of candidates.positions) {
				if (columns.isActive[position] === 0) continue;
				if (columns.isPrevention[position] === 1 && !query.allowsPrevention) continue;
				if (
					ageStatus(columns.minAge[position] as number, columns.maxAge[position] as number, age) ===
					'not-met'
				) {
					continue;
				}
				if (
					genderStatus(columns.genderMask[position] as number, query.personGenderMask) === 'not-met'
				) {
					continue;
				}
				const service =
					candidates.area === undefined || query.hardFilters
						? (features[position] as ServiceFeatures)
						: undefined;
				const area =
					candidates.area ?? checkArea(service as ServiceFeatures, query.person.location);
				if (
					area === 'not-met' ||
					(service && !passesFilters(service, query.hardFilters, query.clock))
				) {
					continue;
				}
				const need = needFitOf(
					columns.needBits,
					columns.needStart[position] as number,
					columns.needStart[position + 1] as number,
					columns.focusTotal[position] as number,
					query
				);
				// Which first-step routes the service is on, as bits: a few column reads.
				let routes = 0;
				if (steps.length > 0 && !(plan.nationalFirst && columns.scope[position] !== 0)) {
					for (let s = 0; s < steps.length; s++) {
						if (isOnRoute((steps[s] as Step).route, columns, position, area, routeContext)) {
							routes |= 1 << s;
						}
					}
				}
				// A service that helps with none of it is placed only by a first-step rule.
				if (need === 0 && routes === 0) continue;
				const textRelevance = textScores.relevance(position);
				// The most a score can be: most candidates cannot reach a full list, and skip the rest.
				const locality = localityBonus(columns.scope[position] as number, area);
				const bound = need * MAX_USABILITY + locality + WEIGHTS.text * textRelevance;
				// Scored once, and only for a candidate that can still enter a list.
				let score = -1;
				for (let s = 0; routes !== 0 && s < steps.length; s++) {
					if ((routes & (1 << s)) === 0) continue;
					const step = steps[s] as Step;
					const list = stepLists[s] as TopList;
					const servesPlace = columns.scope[position] !== 0 && area === 'met' ? 1 : 0;
					const reachable = STEP_TIERS.servesPlace * servesPlace + STEP_TIERS.open * 2;
					if (reachable + STEP_TIERS.preferred + bound < list.bar) continue;
					const service = features[position] as ServiceFeatures;
					if (score < 0) {
						score = rankingScore(columns, position, () => service, query, {
							need,
							text: textRelevance,
							area
						});
					}
					// The social services' intake by day, their on-call service at night.
					const open = openTier(service, query.clock);
					const preferred = isPreferredOnRoute(step.route, columns, position, query.clock) ? 1 : 0;
					const tiers =
						STEP_TIERS.servesPlace * servesPlace +
						STEP_TIERS.open * open +
						STEP_TIERS.preferred * preferred;
					list.add({ position, rank: tiers + score, score });
				}
				if (need === 0) continue;
				const tier = rankTier(columns, position, query);
				if (bound + tier < top.bar) continue;
				if (score < 0) {
					score = rankingScore(
						columns,
						position,
						() => features[position] as ServiceFeatures,
						query,
						{ need, text: textRelevance, area }
					);
				}
				top.add({ position, rank: score + tier, score });
			}
		}
	} finally {
		textScores.release();
	}
	const night: NightCheck = {
		isOpen: (position) => openTier(features[position] as ServiceFeatures, query.clock) === 2,
		isClosed: (position) => openTier(features[position] as ServiceFeatures, query.clock) === 0,
		helps: (position) => helpsWith(features[position] as ServiceFeatures, query),
		canReplace: (instead, closed) => {
			const reachable =
				query.preferredChannelMask === 0 ||
				((columns.channelMask[instead] as number) & query.preferredChannelMask) !== 0;
			return (
				isSameService(columns.role[instead] as number, columns.role[closed] as number) && reachable
			);
		}
	};
	const routes: RouteCheck = {
		isNationalRoute: (position) =>
			(features[position] as ServiceFeatures).isPathway && columns.scope[position] === 0,
		isLocalOf: (position, route) =>
			columns.role[position] !== NO_ROLE &&
			columns.role[position] === columns.role[route] &&
			columns.scope[position] !== 0 &&
			checkArea(features[position] as ServiceFeatures, query.person.location) === 'met'
	};
	return placeSteps(plan, stepLists, top.entries, limit, night, routes);
}

const INTAKE = roleCode('social-services');
const ON_CALL = roleCode('social-on-call');
const SHELTER = roleCode('shelter');
const LINE = roleCode('support-line');

/**
 * Whether a service of one role can stand in for one of another at night: the same role, or the
 * social services' intake and their on-call service, which is the intake out of office hours.
 */
function isSameService(role: number, other: number): boolean {
	if (role === NO_ROLE || other === NO_ROLE) return false;
	// The on-call service stands in for the intake; a support line for a girls' or youth shelter's
	// chat or phone (both are talked to; the night rule also asks that it gives the same help).
	const family = (r: number) => (r === ON_CALL ? INTAKE : r === SHELTER ? LINE : r);
	return family(role) === family(other);
}

/**
 * BM25 relevance of the text per service, scaled so the best service is 1. Uses the index's
 * scratch buffer, which `release` clears for the next query.
 */
function scoreText(index: CatalogueIndex, text: string | undefined) {
	const scores = index.scratch;
	const touched: number[] = [];
	const keys = text ? TextIndex.queryKeys(text) : [];
	index.text.accumulate(keys, scores, touched);
	let best = 0;
	for (const position of touched) best = Math.max(best, scores[position] as number);
	return {
		relevance: (position: number) => (best > 0 ? (scores[position] as number) / best : 0),
		release: () => {
			for (const position of touched) scores[position] = 0;
		}
	};
}
