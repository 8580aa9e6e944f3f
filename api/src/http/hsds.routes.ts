import type { Request, Response, Router } from 'express';
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
	type HsdsDirectory
} from '@stodkartan/core';
import type { AppDependencies } from './context.js';
import { NotFoundError, parseInput } from './errors.js';

/** A list as the HSDS API answers it: one page in the standard's shape, or every item as NDJSON. */
function sendList<T>(
	res: Response,
	items: readonly T[],
	query: { page: number; per_page: number; format: 'json' | 'ndjson' }
): void {
	if (query.format === 'ndjson') {
		res
			.type('application/x-ndjson')
			.send(items.map((item) => JSON.stringify(item)).join('\n') + (items.length > 0 ? '\n' : ''));
		return;
	}
	res.json(hsdsPage(items, query.page, query.per_page));
}

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
	{ catalogue, vocabulary, needLabels }: AppDependencies
): void {
	const needs = needTermSources(needLabels, vocabulary);
	const directory = (): Promise<HsdsDirectory> => catalogue.hsds(needs);
	const idOf = (req: Request) => parseInput(hsdsUuidSchema, req.params.id, 'id');

	router.get('/hsds/', (req, res) => {
		res.json(hsdsAbout(`${req.protocol}://${req.get('host') ?? 'localhost'}/api/openapi.json`));
	});

	router.get('/hsds/services', async (req, res) => {
		const query = parseInput(hsdsServicesQuerySchema, req.query, 'query');
		const hsds = await directory();
		const services = hsds.services({
			...(query.search !== undefined ? { search: query.search } : {}),
			...(query.taxonomy_term_id !== undefined ? { taxonomyTermId: query.taxonomy_term_id } : {}),
			...(query.taxonomy_id !== undefined ? { taxonomyId: query.taxonomy_id } : {}),
			...(query.organization_id !== undefined ? { organizationId: query.organization_id } : {}),
			...(query.modified_after !== undefined ? { modifiedAfter: query.modified_after } : {})
		});
		// Map only the page asked for; the filters above read prepared rows.
		const page =
			query.format === 'json'
				? services.slice((query.page - 1) * query.per_page, query.page * query.per_page)
				: services;
		const items = page.map((service) => {
			const mapped = hsds.toService(service);
			if (query.minimal) return { id: mapped.id, last_modified: mapped.last_modified };
			return query.full ? mapped : hsds.toServiceSummary(service);
		});
		if (query.format === 'ndjson') return sendList(res, items, query);
		const shape = hsdsPage(services, query.page, query.per_page);
		res.json({ ...shape, contents: items });
	});

	router.get('/hsds/services/:id', async (req, res) => {
		const id = idOf(req);
		res.json(found((await directory()).service(id), 'service'));
	});

	router.get('/hsds/organizations', async (req, res) => {
		const query = parseInput(hsdsOrganizationsQuerySchema, req.query, 'query');
		const organizations = (await directory()).organizations({
			...(query.search !== undefined ? { search: query.search } : {}),
			...(query.taxonomy_term_id !== undefined ? { taxonomyTermId: query.taxonomy_term_id } : {}),
			...(query.taxonomy_id !== undefined ? { taxonomyId: query.taxonomy_id } : {})
		});
		sendList(res, organizations, query);
	});

	router.get('/hsds/organizations/:id', async (req, res) => {
		const id = idOf(req);
		res.json(found((await directory()).organization(id), 'organization'));
	});

	router.get('/hsds/taxonomies', async (req, res) => {
		const query = parseInput(hsdsTaxonomiesQuerySchema, req.query, 'query');
		sendList(res, (await directory()).taxonomies(query.search), query);
	});

	router.get('/hsds/taxonomies/:id', async (req, res) => {
		const id = idOf(req);
		res.json(found((await directory()).taxonomy(id), 'taxonomy'));
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
		sendList(res, terms, query);
	});

	router.get('/hsds/taxonomy_terms/:id', async (req, res) => {
		const id = idOf(req);
		res.json(found((await directory()).term(id), 'taxonomy term'));
	});

	router.get('/hsds/service_at_locations', async (req, res) => {
		const query = parseInput(hsdsServiceAtLocationsQuerySchema, req.query, 'query');
		const entries = (await directory()).serviceAtLocations({
			...(query.search !== undefined ? { search: query.search } : {}),
			...(query.taxonomy_term_id !== undefined ? { taxonomyTermId: query.taxonomy_term_id } : {}),
			...(query.taxonomy_id !== undefined ? { taxonomyId: query.taxonomy_id } : {}),
			...(query.organization_id !== undefined ? { organizationId: query.organization_id } : {}),
			...(query.modified_after !== undefined ? { modifiedAfter: query.modified_after } : {})
		});
		sendList(res, entries, query);
	});

	router.get('/hsds/service_at_locations/:id', async (req, res) => {
		const id = idOf(req);
		res.json(found((await directory()).serviceAtLocation(id), 'service at location'));
	});
}
