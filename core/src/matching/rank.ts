import type { Audience, ContactChannel } from '../catalogue/schema.js';
import { isOpenAtClock, type SwedishClock } from '../hours/opening-hours.js';
import { NEED_CODES, needBit, needGroupOf, type NeedCode } from '../needs/codes.js';
import type { Signal } from '../needs/vocabulary.js';
import type { CheckStatus, Person } from './eligibility.js';
import {
	ALL_GENDERS,
	HAS_AUDIENCE,
	NO_CONCERN,
	roleCode,
	type HotColumns
} from './catalogue-index.js';
import type { FirstStepPlan } from './first-steps.js';
import {
	audienceMask,
	channelMask,
	genderMask,
	type Mask,
	type ServiceFeatures
} from './features.js';
import type { MatchFilters, Seeker } from './request.js';

/**
 * The ranking weights. Each is a judgement a support worker would make, named for what it means;
 * they were set on the labelled queries and are never keyed to any one service.
 */
export const WEIGHTS = {
	/** A related need counts this much of a need asked for. */
	related: 0.6,
	/** How much it matters that a service is focused on the asked needs rather than broad. */
	focus: 0.25,
	/** The score of every eligible service when nothing about needs is known. */
	noNeeds: 0.5,
	audience: {
		matches: 1,
		unknown: 0.9,
		otherAgeGroup: 0.85,
		childForParent: 0.7,
		childForProfessional: 0.8,
		adultsOnlyForChild: 0.45,
		notForParents: 0.5,
		adultsOnlyForUnknownAsker: 0.6
	},
	referral: { self: 0.55, friend: 0.55, parent: 0.65, professional: 1, unknown: 0.6 },
	/** A service without any of the preferred contact channels. */
	channelMissing: 0.72,
	language: { missing: 0.75, unknown: 0.85 },
	/** A service for all ages, when someone up to 25 asks: services made for young people first. */
	notYouthSpecific: 0.9,
	/** The oldest age limit that still counts as a service made for young people. */
	youthMaxAge: 30,
	/** A service made for the person's gender (a boys' line for a boy). */
	genderSpecific: 1.1,
	/** The person's gender, age or place was not given, and the service has a rule about it. */
	uncertain: { gender: 0.9, age: 0.95, area: 0.85 },
	/** The service's main need is another concern than the ones asked about. */
	otherSpecialty: 0.85,
	locality: { local: 0.06, regional: 0.04 },
	text: 0.15,
	urgentClosed: 0.85,
	urgentHoursUnknown: 0.95,
	/**
	 * Acute care after an assault when nothing says it happened in the last days, nor asks for a
	 * doctor: still offered, but not before someone to talk to ("raped a year ago").
	 */
	acuteNotRecent: 0.7,
	/** A service known not to be anonymous, when the person worries about who will find out. */
	notAnonymous: 0.8
} as const;

/**
 * Orders that are rules, not weights: added to the score, each far larger than any score, so a
 * national service always comes before a local one when no place was given, and the emergency
 * number without danger now comes last.
 */
export const RANK_TIERS = { national: 100, notDanger: -1000 } as const;

/** What a query asks for, after its text has been read and its place resolved. */
export interface QueryParts {
	asking: Seeker | undefined;
	person: Person;
	/** Needs asked for or read from the text, with how strongly (0–1). */
	needs: ReadonlyMap<NeedCode, number>;
	/** Needs that usually come with those asked for ("rape" → medical care), not asked for. */
	relatedNeeds: ReadonlyMap<NeedCode, number>;
	preferredChannels: readonly ContactChannel[] | undefined;
	language: string | undefined;
	signals: ReadonlySet<Signal>;
	filters: MatchFilters | undefined;
	clock: SwedishClock;
	plan: FirstStepPlan;
}

/** A query with everything the ranking loop reads precomputed, so the loop allocates nothing. */
export interface Query extends QueryParts {
	needWeights: Float64Array;
	relatedWeights: Float64Array;
	askedTotal: number;
	asksAboutConcern: boolean;
	preferredChannelMask: Mask;
	personGroupMask: Mask;
	personGenderMask: Mask;
	isDangerNow: boolean;
	isTimeCritical: boolean;
	/** `audienceFactor` for every audience mask (index 32: a service that does not say). */
	audienceFactors: Float64Array;
	/** The factor for a service reached only by referral, for who is asking. */
	referralFactor: number;
	hardFilters: HardFilters | undefined;
	/** Services for people worried about their own behaviour may be offered: that was asked. */
	allowsPrevention: boolean;
	/** It happened in the last days, or a doctor was asked for: acute care may come first. */
	isAcute: boolean;
	/** The person worries about who will find out: anonymous services first. */
	wantsConfidentiality: boolean;
}

const PARENTS = audienceMask(['parents']);
const PROFESSIONALS = audienceMask(['professionals']);
const PERSON_GROUPS = audienceMask(['children', 'young-people', 'adults']);

function ageGroups(age: number | undefined): Audience[] {
	if (age === undefined) return ['children', 'young-people'];
	if (age < 13) return ['children'];
	return age <= 25 ? ['young-people'] : ['adults'];
}

const UNKNOWN_AUDIENCE = 32;

export function compileQuery(parts: QueryParts): Query {
	const needWeights = new Float64Array(NEED_CODES.length);
	const relatedWeights = new Float64Array(NEED_CODES.length);
	let askedTotal = 0;
	for (const [code, weight] of parts.needs) {
		needWeights[needBit(code)] = weight;
		askedTotal += weight;
	}
	for (const [code, weight] of parts.relatedNeeds) relatedWeights[needBit(code)] = weight;
	const { signals } = parts;
	const personGroupMask = audienceMask(ageGroups(parts.person.age));
	// Every field written out, in one order, not spread: the loop reads this object for every
	// candidate, and a spread of this many fields makes a slow, dictionary-like object.
	return {
		asking: parts.asking,
		person: parts.person,
		needs: parts.needs,
		relatedNeeds: parts.relatedNeeds,
		preferredChannels: parts.preferredChannels,
		language: parts.language,
		signals: parts.signals,
		filters: parts.filters,
		clock: parts.clock,
		plan: parts.plan,
		needWeights,
		relatedWeights,
		askedTotal,
		asksAboutConcern: [...parts.needs.keys()].some((code) => needGroupOf(code) === 'concern'),
		preferredChannelMask: parts.preferredChannels ? channelMask(parts.preferredChannels) : 0,
		personGroupMask,
		personGenderMask: parts.person.gender === undefined ? 0 : genderMask([parts.person.gender]),
		isDangerNow: signals.has('danger-now'),
		isTimeCritical:
			signals.has('urgent') || signals.has('danger-now') || signals.has('just-happened'),
		audienceFactors: audienceFactorTable(parts.asking, personGroupMask),
		referralFactor: WEIGHTS.referral[parts.asking ?? 'unknown'],
		hardFilters: compileFilters(parts.filters),
		allowsPrevention: (parts.needs.get('worried-about-own-behaviour') ?? 0) >= 0.5,
		isAcute: signals.has('just-happened') || (parts.needs.get('medical-care') ?? 0) >= 0.9,
		wantsConfidentiality: signals.has('confidentiality')
	};
}

const audienceTables = new Map<string, Float64Array>();

/**
 * `audienceFactor` for every audience mask, for who asks about which age group: 4 × 4 tables in
 * all, so each is built once and shared by every query that needs it.
 */
function audienceFactorTable(asking: Seeker | undefined, personGroupMask: Mask): Float64Array {
	const key = `${asking ?? ''}:${personGroupMask}`;
	let table = audienceTables.get(key);
	if (!table) {
		table = new Float64Array(UNKNOWN_AUDIENCE + 1);
		for (let mask = 0; mask < UNKNOWN_AUDIENCE; mask++) {
			table[mask] = audienceFactor(mask, asking, personGroupMask);
		}
		table[UNKNOWN_AUDIENCE] = WEIGHTS.audience.unknown;
		audienceTables.set(key, table);
	}
	return table;
}

/** How well a service's audience (as a mask) fits who is asking about whom. */
function audienceFactor(mask: Mask, asking: Seeker | undefined, personGroupMask: Mask): number {
	const weights = WEIGHTS.audience;
	const reachesPerson = (mask & personGroupMask) !== 0;
	const reachesAnyPerson = (mask & PERSON_GROUPS) !== 0;
	switch (asking) {
		case 'parent':
			if (mask & PARENTS) return weights.matches;
			return reachesAnyPerson ? weights.childForParent : weights.notForParents;
		case 'professional':
			return mask & PROFESSIONALS ? weights.matches : weights.childForProfessional;
		case 'self':
		case 'friend':
			if (reachesPerson) return weights.matches;
			return reachesAnyPerson ? weights.otherAgeGroup : weights.adultsOnlyForChild;
		default:
			if (reachesPerson) return weights.matches;
			return reachesAnyPerson ? weights.otherAgeGroup : weights.adultsOnlyForUnknownAsker;
	}
}

export function audienceFit(service: ServiceFeatures, query: Query): number {
	return query.audienceFactors[
		service.hasAudience ? service.audienceMask : UNKNOWN_AUDIENCE
	] as number;
}

/**
 * How well a service's needs fit the query: the share of the asked needs it covers (related
 * needs count less), scaled by how focused it is on them (its main needs count most). 0 means it
 * has nothing to do with what was asked. The needs are `bits[start]` up to `bits[end]`
 * (`needBit` codes, main need first), as the index's columns hold them.
 */
export function needFitOf(
	bits: Uint8Array,
	start: number,
	end: number,
	focusTotal: number,
	query: Query
): number {
	if (query.askedTotal === 0) return WEIGHTS.noNeeds;
	let direct = 0;
	let related = 0;
	let focus = 0;
	for (let i = start; i < end; i++) {
		const bit = bits[i] as number;
		const asked = query.needWeights[bit] as number;
		const relatedWeight = query.relatedWeights[bit] as number;
		direct += asked;
		related += relatedWeight;
		focus += (asked > 0 ? asked : relatedWeight) / (i - start + 1);
	}
	const coverage =
		direct / query.askedTotal + WEIGHTS.related * Math.min(1, related / query.askedTotal);
	return coverage * (1 - WEIGHTS.focus + (WEIGHTS.focus * focus) / focusTotal);
}

/** Which asked needs the service meets and misses, and which related needs it meets. */
export function needDetails(
	service: ServiceFeatures,
	query: Query
): { met: NeedCode[]; missing: NeedCode[]; related: NeedCode[] } {
	const met: NeedCode[] = [];
	const missing: NeedCode[] = [];
	const related: NeedCode[] = [];
	for (const [code, weight] of query.needs) {
		if (service.needs.includes(code)) met.push(code);
		else if (weight >= 0.5) missing.push(code);
	}
	for (const code of query.relatedNeeds.keys()) {
		if (service.needs.includes(code)) related.push(code);
	}
	return { met, missing, related };
}

export function isOpenNow(service: ServiceFeatures, clock: SwedishClock): boolean | undefined {
	const { hours } = service;
	if (hours.alwaysOpen || (hours.ranges.length > 0 && isOpenAtClock(hours.ranges, clock))) {
		return true;
	}
	return hours.unknown ? undefined : false;
}

/** A support worker's hard filters, prepared once per request for the loop over services. */
export interface HardFilters {
	/** The channels asked for, as a mask; 0 when any channel will do. */
	channelMask: Mask;
	languages: readonly string[] | undefined;
	anonymous: boolean;
	free: boolean;
	openNow: boolean;
}

export function compileFilters(filters: MatchFilters | undefined): HardFilters | undefined {
	if (!filters) return undefined;
	return {
		channelMask: filters.channels ? channelMask(filters.channels) : 0,
		languages: filters.languages,
		anonymous: filters.anonymous === true,
		free: filters.free === true,
		openNow: filters.openNow === true
	};
}

/** Whether the service passes the worker's hard filters; a filter needs a known property. */
export function passesFilters(
	service: ServiceFeatures,
	filters: HardFilters | undefined,
	clock: SwedishClock
): boolean {
	if (!filters) return true;
	if (filters.channelMask !== 0 && (service.channelMask & filters.channelMask) === 0) return false;
	if (
		filters.languages &&
		!filters.languages.some((language) => service.languages?.includes(language))
	) {
		return false;
	}
	if (filters.anonymous && service.isAnonymous !== true) return false;
	if (filters.free && service.isFree !== true) return false;
	if (filters.openNow && isOpenNow(service, clock) !== true) return false;
	return true;
}

/** The largest factor `usability` can give: a service made for the person's gender. */
export const MAX_USABILITY = WEIGHTS.genderSpecific;

/**
 * How usable a service is for this person, as a factor: who asks against its audience, referral,
 * channels, language, age and gender fit, what could not be checked, its main concern, and
 * whether it is open when time matters. Reads the index's columns at `position`; the full
 * features only for the rarer language and time checks.
 */
function usability(
	columns: HotColumns,
	position: number,
	service: () => ServiceFeatures,
	query: Query,
	area: CheckStatus
): number {
	const audience = columns.audience[position] as number;
	let factor = query.audienceFactors[
		audience & HAS_AUDIENCE ? audience & ~HAS_AUDIENCE : UNKNOWN_AUDIENCE
	] as number;
	if (columns.requiresReferral[position] === 1) factor *= query.referralFactor;
	if (
		query.preferredChannelMask !== 0 &&
		((columns.channelMask[position] as number) & query.preferredChannelMask) === 0
	) {
		factor *= WEIGHTS.channelMissing;
	}
	if (query.language !== undefined && query.language !== 'sv') {
		const { languages } = service();
		if (languages === undefined) factor *= WEIGHTS.language.unknown;
		else if (!languages.includes(query.language)) factor *= WEIGHTS.language.missing;
	} else if (columns.lacksSwedish[position] === 1) {
		// A line only in sign language, for someone who writes Swedish.
		factor *= WEIGHTS.language.missing;
	}
	const { age } = query.person;
	const minAge = columns.minAge[position] as number;
	const maxAge = columns.maxAge[position] as number;
	if (age !== undefined && age <= 25 && !(maxAge >= 0 && maxAge <= WEIGHTS.youthMaxAge)) {
		factor *= WEIGHTS.notYouthSpecific;
	}
	const genders = columns.genderMask[position] as number;
	if (genders !== 0) {
		if (query.personGenderMask === 0) factor *= WEIGHTS.uncertain.gender;
		else if (genders !== ALL_GENDERS) factor *= WEIGHTS.genderSpecific;
	}
	if (age === undefined && (minAge >= 0 || maxAge >= 0)) factor *= WEIGHTS.uncertain.age;
	if (area === 'unknown') factor *= WEIGHTS.uncertain.area;
	const main = columns.mainConcern[position] as number;
	if (
		query.asksAboutConcern &&
		main !== NO_CONCERN &&
		query.needWeights[main] === 0 &&
		query.relatedWeights[main] === 0
	) {
		// A service mainly about another problem (an exploitation clinic when abuse was asked about).
		factor *= WEIGHTS.otherSpecialty;
	}
	if (query.isTimeCritical) {
		const open = isOpenNow(service(), query.clock);
		if (open === false) factor *= WEIGHTS.urgentClosed;
		else if (open === undefined) factor *= WEIGHTS.urgentHoursUnknown;
	}
	if (!query.isAcute && columns.role[position] === ACUTE_CARE) factor *= WEIGHTS.acuteNotRecent;
	if (query.wantsConfidentiality && service().isAnonymous === false) factor *= WEIGHTS.notAnonymous;
	return factor;
}

const ACUTE_CARE = roleCode('acute-care');

export function localityBonus(scope: number, area: CheckStatus): number {
	if (scope === 0 || area !== 'met') return 0;
	return scope === 2 ? WEIGHTS.locality.local : WEIGHTS.locality.regional;
}

/**
 * How well an eligible service fits: how well it fits the needs, times how usable it is for this
 * person, plus locality and text relevance.
 */
export function rankingScore(
	columns: HotColumns,
	position: number,
	service: () => ServiceFeatures,
	query: Query,
	scores: { need: number; text: number; area: CheckStatus }
): number {
	return (
		scores.need * usability(columns, position, service, query, scores.area) +
		localityBonus(columns.scope[position] as number, scores.area) +
		WEIGHTS.text * scores.text
	);
}

/** The part of the ranking key that is a rule: see RANK_TIERS. 0 when no rule applies. */
export function rankTier(columns: HotColumns, position: number, query: Query): number {
	let tier = 0;
	if (columns.isEmergency[position] === 1 && !query.isDangerNow) tier += RANK_TIERS.notDanger;
	if (query.plan.nationalFirst && columns.scope[position] === 0) tier += RANK_TIERS.national;
	return tier;
}

/** 2 open now, 1 hours not known, 0 closed. */
export function openTier(service: ServiceFeatures, clock: SwedishClock): number {
	const open = isOpenNow(service, clock);
	return open === true ? 2 : open === undefined ? 1 : 0;
}
