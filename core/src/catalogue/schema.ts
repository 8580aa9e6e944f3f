import { z } from 'zod';
import { NEED_CODES } from '../needs/codes.js';

/**
 * The catalogue contract (`data/catalogue.schema.json`) as zod schemas, plus the project's own
 * optional fields. Unknown fields are accepted and dropped, so files with extra fields stay valid.
 */

export const idSchema = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be lowercase letters, digits and hyphens (1–80)');

export const countyCodeSchema = z
	.string()
	.regex(/^[0-9]{2}$/, 'must be a two-digit SCB county code');
export const municipalityCodeSchema = z
	.string()
	.regex(/^[0-9]{4}$/, 'must be a four-digit SCB municipality code');

export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code');

export const localizedTextSchema = z
	.object({ sv: z.string().trim().min(1, 'Swedish text is required') })
	.catchall(z.string());

export const webAddressSchema = z.url({
	protocol: /^https?$/,
	error: 'must be an http(s) address'
});

const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time hh:mm');

export const openingHoursSchema = z.union([
	z.strictObject({ alwaysOpen: z.literal(true) }),
	z.strictObject({
		weekly: z
			.array(
				z.strictObject({
					days: z.array(z.number().int().min(1).max(7)).min(1),
					opens: hhmm,
					closes: hhmm
				})
			)
			.min(1),
		note: localizedTextSchema.optional()
	})
]);

export const CONTACT_CHANNELS = [
	'phone',
	'sms',
	'chat',
	'email',
	'webform',
	'video',
	'in-person',
	'app'
] as const;
export const contactChannelSchema = z.enum(CONTACT_CHANNELS);

export const contactSchema = z.object({
	channel: contactChannelSchema,
	value: z.string().trim().min(1),
	hours: openingHoursSchema.optional(),
	note: localizedTextSchema.optional(),
	/**
	 * The project's own: how the value reads in each language, where it is words ("Kommunens
	 * växel eller kontaktcenter") rather than a number, an address or a name.
	 */
	label: localizedTextSchema.optional(),
	/**
	 * The project's own: what the sources leave open about this contact ("öppettiderna hittades
	 * inte"), for the adults who refer; the young person's view leaves it out.
	 */
	caveat: localizedTextSchema.optional()
});

/** How much of a location may be shown: protected housing is never shown beyond its municipality. */
export const addressVisibilitySchema = z.enum(['public', 'municipality', 'hidden']);

export const locationSchema = z.object({
	name: z.string().optional(),
	address: z
		.object({
			street: z.string().optional(),
			postalCode: z.string().optional(),
			city: z.string().optional()
		})
		.optional(),
	municipality: municipalityCodeSchema,
	lat: z.number().min(55).max(69.5),
	lon: z.number().min(10.5).max(24.5),
	accessible: z.boolean().optional(),
	addressVisibility: addressVisibilitySchema.optional()
});

export const serviceAreaSchema = z.discriminatedUnion('scope', [
	z.strictObject({ scope: z.literal('national') }),
	z.strictObject({ scope: z.literal('regional'), counties: z.array(countyCodeSchema).min(1) }),
	z.strictObject({
		scope: z.literal('local'),
		municipalities: z.array(municipalityCodeSchema).min(1)
	})
]);

export const GENDERS = ['female', 'male', 'nonbinary'] as const;
export const genderSchema = z.enum(GENDERS);

export const AUDIENCES = [
	'children',
	'young-people',
	'adults',
	'parents',
	'professionals'
] as const;
export const audienceSchema = z.enum(AUDIENCES);

export const needCodeSchema = z.enum(NEED_CODES);

export const eligibilitySchema = z.object({
	minAge: z.number().int().min(0).max(120).optional(),
	maxAge: z.number().int().min(0).max(120).optional(),
	genders: z.array(genderSchema).min(1).optional(),
	note: localizedTextSchema.optional()
});

/** What the sources say happens when a child gets in touch; a missing answer means unknown. */
export const afterContactSchema = z.object({
	whatHappens: localizedTextSchema.optional(),
	anonymity: z.enum(['anonymous', 'optional', 'identified']).optional(),
	reportsToSocialServices: z.enum(['required-by-law', 'when-child-at-risk', 'no']).optional(),
	parentsInformed: z.enum(['not-without-consent', 'may-be', 'yes']).optional(),
	policeReportRequired: z.boolean().optional(),
	note: localizedTextSchema.optional()
});

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;

/**
 * What part of the support system a service is, so that ranking rules can name "the police" or
 * "the municipality's social services" by what a service does, never by its id or name.
 */
export const SERVICE_ROLES = [
	'emergency', // 112: danger now
	'police', // the police: reporting a crime
	'social-services', // the municipality's social services intake for children (report of concern)
	'social-on-call', // social services out of office hours (socialjour, social beredskap)
	'barnahus', // joint investigation and support for children, reached through a report
	'acute-care', // acute medical care after rape or sexual assault
	'healthcare', // general health care and its advice line (1177, vårdcentral)
	'child-psychiatry', // BUP
	'youth-clinic', // ungdomsmottagning, UMO
	'trauma-treatment', // specialised treatment after abuse
	'support-line', // a phone, chat or mail line to talk to
	'shelter', // girls', women's, young people's and men's shelters (jourer)
	'crime-victim-support', // crime-victim associations and support centres for young victims
	'legal-advice', // legal advice, counsel for the injured party, compensation
	'peer-support', // support groups of people with the same experience
	'prevention', // for people worried about their own sexual thoughts or behaviour
	'information' // websites and guides, no one to contact about one's own case
] as const;
export const serviceRoleSchema = z.enum(SERVICE_ROLES);

export const serviceSchema = z.object({
	id: idSchema,
	organizationId: idSchema,
	name: localizedTextSchema,
	description: localizedTextSchema,
	needs: z
		.array(needCodeSchema)
		.min(1)
		.refine((needs) => new Set(needs).size === needs.length, 'must not repeat a need'),
	eligibility: eligibilitySchema,
	serviceArea: serviceAreaSchema,
	contacts: z.array(contactSchema).min(1),
	locations: z.array(locationSchema).optional(),
	languages: z.array(languageCodeSchema).optional(),
	anonymous: z.boolean().optional(),
	free: z.boolean().optional(),
	requiresReferral: z.boolean().optional(),
	emergency: z.boolean().optional(),
	audience: z.array(audienceSchema).optional(),
	keywords: z.record(z.string(), z.array(z.string())).optional(),
	status: z.enum(['active', 'paused', 'inactive']),
	lastVerified: z.iso.date(),
	sources: z.array(z.string().min(1)).optional(),
	// The project's own fields.
	afterContact: afterContactSchema.optional(),
	confidence: z.enum(CONFIDENCE_LEVELS).optional(),
	verifiedBy: z.enum(['public-sources', 'provider']).optional(),
	kind: z.enum(['service', 'pathway']).optional(),
	role: serviceRoleSchema.optional(),
	caveats: localizedTextSchema.optional(),
	website: webAddressSchema.optional()
});

export const organizationSchema = z.object({
	id: idSchema,
	name: z.string().trim().min(1),
	type: z.enum(['public', 'nonprofit', 'private']),
	description: localizedTextSchema.optional(),
	website: webAddressSchema.optional(),
	email: z.string().optional()
});

export const catalogueSchema = z.object({
	schemaVersion: z.literal('1.0'),
	name: z.string().optional(),
	organizations: z.array(organizationSchema),
	services: z.array(serviceSchema)
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type ContactChannel = z.infer<typeof contactChannelSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Location = z.infer<typeof locationSchema>;
export type ServiceArea = z.infer<typeof serviceAreaSchema>;
export type Gender = z.infer<typeof genderSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type ServiceRole = z.infer<typeof serviceRoleSchema>;
export type Eligibility = z.infer<typeof eligibilitySchema>;
export type AfterContact = z.infer<typeof afterContactSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
