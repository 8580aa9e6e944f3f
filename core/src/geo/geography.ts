import { fold, tokenize } from '../text/normalize.js';
import { MAX_PLACE_KEY, PlaceNameSearch } from './place-search.js';
import type { RegionCodes } from '../catalogue/validate.js';

export interface County {
	code: string;
	name: string;
	shortName: string;
}

export interface Municipality {
	code: string;
	name: string;
	shortName: string;
	countyCode: string;
	/** A point inside the municipality, for the map; null where the outlines lack one. */
	centroid: { lat: number; lon: number } | null;
}

export interface GeographyData {
	counties: County[];
	municipalities: Municipality[];
	/** Postal code (five digits) → municipality code. */
	postalCodes: ReadonlyMap<string, string>;
	/** Place names (postal localities) → the municipalities they lie in. */
	localities: ReadonlyMap<string, readonly string[]>;
}

/** Where a person asked from, as given: one of the three forms of the match contract. */
export type LocationInput = { municipality: string } | { county: string } | { postalCode: string };

export type ResolvedLocation =
	| {
			kind: 'municipality';
			municipality: Municipality;
			county: County;
			via: 'municipality' | 'postalCode';
	  }
	| { kind: 'county'; county: County }
	| { kind: 'unknown'; reason: 'not-given' | 'postal-code-not-found' };

export interface PlaceMatch {
	municipality: Municipality;
	county: County;
	/** The name that matched: the municipality's own or a locality inside it. */
	matchedName: string;
	/** 0 is an exact match, up to 1 for a loose one. */
	score: number;
}

/** Counties, municipalities and postal codes (SCB codes), and lookups over them. */
export class Geography implements RegionCodes {
	readonly counties: readonly County[];
	readonly municipalities: readonly Municipality[];
	readonly #counties: ReadonlyMap<string, County>;
	readonly #municipalities: ReadonlyMap<string, Municipality>;
	readonly #municipalitiesByCounty: ReadonlyMap<string, readonly Municipality[]>;
	readonly #postalCodes: ReadonlyMap<string, string>;
	readonly #placeNames: ReadonlyMap<string, readonly string[]>;
	#placeSearch: PlaceNameSearch | undefined;

	constructor(data: GeographyData) {
		this.counties = [...data.counties].sort((a, b) => a.code.localeCompare(b.code));
		this.municipalities = [...data.municipalities].sort((a, b) => a.code.localeCompare(b.code));
		this.#counties = new Map(this.counties.map((county) => [county.code, county]));
		this.#municipalities = new Map(this.municipalities.map((m) => [m.code, m]));
		const byCounty = new Map<string, Municipality[]>();
		for (const municipality of this.municipalities) {
			const list = byCounty.get(municipality.countyCode) ?? [];
			list.push(municipality);
			byCounty.set(municipality.countyCode, list);
		}
		this.#municipalitiesByCounty = byCounty;
		this.#postalCodes = data.postalCodes;
		this.#placeNames = buildPlaceNames(this.municipalities, data.localities);
	}

	hasCounty(code: string): boolean {
		return this.#counties.has(code);
	}

	hasMunicipality(code: string): boolean {
		return this.#municipalities.has(code);
	}

	county(code: string): County | undefined {
		return this.#counties.get(code);
	}

	municipality(code: string): Municipality | undefined {
		return this.#municipalities.get(code);
	}

	municipalitiesIn(countyCode: string): readonly Municipality[] {
		return this.#municipalitiesByCounty.get(countyCode) ?? [];
	}

	municipalityOfPostalCode(postalCode: string): Municipality | undefined {
		const code = this.#postalCodes.get(normalizePostalCode(postalCode));
		return code === undefined ? undefined : this.#municipalities.get(code);
	}

	/**
	 * Turns a location as given into the place it names. Codes must exist (the caller validates
	 * that); a postal code outside the extract is an unknown place, which never excludes a service.
	 */
	resolveLocation(input: LocationInput | undefined): ResolvedLocation {
		if (input === undefined) return { kind: 'unknown', reason: 'not-given' };
		if ('municipality' in input) {
			const place = this.#placeOf(input.municipality);
			return place
				? { kind: 'municipality', ...place, via: 'municipality' }
				: { kind: 'unknown', reason: 'not-given' };
		}
		if ('county' in input) {
			const county = this.#counties.get(input.county);
			return county ? { kind: 'county', county } : { kind: 'unknown', reason: 'not-given' };
		}
		const place = this.#placeOf(this.#postalCodes.get(normalizePostalCode(input.postalCode)));
		return place
			? { kind: 'municipality', ...place, via: 'postalCode' }
			: { kind: 'unknown', reason: 'postal-code-not-found' };
	}

	/**
	 * Finds the municipalities a typed place name may mean ("Sundsvall", "sundsval", "Tumba",
	 * "Gothenburg"), best first. Exact names win; otherwise a fuzzy search over all place names.
	 * Only the first MAX_PLACE_KEY characters are read: no place name is longer, and the work
	 * per search stays small whatever is typed.
	 */
	findPlaces(text: string, limit = 5): PlaceMatch[] {
		const key = placeKey(text.slice(0, MAX_PLACE_KEY * 4))
			.slice(0, MAX_PLACE_KEY)
			.trimEnd();
		if (key.length < 2) return [];
		const exact = this.#placeNames.get(key);
		if (exact) return this.#toMatches(exact, text.trim(), 0).slice(0, limit);
		this.#placeSearch ??= new PlaceNameSearch([...this.#placeNames.keys()]);
		const seen = new Set<string>();
		const matches: PlaceMatch[] = [];
		for (const hit of this.#placeSearch.search(key, limit * 3)) {
			for (const match of this.#toMatches(
				this.#placeNames.get(hit.name) ?? [],
				hit.name,
				hit.score
			)) {
				if (seen.has(match.municipality.code)) continue;
				seen.add(match.municipality.code);
				matches.push(match);
			}
		}
		return matches.slice(0, limit);
	}

	#toMatches(codes: readonly string[], matchedName: string, score: number): PlaceMatch[] {
		return codes.flatMap((code) => {
			const place = this.#placeOf(code);
			return place ? [{ ...place, matchedName, score }] : [];
		});
	}

	/** A municipality with its county, when the code names one. */
	#placeOf(code: string | undefined): { municipality: Municipality; county: County } | undefined {
		const municipality = code === undefined ? undefined : this.#municipalities.get(code);
		const county = municipality && this.#counties.get(municipality.countyCode);
		return municipality && county ? { municipality, county } : undefined;
	}
}

export function normalizePostalCode(postalCode: string): string {
	return postalCode.replace(/\s+/g, '');
}

function placeKey(name: string): string {
	return fold(tokenize(name).join(' '));
}

/** English and older names people type for places whose Swedish names differ. */
const PLACE_ALIASES: Record<string, string> = {
	gothenburg: '1480',
	gbg: '1480',
	sthlm: '0180'
};

function buildPlaceNames(
	municipalities: readonly Municipality[],
	localities: ReadonlyMap<string, readonly string[]>
): ReadonlyMap<string, readonly string[]> {
	const names = new Map<string, string[]>();
	const add = (name: string, code: string) => {
		const key = placeKey(name);
		if (key.length === 0) return;
		const codes = names.get(key) ?? [];
		if (!codes.includes(code)) codes.push(code);
		names.set(key, codes);
	};
	for (const [locality, codes] of localities) for (const code of codes) add(locality, code);
	// A municipality's own name wins over a locality of the same name elsewhere.
	for (const municipality of municipalities) {
		names.set(placeKey(municipality.shortName), [municipality.code]);
		names.set(placeKey(municipality.name), [municipality.code]);
		names.set(placeKey(`${municipality.shortName}s`), [municipality.code]);
	}
	for (const [alias, code] of Object.entries(PLACE_ALIASES)) names.set(alias, [code]);
	return names;
}

/** Parses the SCB tables of `data/geo` (CSV with a header row, no quoting) into geography data. */
export function parseGeographyFiles(files: {
	countiesCsv: string;
	municipalitiesCsv: string;
	postalCodesCsv: string;
	/** The municipality outlines, read only for their centroids (`properties.geo_point_2d`). */
	municipalityCentroids?: ReadonlyMap<string, { lat: number; lon: number }>;
}): GeographyData {
	const rows = (csv: string) =>
		csv
			.trim()
			.split(/\r?\n/)
			.slice(1)
			.map((line) => line.split(','));
	const counties = rows(files.countiesCsv).map(([code = '', name = '', shortName = '']) => ({
		code,
		name,
		shortName
	}));
	const municipalities = rows(files.municipalitiesCsv).map(
		([code = '', name = '', shortName = '', countyCode = '']) => ({
			code,
			name,
			shortName,
			countyCode,
			centroid: files.municipalityCentroids?.get(code) ?? null
		})
	);
	const postalCodes = new Map<string, string>();
	const localities = new Map<string, string[]>();
	for (const [postalCode = '', locality = '', municipality = ''] of rows(files.postalCodesCsv)) {
		postalCodes.set(postalCode, municipality);
		const codes = localities.get(locality) ?? [];
		if (!codes.includes(municipality)) codes.push(municipality);
		localities.set(locality, codes);
	}
	return { counties, municipalities, postalCodes, localities };
}

/** Reads centroids from a GeoJSON FeatureCollection with `properties.id` and `geo_point_2d`. */
export function centroidsFromGeojson(geojson: unknown): Map<string, { lat: number; lon: number }> {
	const centroids = new Map<string, { lat: number; lon: number }>();
	const features = (geojson as { features?: unknown[] }).features ?? [];
	for (const feature of features) {
		const properties = (feature as { properties?: { id?: unknown; geo_point_2d?: unknown } })
			.properties;
		const point = properties?.geo_point_2d;
		if (typeof properties?.id === 'string' && Array.isArray(point) && point.length === 2) {
			const [lat, lon] = point as [unknown, unknown];
			if (typeof lat === 'number' && typeof lon === 'number') {
				centroids.set(properties.id, { lat, lon });
			}
		}
	}
	return centroids;
}
