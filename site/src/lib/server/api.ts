import { env } from '$env/dynamic/private';
import {
	localRoutesResponseSchema,
	matchResponseSchema,
	needsResponseSchema,
	placeSearchResponseSchema,
	publicServiceSchema,
	regionsResponseSchema,
	situationCardsResponseSchema,
	type LocalRoutesResponse,
	type MatchRequest,
	type MatchResponse,
	type NeedsResponse,
	type PlaceSearchResponse,
	type PublicService,
	type RegionsResponse,
	type SituationCardsResponse
} from '@stodkartan/core';

/** The API could not be reached or did not answer as agreed. */
export class ApiUnavailableError extends Error {
	constructor(reason: string) {
		super(`The API is unavailable: ${reason}`);
		this.name = 'ApiUnavailableError';
	}
}

const baseUrl = () => env.API_BASE_URL ?? `http://127.0.0.1:${env.PORT ?? '3000'}`;

/**
 * The server's per-start secret for the site's own calls: they serve a form post the server
 * already counted against its sender, so the API does not count them again (under 127.0.0.1).
 */
const siteHeaders = (): Record<string, string> =>
	env.STODKARTAN_SITE_TOKEN ? { 'x-stodkartan-site': env.STODKARTAN_SITE_TOKEN } : {};

interface Schema<T> {
	safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** Calls the API and checks the answer against the shared contract; null for a 404. */
async function call<T>(schema: Schema<T>, path: string, init?: RequestInit): Promise<T | null> {
	let response: Response;
	try {
		response = await fetch(`${baseUrl()}${path}`, {
			...init,
			headers: { ...siteHeaders(), ...init?.headers },
			signal: AbortSignal.timeout(10_000)
		});
	} catch (error) {
		throw new ApiUnavailableError(error instanceof Error ? error.name : 'network');
	}
	if (response.status === 404) return null;
	if (!response.ok) throw new ApiUnavailableError(`HTTP ${response.status}`);
	const parsed = schema.safeParse(await response.json());
	if (!parsed.success) throw new ApiUnavailableError('unexpected answer');
	return parsed.data;
}

const post = (body: unknown): RequestInit => ({
	method: 'POST',
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify(body)
});

export async function match(request: MatchRequest): Promise<MatchResponse> {
	const answer = await call(matchResponseSchema, '/api/match', post(request));
	if (!answer) throw new ApiUnavailableError('no match endpoint');
	return answer;
}

export async function findService(id: string): Promise<PublicService | null> {
	return call(publicServiceSchema, `/api/services/${encodeURIComponent(id)}`);
}

export async function searchPlaces(text: string): Promise<PlaceSearchResponse['places']> {
	return (
		(await call(placeSearchResponseSchema, '/api/places/search', post({ text })))?.places ?? []
	);
}

/** A municipality's social services, on-call service, Barnahus and other local routes. */
export async function localRoutes(municipality: string): Promise<LocalRoutesResponse | null> {
	return call(localRoutesResponseSchema, '/api/local-routes', post({ municipality }));
}

// Reference data changes only with a new release of data/; one copy per server process.
let needs: Promise<NeedsResponse['needs']> | undefined;
let regions: Promise<RegionsResponse['counties']> | undefined;
let situationCards: Promise<SituationCardsResponse> | undefined;

export function listNeeds(): Promise<NeedsResponse['needs']> {
	needs ??= call(needsResponseSchema, '/api/needs').then((answer) => answer?.needs ?? []);
	needs.catch(() => (needs = undefined));
	return needs;
}

export function listCounties(): Promise<RegionsResponse['counties']> {
	regions ??= call(regionsResponseSchema, '/api/regions').then((answer) => answer?.counties ?? []);
	regions.catch(() => (regions = undefined));
	return regions;
}

export function listSituationCards(): Promise<SituationCardsResponse> {
	situationCards ??= call(situationCardsResponseSchema, '/api/situation-cards').then(
		(answer) => answer ?? { sources: [], cards: [] }
	);
	situationCards.catch(() => (situationCards = undefined));
	return situationCards;
}
