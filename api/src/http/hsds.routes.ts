import type { Response, Router } from 'express';
import {
	hsdsAbout,
	hsdsOrganizationsQuerySchema,
	hsdsPage,
	hsdsServiceAtLocationsQuerySchema,
	hsdsServicesQuerySchema,
	hsdsTaxonomiesQuerySchema,
	hsdsTaxonomyTermsQuerySchema,
	hsdsUuidSchema,
	needTermSources,
	type HsdsDirectory,
	type HsdsFilter
} from '@stodkartan/core';
import type { AppDependencies } from './context.js';
import { NotFoundError, parseInput } from './errors.js';

/**
 * A list as the HSDS API answers it: one page in the standard's shape, or every item as NDJSON.
 * Only the items sent are mapped (`toItem`); the filters read prepared rows.
 */
function sendList<T, U>(
	res: Response,
	items: readonly T[],
	query: { page: number; per_page: number; format: 'json' | 'ndjson' },
	toItem: (item: T) => U
): void {
	if (query.format === 'ndjson') {
		res
			.type('application/x-ndjson')
			.send(items.map((item) => `${JSON.stringify(toItem(item))}\n`).join(''));
		return;
	}
	const page = hsdsPage(items, query.page, query.per_page);
	res.json({ ...page, contents: page.contents.map(toItem) });
}

/** The directory's filter from the query parameters the HSDS API description names. */
function filterOf(query: {
	search?: string | undefined;
	taxonomy_term_id?: string | undefined;
	taxonomy_id?: string | undefined;
	organization_id?: string | undefined;
	modified_after?: Date | undefined;
}): HsdsFilter {
	return {
		...(query.search !== undefined ? { search: query.search } : {}),
		...(query.taxonomy_term_id !== undefined ? { taxonomyTermId: query.taxonomy_term_id } : {}),
		...(query.taxonomy_id !== undefined ? { taxonomyId: query.taxonomy_id } : {}),
		...(query.organization_id !== undefined ? { organizationId: query.organization_id } : {}),
		...(query.modified_after !== undefined ? { modifiedAfter: query.modified_after } : {})
	};
}

const same = <T>(item: T): T => item;

function found<T>(record: T | undefined, what: string): T {
	if (record === undefined) throw new NotFoundError(`There is no ${what} with that id.`);
	return record;
}

/**
 * The HSDS 3.1 read API under `/hsds`, laid out as Open Referral's API description: version
 * information, then services, organizations, taxonomies, taxonomy terms and services at
 * locations, each as a paged list and by id. Read-only, public data only: every service passes
 * through the same public serializer as `/api`, so protected addresses never leave.
 */
export function registerHsdsRoutes(
	router: Router,
	{ catalogue, vocabulary, needLabels, now = () => new Date() }: AppDependencies
): void {
	const needs = needTermSources(needLabels, vocabulary);
	const directory = (): Promise<HsdsDirectory> => catalogue.hsds(needs, now());

	// Every record by its UUID: the id is checked first, so a malformed one is a 400, not a 404.
	const byId: [string, string, (hsds: HsdsDirectory, id: string) => unknown][] = [
		['services', 'service', (hsds, id) => hsds.service(id)],
		['organizations', 'organization', (hsds, id) => hsds.organization(id)],
		['taxonomies', 'taxonomy', (hsds, id) => hsds.taxonomy(id)],
		['taxonomy_terms', 'taxonomy term', (hsds, id) => hsds.term(id)],
		['service_at_locations', 'service at location', (hsds, id) => hsds.serviceAtLocation(id)]
	];
	for (const [path, what, find] of byId) {
		router.get(`/hsds/${path}/:id`, async (req, res) => {
			const id = parseInput(hsdsUuidSchema, req.params.id, 'id');
			res.json(found(find(await directory(), id), what));
		});
	}

	router.get('/hsds/', (req, res) => {
		res.json(hsdsAbout(`${req.protocol}://${req.get('host') ?? 'localhost'}/api/openapi.json`));
	});

	router.get('/hsds/services', async (req, res) => {
		const query = parseInput(hsdsServicesQuerySchema, req.query, 'query');
		const hsds = await directory();
		sendList(res, hsds.services(filterOf(query)), query, (service) => {
			if (!query.full && !query.minimal) return hsds.toServiceSummary(service);
			const mapped = hsds.toService(service);
			return query.minimal ? { id: mapped.id, last_modified: mapped.last_modified } : mapped;
		});
	});

	router.get('/hsds/organizations', async (req, res) => {
		const query = parseInput(hsdsOrganizationsQuerySchema, req.query, 'query');
		const organizations = (await directory()).organizations(filterOf(query));
		sendList(res, organizations, query, same);
	});

	router.get('/hsds/taxonomies', async (req, res) => {
		const query = parseInput(hsdsTaxonomiesQuerySchema, req.query, 'query');
		sendList(res, (await directory()).taxonomies(query.search), query, same);
	});

	router.get('/hsds/taxonomy_terms', async (req, res) => {
		const query = parseInput(hsdsTaxonomyTermsQuerySchema, req.query, 'query');
		const terms =
			query.parent_id !== undefined
				? []
				: (await directory()).terms({
						...(query.search !== undefined ? { search: query.search } : {}),
						...(query.taxonomy_id !== undefined ? { taxonomyId: query.taxonomy_id } : {})
					});
		sendList(res, terms, query, same);
	});

	router.get('/hsds/service_at_locations', async (req, res) => {
		const query = parseInput(hsdsServiceAtLocationsQuerySchema, req.query, 'query');
		const hsds = await directory();
		sendList(res, hsds.serviceAtLocations(filterOf(query)), query, (place) =>
			hsds.toServiceAtLocation(place)
		);
	});
}
