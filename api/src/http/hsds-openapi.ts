import { z } from 'zod';
import {
	errorBodySchema,
	HSDS_ATTRIBUTION,
	HSDS_LICENSE,
	hsdsLocationExtensionSchema,
	hsdsOrganizationExtensionSchema,
	hsdsOrganizationsQuerySchema,
	hsdsServiceAtLocationsQuerySchema,
	hsdsServiceExtensionSchema,
	hsdsServicesQuerySchema,
	hsdsTaxonomiesQuerySchema,
	hsdsTaxonomyTermsQuerySchema,
	hsdsTermExtensionSchema
} from '@stodkartan/core';

/** The official HSDS 3.1 schemas the answers follow (copied in `data/standards/hsds-3.1/`). */
const HSDS_SCHEMA_BASE =
	'https://raw.githubusercontent.com/openreferral/specification/3.1-dev/schema/';
const hsdsSchema = (file: string) => ({ $ref: `${HSDS_SCHEMA_BASE}${file}` });

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'output') =>
	z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function queryParameters(schema: z.ZodType) {
	const { properties } = jsonSchema(schema, 'input') as {
		properties: Record<string, { description?: string }>;
	};
	return Object.entries(properties).map(([name, property]) => ({
		name,
		in: 'query',
		required: false,
		schema: property,
		...(property.description ? { description: property.description } : {})
	}));
}

const idParameter = {
	name: 'id',
	in: 'path',
	required: true,
	schema: { type: 'string', format: 'uuid' }
};

const error = (description: string) => ({
	description,
	content: { 'application/json': { schema: jsonSchema(errorBodySchema) } }
});

const page = (items: unknown) => ({
	'application/json': {
		schema: {
			allOf: [{ $ref: '#/components/schemas/HsdsPage' }],
			properties: { contents: { type: 'array', items } }
		}
	},
	'application/x-ndjson': {
		schema: items,
		description: 'With format=ndjson: every item, one a line, unpaged.'
	}
});

const list = (summary: string, query: z.ZodType, items: unknown) => ({
	get: {
		tags: ['HSDS'],
		summary,
		parameters: queryParameters(query),
		responses: {
			'200': { description: 'A page', content: page(items) },
			'400': error('Invalid query')
		}
	}
});

const byId = (summary: string, schema: unknown) => ({
	get: {
		tags: ['HSDS'],
		summary,
		parameters: [idParameter],
		responses: {
			'200': { description: 'The record', content: { 'application/json': { schema } } },
			'400': error('The id is not a UUID'),
			'404': error('Unknown id')
		}
	}
});

/** The `/hsds` routes and their components, for `/api/openapi.json`. */
export function hsdsOpenApi(): {
	paths: Record<string, unknown>;
	components: Record<string, unknown>;
	tag: unknown;
} {
	return {
		tag: {
			name: 'HSDS',
			description: `The catalogue in the Human Services Data Specification 3.1 (Open Referral), read-only. Schemas: ${HSDS_ATTRIBUTION}, ${HSDS_LICENSE.title} (${HSDS_LICENSE.path}). Fields HSDS has no place for are under "stodkartan" (components HsdsServiceExtension, HsdsOrganizationExtension, HsdsLocationExtension, HsdsTermExtension).`
		},
		paths: {
			'/hsds/': {
				get: {
					tags: ['HSDS'],
					summary: 'The HSDS version of this API, where its description is, and the attribution',
					responses: {
						'200': {
							description: 'Version information',
							content: {
								'application/json': {
									schema: {
										type: 'object',
										properties: {
											version: { type: 'string', const: '3.1' },
											openapi_url: { type: 'string', format: 'uri' },
											attribution: { type: 'string' },
											schema_license: { type: 'object' },
											extension: { type: 'string' }
										}
									}
								}
							}
						}
					}
				}
			},
			'/hsds/services': list(
				'Active services in name order (list items; full=true for nested, minimal=true for ids)',
				hsdsServicesQuerySchema,
				hsdsSchema('compiled/service_list.json')
			),
			'/hsds/services/{id}': byId('One service, fully nested, any status', {
				allOf: [hsdsSchema('compiled/service.json')],
				properties: { stodkartan: { $ref: '#/components/schemas/HsdsServiceExtension' } }
			}),
			'/hsds/organizations': list(
				'Organizations in name order',
				hsdsOrganizationsQuerySchema,
				hsdsSchema('compiled/organization_list.json')
			),
			'/hsds/organizations/{id}': byId('One organization with its active services as list items', {
				allOf: [hsdsSchema('compiled/organization.json')],
				properties: { stodkartan: { $ref: '#/components/schemas/HsdsOrganizationExtension' } }
			}),
			'/hsds/taxonomies': list(
				'Our three taxonomies: needs, roles in the support system, audiences',
				hsdsTaxonomiesQuerySchema,
				hsdsSchema('taxonomy.json')
			),
			'/hsds/taxonomies/{id}': byId('One taxonomy', hsdsSchema('taxonomy.json')),
			'/hsds/taxonomy_terms': list(
				'Every term, in Swedish and in English (same code); a need term’s code is the need code',
				hsdsTaxonomyTermsQuerySchema,
				hsdsSchema('taxonomy_term.json')
			),
			'/hsds/taxonomy_terms/{id}': byId('One taxonomy term', hsdsSchema('taxonomy_term.json')),
			'/hsds/service_at_locations': list(
				'The public places where active services are offered (protected addresses never)',
				hsdsServiceAtLocationsQuerySchema,
				hsdsSchema('compiled/service_at_location_list.json')
			),
			'/hsds/service_at_locations/{id}': byId(
				'One service at a location, with its location and service',
				hsdsSchema('compiled/service_at_location.json')
			)
		},
		components: {
			HsdsPage: {
				type: 'object',
				description: 'The standard’s paged list (Page in the HSDS API description).',
				required: [
					'total_items',
					'total_pages',
					'page_number',
					'size',
					'first_page',
					'last_page',
					'empty',
					'contents'
				],
				properties: {
					total_items: { type: 'integer' },
					total_pages: { type: 'integer' },
					page_number: { type: 'integer' },
					size: { type: 'integer' },
					first_page: { type: 'boolean' },
					last_page: { type: 'boolean' },
					empty: { type: 'boolean' },
					contents: { type: 'array' }
				}
			},
			HsdsServiceExtension: jsonSchema(hsdsServiceExtensionSchema),
			HsdsOrganizationExtension: jsonSchema(hsdsOrganizationExtensionSchema),
			HsdsLocationExtension: jsonSchema(hsdsLocationExtensionSchema),
			HsdsTermExtension: jsonSchema(hsdsTermExtensionSchema)
		}
	};
}
