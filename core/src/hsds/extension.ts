import { z } from 'zod';
import {
	afterContactSchema,
	CONFIDENCE_LEVELS,
	contactSchema,
	genderSchema,
	idSchema,
	localizedTextSchema,
	locationSchema,
	municipalityCodeSchema,
	organizationSchema,
	serviceSchema
} from '../catalogue/schema.js';

/**
 * Stödkartan's extension to HSDS 3.1: what the standard has no field for, under one property
 * named `stodkartan` on services, organizations and locations (HSDS allows additional
 * properties; its conformance rules forbid only inventing a field where a standard one fits).
 * Where a standard field holds part of a value (the Swedish name in `name`, phone numbers in
 * `phones`), the standard field is the truth on import and the extension adds what it cannot
 * hold (the English name, a phone line's opening hours). Field names and meanings are the
 * catalogue contract's (`core/src/catalogue/schema.ts`); README, "HSDS", documents each.
 */
export const hsdsServiceExtensionSchema = z.object({
	/** Our id of the service (the HSDS id is a UUID v5 of it). */
	id: idSchema,
	/** The name and description in every language we hold; `name` and `description` carry Swedish. */
	name: localizedTextSchema,
	description: localizedTextSchema,
	/**
	 * Every contact route, channel by channel, with its own opening hours and note. `phones`,
	 * `email`, `additional_urls` and `schedules` are derived from it for HSDS readers.
	 */
	contacts: z.array(contactSchema),
	/** Who may use it beyond ages: genders, and the note `eligibility_description` carries in Swedish. */
	eligibility: z.object({
		genders: z.array(genderSchema).min(1).optional(),
		note: localizedTextSchema.optional()
	}),
	anonymous: z.boolean().optional(),
	free: z.boolean().optional(),
	requiresReferral: z.boolean().optional(),
	emergency: z.boolean().optional(),
	keywords: serviceSchema.shape.keywords,
	/** The pages the facts were read from. */
	sources: z.array(z.string().min(1)).optional(),
	/** What happens when a child gets in touch: anonymity, duty to report, parents, police. */
	afterContact: afterContactSchema.optional(),
	/** The research's judgement of its sources. */
	confidence: z.enum(CONFIDENCE_LEVELS).optional(),
	/** Who confirmed the entry: "public-sources" means nobody has confirmed it with the provider. */
	verifiedBy: serviceSchema.shape.verifiedBy,
	/** "pathway": one national entry that explains how to reach one's local service. */
	kind: serviceSchema.shape.kind,
	caveats: localizedTextSchema.optional(),
	/** Opening times in `schedules` are Swedish local time, which a fixed UTC offset cannot express. */
	timeZone: z.literal('Europe/Stockholm')
});

export const hsdsOrganizationExtensionSchema = z.object({
	id: idSchema,
	type: organizationSchema.shape.type,
	description: localizedTextSchema.optional()
});

export const hsdsLocationExtensionSchema = z.object({
	/** The SCB municipality code of the location. */
	municipality: municipalityCodeSchema,
	/** The address as we hold it, also where HSDS's address (which needs street, city and postal code) cannot take it. */
	address: locationSchema.shape.address,
	accessible: z.boolean().optional()
});

/** A taxonomy term's wording in Swedish and English (the standard fields carry Swedish). */
export const hsdsTermExtensionSchema = z.object({
	name: z.object({ sv: z.string(), en: z.string() }),
	description: z.object({ sv: z.string(), en: z.string() })
});

export type HsdsTermExtension = z.infer<typeof hsdsTermExtensionSchema>;
export type HsdsServiceExtension = z.infer<typeof hsdsServiceExtensionSchema>;
export type HsdsOrganizationExtension = z.infer<typeof hsdsOrganizationExtensionSchema>;
export type HsdsLocationExtension = z.infer<typeof hsdsLocationExtensionSchema>;
