import { z } from 'zod';
import {
	audienceSchema,
	genderSchema,
	isOpenAt,
	matchRequestSchema,
	needCodeSchema,
	serviceRoleSchema,
	type Gender,
	type Geography,
	type MatchRequest,
	type Service
} from '@stodkartan/core';

/**
 * Real-catalogue scenarios (format in test/scenarios/README.md): a request and what a skilled
 * support worker expects of the answer, by role, need, area and eligibility, never by id.
 */

const genderKey = genderSchema.optional();
export const matcherSchema = z
	.strictObject({
		role: serviceRoleSchema.optional(),
		need: needCodeSchema.optional(),
		hasNeed: needCodeSchema.optional(),
		scope: z.enum(['national', 'regional', 'local']).optional(),
		servesMunicipality: z.boolean().optional(),
		emergency: z.boolean().optional(),
		excludesGender: genderKey,
		excludedGender: genderKey,
		excludes: genderKey,
		closedToGender: genderKey,
		genderSpecific: z.boolean().optional(),
		audience: audienceSchema.optional(),
		openNow: z.boolean().optional(),
		kind: z.enum(['service', 'pathway']).optional()
	})
	.refine((matcher) => Object.keys(matcher).length > 0, 'a matcher needs at least one key');
export type Matcher = z.infer<typeof matcherSchema>;

const withinSchema = z.number().int().min(1).max(50);
const placementSchema = z.strictObject({
	within: withinSchema,
	anyOf: z.array(matcherSchema).min(1)
});

/** Tuesday 24 November 2026, 14:00 in Sweden: a run never depends on when it happens. */
export const DEFAULT_MOMENT = '2026-11-24T14:00:00+01:00';

export const scenarioSchema = z.strictObject({
	id: z.string().min(1),
	kind: z.string().min(1),
	note: z.string().optional(),
	request: matchRequestSchema.extend({ at: z.iso.datetime({ offset: true }).optional() }),
	expect: z
		.strictObject({
			first: placementSchema.optional(),
			include: z.array(placementSchema).optional(),
			order: z.array(z.array(matcherSchema).min(1)).min(2).optional(),
			never: z.array(z.strictObject({ within: withinSchema, match: matcherSchema })).optional()
		})
		.refine((expect) => Object.keys(expect).length > 0, 'expect needs at least one check')
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const scenarioFileSchema = z.object({
	note: z.string().optional(),
	scenarios: z
		.array(scenarioSchema)
		.min(1)
		.refine(
			(scenarios) => new Set(scenarios.map(({ id }) => id)).size === scenarios.length,
			'scenario ids must be unique'
		)
});

/** What a check needs to know about the request: its place and moment. */
export interface Situation {
	municipality: string | undefined;
	county: string | undefined;
	at: Date;
}

/** The place and moment of a request (`at` an ISO time; the default moment when not given). */
export function situationOf(
	request: Pick<MatchRequest, 'location'> & { at?: string | undefined },
	geography: Geography
): Situation {
	const location = geography.resolveLocation(request.location);
	return {
		municipality: location.kind === 'municipality' ? location.municipality.code : undefined,
		county: location.kind === 'unknown' ? undefined : location.county.code,
		at: new Date(request.at ?? DEFAULT_MOMENT)
	};
}

/** Whether some channel is open (true), all are known to be closed (false), or not known. */
export function openAt(service: Service, at: Date): boolean | undefined {
	let unknown = false;
	for (const { hours } of service.contacts) {
		if (!hours) unknown = true;
		else if (isOpenAt(hours, at)) return true;
	}
	return unknown ? undefined : false;
}

function serves(service: Service, situation: Situation): boolean {
	const area = service.serviceArea;
	if (area.scope === 'local') {
		return (
			situation.municipality !== undefined && area.municipalities.includes(situation.municipality)
		);
	}
	if (area.scope === 'regional') {
		return situation.municipality !== undefined && area.counties.includes(situation.county ?? '');
	}
	return false;
}

function excludes(service: Service, gender: Gender): boolean {
	const genders = service.eligibility.genders;
	return genders !== undefined && !genders.includes(gender);
}

export function matches(service: Service, matcher: Matcher, situation: Situation): boolean {
	const excluded =
		matcher.excludesGender ?? matcher.excludedGender ?? matcher.excludes ?? matcher.closedToGender;
	const isEmergency = service.emergency === true || service.role === 'emergency';
	const genders = service.eligibility.genders;
	return (
		(matcher.role === undefined || service.role === matcher.role) &&
		(matcher.need === undefined || service.needs[0] === matcher.need) &&
		(matcher.hasNeed === undefined || service.needs.includes(matcher.hasNeed)) &&
		(matcher.scope === undefined || service.serviceArea.scope === matcher.scope) &&
		// Said of regional and local services only (README): a national service matches neither.
		(matcher.servesMunicipality === undefined ||
			(service.serviceArea.scope !== 'national' &&
				serves(service, situation) === matcher.servesMunicipality)) &&
		(matcher.emergency === undefined || isEmergency === matcher.emergency) &&
		(excluded === undefined || excludes(service, excluded)) &&
		(matcher.genderSpecific === undefined ||
			(genders !== undefined && genders.length < 3) === matcher.genderSpecific) &&
		(matcher.audience === undefined || (service.audience ?? []).includes(matcher.audience)) &&
		(matcher.openNow === undefined || openAt(service, situation.at) === matcher.openNow) &&
		(matcher.kind === undefined || (service.kind ?? 'service') === matcher.kind)
	);
}

/** Why the person may not use a service, judged apart from the matcher's own check, or null. */
export function ineligibility(
	service: Service,
	request: MatchRequest,
	situation: Situation
): string | null {
	if (service.status !== 'active') return `status ${service.status}`;
	const { minAge, maxAge, genders } = service.eligibility;
	const { age, gender } = request;
	if (age !== undefined && minAge !== undefined && age < minAge) return `age ${age} < ${minAge}`;
	if (age !== undefined && maxAge !== undefined && age > maxAge) return `age ${age} > ${maxAge}`;
	if (gender !== undefined && genders !== undefined && !genders.includes(gender)) {
		return `closed to ${gender}`;
	}
	const area = service.serviceArea;
	if (area.scope === 'regional' && situation.county && !area.counties.includes(situation.county)) {
		return 'outside its counties';
	}
	if (area.scope === 'local' && situation.municipality && !serves(service, situation)) {
		return 'outside its municipalities';
	}
	return null;
}

export interface ScenarioResult {
	id: string;
	kind: string;
	passed: boolean;
	/** Each check that did not hold, in words. */
	failures: string[];
	/** Results placed where they do harm: a `never` check broken, or a service the person may not use. */
	harmful: string[];
	top: Service[];
}

const describe = (matcher: Matcher) =>
	Object.entries(matcher)
		.map(([key, value]) => `${key}=${String(value)}`)
		.join(' ');
const describeAny = (matchers: readonly Matcher[]) => matchers.map(describe).join(' | ');

/** Judges one scenario's results (full service records, best first) against its expectations. */
export function judgeScenario(
	scenario: Scenario,
	results: readonly Service[],
	situation: Situation
): ScenarioResult {
	const failures: string[] = [];
	const harmful: string[] = [];
	const firstIndex = (matchers: readonly Matcher[]) =>
		results.findIndex((service) =>
			matchers.some((matcher) => matches(service, matcher, situation))
		);
	const within = (n: number, matchers: readonly Matcher[]) => {
		const at = firstIndex(matchers);
		return at >= 0 && at < n;
	};
	const { expect } = scenario;
	if (expect.first && !within(expect.first.within, expect.first.anyOf)) {
		failures.push(
			`first: none of [${describeAny(expect.first.anyOf)}] in the first ${expect.first.within}`
		);
	}
	for (const check of expect.include ?? []) {
		if (!within(check.within, check.anyOf)) {
			failures.push(`include: none of [${describeAny(check.anyOf)}] in the first ${check.within}`);
		}
	}
	if (expect.order) {
		const positions = expect.order.map(firstIndex);
		const missing = positions.findIndex((position) => position < 0);
		if (missing >= 0) {
			failures.push(`order: no result matches [${describeAny(expect.order[missing] ?? [])}]`);
		} else if (positions.some((position, i) => i > 0 && position <= (positions[i - 1] as number))) {
			failures.push(
				`order: first positions ${positions.map((p) => p + 1).join(', ')} of ${expect.order.map((group) => `[${describeAny(group)}]`).join(' → ')}`
			);
		}
	}
	for (const check of expect.never ?? []) {
		results.slice(0, check.within).forEach((service, position) => {
			if (matches(service, check.match, situation)) {
				const why = `never: ${service.id} at ${position + 1} matches [${describe(check.match)}] (within ${check.within})`;
				failures.push(why);
				harmful.push(why);
			}
		});
	}
	results.forEach((service, position) => {
		const why = ineligibility(service, scenario.request, situation);
		if (why) {
			const message = `not eligible: ${service.id} at ${position + 1} (${why})`;
			failures.push(message);
			harmful.push(message);
		}
	});
	return {
		id: scenario.id,
		kind: scenario.kind,
		passed: failures.length === 0,
		failures,
		harmful,
		top: [...results]
	};
}

/** Runs every scenario through `match` (the real matcher over a catalogue) and judges it. */
export function runScenarios(
	scenarios: readonly Scenario[],
	catalogue: {
		geography: Geography;
		services: ReadonlyMap<string, Service>;
		match(request: MatchRequest, at: Date): { results: readonly { id: string }[] };
	}
): ScenarioResult[] {
	return scenarios.map((scenario) => {
		const situation = situationOf(scenario.request, catalogue.geography);
		const { at: _at, ...request } = scenario.request;
		const outcome = catalogue.match({ limit: 10, ...request }, situation.at);
		const results = outcome.results.flatMap(({ id }) => catalogue.services.get(id) ?? []);
		return judgeScenario(scenario, results, situation);
	});
}

/** One line per result: id, role, main need and scope, to read a failure without the code. */
export function describeResults(results: readonly Service[], count = 6): string[] {
	return results
		.slice(0, count)
		.map(
			(service, i) =>
				`${i + 1}. ${service.id} (${service.role ?? 'no role'}, ${service.needs[0]}, ${service.serviceArea.scope})`
		);
}
