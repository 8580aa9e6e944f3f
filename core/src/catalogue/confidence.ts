import type { Service } from './schema.js';

export type ConfidenceLevel = NonNullable<Service['confidence']>;

/** Years after which the newest source of an entry is too old to trust today. */
export const STALE_AFTER_YEARS = 5;

/** The first day (YYYY-MM-DD) a `lastVerified` still counts as fresh on `today`. */
export function freshSince(today: string): string {
	const year = Number(today.slice(0, 4)) - STALE_AFTER_YEARS;
	return `${String(year).padStart(4, '0')}${today.slice(4)}`;
}

/** Whether an entry's newest source is more than five years older than `today`. */
export function isStale(service: Pick<Service, 'lastVerified'>, today: string): boolean {
	return service.lastVerified < freshSince(today);
}

/**
 * How far an entry can be trusted on `today`: the research's own judgement, but never more than
 * "low" once its newest source is more than five years old. Derived when a service is served,
 * so an entry turns low on the day it passes the limit without anyone editing the file.
 */
export function effectiveConfidence(
	service: Pick<Service, 'lastVerified' | 'confidence'>,
	today: string
): ConfidenceLevel | undefined {
	return isStale(service, today) ? 'low' : service.confidence;
}
