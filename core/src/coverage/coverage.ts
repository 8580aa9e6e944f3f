import type { Gap } from '../catalogue/gaps.js';
import { LocalRoutesIndex, localRoutesFor, type BarnahusRoute } from '../catalogue/local-routes.js';
import { SERVICE_ROLES, type Service, type ServiceRole } from '../catalogue/schema.js';
import type { Geography } from '../geo/geography.js';
import { NEED_CODES, type NeedCode } from '../needs/codes.js';

export const AGE_BANDS = [
	{ id: 'under-13', label: '<13', minAge: 0, maxAge: 12 },
	{ id: '13-17', label: '13–17', minAge: 13, maxAge: 17 },
	{ id: '18-25', label: '18–25', minAge: 18, maxAge: 25 }
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/**
 * county: a service covering the whole county (regional, or local services together covering
 * every municipality); part: local services in some of its municipalities; national: only
 * nationwide services; none: nothing at all.
 */
export type CoverageLevel = 'county' | 'part' | 'national' | 'none';

export interface CoverageCell {
	level: CoverageLevel;
	/** For `part`: how many of the county's municipalities have a service. */
	municipalitiesCovered: number;
	municipalities: number;
}

export interface CountyCoverage {
	county: { code: string; name: string };
	cells: Record<NeedCode, Record<AgeBand['id'], CoverageCell>>;
}

function servesBand(service: Service, band: AgeBand): boolean {
	const { minAge = 0, maxAge = 120 } = service.eligibility;
	return minAge <= band.maxAge && maxAge >= band.minAge;
}

/** Which need codes have at least one active service, per county and age band: where support is missing. */
export function computeCoverage(
	services: readonly Service[],
	geography: Geography
): CountyCoverage[] {
	const active = services.filter((service) => service.status === 'active');
	return geography.counties.map((county) => {
		const municipalities = geography.municipalitiesIn(county.code).map((m) => m.code);
		const cells = {} as CountyCoverage['cells'];
		for (const need of NEED_CODES) {
			cells[need] = {} as Record<AgeBand['id'], CoverageCell>;
			for (const band of AGE_BANDS) {
				const relevant = active.filter(
					(service) => service.needs.includes(need) && servesBand(service, band)
				);
				const covered = new Set<string>();
				let regional = false;
				let national = false;
				for (const { serviceArea: area } of relevant) {
					if (area.scope === 'national') national = true;
					else if (area.scope === 'regional') regional ||= area.counties.includes(county.code);
					else {
						for (const code of area.municipalities) {
							if (municipalities.includes(code)) covered.add(code);
						}
					}
				}
				const level: CoverageLevel =
					regional || covered.size === municipalities.length
						? 'county'
						: covered.size > 0
							? 'part'
							: national
								? 'national'
								: 'none';
				cells[need][band.id] = {
					level,
					municipalitiesCovered: regional ? municipalities.length : covered.size,
					municipalities: municipalities.length
				};
			}
		}
		return { county: { code: county.code, name: county.name }, cells };
	});
}

export interface CountyRoutes {
	county: { code: string; name: string };
	municipalities: number;
	/** Active services of each role that serve part or all of the county (local or regional). */
	byRole: Record<ServiceRole, number>;
	/** Municipalities with their own social-services entry, and with an on-call service. */
	withSocialServices: number;
	withOnCall: number;
	/** Municipalities a Barnahus serves, and those in a gap the sources call none or unknown. */
	barnahus: Record<BarnahusRoute<unknown>['status'], number>;
}

export interface RoleCoverage {
	/** Active nationwide services of each role. */
	national: Record<ServiceRole, number>;
	counties: CountyRoutes[];
}

const zeroRoles = (): Record<ServiceRole, number> =>
	Object.fromEntries(SERVICE_ROLES.map((role) => [role, 0])) as Record<ServiceRole, number>;

/**
 * Per county, how many services of each role reach it, and how many of its municipalities have
 * their own social services, an on-call service and a Barnahus: the same lookup the API answers
 * `POST /api/local-routes` with, for every municipality.
 */
export function computeRoleCoverage(
	services: readonly Service[],
	geography: Geography,
	gaps: readonly Gap[],
	today: string
): RoleCoverage {
	const index = new LocalRoutesIndex(services);
	const national = zeroRoles();
	for (const service of index.national) if (service.role) national[service.role] += 1;
	const counties = geography.counties.map((county) => {
		const municipalities = geography.municipalitiesIn(county.code);
		const byRole = zeroRoles();
		const reaching = new Set([
			...index.regional(county.code),
			...municipalities.flatMap((municipality) => index.local(municipality.code))
		]);
		for (const service of reaching) if (service.role) byRole[service.role] += 1;
		const result: CountyRoutes = {
			county: { code: county.code, name: county.name },
			municipalities: municipalities.length,
			byRole,
			withSocialServices: 0,
			withOnCall: 0,
			barnahus: { served: 0, none: 0, unknown: 0 }
		};
		for (const municipality of municipalities) {
			const routes = localRoutesFor(index, municipality.code, { geography, gaps, today });
			if (!routes) continue;
			if (routes.socialServices.local) result.withSocialServices += 1;
			if (routes.onCall.services.length > 0) result.withOnCall += 1;
			result.barnahus[routes.barnahus.status] += 1;
		}
		return result;
	});
	return { national, counties };
}
