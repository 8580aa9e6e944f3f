import { z } from 'zod';
import {
	contactChannelSchema,
	countyCodeSchema,
	genderSchema,
	languageCodeSchema,
	municipalityCodeSchema,
	needCodeSchema
} from '../catalogue/schema.js';
import { SIGNALS } from '../needs/vocabulary.js';

export const SEEKERS = ['self', 'friend', 'parent', 'professional'] as const;
export const seekerSchema = z
	.enum(SEEKERS)
	.describe(
		'Who is asking: the young person, a young person for a friend, a parent (or another adult close to the child), or a professional.'
	);

export const postalCodeSchema = z
	.string()
	.regex(/^\d{3}\s?\d{2}$/, 'must be a Swedish postal code of five digits, e.g. "903 44"');

export const locationInputSchema = z
	.union([
		z.strictObject({ municipality: municipalityCodeSchema }),
		z.strictObject({ county: countyCodeSchema }),
		z.strictObject({ postalCode: postalCodeSchema })
	])
	.describe(
		'Where the child lives: one of an SCB municipality code, an SCB county code or a postal code.'
	);

export const MAX_TEXT_LENGTH = 2000;
export const MAX_LIMIT = 50;

/** A list that names each value once. */
export const uniqueArray = <T extends z.ZodType>(item: T, max: number) =>
	z
		.array(item)
		.max(max)
		.refine((values) => new Set(values).size === values.length, 'must not repeat a value');

/** Hard filters a support worker can set; unlike the preferences above, they exclude services. */
export const matchFiltersSchema = z
	.strictObject({
		channels: uniqueArray(contactChannelSchema, 8)
			.optional()
			.describe('Only services reachable by one of these channels.'),
		languages: uniqueArray(languageCodeSchema, 10)
			.optional()
			.describe('Only services that can be used in one of these languages.'),
		openNow: z
			.boolean()
			.optional()
			.describe('Only services with a contact channel open right now (Swedish time).'),
		anonymous: z.boolean().optional().describe('Only services that can be used anonymously.'),
		free: z.boolean().optional().describe('Only services that are free of charge.')
	})
	.describe("The project's own hard filters, used by the support workers' search.");

/** `POST /api/match`: every field is optional; unknown fields are rejected. */
export const matchRequestSchema = z.strictObject({
	seeker: seekerSchema.optional(),
	age: z
		.number()
		.int()
		.min(0)
		.max(120)
		.optional()
		.describe('Age in years of the child or young person the help concerns.'),
	gender: genderSchema.optional(),
	location: locationInputSchema.optional(),
	needs: uniqueArray(needCodeSchema, 25).optional(),
	text: z
		.string()
		.max(MAX_TEXT_LENGTH)
		.optional()
		.describe('Free text in Swedish or English. Never logged or stored.'),
	channels: uniqueArray(contactChannelSchema, 8)
		.optional()
		.describe('Preferred ways to get in touch (a preference, not a filter).'),
	language: languageCodeSchema
		.optional()
		.describe('Language of the answer and the preferred language of the service.'),
	limit: z
		.number()
		.int()
		.min(1)
		.max(MAX_LIMIT)
		.optional()
		.describe(`How many results, 1–${MAX_LIMIT}; 10 when left out.`),
	filters: matchFiltersSchema.optional(),
	ignore: z
		.strictObject({
			needs: uniqueArray(needCodeSchema, 25)
				.optional()
				.describe('Needs read from the text that are not meant: left out.'),
			signals: uniqueArray(z.enum(SIGNALS), SIGNALS.length)
				.optional()
				.describe('Signals read from the text that are not meant ("I am not in danger now").'),
			stated: uniqueArray(z.enum(['asker', 'age', 'gender']), 3)
				.optional()
				.describe('Who is asking, the age or the gender as the text stated them: not meant.')
		})
		.optional()
		.describe(
			'What the person corrected in how the text was read ("Så här förstod vi dig"): readings of the text to leave out. Only readings of the text; what the request itself says is changed in the request.'
		)
});

export type Seeker = z.infer<typeof seekerSchema>;
export type LocationInputValue = z.infer<typeof locationInputSchema>;
export type MatchFilters = z.infer<typeof matchFiltersSchema>;
export type MatchRequest = z.infer<typeof matchRequestSchema>;
