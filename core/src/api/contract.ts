import { z } from 'zod';
import {
	AUDIENCES,
	CONTACT_CHANNELS,
	countyCodeSchema,
	genderSchema,
	languageCodeSchema,
	locationSchema,
	municipalityCodeSchema,
	needCodeSchema,
	localizedTextSchema,
	serviceSchema
} from '../catalogue/schema.js';
import { OTHER_LOCAL_ROLES } from '../catalogue/local-routes.js';
import { FIRST_STEP_RULES } from '../matching/first-steps.js';
import { REASON_CRITERIA } from '../matching/reasons.js';
import { postalCodeSchema, SEEKERS, uniqueArray } from '../matching/request.js';
import { SET_ASIDE } from '../needs/understand-text.js';
import { SIGNALS } from '../needs/vocabulary.js';
import { situationCardSchema, situationCardSourceSchema } from '../situations/situations.js';

/** The one error shape of the API. */
export const errorBodySchema = z.object({
	error: z.object({
		code: z.string().describe('A stable machine-readable code, e.g. invalid_request, not_found.'),
		message: z.string(),
		issues: z.array(z.object({ path: z.string(), message: z.string() }))
	})
});

/** A location as shown: protected addresses are reduced to a municipality, so no coordinates. */
const publicLocationSchema = locationSchema.omit({ addressVisibility: true }).extend({
	lat: z.number().optional(),
	lon: z.number().optional()
});

export const publicServiceSchema = serviceSchema
	.omit({ locations: true })
	.extend({
		locations: z.array(publicLocationSchema).optional(),
		organization: z.object({
			id: z.string(),
			name: z.string(),
			type: z.enum(['public', 'nonprofit', 'private']),
			website: z.string().optional()
		})
	})
	.describe('A service as the public sees it: protected addresses are never included.');

export const matchReasonSchema = z.object({
	criterion: z.enum(REASON_CRITERIA),
	status: z.enum(['met', 'partly', 'unknown', 'not-met']),
	message: z.string(),
	needs: z.array(needCodeSchema).optional()
});

const namedRegion = z.object({ code: z.string(), name: z.string() });

const statedSchema = <T extends z.ZodType>(value: T) =>
	z
		.object({
			value,
			source: z.enum(['request', 'text']),
			words: z.string().optional()
		})
		.nullable();

export const matchResponseSchema = z.object({
	results: z.array(
		z.object({
			service: publicServiceSchema,
			score: z.number().min(0).max(1),
			reasons: z.array(matchReasonSchema)
		})
	),
	interpretation: z.object({
		asker: z
			.union([
				z.object({
					seeker: z.enum(SEEKERS),
					source: z.enum(['request', 'text']),
					words: z.string().optional().describe('The words of the text that said who asks.')
				}),
				z.object({ seeker: z.null(), source: z.literal('not-given') })
			])
			.describe(
				'Who is asking, as the request said or as the text shows; "friend" is a young person asking for someone else.'
			),
		person: z
			.object({ age: statedSchema(z.number()), gender: statedSchema(genderSchema) })
			.describe(
				'The age and gender of the young person the help is about, as the request said or the text states outright ("jag är kille", "min dotter på 13"); null when neither says. A gender or age from the text is used for eligibility like one from the request.'
			),
		needs: z.array(
			z.object({
				code: needCodeSchema,
				weight: z.number(),
				source: z.enum(['request', 'text', 'signal'])
			})
		),
		signals: z.array(z.enum(SIGNALS)),
		understood: z.array(
			z.object({
				words: z.string(),
				needs: z.array(needCodeSchema),
				signals: z.array(z.enum(SIGNALS)),
				kind: z
					.enum(['phrase', 'word', 'compound', 'fuzzy', 'together'])
					.describe(
						'How the words were read: a phrase, a word, part of a compound, a misspelling, or words that mean it only together in one sentence.'
					),
				setAside: z
					.enum(SET_ASIDE)
					.optional()
					.describe(
						'The words were read but do not count: denied ("inte våldtagen"), a name ("pappa", "snapchat") with no harm beside it or someone else\'s thoughts, or words that only say who is asking ("skolkurator", "polis här") or how the adult asking feels ("jag är pappa och mår dåligt").'
					)
			})
		),
		location: z.union([
			z.object({
				status: z.literal('municipality'),
				municipality: namedRegion,
				county: namedRegion
			}),
			z.object({ status: z.literal('county'), county: namedRegion }),
			z.object({ status: z.literal('not-given') }),
			z.object({ status: z.literal('postal-code-not-found') })
		]),
		situation: z
			.array(z.object({ rule: z.enum(FIRST_STEP_RULES), message: z.string() }))
			.describe(
				'The first-step rules that ordered the answer (danger now, rape in the last days, an adult reporting abuse of a child …), each with a sentence in the language of the answer.'
			)
	})
});

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');
const list = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
	z
		.string()
		.max(400)
		.transform((value) =>
			value
				.split(',')
				.map((part) => part.trim())
				.filter(Boolean)
		)
		.pipe(z.array(item).max(max));

export const MAX_PAGE_SIZE = 100;

/** `GET /api/services` query parameters; each given once, lists comma-separated. */
export const listServicesQuerySchema = z.strictObject({
	need: list(needCodeSchema, 25)
		.optional()
		.describe('Comma-separated need codes: services offering any of them.'),
	municipality: municipalityCodeSchema.optional(),
	county: countyCodeSchema.optional(),
	postalCode: postalCodeSchema.optional(),
	age: z
		.string()
		.regex(/^\d{1,3}$/, 'must be a whole number of years')
		.transform(Number)
		.pipe(z.number().max(120))
		.optional(),
	gender: genderSchema.optional(),
	channel: list(z.enum(CONTACT_CHANNELS), 8)
		.optional()
		.describe('Comma-separated channels: services reachable by any of them.'),
	language: languageCodeSchema.optional(),
	audience: z.enum(AUDIENCES).optional(),
	anonymous: flag.optional(),
	free: flag.optional(),
	openNow: flag.optional(),
	status: z.enum(['active', 'paused', 'inactive', 'all']).default('active'),
	organization: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)
		.optional(),
	page: z
		.string()
		.regex(/^\d{1,6}$/, 'must be a page number')
		.transform(Number)
		.pipe(z.number().min(1))
		.default(1),
	pageSize: z
		.string()
		.regex(/^\d{1,3}$/, `must be 1–${MAX_PAGE_SIZE}`)
		.transform(Number)
		.pipe(z.number().min(1).max(MAX_PAGE_SIZE))
		.default(20)
});

/**
 * `POST /api/services/search`: the same filters as `GET /api/services` in a JSON body, so that an
 * age or a place never stands in a URL (which proxies, servers and browser histories keep).
 */
export const listServicesRequestSchema = z.strictObject({
	need: uniqueArray(needCodeSchema, 25)
		.optional()
		.describe('Need codes: services offering any of them.'),
	municipality: municipalityCodeSchema.optional(),
	county: countyCodeSchema.optional(),
	postalCode: postalCodeSchema.optional(),
	age: z.number().int().min(0).max(120).optional(),
	gender: genderSchema.optional(),
	channel: uniqueArray(z.enum(CONTACT_CHANNELS), 8)
		.optional()
		.describe('Channels: services reachable by any of them.'),
	language: languageCodeSchema.optional(),
	audience: z.enum(AUDIENCES).optional(),
	anonymous: z.boolean().optional(),
	free: z.boolean().optional(),
	openNow: z.boolean().optional(),
	status: z.enum(['active', 'paused', 'inactive', 'all']).default('active'),
	organization: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]{0,79}$/)
		.optional(),
	page: z.number().int().min(1).max(999_999).default(1),
	pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(20)
});

export const servicesPageSchema = z.object({
	items: z.array(publicServiceSchema),
	page: z.number(),
	pageSize: z.number(),
	total: z.number()
});

export const needsResponseSchema = z.object({
	needs: z.array(
		z.object({
			code: needCodeSchema,
			group: z.enum(['concern', 'help']),
			label: z
				.object({ sv: z.string(), en: z.string() })
				.describe('The label of the catalogue contract.'),
			youthLabel: z.object({ sv: z.string(), en: z.string() }),
			question: z.object({ sv: z.string(), en: z.string() }),
			description: z.object({ sv: z.string(), en: z.string() })
		})
	)
});

const municipalitySchema = z.object({
	code: z.string(),
	name: z.string(),
	shortName: z.string(),
	centroid: z.object({ lat: z.number(), lon: z.number() }).nullable()
});

export const regionsResponseSchema = z.object({
	counties: z.array(
		z.object({
			code: z.string(),
			name: z.string(),
			shortName: z.string(),
			municipalities: z.array(municipalitySchema)
		})
	)
});

export const postalCodeResponseSchema = z.object({
	postalCode: z.string(),
	municipality: namedRegion,
	county: namedRegion
});

export const placeSearchResponseSchema = z.object({
	places: z.array(
		z.object({ municipality: namedRegion, county: namedRegion, matchedName: z.string() })
	)
});

/** `POST /api/local-routes`: the place in the body, never in a URL. */
export const localRoutesRequestSchema = z
	.strictObject({
		municipality: municipalityCodeSchema.optional().describe('An SCB municipality code.'),
		postalCode: postalCodeSchema.optional().describe('A Swedish postal code.')
	})
	.refine(
		(body) => (body.municipality === undefined) !== (body.postalCode === undefined),
		'give exactly one of municipality and postalCode'
	)
	.describe('Exactly one of municipality and postalCode.');

export const localRoutesResponseSchema = z
	.object({
		municipality: z.object({ code: z.string(), name: z.string(), county: namedRegion }),
		socialServices: z.object({
			local: z
				.boolean()
				.describe("Whether these are the municipality's own; if not, the national route."),
			services: z.array(publicServiceSchema),
			note: localizedTextSchema
				.optional()
				.describe('When no local entry is recorded: says so and how to reach the municipality.')
		}),
		onCall: z.object({
			services: z.array(publicServiceSchema),
			note: localizedTextSchema.optional()
		}),
		barnahus: z.object({
			status: z
				.enum(['served', 'none', 'unknown'])
				.describe('served: a Barnahus serves it; none: the sources say there is none; unknown.'),
			services: z.array(publicServiceSchema),
			gap: z
				.object({
					id: z.string(),
					status: z.enum(['none', 'unknown']),
					description: localizedTextSchema,
					sources: z.array(z.string()),
					asOf: z.string()
				})
				.optional()
		}),
		other: z.array(
			z.object({ role: z.enum(OTHER_LOCAL_ROLES), services: z.array(publicServiceSchema) })
		)
	})
	.describe(
		"A municipality's local routes: its social services, its on-call service, the Barnahus that serves it (or the documented gap) and other local and regional services by role."
	);

/** `GET /api/situation-cards`: the situation cards and their sources (`data/situations.json`). */
export const situationCardsResponseSchema = z
	.object({ sources: z.array(situationCardSourceSchema), cards: z.array(situationCardSchema) })
	.describe(
		'Situation cards: what a person can do right away in a situation the search shows, each fact with its sources.'
	);

export const healthResponseSchema = z.object({
	status: z
		.enum(['ok', 'degraded', 'starting', 'stopping'])
		.describe(
			'ok: a verified catalogue is served. degraded: it still is, but the store holds a newer one that failed its checks (see problem). starting, stopping: nothing is served.'
		),
	store: z.enum(['embedded', 'mongodb']),
	problem: z
		.string()
		.optional()
		.describe('Why the store’s newest catalogue is not served, when it is not.'),
	catalogue: z
		.object({
			revision: z.string(),
			services: z.number(),
			activeServices: z.number(),
			organizations: z.number(),
			loadedAt: z.string()
		})
		.optional()
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
export type MatchResponse = z.infer<typeof matchResponseSchema>;
export type ListServicesQuery = z.infer<typeof listServicesQuerySchema>;
export type ServicesPage = z.infer<typeof servicesPageSchema>;
export type NeedsResponse = z.infer<typeof needsResponseSchema>;
export type RegionsResponse = z.infer<typeof regionsResponseSchema>;
export type PostalCodeResponse = z.infer<typeof postalCodeResponseSchema>;
export type PlaceSearchResponse = z.infer<typeof placeSearchResponseSchema>;
export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type LocalRoutesRequest = z.infer<typeof localRoutesRequestSchema>;
export type LocalRoutesResponse = z.infer<typeof localRoutesResponseSchema>;
export type SituationCardsResponse = z.infer<typeof situationCardsResponseSchema>;
