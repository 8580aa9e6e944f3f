import type { Geography, ResolvedLocation } from '../geo/geography.js';
import { swedishClockAt } from '../hours/opening-hours.js';
import type { NeedCode } from '../needs/codes.js';
import type { NeedVocabulary, UiLanguage } from '../needs/need-vocabulary.js';
import type { UnderstoodWords } from '../needs/understand-text.js';
import type { Signal } from '../needs/vocabulary.js';
import type { CatalogueIndex } from './catalogue-index.js';
import { ageStatus, checkArea, genderStatus } from './eligibility.js';
import type { ServiceFeatures } from './features.js';
import { explainMatch, type MatchReason } from './reasons.js';
import {
	compileQuery,
	localityBonus,
	MAX_USABILITY,
	needFitOf,
	passesFilters,
	rankingScore,
	WEIGHTS
} from './rank.js';
import type { MatchRequest, Seeker } from './request.js';
import { TextIndex } from './text-index.js';

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

export type NeedSource = 'request' | 'text' | 'signal';

/** How the request was read, so the person can see and correct it. */
export interface Interpretation {
	/** Who is asking: as the request said, or as its text shows ("jag är lärare"), or not known. */
	asker: { seeker: Seeker; source: 'request' | 'text' } | { seeker: null; source: 'not-given' };
	needs: { code: NeedCode; weight: number; source: NeedSource }[];
	signals: Signal[];
	understood: UnderstoodWords[];
	location: LocationInterpretation;
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

/** The request's needs: asked for, read from its text, and implied by signals ("it just happened"). */
function readNeeds(request: MatchRequest, { index, vocabulary }: MatchDependencies) {
	const needs = new Map<NeedCode, number>();
	const sources = new Map<NeedCode, NeedSource>();
	for (const code of request.needs ?? []) {
		needs.set(code, 1);
		sources.set(code, 'request');
	}
	const understanding = request.text
		? vocabulary.understander.understand(request.text, (word) => index.text.hasWord(word))
		: { needs: new Map<NeedCode, number>(), signals: new Set<Signal>(), understood: [] };
	for (const [code, weight] of understanding.needs) {
		if (weight > (needs.get(code) ?? 0)) {
			needs.set(code, weight);
			sources.set(code, 'text');
		}
	}
	const before = new Map(needs);
	vocabulary.addSignalNeeds(needs, understanding.signals);
	for (const [code, weight] of needs) if (weight !== before.get(code)) sources.set(code, 'signal');
	return { needs, sources, signals: understanding.signals, understood: understanding.understood };
}

/**
 * Who is asking, when the request does not say but its text does: someone who writes "en elev har
 * berättat" is a professional, "min dotter" a parent. Only what the text says outright counts; a
 * child naming a teacher or a parent is not taken for one (the vocabulary keeps those apart).
 */
function askerFromText(
	needs: ReadonlyMap<NeedCode, number>,
	sources: ReadonlyMap<NeedCode, NeedSource>
): Seeker | undefined {
	const saidOutright = (code: NeedCode) =>
		sources.get(code) === 'text' && (needs.get(code) ?? 0) >= ASKER_CERTAINTY;
	if (saidOutright('professional-guidance')) return 'professional';
	if (saidOutright('parent-support')) return 'parent';
	return undefined;
}

/** How sure the text must be of a need for asking adults before it says who is asking. */
const ASKER_CERTAINTY = 0.9;

interface Scored {
	position: number;
	rank: number;
}

/** Keeps the best `limit` entries, best first; equal scores are ordered by service id. */
class TopList {
	readonly entries: Scored[] = [];
	readonly #limit: number;
	readonly #idOf: (position: number) => string;

	constructor(limit: number, idOf: (position: number) => string) {
		this.#limit = limit;
		this.#idOf = idOf;
	}

	/** The score an entry must beat to get in, or -Infinity while the list is not full. */
	get bar(): number {
		return this.entries.length < this.#limit
			? -Infinity
			: (this.entries[this.#limit - 1] as Scored).rank;
	}

	add(entry: Scored): void {
		const before = (a: Scored, b: Scored) =>
			a.rank > b.rank || (a.rank === b.rank && this.#idOf(a.position) < this.#idOf(b.position));
		const { entries } = this;
		if (entries.length === this.#limit && !before(entry, entries[this.#limit - 1] as Scored)) {
			return;
		}
		let at = entries.length;
		while (at > 0 && before(entry, entries[at - 1] as Scored)) at--;
		entries.splice(at, 0, entry);
		if (entries.length > this.#limit) entries.pop();
	}
}

/**
 * Finds where a child should be referred: the eligible services (never one the child may not
 * use), ranked by how well they fit, each with the reasons. Pure and deterministic for a given
 * catalogue index and instant.
 */
export function matchServices(
	request: MatchRequest,
	dependencies: MatchDependencies,
	now: Date
): MatchOutcome {
	const { index, geography, vocabulary } = dependencies;
	const location = geography.resolveLocation(request.location);
	const { needs, sources, signals, understood } = readNeeds(request, dependencies);
	const asking = request.seeker ?? askerFromText(needs, sources);
	const query = compileQuery({
		asking,
		person: { age: request.age, gender: request.gender, location },
		needs,
		relatedNeeds: vocabulary.relatedNeeds(needs, request.age, asking),
		preferredChannels:
			request.channels && request.channels.length > 0 ? request.channels : undefined,
		language: request.language,
		signals,
		filters: request.filters,
		clock: swedishClockAt(now)
	});
	const { features, columns } = index;
	const top = new TopList(
		request.limit ?? DEFAULT_LIMIT,
		(position) => features[position]?.id ?? ''
	);
	const text = scoreText(index, request.text);
	const { age } = query.person;
	const emergencyWeight = query.isDangerNow ? WEIGHTS.emergencyFirst : 0;
	try {
		for (const candidates of index.candidatesFor(location)) {
			for (const position of candidates.positions) {
				if (columns.isActive[position] === 0) continue;
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
				const area = candidates.area ?? checkArea(service as ServiceFeatures, location);
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
				const emergency = columns.isEmergency[position] === 1 ? emergencyWeight : 0;
				if (need === 0 && emergency === 0) continue;
				const textRelevance = text.relevance(position);
				// Most candidates cannot reach the list once it is full: skip the costlier factors.
				const locality = localityBonus(columns.scope[position] as number, area);
				if (need * MAX_USABILITY + locality + WEIGHTS.text * textRelevance + emergency < top.bar) {
					continue;
				}
				const rank = rankingScore(
					columns,
					position,
					() => features[position] as ServiceFeatures,
					query,
					{
						need,
						text: textRelevance,
						area
					}
				);
				top.add({ position, rank });
			}
		}
	} finally {
		text.release();
	}

	const language: UiLanguage = request.language === 'en' ? 'en' : 'sv';
	const reasonContext = { query, geography, vocabulary, language };
	return {
		results: top.entries.map(({ position, rank }) => {
			const service = features[position] as ServiceFeatures;
			return {
				id: service.id,
				score: Math.round(Math.min(1, rank) * 1000) / 1000,
				reasons: explainMatch(service, reasonContext)
			};
		}),
		interpretation: {
			asker: request.seeker
				? { seeker: request.seeker, source: 'request' }
				: asking
					? { seeker: asking, source: 'text' }
					: { seeker: null, source: 'not-given' },
			needs: [...needs].map(([code, weight]) => ({
				code,
				weight: Math.round(weight * 100) / 100,
				source: sources.get(code) ?? 'request'
			})),
			signals: [...signals],
			understood,
			location: describeLocation(location)
		}
	};
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
