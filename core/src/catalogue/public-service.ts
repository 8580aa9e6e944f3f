import { effectiveConfidence } from './confidence.js';
import type { Location, Organization, Service } from './schema.js';

/** A location as the public may see it: protected housing keeps no more than its municipality. */
export interface PublicLocation {
	name?: string;
	address?: Location['address'];
	municipality: string;
	lat?: number;
	lon?: number;
	accessible?: boolean;
}

export type PublicService = Omit<Service, 'locations'> & {
	locations?: PublicLocation[];
	organization: { id: string; name: string; type: Organization['type']; website?: string };
};

/**
 * How much of a location may be shown. A safe-housing service hides its addresses unless the
 * catalogue explicitly marks them public: a leaked shelter address can put people in danger.
 */
export function visibilityOf(
	service: Service,
	location: Location
): 'public' | 'municipality' | 'hidden' {
	if (location.addressVisibility) return location.addressVisibility;
	return service.needs.includes('safe-housing') ? 'hidden' : 'public';
}

function publicLocation(service: Service, location: Location): PublicLocation | undefined {
	const visibility = visibilityOf(service, location);
	if (visibility === 'hidden') return undefined;
	if (visibility === 'municipality') return { municipality: location.municipality };
	const { addressVisibility: _visibility, ...shown } = location;
	return shown;
}

/**
 * The service as every API answer shows it on `today` (YYYY-MM-DD, Swedish time); the only way
 * services leave the API. Its confidence is the one that holds today: an entry whose newest
 * source is more than five years old is served as low, whatever the file says.
 */
export function toPublicService(
	service: Service,
	organization: Organization | undefined,
	today: string
): PublicService {
	const { locations, confidence: _stored, ...rest } = service;
	const shown = locations?.flatMap((location) => publicLocation(service, location) ?? []);
	const confidence = effectiveConfidence(service, today);
	return {
		...rest,
		...(confidence ? { confidence } : {}),
		...(shown && shown.length > 0 ? { locations: shown } : {}),
		organization: organization
			? {
					id: organization.id,
					name: organization.name,
					type: organization.type,
					...(organization.website ? { website: organization.website } : {})
				}
			: { id: service.organizationId, name: service.organizationId, type: 'nonprofit' }
	};
}
