import type { Audience, ContactChannel, Gender, Service } from '../catalogue/schema.js';
import type { ResolvedLocation } from '../geo/geography.js';
import type { SwedishClock } from '../hours/opening-hours.js';
import type { NeedCode } from '../needs/codes.js';
import type { CatalogueIndex } from './catalogue-index.js';
import { checkAge, checkArea, checkGender } from './eligibility.js';
import { hasAudience, type ServiceFeatures } from './features.js';
import { compileFilters, passesFilters, type HardFilters } from './rank.js';

/** The catalogue browsed with filters: the same eligibility rules as matching, no ranking. */
export interface ServiceListFilter {
	needs?: readonly NeedCode[];
	location: ResolvedLocation;
	age?: number;
	gender?: Gender;
	channels?: readonly ContactChannel[];
	language?: string;
	audience?: Audience;
	anonymous?: boolean;
	free?: boolean;
	openNow?: boolean;
	status: Service['status'] | 'all';
	organizationId?: string;
}

function isListed(
	service: ServiceFeatures,
	filter: ServiceListFilter,
	hardFilters: HardFilters | undefined,
	clock: SwedishClock
): boolean {
	if (filter.status !== 'all' && service.status !== filter.status) return false;
	if (filter.organizationId && service.organizationId !== filter.organizationId) return false;
	if (
		filter.needs &&
		filter.needs.length > 0 &&
		!filter.needs.some((need) => service.needs.includes(need))
	) {
		return false;
	}
	if (filter.audience && !hasAudience(service, filter.audience)) return false;
	if (checkAge(service, filter.age) === 'not-met') return false;
	if (checkGender(service, filter.gender) === 'not-met') return false;
	if (checkArea(service, filter.location) === 'not-met') return false;
	return passesFilters(service, hardFilters, clock);
}

/** One page of the services that pass the filter, in the order of their Swedish names. */
export function listServices(
	index: CatalogueIndex,
	filter: ServiceListFilter,
	clock: SwedishClock,
	page: { page: number; pageSize: number }
): { ids: string[]; total: number } {
	const ids: string[] = [];
	const first = (page.page - 1) * page.pageSize;
	let total = 0;
	const hardFilters = compileFilters({
		...(filter.channels ? { channels: [...filter.channels] } : {}),
		...(filter.language ? { languages: [filter.language] } : {}),
		...(filter.anonymous ? { anonymous: true } : {}),
		...(filter.free ? { free: true } : {}),
		...(filter.openNow ? { openNow: true } : {})
	});
	for (const position of index.byName) {
		const service = index.features[position] as ServiceFeatures;
		if (!isListed(service, filter, hardFilters, clock)) continue;
		if (total >= first && ids.length < page.pageSize) ids.push(service.id);
		total++;
	}
	return { ids, total };
}
