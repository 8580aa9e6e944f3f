import { needGroupOf, type NeedCode } from '../needs/codes.js';
import type { ServiceFeatures } from './features.js';
import type { FirstStepPlan, Step } from './first-steps.js';
import type { Query } from './rank.js';

/**
 * Where the ranked services go in the answer: the first-step rules' services where the rules put
 * them, the night rule, and a local service before the national route to it.
 */

export interface Scored {
	position: number;
	/** The ranking key: the score plus any rule's tier. */
	rank: number;
	score: number;
}

/** Keeps the best `limit` entries, best first; equal keys are ordered by service id. */
export class TopList {
	readonly entries: Scored[] = [];
	readonly #limit: number;
	readonly #idOf: (position: number) => string;

	constructor(limit: number, idOf: (position: number) => string) {
		this.#limit = limit;
		this.#idOf = idOf;
	}

	/** The key an entry must beat to get in, or -Infinity while the list is not full. */
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

export interface Placed extends Scored {
	/** The first-step rule that placed the service, if one did. */
	step?: Step;
}

export interface RouteCheck {
	isNationalRoute(position: number): boolean;
	/** Whether the service at `position` is the local one, for the person's place, of the route. */
	isLocalOf(position: number, route: number): boolean;
}

export interface NightCheck {
	isOpen(position: number): boolean;
	isClosed(position: number): boolean;
	/** The asked needs the service helps with, as the night rule compares them. */
	helps(position: number): readonly NeedCode[];
	/** Whether `instead` can stand in for `closed`: the same kind of service, reached the way asked. */
	canReplace(instead: number, closed: number): boolean;
}

/**
 * What a service does for this person, for the night rule: the kinds of help asked for that it
 * gives, or, when no kind of help was asked, the concerns asked about that it takes.
 */
export function helpsWith(service: ServiceFeatures, query: Query): NeedCode[] {
	const asked = [...query.needs].filter(([, weight]) => weight >= 0.5).map(([code]) => code);
	const help = asked.filter((code) => needGroupOf(code) === 'help');
	return (help.length > 0 ? help : asked).filter((code) => service.needs.includes(code));
}

/**
 * At night a young person is not sent first to a service they cannot reach: the first place goes
 * to a service open now that gives the same help, when there is one; and in the next places a
 * service known to be closed goes after one that gives the same help and is open or may be open.
 */
function openBeforeClosed<T extends Scored>(
	entries: readonly T[],
	places: number,
	night: NightCheck
): T[] {
	const queue = [...entries];
	const placed: T[] = [];
	while (placed.length < places && queue.length > 0) {
		const next = queue[0] as T;
		const isFirst = placed.length === 0;
		const mustMove = isFirst ? !night.isOpen(next.position) : night.isClosed(next.position);
		if (mustMove) {
			const needed = night.helps(next.position);
			const instead = queue.findIndex(
				(entry) =>
					(isFirst ? night.isOpen(entry.position) : !night.isClosed(entry.position)) &&
					night.canReplace(entry.position, next.position) &&
					needed.every((code) => night.helps(entry.position).includes(code))
			);
			if (instead > 0) {
				placed.push(...queue.splice(instead, 1));
				continue;
			}
		}
		placed.push(queue.shift() as T);
	}
	return [...placed, ...queue];
}

/** At night the first places go to what is open now: this many. */
const NIGHT_PLACES = 3;

/**
 * The steps' services where the rules put them, then every other service in order; at night, for
 * a young person, the first places left go to services that can be reached (see openBeforeClosed).
 */
export function placeSteps(
	plan: FirstStepPlan,
	stepLists: readonly TopList[],
	ranked: readonly Scored[],
	limit: number,
	night: NightCheck,
	routes: RouteCheck
): Placed[] {
	const list: Placed[] = [];
	const used = new Set<number>();
	let stepStart = 0;
	plan.steps.forEach((step, s) => {
		if (step.place !== 'lead') return;
		// A fallback, placed before the step it stands in for, and only when that step has nothing
		// open, or maybe open, to offer: 112 when the on-call service is known to be closed.
		const before = stepLists[s - 1]?.entries[0];
		if (step.unlessOpenBefore && before && !night.isClosed(before.position)) return;
		const at = step.unlessOpenBefore ? stepStart : list.length;
		const entries = (stepLists[s] as TopList).entries
			.filter(({ position }) => !used.has(position))
			.map((entry) => ({ ...entry, step }));
		for (const { position } of entries) used.add(position);
		list.splice(at, 0, ...entries);
		stepStart = at;
	});
	let rest = ranked.filter(({ position }) => !used.has(position));
	if (plan.openFirst) rest = openBeforeClosed(rest, NIGHT_PLACES - list.length, night);
	list.push(...rest);
	plan.steps.forEach((step, s) => {
		if (step.place === 'lead') return;
		const best = (stepLists[s] as TopList).entries[0];
		if (!best) return;
		const at = list.findIndex(({ position }) => position === best.position);
		if (at >= 0 && at < step.place) {
			list[at] = { ...(list[at] as Placed), step };
			return;
		}
		if (at >= 0) list.splice(at, 1);
		list.splice(Math.min(step.place - 1, list.length), 0, { ...best, step });
	});
	return localBeforeRoute(list, routes).slice(0, limit);
}

/**
 * A national route ("Socialtjänsten i din kommun") explains how to reach the local service: when
 * the list holds the local one for the person's place, that one comes first.
 */
function localBeforeRoute<T extends Scored>(list: T[], routes: RouteCheck): T[] {
	const result = [...list];
	for (let i = 0; i < result.length; i++) {
		const route = result[i] as T;
		if (!routes.isNationalRoute(route.position)) continue;
		const local = result.findIndex(
			(entry, j) => j > i && routes.isLocalOf(entry.position, route.position)
		);
		if (local > i) result.splice(i, 0, ...result.splice(local, 1));
	}
	return result;
}
