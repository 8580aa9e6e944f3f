import { z } from 'zod';
import {
	errorBodySchema,
	healthResponseSchema,
	listServicesQuerySchema,
	localRoutesRequestSchema,
	localRoutesResponseSchema,
	matchRequestSchema,
	matchResponseSchema,
	needsResponseSchema,
	placeSearchResponseSchema,
	postalCodeResponseSchema,
	publicServiceSchema,
	regionsResponseSchema,
	servicesPageSchema
} from '@stodkartan/core';
import { hsdsOpenApi } from './hsds-openapi.js';
import { placeSearchRequestSchema } from './regions.routes.js';
import { staffOpenApiPaths } from './staff-openapi.js';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => ({
	'application/json': {
		schema: z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' })
	}
});

const error = (description: string) => ({ description, content: json(errorBodySchema) });

/**
 * The OpenAPI 3.1 description of the API, generated from the same zod schemas that validate
 * requests and responses.
 */
export function openApiDocument(): Record<string, unknown> {
	const query = z.toJSONSchema(listServicesQuerySchema, {
		target: 'draft-2020-12',
		io: 'input'
	}) as {
		properties: Record<string, { description?: string }>;
	};
	const parameters = Object.entries(query.properties).map(([name, schema]) => ({
		name,
		in: 'query',
		required: false,
		schema,
		...(schema.description ? { description: schema.description } : {})
	}));
	const hsds = hsdsOpenApi();
	return {
		openapi: '3.1.0',
		info: {
			title: 'Stödkartan API',
			version: '1.0.0',
			description:
				'Referral directory and matching for children and young people exposed to sexualized violence in Sweden. Nothing a client sends is logged or stored.'
		},
		paths: {
			'/api/health': {
				get: {
					summary: 'Whether the catalogue is loaded and matching is ready',
					responses: {
						'200': { description: 'Ready', content: json(healthResponseSchema) },
						'503': { description: 'Starting or stopping', content: json(healthResponseSchema) }
					}
				}
			},
			'/api/match': {
				post: {
					summary:
						'Where should this child be referred? The eligible services, best first, with reasons',
					requestBody: { required: false, content: json(matchRequestSchema, 'input') },
					responses: {
						'200': { description: 'Ranked services', content: json(matchResponseSchema) },
						'400': error('Invalid input'),
						'413': error('Body too large'),
						'415': error('Body is not JSON')
					}
				}
			},
			'/api/services': {
				get: {
					summary: 'The catalogue, filtered and paged, in name order',
					parameters,
					responses: {
						'200': { description: 'A page of services', content: json(servicesPageSchema) },
						'400': error('Invalid query')
					}
				}
			},
			'/api/services/{id}': {
				get: {
					summary: 'One service, with its sources and verification date',
					parameters: [
						{
							name: 'id',
							in: 'path',
							required: true,
							schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,79}$' }
						}
					],
					responses: {
						'200': { description: 'The service', content: json(publicServiceSchema) },
						'400': error('Invalid id'),
						'404': error('Unknown id')
					}
				}
			},
			'/api/needs': {
				get: {
					summary: 'The need codes with youth-friendly wording',
					responses: { '200': { description: 'Needs', content: json(needsResponseSchema) } }
				}
			},
			'/api/regions': {
				get: {
					summary: 'Counties and their municipalities (SCB codes)',
					responses: { '200': { description: 'Regions', content: json(regionsResponseSchema) } }
				}
			},
			'/api/regions/postal/{code}': {
				get: {
					summary: 'The municipality of a postal code',
					parameters: [
						{
							name: 'code',
							in: 'path',
							required: true,
							schema: { type: 'string', pattern: '^\\d{3}\\s?\\d{2}$' }
						}
					],
					responses: {
						'200': {
							description: 'Municipality and county',
							content: json(postalCodeResponseSchema)
						},
						'400': error('Invalid postal code'),
						'404': error('Postal code not in the table')
					}
				}
			},
			'/api/places/search': {
				post: {
					summary:
						'Municipalities a typed place name may mean (a POST keeps the place out of URLs)',
					requestBody: { required: true, content: json(placeSearchRequestSchema, 'input') },
					responses: {
						'200': { description: 'Places, best first', content: json(placeSearchResponseSchema) },
						'400': error('Invalid input')
					}
				}
			},
			'/api/local-routes': {
				post: {
					summary:
						"A municipality's local routes: its social services, on-call service, Barnahus (or the documented gap) and other local services by role (a POST keeps the place out of URLs)",
					requestBody: { required: true, content: json(localRoutesRequestSchema, 'input') },
					responses: {
						'200': {
							description: 'The local routes, never cached',
							content: json(localRoutesResponseSchema)
						},
						'400': error('Invalid input, or a municipality code SCB does not have'),
						'404': error('Postal code not in the table'),
						'413': error('Body too large'),
						'415': error('Body is not JSON')
					}
				}
			},
			'/api/openapi.json': {
				get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } }
			},
			...staffOpenApiPaths(),
			...hsds.paths
		},
		tags: [hsds.tag],
		components: { schemas: hsds.components }
	};
}
