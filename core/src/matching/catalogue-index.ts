import type { Service } from '../catalogue/schema.js';
import type { Geography, ResolvedLocation } from '../geo/geography.js';
import { GENDERS, SERVICE_ROLES, type ServiceRole } from '../catalogue/schema.js';
import { needBit, needGroupOf } from '../needs/codes.js';
import type { CheckStatus } from './eligibility.js';
import { featuresOf, genderMask, needMask, type ServiceFeatures } from './features.js';
import { TextIndex } from './text-index.js';

/**
 * The fields the matching loop reads for every candidate, as columns: thousands of candidates
 * per query read them in order, which plain objects scattered over the heap make several times
 * slower. A missing age bound is -1.
 */
export interface HotColumns {
	isActive: Uint8Array;
	minAge: Int16Array;
	maxAge: Int16Array;
	genderMask: Uint8Array;
	isEmergency: Uint8Array;
	/** The audience mask, with HAS_AUDIENCE set when the catalogue says who the service is for. */
	audience: Uint8Array;
	requiresReferral: Uint8Array;
	channelMask: Uint8Array;
	/** `needBit` of the service's main need when it is a concern, else NO_CONCERN. */
	mainConcern: Uint8Array;
	/** Needs of service i: `needBits[needStart[i]]` up to `needBits[needStart[i + 1]]`. */
	needStart: Uint32Array;
	needBits: Uint8Array;
	focusTotal: Float32Array;
	/** 0 national, 1 regional, 2 local. */
	scope: Uint8Array;
	/** `roleCode` of the service's role, NO_ROLE when the catalogue does not say. */
	role: Uint8Array;
	/** A service for people worried about their own behaviour: offered only when that is asked. */
	isPrevention: Uint8Array;
	/** The service lists its languages, and Swedish is not among them. */
	lacksSwedish: Uint8Array;
	/** All the service's needs, and its main need, as `needMask` bits. */
	needMask: Uint32Array;
	mainNeedMask: Uint32Array;
}

export const HAS_AUDIENCE = 0x80;
export const NO_CONCERN = 0xff;
export const NO_ROLE = 0xff;

const roleCodes = new Map<string, number>(SERVICE_ROLES.map((role, code) => [role, code]));
/** A role as the small number the index's `role` column holds. */
export function roleCode(role: ServiceRole): number {
	return roleCodes.get(role) ?? NO_ROLE;
}
export const ALL_GENDERS = genderMask(GENDERS);

function buildColumns(features: readonly ServiceFeatures[]): HotColumns {
	const n = features.length;
	const needStart = new Uint32Array(n + 1);
	features.forEach(
		(service, i) => (needStart[i + 1] = (needStart[i] as number) + service.needs.length)
	);
	const needBits = new Uint8Array(needStart[n] as number);
	features.forEach((service, i) => needBits.set(service.needs.map(needBit), needStart[i]));
	const scopes = { national: 0, regional: 1, local: 2 } as const;
	return {
		isActive: Uint8Array.from(features, (s) => (s.isActive ? 1 : 0)),
		minAge: Int16Array.from(features, (s) => s.minAge ?? -1),
		maxAge: Int16Array.from(features, (s) => s.maxAge ?? -1),
		genderMask: Uint8Array.from(features, (s) => s.genderMask),
		isEmergency: Uint8Array.from(features, (s) => (s.isEmergency ? 1 : 0)),
		audience: Uint8Array.from(features, (s) => s.audienceMask | (s.hasAudience ? HAS_AUDIENCE : 0)),
		requiresReferral: Uint8Array.from(features, (s) => (s.requiresReferral ? 1 : 0)),
		channelMask: Uint8Array.from(features, (s) => s.channelMask),
		mainConcern: Uint8Array.from(features, (s) => {
			const main = s.needs[0];
			return main !== undefined && needGroupOf(main) === 'concern' ? needBit(main) : NO_CONCERN;
		}),
		needStart,
		needBits,
		focusTotal: Float32Array.from(features, (s) =>
			s.needs.reduce((sum, _, position) => sum + 1 / (position + 1), 0)
		),
		scope: Uint8Array.from(features, (s) => scopes[s.area.scope]),
		role: Uint8Array.from(features, (s) => (s.role ? roleCode(s.role) : NO_ROLE)),
		isPrevention: Uint8Array.from(features, (s) =>
			s.role === 'prevention' || s.needs[0] === 'worried-about-own-behaviour' ? 1 : 0
		),
		lacksSwedish: Uint8Array.from(features, (s) =>
			s.languages !== undefined && !s.languages.includes('sv') ? 1 : 0
		),
		needMask: Uint32Array.from(features, (s) => needMask(s.needs)),
		mainNeedMask: Uint32Array.from(features, (s) => needMask(s.needs.slice(0, 1)))
	};
}

/**
 * Everything matching reads, built once per catalogue version: each service's features, the
 * services by area, and the text index. Holds no full service records: results are fetched from
 * the store by id.
 */
export class CatalogueIndex {
	readonly revision: string;
	readonly features: readonly ServiceFeatures[];
	readonly text: TextIndex;
	readonly columns: HotColumns;
	readonly #names: readonly string[];
	#byName: readonly number[] | undefined;
	readonly #positions: ReadonlyMap<string, number>;
	readonly #all: readonly number[];
	readonly #national: readonly number[];
	readonly #regionalByCounty: ReadonlyMap<string, readonly number[]>;
	readonly #localByMunicipality: ReadonlyMap<string, readonly number[]>;
	readonly #localByCounty: ReadonlyMap<string, readonly number[]>;
	/** Reused between queries: matching is synchronous, so one query uses it at a time. */
	readonly scratch: Float32Array;

	/**
	 * Positions in the order of the services' Swedish names, for listing. Sorted at the first
	 * listing, not at start: at 100,000 services the Swedish collation takes most of a second.
	 */
	get byName(): readonly number[] {
		if (this.#byName === undefined) {
			const collator = new Intl.Collator('sv');
			const names = this.#names;
			this.#byName = names
				.map((_, position) => position)
				.sort((a, b) => collator.compare(names[a] as string, names[b] as string) || a - b);
		}
		return this.#byName;
	}

	constructor(services: readonly Service[], geography: Geography, revision: string) {
		this.revision = revision;
		const countyOf = (code: string) => geography.municipality(code)?.countyCode;
		this.features = services.map((service) => featuresOf(service, countyOf));
		this.columns = buildColumns(this.features);
		this.#names = services.map((service) => service.name.sv);
		this.text = new TextIndex(services);
		this.scratch = new Float32Array(services.length);
		this.#positions = new Map(this.features.map((service, position) => [service.id, position]));

		const national: number[] = [];
		const regional = new Map<string, number[]>();
		const local = new Map<string, number[]>();
		const localByCounty = new Map<string, number[]>();
		const add = (map: Map<string, number[]>, key: string, position: number) => {
			const list = map.get(key) ?? [];
			list.push(position);
			map.set(key, list);
		};
		this.features.forEach(({ area }, position) => {
			if (area.scope === 'national') national.push(position);
			else if (area.scope === 'regional') {
				for (const county of area.counties) add(regional, county, position);
			} else {
				for (const municipality of area.municipalities) add(local, municipality, position);
				for (const county of area.counties) add(localByCounty, county, position);
			}
		});
		this.#all = this.features.map((_, position) => position);
		this.#national = national;
		this.#regionalByCounty = regional;
		this.#localByMunicipality = local;
		this.#localByCounty = localByCounty;
	}

	get size(): number {
		return this.features.length;
	}

	positionOf(id: string): number | undefined {
		return this.#positions.get(id);
	}

	/**
	 * The services whose area may include the location, as lists of positions, each with what is
	 * known about the area check for all of them (undefined: it differs, check each service).
	 * Every service when the place is unknown, since an unknown place never excludes.
	 */
	candidatesFor(location: ResolvedLocation): readonly CandidateList[] {
		if (location.kind === 'unknown') return [{ positions: this.#all, area: undefined }];
		const county = location.county.code;
		const local: CandidateList =
			location.kind === 'municipality'
				? {
						positions: this.#localByMunicipality.get(location.municipality.code) ?? [],
						area: 'met'
					}
				: { positions: this.#localByCounty.get(county) ?? [], area: 'unknown' };
		return [
			{ positions: this.#national, area: 'met' },
			{ positions: this.#regionalByCounty.get(county) ?? [], area: 'met' },
			local
		];
	}
}

export interface CandidateList {
	positions: readonly number[];
	area: CheckStatus | undefined;
}
