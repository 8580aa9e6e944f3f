import { z } from 'zod';
import { localizedTextSchema, needCodeSchema } from '../catalogue/schema.js';
import { tokenize } from '../text/normalize.js';
import { PHRASE_GLUE } from '../text/stopwords.js';
import { NEED_CODES, type NeedCode } from './codes.js';

export const SIGNALS = ['danger-now', 'urgent', 'just-happened'] as const;
export type Signal = (typeof SIGNALS)[number];
const signalSchema = z.enum(SIGNALS);

const weightSchema = z.number().min(0).max(1);

const relatedNeedSchema = z.strictObject({
	need: needCodeSchema,
	weight: weightSchema,
	/** The relation holds only for a child of at least/at most this age; unknown age keeps it. */
	minAge: z.number().int().min(0).optional(),
	maxAge: z.number().int().min(0).optional(),
	/** The relation holds only when one of these asks; the young person also when nobody said. */
	askers: z.array(z.enum(['self', 'parent', 'professional'])).optional()
});

const needEntrySchema = z.strictObject({
	label: localizedTextSchema,
	question: localizedTextSchema,
	description: localizedTextSchema,
	related: z.array(relatedNeedSchema)
});

/**
 * A search word or phrase. Phrases are matched without their glue words ("som", "att", "the"), so
 * a phrase must keep two words without them: "som lärare" would otherwise match every "lärare".
 */
const termSchema = z
	.string()
	.min(1)
	.refine(
		(term) => {
			const words = tokenize(term);
			return words.length <= 1 || words.filter((word) => !PHRASE_GLUE.has(word)).length >= 2;
		},
		{
			message:
				'a phrase must keep at least two words besides "att", "som", "en", "the", "to" and the like, or it matches the remaining word alone'
		}
	);

const conceptSchema = z.strictObject({
	needs: z.partialRecord(needCodeSchema, weightSchema).optional(),
	signals: z.array(signalSchema).optional(),
	terms: z.strictObject({ sv: z.array(termSchema), en: z.array(termSchema) })
});

const signalEntrySchema = z.strictObject({
	description: localizedTextSchema,
	impliesNeeds: z.partialRecord(needCodeSchema, weightSchema),
	/** The implied needs are added only when one of these needs is already there. */
	whenNeeds: z.array(needCodeSchema).optional()
});

const askerEntrySchema = z.strictObject({
	description: localizedTextSchema,
	/** Needs that come with who is asking, as related needs (a parent → parent support). */
	impliesNeeds: z.partialRecord(needCodeSchema, weightSchema)
});

/** `data/needs-vocabulary.json`: youth-friendly wording, related needs and search words per need. */
export const vocabularySchema = z.strictObject({
	version: z.literal(1),
	note: z.string().optional(),
	needs: z.record(needCodeSchema, needEntrySchema),
	signals: z.record(signalSchema, signalEntrySchema),
	askers: z.strictObject({ parent: askerEntrySchema, professional: askerEntrySchema }),
	concepts: z.array(conceptSchema)
});

export type VocabularyFile = z.infer<typeof vocabularySchema>;
export type NeedEntry = z.infer<typeof needEntrySchema>;
export type Concept = z.infer<typeof conceptSchema>;

export { NEED_CODES };
export type { NeedCode };
