import type { Organization, Service } from '../catalogue/schema.js';
import { HsdsDirectory } from './directory.js';
import { HSDS_ATTRIBUTION, HSDS_LICENSE } from './tabular.js';
import { toHsdsServiceSummary, type HsdsContext } from './to-hsds.js';
import type {
	HsdsOrganization,
	HsdsService,
	HsdsServiceSummary,
	HsdsTaxonomy,
	HsdsTaxonomyTerm
} from './types.js';

/** Everything an export holds, in a stable order (services and organizations by name, then id). */
export interface HsdsDirectoryExport {
	services: HsdsService[];
	organizations: HsdsOrganization[];
	taxonomies: HsdsTaxonomy[];
	terms: HsdsTaxonomyTerm[];
}

/** What `GET /hsds/` answers, and `about.json` of an export: the version and the attribution. */
export function hsdsAbout(openapiUrl?: string) {
	return {
		version: '3.1',
		...(openapiUrl ? { openapi_url: openapiUrl } : {}),
		attribution: HSDS_ATTRIBUTION,
		schema_license: HSDS_LICENSE,
		extension:
			'Fields HSDS has no place for are under "stodkartan" on services, organizations, locations and taxonomy terms; see the README, "HSDS".'
	};
}

/** The whole catalogue as HSDS: every service, whatever its status, so a reader sees closures too. */
export function exportHsds(
	catalogue: { services: readonly Service[]; organizations: readonly Organization[] },
	context: HsdsContext
): HsdsDirectoryExport {
	const directory = new HsdsDirectory(catalogue, context);
	const services = directory
		.services({}, { includeInactive: true })
		.map((service) => directory.toService(service));
	// Each organization lists its active services, as `/hsds/organizations/{id}` does.
	const summaries = new Map<string, HsdsServiceSummary[]>();
	for (const service of services) {
		if (service.status !== 'active') continue;
		const list = summaries.get(service.organization_id) ?? [];
		list.push(toHsdsServiceSummary(service));
		summaries.set(service.organization_id, list);
	}
	return {
		services,
		organizations: directory.organizations({}).map((organization) => ({
			...organization,
			services: summaries.get(organization.id) ?? []
		})),
		taxonomies: directory.taxonomies(),
		terms: directory.terms({})
	};
}
