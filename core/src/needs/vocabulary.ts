import { z } from 'zod';
import { localizedTextSchema, needCodeSchema } from '../catalogue/schema.js';
import { tokenize } from '../text/normalize.js';
import { PHRASE_GLUE } from '../text/stopwords.js';
import { NEED_CODES, type NeedCode } from './codes.js';

/**
 * What a text says about time and safety besides its needs: someone may be in danger now, help is
 * needed now, it happened in the last days, it happened long ago, the writer worries about who
 * will find out, someone is there or on the way now (a crime may be going on).
 */
export const SIGNALS = [
	'danger-now',
	'urgent',
	'just-happened',
	'long-ago',
	'confidentiality',
	'someone-there'
] as const;
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

export const TEXT_ASKERS = ['friend', 'parent', 'professional'] as const;
export type TextAsker = (typeof TEXT_ASKERS)[number];

const conceptSchema = z.strictObject({
	needs: z.partialRecord(needCodeSchema, weightSchema).optional(),
	signals: z.array(signalSchema).optional(),
	/** The words say who is asking ("min dotter": a parent; "en elev har berättat": a professional). */
	asker: z.enum(TEXT_ASKERS).optional(),
	/**
	 * The words name who or where ("pappa", "pojkvän", "snapchat"), not a harm: their needs count
	 * only when the same sentence also names a harm ("pappa slår mig"), never on their own.
	 */
	context: z.literal(true).optional(),
	/**
	 * Everyday words that together say someone is in danger now ("han är på väg hit" and "jag är
	 * ensam hemma"): someone coming or near (`approach`), a threat (`threat`), or the person alone,
	 * hiding or afraid now (`exposed`). An approach with a threat or exposure near it is danger now.
	 */
	danger: z.enum(['approach', 'threat', 'exposed']).optional(),
	/**
	 * Everyday words that together say sex is traded ("he lets me crash at his if I do stuff with
	 * him"): something sexual said in plain or veiled words (`act`) with something given, a place
	 * to sleep (`benefit`) or a debt (`debt`), in the same or a neighbouring sentence, is sexual
	 * exploitation; with the person made to (`coerced`: "måste", "had to", "pay it off"), also
	 * human trafficking.
	 */
	exchange: z.enum(['act', 'benefit', 'debt', 'coerced']).optional(),
	/**
	 * The words ask for advice ("vad ska jag göra?"): the need follows who is asking, as the
	 * askers' `advice` says (a young person: someone to talk to; a parent: support for parents).
	 */
	advice: z.literal(true).optional(),
	/**
	 * The words ask to report, without saying to whom ("hur anmäler jag", "I want to report it"):
	 * what that means follows who is asking, as the askers' `report` says (a young person: the
	 * police; a professional: a report of concern to social services).
	 */
	report: z.literal(true).optional(),
	terms: z.strictObject({ sv: z.array(termSchema), en: z.array(termSchema) }),
	/**
	 * Words that mean this only together, in one sentence: one word of each group ("tog mig in i
	 * ett rum" and "kunde inte få honom att sluta": a room and not being able to stop it). Single
	 * words, matched by their stems.
	 */
	together: z
		.strictObject({
			sv: z.array(z.array(z.string().min(1)).min(1)),
			en: z.array(z.array(z.string().min(1)).min(1)),
			/**
			 * The last group's word counts only a few words after one of these, as written: what
			 * thoughts are about ("tankar om yngre barn", "attracted to kids"), not "when I was a child".
			 */
			lastAfter: z
				.strictObject({ sv: z.array(z.string().min(1)), en: z.array(z.string().min(1)) })
				.optional(),
			/** The groups may stand in neighbouring sentences too ("He gives me weed. Now he wants …"). */
			acrossSentences: z.literal(true).optional()
		})
		.optional(),
	/**
	 * The words tell what the writer thinks or does: they count when the writer is the one who
	 * thinks it, or the young person a parent or friend writes about, not someone else the writer
	 * names ("my cousin has thoughts about kids").
	 */
	aboutWriter: z.literal(true).optional()
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
	impliesNeeds: z.partialRecord(needCodeSchema, weightSchema),
	/**
	 * The need a request for advice means when this one asks; for an adult, a wish to talk is one
	 * too ("hur pratar jag med mitt barn" is support for a parent, not a line for the child).
	 */
	advice: needCodeSchema,
	/** What a wish to report means when this one asks: the needs, with how strongly. */
	report: z.partialRecord(needCodeSchema, weightSchema),
	/** Needs the text shows whenever this one writes (a parent writing: support for parents). */
	reads: z.partialRecord(needCodeSchema, weightSchema).optional(),
	/**
	 * Needs the text shows when this one writes about one of these concerns: a professional who
	 * describes abuse of a child has a report of concern to make.
	 */
	withConcerns: z
		.strictObject({
			concerns: z.array(needCodeSchema).min(1),
			needs: z.partialRecord(needCodeSchema, weightSchema)
		})
		.optional()
});

/** `data/needs-vocabulary.json`: youth-friendly wording, related needs and search words per need. */
export const vocabularySchema = z.strictObject({
	version: z.literal(1),
	note: z.string().optional(),
	needs: z.record(needCodeSchema, needEntrySchema),
	signals: z.record(signalSchema, signalEntrySchema),
	askers: z.strictObject({
		self: askerEntrySchema,
		friend: askerEntrySchema,
		parent: askerEntrySchema,
		professional: askerEntrySchema
	}),
	concepts: z.array(conceptSchema)
});

export type VocabularyFile = z.infer<typeof vocabularySchema>;
export type NeedEntry = z.infer<typeof needEntrySchema>;
export type Concept = z.infer<typeof conceptSchema>;

export { NEED_CODES };
export type { NeedCode };
