import { z } from 'zod';
import {
	duplicateIdProblems,
	formatJsonPath,
	type CatalogueProblem
} from '../catalogue/validate.js';
import { idSchema, needCodeSchema, webAddressSchema } from '../catalogue/schema.js';
import { SEEKERS, type Seeker } from '../matching/request.js';
import type { NeedCode } from '../needs/codes.js';
import { SIGNALS, type Signal } from '../needs/vocabulary.js';

/**
 * Situation cards (`data/situations.json`): what a person can do right away in a situation the
 * search shows (images threatened or spread, rape in the last days, abuse at home, a report of
 * concern for an adult), before the list of services. Every fact carries its sources, like a
 * catalogue entry; a card is chosen by the needs and signals read, never by the words typed.
 */

/** Swedish and English both: a card reaches the English pages too. */
const bilingualSchema = z.strictObject({
	sv: z.string().trim().min(1),
	en: z.string().trim().min(1)
});

export const situationCardSourceSchema = z.strictObject({
	id: idSchema,
	url: webAddressSchema,
	title: z.string().trim().min(1),
	publisher: z.string().trim().min(1),
	/** The page's own date when it gives one (a year, a month or a day). */
	published: z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
		.optional(),
	/** When the page was read for this file. */
	read: z.iso.date()
});

const factSchema = z.strictObject({
	text: bilingualSchema,
	/** Ids of the file's sources that say it. */
	sources: z.array(idSchema).min(1),
	/** A page the person can go to for this step; it must be one of the sources. */
	link: z.strictObject({ url: webAddressSchema, label: bilingualSchema }).optional()
});

export const AUDIENCES_OF_CARDS = ['young', 'adult'] as const;
export type CardAudience = (typeof AUDIENCES_OF_CARDS)[number];

export const situationCardSchema = z.strictObject({
	id: idSchema,
	/** self-help: steps for the person; report-of-concern: the adult's step to social services. */
	kind: z.enum(['self-help', 'report-of-concern']),
	/** young: the young person (or a friend); adult: a parent or a professional. */
	audience: z.enum(AUDIENCES_OF_CARDS),
	when: z.strictObject({
		/** Shown when any of these needs was read or chosen (weight at least 0.5). */
		needs: z.array(needCodeSchema).min(1),
		/** … and every one of these signals was read. */
		signals: z.array(z.enum(SIGNALS)).optional(),
		/** … and none of these. */
		notSignals: z.array(z.enum(SIGNALS)).optional(),
		/** … and (when given) the asker is one of these; a young person when nobody said. */
		askers: z.array(z.enum(SEEKERS)).min(1).optional()
	}),
	title: bilingualSchema,
	facts: z.array(factSchema).min(1),
	/** Show the municipality's own social services with the card (from its local routes). */
	localSocialServices: z.boolean().optional()
});

export const situationCardsFileSchema = z.strictObject({
	version: z.literal(1),
	note: z.string().optional(),
	sources: z.array(situationCardSourceSchema).min(1),
	cards: z.array(situationCardSchema)
});

export type SituationCardSource = z.infer<typeof situationCardSourceSchema>;
export type SituationCard = z.infer<typeof situationCardSchema>;
export type SituationCardsFile = z.infer<typeof situationCardsFileSchema>;

/** What a schema cannot check: unique ids, sources that exist, links that are sources. */
export function checkSituationCards(file: SituationCardsFile): CatalogueProblem[] {
	const problems: CatalogueProblem[] = [
		...duplicateIdProblems(file.sources, 'sources', 'source'),
		...duplicateIdProblems(file.cards, 'cards', 'card')
	];
	const sources = new Map(file.sources.map((source) => [source.id, source]));
	const urls = new Set(file.sources.map((source) => source.url));
	file.cards.forEach((card, index) => {
		card.facts.forEach((fact, f) => {
			fact.sources.forEach((id, s) => {
				if (!sources.has(id)) {
					problems.push({
						path: formatJsonPath(['cards', index, 'facts', f, 'sources', s]),
						message: `unknown source "${id}"`
					});
				}
			});
			if (fact.link && !urls.has(fact.link.url)) {
				problems.push({
					path: formatJsonPath(['cards', index, 'facts', f, 'link', 'url']),
					message: 'a link must be one of the sources'
				});
			}
		});
	});
	return problems;
}

/** What the cards are chosen by: the needs and signals read, and who is asking. */
export interface SituationReading {
	needs: readonly { code: NeedCode; weight: number }[];
	signals: readonly Signal[];
	asker: Seeker | null;
}

/** How sure a reading must be for a card (as the matcher's first-step rules). */
const SURE = 0.5;

/** Whether a card is for someone asking like this: a young person when nobody said. */
export function audienceOf(asker: Seeker | null): CardAudience {
	return asker === 'parent' || asker === 'professional' ? 'adult' : 'young';
}

/**
 * The cards for a reading, in the file's order: for its audience, when a need it names was read
 * or chosen surely enough and its signals hold. Pure: the same reading, the same cards.
 */
export function selectSituationCards(
	cards: readonly SituationCard[],
	reading: SituationReading
): SituationCard[] {
	const needs = new Set(
		reading.needs.filter((need) => need.weight >= SURE).map((need) => need.code)
	);
	const signals = new Set(reading.signals);
	const audience = audienceOf(reading.asker);
	const asker: Seeker = reading.asker ?? 'self';
	return cards.filter(
		({ audience: cardAudience, when }) =>
			cardAudience === audience &&
			when.needs.some((code) => needs.has(code)) &&
			(when.signals ?? []).every((signal) => signals.has(signal)) &&
			!(when.notSignals ?? []).some((signal) => signals.has(signal)) &&
			(when.askers === undefined || when.askers.includes(asker))
	);
}
