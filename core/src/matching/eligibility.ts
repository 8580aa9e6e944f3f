import type { Gender } from '../catalogue/schema.js';
import type { ResolvedLocation } from '../geo/geography.js';
import { genderMask, type Mask, type ServiceFeatures } from './features.js';

/**
 * met: the data says the person may use the service; unknown: the service has a rule but the
 * person did not say (never excludes); not-met: the service is closed to them (always excludes).
 */
export type CheckStatus = 'met' | 'unknown' | 'not-met';

/** What is known about the child or young person the help concerns. */
export interface Person {
	age: number | undefined;
	gender: Gender | undefined;
	location: ResolvedLocation;
}

/** The age check on raw bounds; a bound below zero means none (the index stores them so). */
export function ageStatus(minAge: number, maxAge: number, age: number | undefined): CheckStatus {
	if (minAge < 0 && maxAge < 0) return 'met';
	if (age === undefined) return 'unknown';
	if (minAge >= 0 && age < minAge) return 'not-met';
	if (maxAge >= 0 && age > maxAge) return 'not-met';
	return 'met';
}

/** The gender check on masks: an empty service mask is open to all, an empty person mask unknown. */
export function genderStatus(serviceMask: Mask, personMask: Mask): CheckStatus {
	if (serviceMask === 0) return 'met';
	if (personMask === 0) return 'unknown';
	return (serviceMask & personMask) !== 0 ? 'met' : 'not-met';
}

export function checkAge(service: ServiceFeatures, age: number | undefined): CheckStatus {
	return ageStatus(service.minAge ?? -1, service.maxAge ?? -1, age);
}

export function checkGender(service: ServiceFeatures, gender: Gender | undefined): CheckStatus {
	return genderStatus(service.genderMask, gender === undefined ? 0 : genderMask([gender]));
}

export function checkArea(service: ServiceFeatures, location: ResolvedLocation): CheckStatus {
	const { area } = service;
	if (area.scope === 'national') return 'met';
	if (location.kind === 'unknown') return 'unknown';
	const county = location.county.code;
	if (area.scope === 'regional') return area.counties.includes(county) ? 'met' : 'not-met';
	if (location.kind === 'municipality') {
		return area.municipalities.includes(location.municipality.code) ? 'met' : 'not-met';
	}
	// Only the county is known: a local service in some of its municipalities may serve the person.
	return area.counties.includes(county) ? 'unknown' : 'not-met';
}
