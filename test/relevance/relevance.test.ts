import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataCatalogue } from '@stodkartan/api';
import type { Catalogue, MatchRequest, Service } from '@stodkartan/core';
import { DATA, FIXTURES, fixtureCatalogue, testGeography } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The labelled evaluation (the same queries and metrics as ../shared/eval/relevance.mjs) run over
 * HTTP against the fixture catalogue. Violations are judged by a check written apart from the
 * matcher's own, straight from the SCB tables.
 */
interface LabelledQuery {
	id: string;
	request: MatchRequest;
	grades: Record<string, number>;
}

const queries = (
	JSON.parse(readFileSync(path.join(FIXTURES, 'dev-queries.json'), 'utf8')) as {
		queries: LabelledQuery[];
	}
).queries;
const services = new Map(fixtureCatalogue().services.map((service) => [service.id, service]));
const csv = (file: string) =>
	readFileSync(path.join(DATA, 'geo', file), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','));
const countyOf = new Map(
	csv('municipality_county.csv').map(([code, , , county]) => [code as string, county as string])
);
const municipalityOfPostal = new Map(
	csv('postal_to_municipality.csv').map(([postal, , code]) => [postal as string, code as string])
);

function ineligibility(service: Service | undefined, request: MatchRequest): string | null {
	if (!service) return 'unknown service';
	if (service.status !== 'active') return `status ${service.status}`;
	const { minAge, maxAge, genders } = service.eligibility;
	if (request.age !== undefined && minAge !== undefined && request.age < minAge) return 'too young';
	if (request.age !== undefined && maxAge !== undefined && request.age > maxAge) return 'too old';
	if (request.gender && genders && !genders.includes(request.gender)) return 'gender';
	const location: { municipality?: string; county?: string; postalCode?: string } =
		request.location ?? {};
	const municipality =
		location.municipality ??
		(location.postalCode
			? municipalityOfPostal.get(location.postalCode.replace(/\s/g, ''))
			: undefined);
	const county = municipality ? countyOf.get(municipality) : location.county;
	const area = service.serviceArea;
	if (area.scope === 'regional' && county && !area.counties.includes(county)) {
		return 'county not served';
	}
	if (area.scope === 'local') {
		if (municipality && !area.municipalities.includes(municipality)) {
			return 'municipality not served';
		}
		if (
			!municipality &&
			county &&
			!area.municipalities.some((code) => countyOf.get(code) === county)
		) {
			return 'county not served';
		}
	}
	return null;
}

const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: number[]) =>
	grades.reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);

/** A Tuesday afternoon: the answers may depend on what is open, and a test must not. */
const tuesdayAfternoon = new Date('2026-11-24T13:00:00Z');

let app: TestApp;
beforeAll(async () => {
	app = await createTestApp(fixtureCatalogue(), { now: tuesdayAfternoon });
});
afterAll(() => app.close());

test('matching on the labelled queries: nDCG@5 ≥ 0.90, recall@10 ≥ 0.95, no violations', async () => {
	const rows: { id: string; ndcg: number; recall: number; violations: string[] }[] = [];
	for (const query of queries) {
		const response = await app.request.post('/api/match').send({ ...query.request, limit: 10 });
		expect(response.status).toBe(200);
		const ids = (response.body as { results: { service: { id: string } }[] }).results.map(
			(result) => result.service.id
		);
		const top5 = ids.slice(0, 5).map((id) => query.grades[id] ?? 0);
		const ideal = Object.values(query.grades)
			.sort((a, b) => b - a)
			.slice(0, 5);
		const wanted = Object.keys(query.grades).filter((id) => (query.grades[id] ?? 0) >= 2);
		rows.push({
			id: query.id,
			ndcg: dcg(top5) / dcg(ideal),
			recall: wanted.filter((id) => ids.includes(id)).length / wanted.length,
			violations: ids.flatMap((id) => {
				const why = ineligibility(services.get(id), query.request);
				return why ? [`${query.id}: ${id} (${why})`] : [];
			})
		});
	}
	const mean = (key: 'ndcg' | 'recall') =>
		rows.reduce((sum, row) => sum + row[key], 0) / rows.length;
	console.info(
		`relevance on ${rows.length} queries: nDCG@5 ${mean('ndcg').toFixed(3)}, recall@10 ${mean('recall').toFixed(3)}`
	);
	expect(rows.flatMap((row) => row.violations)).toEqual([]);
	expect(mean('ndcg')).toBeGreaterThanOrEqual(0.9);
	expect(mean('recall')).toBeGreaterThanOrEqual(0.95);
});

/** A small seeded generator, so that a failing request can be found again. */
function randomRequests(count: number, seed: number): MatchRequest[] {
	let state = seed;
	const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const municipalities = [...countyOf.keys()];
	const counties = [...new Set(countyOf.values())];
	const postalCodes = [...municipalityOfPostal.keys()];
	const needCodes = [...new Set(queries.flatMap((query) => query.request.needs ?? []))];
	const texts = queries.flatMap((query) => (query.request.text ? [query.request.text] : []));
	return Array.from({ length: count }, () => {
		const request: MatchRequest = { limit: 50 };
		if (random() < 0.9) request.age = Math.floor(random() * 30);
		if (random() < 0.5) request.gender = pick(['female', 'male', 'nonbinary'] as const);
		const where = random();
		if (where < 0.4) request.location = { municipality: pick(municipalities) };
		else if (where < 0.6) request.location = { postalCode: pick(postalCodes) };
		else if (where < 0.8) request.location = { county: pick(counties) };
		if (random() < 0.7) request.needs = [...new Set([pick(needCodes), pick(needCodes)])];
		if (random() < 0.4) request.text = pick(texts);
		if (random() < 0.3) request.seeker = pick(['self', 'parent', 'professional'] as const);
		return request;
	});
}

describe.each([
	{ name: 'the fixture catalogue', catalogue: async () => fixtureCatalogue() },
	{ name: 'the real catalogue in data/', catalogue: realCatalogue }
])('over $name', ({ catalogue }) => {
	let own: TestApp;
	let byId: Map<string, Service>;
	beforeAll(async () => {
		const loaded = await catalogue();
		byId = new Map(loaded.services.map((service) => [service.id, service]));
		own = await createTestApp(loaded);
	});
	afterAll(() => own.close());

	test('no request, of 400 varied ones, is offered a service the person may not use', async () => {
		const violations: string[] = [];
		for (const request of randomRequests(400, 20261124)) {
			const response = await own.request.post('/api/match').send(request);
			expect({ request, status: response.status }).toEqual({ request, status: 200 });
			const { results } = response.body as { results: { service: { id: string } }[] };
			for (const { service } of results) {
				const why = ineligibility(byId.get(service.id), request);
				if (why) violations.push(`${JSON.stringify(request)}: ${service.id} (${why})`);
			}
		}
		expect(violations).toEqual([]);
	});
});

async function realCatalogue(): Promise<Catalogue> {
	const result = await loadDataCatalogue(DATA, testGeography());
	if (!result.ok) throw new Error('data/ does not validate');
	return result.catalogue;
}
