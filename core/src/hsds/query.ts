import { z } from 'zod';
import { isUuid } from './ids.js';

// Query parameters of the `/hsds` read API, as the HSDS API description (`schema/openapi.json`)
// names them. Each is given once; an unknown parameter is an error, not silently ignored.

export const HSDS_MAX_PER_PAGE = 500;

const flag = z
	.enum(['true', 'false'])
	.transform((value) => value === 'true')
	.describe('true or false');
export const hsdsUuidSchema = z.string().refine(isUuid, 'must be a UUID');

const paging = {
	page: z
		.string()
		.regex(/^\d{1,6}$/, 'must be a page number from 1')
		.transform(Number)
		.pipe(z.number().min(1, 'must be a page number from 1'))
		.default(1)
		.describe('Page number of the paged result, from 1.'),
	per_page: z
		.string()
		.regex(/^\d{1,3}$/, `must be 1–${HSDS_MAX_PER_PAGE}`)
		.transform(Number)
		.pipe(z.number().min(1).max(HSDS_MAX_PER_PAGE))
		.default(50)
		.describe(`Number of results on a page (1–${HSDS_MAX_PER_PAGE}, default 50).`),
	format: z
		.enum(['json', 'ndjson'])
		.default('json')
		.describe('json (paged, the default) or ndjson: every result, one JSON object a line, unpaged.')
};
const search = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.max(200, 'must be at most 200 characters')
	.optional()
	.describe('Full-text search over names, descriptions and search words: every word must occur.');
const taxonomy_term_id = hsdsUuidSchema
	.optional()
	.describe('Only records with this taxonomy term.');
const taxonomy_id = hsdsUuidSchema
	.optional()
	.describe('Only records with any term of this taxonomy.');
const organization_id = hsdsUuidSchema.optional().describe('Only services of this organization.');
const modified_after = z.iso
	.datetime({ offset: true, error: 'must be an ISO 8601 date-time, such as 2026-01-01T00:00:00Z' })
	.transform((value) => new Date(value))
	.optional()
	.describe('Only records modified at or after this date-time.');

export const hsdsServicesQuerySchema = z.strictObject({
	...paging,
	search,
	taxonomy_term_id,
	taxonomy_id,
	organization_id,
	modified_after,
	minimal: flag.optional().describe('true: each service as its id and last_modified only.'),
	full: flag.optional().describe('true: fully nested services instead of list items.')
});

export const hsdsOrganizationsQuerySchema = z.strictObject({
	...paging,
	search,
	taxonomy_term_id,
	taxonomy_id
});

export const hsdsTaxonomiesQuerySchema = z.strictObject({ ...paging, search });

export const hsdsTaxonomyTermsQuerySchema = z.strictObject({
	...paging,
	search,
	taxonomy_id,
	top_only: flag.optional().describe('Our taxonomies are flat: every term is a top-level term.'),
	parent_id: hsdsUuidSchema
		.optional()
		.describe('Our taxonomies are flat: no term has a parent, so this finds none.')
});

export const hsdsServiceAtLocationsQuerySchema = z.strictObject({
	...paging,
	search,
	taxonomy_term_id,
	taxonomy_id,
	organization_id,
	modified_after
});

export type HsdsServicesQuery = z.infer<typeof hsdsServicesQuerySchema>;
