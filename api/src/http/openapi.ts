import { z } from 'zod';
import {
	errorBodySchema,
	healthResponseSchema,
	listServicesQuerySchema,
	listServicesRequestSchema,
	localRoutesRequestSchema,
	localRoutesResponseSchema,
	matchRequestSchema,
	matchResponseSchema,
	needsResponseSchema,
	placeSearchResponseSchema,
	postalCodeResponseSchema,
	publicServiceSchema,
	regionsResponseSchema,
	servicesPageSchema,
	situationCardsResponseSchema
} from '@stodkartan/core';
import { hsdsOpenApi } from './hsds-openapi.js';
import { placeSearchRequestSchema, postalCodeRequestSchema } from './regions.routes.js';
import { staffOpenApiPaths } from './staff-openapi.js';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => ({
	'application/json': {
		schema: z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' })
	}
});

const error = (description: string) => ({ description, content: json(errorBodySchema) });

/** Every path but health is counted against the client's rate limit. */
const tooMany = {
	description:
		'Too many requests from this client (its address); Retry-After says in how many seconds to try again',
	headers: { 'Retry-After': { schema: { type: 'integer' } } },
	content: json(errorBodySchema)
};

/** What a POST with a JSON body may answer besides its own success. */
const BODY_ERRORS = {
	'400': error('Invalid input'),
	'413': error('Body too large'),
	'415': error('Body is not JSON, or has a Content-Encoding'),
	'429': tooMany
};

/** The answers of both forms of the postal-code look-up. */
const postalResponses = {
	'200': { description: 'Municipality and county', content: json(postalCodeResponseSchema) },
	'400': error('Invalid postal code'),
	'404': error('Postal code not in the table'),
	'429': tooMany
};

const IN_THE_URL =
	'These filters travel in the URL, which proxies, servers and browser histories keep: an age, a postal code or a place there is not private. Send them in the body of the POST form instead.';

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
						...BODY_ERRORS
					}
				}
			},
			'/api/services': {
				get: {
					summary: 'The catalogue, filtered and paged, in name order (filters in the URL)',
					description: `${IN_THE_URL} (POST /api/services/search)`,
					parameters,
					responses: {
						'200': { description: 'A page of services', content: json(servicesPageSchema) },
						'400': error('Invalid query'),
						'429': tooMany
					}
				}
			},
			'/api/services/search': {
				post: {
					summary:
						'The catalogue, filtered and paged, in name order (a POST keeps an age or a place out of URLs)',
					requestBody: { required: false, content: json(listServicesRequestSchema, 'input') },
					responses: {
						'200': { description: 'A page of services', content: json(servicesPageSchema) },
						...BODY_ERRORS
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
						'404': error('Unknown id'),
						'429': tooMany
					}
				}
			},
			'/api/needs': {
				get: {
					summary: 'The need codes with youth-friendly wording',
					responses: {
						'200': { description: 'Needs', content: json(needsResponseSchema) },
						'429': tooMany
					}
				}
			},
			'/api/situation-cards': {
				get: {
					summary: 'Situation cards: first steps in a situation, each fact with its sources',
					responses: {
						'200': { description: 'Cards', content: json(situationCardsResponseSchema) }
					}
				}
			},
			'/api/regions': {
				get: {
					summary: 'Counties and their municipalities (SCB codes)',
					responses: {
						'200': { description: 'Regions', content: json(regionsResponseSchema) },
						'429': tooMany
					}
				}
			},
			'/api/regions/postal': {
				post: {
					summary: 'The municipality of a postal code (a POST keeps it out of URLs)',
					requestBody: { required: true, content: json(postalCodeRequestSchema, 'input') },
					responses: postalResponses
				}
			},
			'/api/regions/postal/{code}': {
				get: {
					summary: 'The municipality of a postal code (the code in the URL)',
					description: `${IN_THE_URL} (POST /api/regions/postal)`,
					parameters: [
						{
							name: 'code',
							in: 'path',
							required: true,
							schema: { type: 'string', pattern: '^\\d{3}\\s?\\d{2}$' }
						}
					],
					responses: postalResponses
				}
			},
			'/api/places/search': {
				post: {
					summary:
						'Municipalities a typed place name may mean (a POST keeps the place out of URLs)',
					requestBody: { required: true, content: json(placeSearchRequestSchema, 'input') },
					responses: {
						'200': { description: 'Places, best first', content: json(placeSearchResponseSchema) },
						'400': error('Invalid input'),
						'429': tooMany
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
						...BODY_ERRORS,
						'400': error('Invalid input, or a municipality code SCB does not have'),
						'404': error('Postal code not in the table')
					}
				}
			},
			'/api/openapi.json': {
				get: {
					summary: 'This document',
					responses: { '200': { description: 'OpenAPI 3.1' }, '429': tooMany }
				}
			},
			...staffOpenApiPaths(),
			...hsds.paths
		},
		tags: [hsds.tag],
		components: { schemas: hsds.components }
	};
}
