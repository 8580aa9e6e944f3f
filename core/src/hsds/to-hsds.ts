import { CHANNEL_NAMES, LANGUAGE_NAMES } from '../catalogue/display-names.js';
import { toPublicService, type PublicLocation } from '../catalogue/public-service.js';
import type {
	Contact,
	Gender,
	OpeningHours,
	Organization,
	Service,
	ServiceArea
} from '../catalogue/schema.js';
import type { County, Municipality } from '../geo/geography.js';
import { hsdsId } from './ids.js';
import {
	hsdsTaxonomyTerms,
	hsdsTermId,
	type HsdsTaxonomyKind,
	type NeedTermSource
} from './taxonomies.js';
import type {
	HsdsAttribute,
	HsdsLocation,
	HsdsOrganization,
	HsdsOrganizationSummary,
	HsdsPhone,
	HsdsSchedule,
	HsdsService,
	HsdsServiceArea,
	HsdsServiceAtLocation,
	HsdsServiceSummary,
	HsdsTaxonomyTerm,
	HsdsUrl
} from './types.js';

/** The region names a mapping needs (the `Geography` has them). */
export interface RegionNames {
	county(code: string): Pick<County, 'name'> | undefined;
	municipality(code: string): Pick<Municipality, 'name' | 'countyCode'> | undefined;
}

/** What every service's mapping shares: region names and the taxonomy terms, built once. */
export interface HsdsContext {
	regions: RegionNames;
	terms: ReadonlyMap<string, HsdsTaxonomyTerm>;
	/**
	 * `last_modified` of every service. The catalogue keeps no change time per service, so this
	 * is when the catalogue that holds it was loaded (or the export's files last changed): never
	 * earlier than the service's real change, so a reader syncing with `modified_after` misses
	 * nothing.
	 */
	modifiedAt: string;
	/** The day (YYYY-MM-DD, Swedish time) the services are shown on, for the confidence that holds then. */
	today: string;
}

export function hsdsContext(options: {
	regions: RegionNames;
	needs: readonly NeedTermSource[];
	modifiedAt: string;
	today: string;
}): HsdsContext {
	return {
		regions: options.regions,
		terms: new Map(hsdsTaxonomyTerms(options.needs).map((term) => [term.id, term])),
		modifiedAt: options.modifiedAt,
		today: options.today
	};
}

/** Our service areas as URIs that carry the SCB codes (our own URNs, documented in the README). */
export const AREA_URN = {
	national: 'urn:scb:country:SE',
	county: (code: string) => `urn:scb:county:${code}`,
	municipality: (code: string) => `urn:scb:municipality:${code}`
} as const;

const HSDS_STATUS = {
	active: 'active',
	paused: 'temporarily closed',
	inactive: 'inactive'
} as const satisfies Record<Service['status'], HsdsServiceSummary['status']>;

/** HSDS's weekday codes (RFC 5545), by our ISO weekday (1 = Monday). */
export const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Always open, the way HSDS's field guidance writes a 24-hour service. */
export const ALWAYS_OPEN = { opens_at: '00:00', closes_at: '23:59', byday: BYDAY.join(',') };

/** HSDS requires an organization's description; where we have none, this says so plainly. */
export const NO_DESCRIPTION = 'Stödkartan har ingen beskrivning av organisationen.';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WEB = /^https?:\/\//i;

const GENDER_WORDS: Record<Gender, string> = {
	female: 'tjejer och kvinnor',
	male: 'killar och män',
	nonbinary: 'icke-binära'
};

/**
 * `eligibility_description` when the catalogue has no note of its own: the ages and genders in
 * plain Swedish ("13–25 år. För tjejer och kvinnor."), or nothing when every age and gender may
 * use it. The importer recognises this text, so it never turns into a note.
 */
export function describeEligibility(eligibility: Service['eligibility']): string | undefined {
	const { minAge, maxAge, genders } = eligibility;
	const parts: string[] = [];
	if (minAge !== undefined && maxAge !== undefined) parts.push(`${minAge}–${maxAge} år.`);
	else if (minAge !== undefined) parts.push(`Från ${minAge} år.`);
	else if (maxAge !== undefined) parts.push(`Upp till ${maxAge} år.`);
	if (genders && genders.length > 0) {
		const words = genders.map((gender) => GENDER_WORDS[gender]);
		const last = words.pop();
		parts.push(`För ${words.length > 0 ? `${words.join(', ')} och ${last}` : last}.`);
	}
	return parts.length > 0 ? parts.join(' ') : undefined;
}

export function toHsdsOrganizationSummary(organization: Organization): HsdsOrganizationSummary {
	return {
		id: hsdsId('organization', organization.id),
		name: organization.name,
		description: organization.description?.sv ?? NO_DESCRIPTION,
		...(organization.email && EMAIL.test(organization.email) ? { email: organization.email } : {}),
		...(organization.website ? { website: organization.website } : {}),
		stodkartan: {
			id: organization.id,
			type: organization.type,
			...(organization.description ? { description: organization.description } : {})
		}
	};
}

/** An organization with its services as list items (`compiled/organization.json`). */
export function toHsdsOrganization(
	organization: Organization,
	services: readonly HsdsServiceSummary[]
): HsdsOrganization {
	return { ...toHsdsOrganizationSummary(organization), services: [...services] };
}

function weeklySchedules(
	hours: OpeningHours,
	idOf: (index: number) => string,
	serviceId: string,
	attendingType: string
): HsdsSchedule[] {
	if ('alwaysOpen' in hours) {
		return [
			{
				id: idOf(0),
				service_id: serviceId,
				freq: 'WEEKLY',
				...ALWAYS_OPEN,
				attending_type: attendingType,
				description: 'Öppet dygnet runt, alla dagar.'
			}
		];
	}
	return hours.weekly.map((slot, index) => ({
		id: idOf(index),
		service_id: serviceId,
		freq: 'WEEKLY',
		byday: slot.days.map((day) => BYDAY[day - 1]).join(','),
		opens_at: slot.opens,
		closes_at: slot.closes,
		attending_type: attendingType,
		...(hours.note ? { description: hours.note.sv } : {})
	}));
}

/** How a contact route is named in `attending_type`: "telefon: 116 111". */
export function attendingTypeOf(contact: Contact): string {
	return `${CHANNEL_NAMES.sv[contact.channel]}: ${contact.value}`;
}

const URL_LABELS: Partial<Record<Contact['channel'], string>> = {
	chat: 'Chatt',
	webform: 'Webbformulär',
	video: 'Video',
	app: 'App'
};

function contactFields(service: Service, uuid: string) {
	const phones: HsdsPhone[] = [];
	const urls: HsdsUrl[] = [];
	const schedules: HsdsSchedule[] = [];
	const emails: string[] = [];
	service.contacts.forEach((contact, index) => {
		const key = `${service.id}/contact/${index}`;
		if (contact.channel === 'phone' || contact.channel === 'sms') {
			phones.push({
				id: hsdsId('phone', key),
				service_id: uuid,
				number: contact.value,
				type: contact.channel === 'sms' ? 'text' : 'voice',
				...(contact.note ? { description: contact.note.sv } : {})
			});
		} else if (contact.channel === 'email' && EMAIL.test(contact.value)) {
			emails.push(contact.value);
		} else if (URL_LABELS[contact.channel] && WEB.test(contact.value)) {
			urls.push({
				id: hsdsId('url', key),
				service_id: uuid,
				label: URL_LABELS[contact.channel] ?? contact.channel,
				url: contact.value
			});
		}
		if (contact.hours) {
			schedules.push(
				...weeklySchedules(
					contact.hours,
					(slot) => hsdsId('schedule', `${key}/hours/${slot}`),
					uuid,
					attendingTypeOf(contact)
				)
			);
		}
	});
	return { phones, urls, schedules, emails };
}

function serviceAreas(
	area: ServiceArea,
	serviceId: string,
	uuid: string,
	regions: RegionNames
): HsdsServiceArea[] {
	const areaId = (code: string) => hsdsId('service_area', `${serviceId}/area/${code}`);
	if (area.scope === 'national') {
		return [
			{
				id: areaId('SE'),
				service_id: uuid,
				name: 'Hela Sverige',
				description: 'Nationell: hela landet.',
				uri: AREA_URN.national
			}
		];
	}
	if (area.scope === 'regional') {
		return area.counties.map((code) => ({
			id: areaId(code),
			service_id: uuid,
			name: regions.county(code)?.name ?? `Län ${code}`,
			description: `Län, SCB-kod ${code}.`,
			uri: AREA_URN.county(code)
		}));
	}
	return area.municipalities.map((code) => {
		const municipality = regions.municipality(code);
		const county = municipality && regions.county(municipality.countyCode);
		return {
			id: areaId(code),
			service_id: uuid,
			name: municipality?.name ?? `Kommun ${code}`,
			description: `Kommun${county ? ` i ${county.name}` : ''}, SCB-kod ${code}.`,
			uri: AREA_URN.municipality(code)
		};
	});
}

function location(
	shown: PublicLocation,
	key: string,
	organizationUuid: string,
	regions: RegionNames
): HsdsLocation {
	const id = hsdsId('location', key);
	const municipality = regions.municipality(shown.municipality);
	const county = municipality && regions.county(municipality.countyCode);
	const { street, postalCode, city } = shown.address ?? {};
	const hasAddress = shown.address !== undefined;
	return {
		id,
		location_type: 'physical',
		organization_id: organizationUuid,
		...(shown.name ? { name: shown.name } : {}),
		...(shown.lat === undefined
			? {
					description: `Adressen visas inte. Platsen ligger i ${municipality?.name ?? `kommun ${shown.municipality}`}.`
				}
			: {}),
		...(shown.lat !== undefined && shown.lon !== undefined
			? { latitude: shown.lat, longitude: shown.lon }
			: {}),
		...(street && postalCode && city && county
			? {
					addresses: [
						{
							id: hsdsId('address', key),
							location_id: id,
							address_1: street,
							city,
							state_province: county.name,
							postal_code: postalCode,
							country: 'SE',
							address_type: 'physical' as const
						}
					]
				}
			: {}),
		...(shown.accessible
			? {
					accessibility: [
						{
							id: hsdsId('accessibility', key),
							location_id: id,
							description: 'Lokalen är tillgänglighetsanpassad enligt källan.'
						}
					]
				}
			: {}),
		stodkartan: {
			municipality: shown.municipality,
			...(hasAddress ? { address: shown.address } : {}),
			...(shown.accessible !== undefined ? { accessible: shown.accessible } : {})
		}
	};
}

function attribute(
	context: HsdsContext,
	kind: HsdsTaxonomyKind,
	code: string,
	serviceId: string,
	uuid: string
): HsdsAttribute {
	const termId = hsdsTermId(kind, code);
	const term = context.terms.get(termId);
	if (!term) throw new Error(`No taxonomy term for ${kind} ${code}`);
	// The term without its taxonomy's details and its English wording, which `/taxonomies` and
	// `/taxonomy_terms` hold once: repeated on every attribute, they were most of an export's size.
	const { taxonomy_detail: _detail, stodkartan: _words, ...taxonomyTerm } = term;
	return {
		id: hsdsId('attribute', `${serviceId}/${kind}/${code}`),
		link_id: uuid,
		link_type: kind,
		link_entity: 'service',
		taxonomy_term_id: termId,
		taxonomy_term: taxonomyTerm
	};
}

/** The UUID of a service's public place, by its position among the public ones. */
export function serviceAtLocationId(serviceId: string, index: number): string {
	return hsdsId('service_at_location', `${serviceId}/location/${index}`);
}

/**
 * A service as HSDS 3.1 (`compiled/service.json`). It passes through `toPublicService` first,
 * like every other answer of the API: protected addresses are removed, so no mapping below can
 * see them, and the confidence is the one that holds `today`.
 */
export function toHsdsService(
	service: Service,
	organization: Organization,
	context: HsdsContext
): HsdsService {
	const shown = toPublicService(service, organization, context.today);
	const uuid = hsdsId('service', service.id);
	const organizationSummary = toHsdsOrganizationSummary(organization);
	const { phones, urls, schedules, emails } = contactFields(service, uuid);
	const [email, ...otherEmails] = emails;
	const eligibilityDescription =
		service.eligibility.note?.sv ?? describeEligibility(service.eligibility);
	const locations: HsdsServiceAtLocation[] = (shown.locations ?? []).map((place, index) => {
		const key = `${service.id}/location/${index}`;
		const hsdsLocation = location(place, key, organizationSummary.id, context.regions);
		return {
			id: serviceAtLocationId(service.id, index),
			service_id: uuid,
			location_id: hsdsLocation.id,
			location: hsdsLocation
		};
	});
	const { genders, note } = service.eligibility;
	return {
		id: uuid,
		organization_id: organizationSummary.id,
		name: service.name.sv,
		description: service.description.sv,
		...(service.website ? { url: service.website } : {}),
		...(email ? { email } : {}),
		status: HSDS_STATUS[service.status],
		...(eligibilityDescription ? { eligibility_description: eligibilityDescription } : {}),
		...(service.eligibility.minAge !== undefined
			? { minimum_age: service.eligibility.minAge }
			: {}),
		...(service.eligibility.maxAge !== undefined
			? { maximum_age: service.eligibility.maxAge }
			: {}),
		assured_date: service.lastVerified,
		last_modified: context.modifiedAt,
		...(urls.length > 0 ? { additional_urls: urls } : {}),
		...(phones.length > 0 ? { phones } : {}),
		...(schedules.length > 0 ? { schedules } : {}),
		service_areas: serviceAreas(service.serviceArea, service.id, uuid, context.regions),
		...(locations.length > 0 ? { service_at_locations: locations } : {}),
		...(service.languages && service.languages.length > 0
			? {
					languages: service.languages.map((code) => ({
						id: hsdsId('language', `${service.id}/language/${code}`),
						service_id: uuid,
						name: LANGUAGE_NAMES.sv[code] ?? code,
						code
					}))
				}
			: {}),
		organization: organizationSummary,
		...(otherEmails.length > 0
			? {
					contacts: otherEmails.map((address, index) => ({
						id: hsdsId('contact', `${service.id}/email/${index + 1}`),
						service_id: uuid,
						email: address
					}))
				}
			: {}),
		attributes: [
			...service.needs.map((need) => attribute(context, 'need', need, service.id, uuid)),
			...(service.role ? [attribute(context, 'role', service.role, service.id, uuid)] : []),
			...(service.audience ?? []).map((audience) =>
				attribute(context, 'audience', audience, service.id, uuid)
			)
		],
		stodkartan: {
			id: service.id,
			name: service.name,
			description: service.description,
			contacts: service.contacts,
			eligibility: { ...(genders ? { genders } : {}), ...(note ? { note } : {}) },
			...pick(service, [
				'anonymous',
				'free',
				'requiresReferral',
				'emergency',
				'keywords',
				'sources'
			]),
			...pick(service, ['afterContact']),
			// The confidence that holds today, as every answer shows it: low once the sources are old.
			...pick(shown, ['confidence']),
			...pick(service, ['verifiedBy', 'kind', 'caveats']),
			timeZone: 'Europe/Stockholm'
		}
	};
}

function pick<T extends object, K extends keyof T>(
	record: T,
	keys: readonly K[]
): Partial<Pick<T, K>> {
	const picked: Partial<Pick<T, K>> = {};
	for (const key of keys) if (record[key] !== undefined) picked[key] = record[key];
	return picked;
}

const SUMMARY_FIELDS = [
	'id',
	'organization_id',
	'name',
	'description',
	'url',
	'email',
	'status',
	'eligibility_description',
	'minimum_age',
	'maximum_age',
	'assured_date',
	'last_modified'
] as const satisfies readonly (keyof HsdsServiceSummary)[];

/** A service's one-to-one fields: the list item of `/services` (`compiled/service_list.json`). */
export function toHsdsServiceSummary(service: HsdsService): HsdsServiceSummary {
	return pick(service, SUMMARY_FIELDS) as HsdsServiceSummary;
}

/** A service at a location as `/service_at_locations/{id}` answers it: with its service. */
export function toHsdsServiceAtLocations(
	service: HsdsService
): (HsdsServiceAtLocation & { service: HsdsServiceSummary })[] {
	const summary = toHsdsServiceSummary(service);
	return (service.service_at_locations ?? []).map((entry) => ({ ...entry, service: summary }));
}
