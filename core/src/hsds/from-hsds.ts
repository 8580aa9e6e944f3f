import { CHANNEL_NAMES } from '../catalogue/display-names.js';
import {
	AUDIENCES,
	idSchema,
	languageCodeSchema,
	organizationSchema,
	SERVICE_ROLES,
	serviceSchema,
	type Contact,
	type ContactChannel,
	type LocalizedText,
	type Location,
	type OpeningHours,
	type Organization,
	type Service,
	type ServiceArea
} from '../catalogue/schema.js';
import { formatJsonPath } from '../catalogue/validate.js';
import type { Geography } from '../geo/geography.js';
import { NEED_CODES } from '../needs/codes.js';
import { fold, tokenize } from '../text/normalize.js';
import {
	hsdsLocationExtensionSchema,
	hsdsOrganizationExtensionSchema,
	hsdsServiceExtensionSchema,
	type HsdsServiceExtension
} from './extension.js';
import { taxonomyKindOf, termCodeOf, type HsdsTaxonomyKind } from './taxonomies.js';
import {
	ALWAYS_OPEN,
	AREA_URN,
	BYDAY,
	attendingTypeOf,
	describeEligibility,
	NO_DESCRIPTION
} from './to-hsds.js';

/** Something the HSDS record held that the catalogue contract cannot keep, and why. */
export interface Unmapped {
	path: string;
	reason: string;
}

/** One HSDS service read into the catalogue contract. */
export interface ImportedService {
	/** The service's HSDS id (a UUID). */
	hsdsId: string;
	/** Where it came from: the file, the record's and its organization's ids, and the record's own dates. */
	provenance: {
		file: string;
		hsdsId: string;
		organizationHsdsId?: string;
		lastModified?: string;
		assuredDate?: string;
	};
	/**
	 * Whether the record carries Stödkartan's extension (it is our own export, whole); without it
	 * the record holds only what HSDS's standard fields can say.
	 */
	hasExtension: boolean;
	/** The contract record when it is complete; otherwise undefined and `problems` says why. */
	service?: Service;
	/** The record as far as it could be read, for a curator to finish. */
	draft: Record<string, unknown>;
	organization?: Organization;
	/** The organization as far as it could be read. */
	organizationDraft?: Record<string, unknown>;
	/** What the contract requires and the record does not give. */
	problems: Unmapped[];
	unmapped: Unmapped[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const WEB = /^https?:\/\//i;

/** HSDS fields we know we do not keep, with the reason said once. */
const NOT_KEPT: Record<string, string> = {
	program_id: 'the catalogue has no programs',
	program: 'the catalogue has no programs',
	interpretation_services:
		'the catalogue has no field for interpretation services (only the languages a service is used in)',
	application_process: 'the catalogue has no field for how to apply',
	fees_description:
		'the catalogue says only whether a service is free, and this text does not say it plainly',
	fees: 'deprecated in HSDS; the catalogue says only whether a service is free',
	cost_options: 'the catalogue says only whether a service is free',
	wait_time: 'deprecated in HSDS; the catalogue has no waiting times',
	accreditations: 'the catalogue has no accreditations',
	licenses: 'deprecated in HSDS; the catalogue has no licences',
	assurer_email:
		'the catalogue records who verified an entry only as public sources or the provider',
	alert: 'the catalogue has no short-term alerts',
	funding: 'the catalogue has no funding',
	required_documents: 'the catalogue has no required documents',
	capacities: 'the catalogue has no capacities',
	metadata: 'change history is kept by the curation log, not in catalogue entries',
	additional_urls: 'the catalogue keeps one website; other links only when they are a contact route'
};

/**
 * How an imported service names its record among its `sources` (another publisher's record has
 * no page of ours to point to): the file and the record's HSDS id. A later import of the same
 * record finds the service by it.
 */
export function hsdsRecordSource(file: string, uuid: string): string {
	return `HSDS ${file}, service ${uuid}`;
}

/** The HSDS ids a service's sources name as imported records (see `hsdsRecordSource`). */
export function hsdsIdsInSources(sources: readonly string[] | undefined): string[] {
	return (sources ?? []).flatMap((source) => {
		const match = /^HSDS .*, service ([0-9a-f-]{36})$/i.exec(source);
		return match?.[1] ? [match[1].toLowerCase()] : [];
	});
}

/** A lowercase id for a record that has none of ours: its name, and part of its UUID for uniqueness. */
export function idFromName(name: string, uuid: string): string {
	const slug = fold(tokenize(name).join('-'))
		.replace(/[^a-z0-9-]/g, '')
		.replace(/-+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60)
		.replace(/-$/, '');
	const suffix = uuid
		.replace(/[^0-9a-f]/gi, '')
		.slice(0, 8)
		.toLowerCase();
	const id = slug ? `${slug}-${suffix}` : `hsds-${suffix}`;
	return idSchema.safeParse(id).success ? id : `hsds-${suffix}`;
}

function localized(primary: string | undefined, extension: LocalizedText | undefined) {
	if (primary === undefined) return undefined;
	return { ...(extension ?? {}), sv: primary };
}

/** The channel an HSDS phone type names (RFC 6350 types). */
function phoneChannel(type: string | undefined): ContactChannel | undefined {
	switch (type?.toLowerCase()) {
		case undefined:
		case 'voice':
		case 'cell':
			return 'phone';
		case 'text':
			return 'sms';
		case 'video':
			return 'video';
		default:
			return undefined;
	}
}

const DAY_INDEX = new Map<string, number>(BYDAY.map((code, index) => [code, index + 1]));

/** "10:00", "10:00:00", "10:00+01:00" → "10:00"; anything else undefined. */
function clockTime(value: unknown): string | undefined {
	const match =
		typeof value === 'string'
			? /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(value.trim())
			: null;
	return match ? `${match[1]}:${match[2]}` : undefined;
}

/**
 * Weekly HSDS schedules as the contract's opening hours. Schedules with validity dates,
 * monthly rules or unreadable times are listed as unmapped instead of guessed.
 */
function openingHoursOf(
	schedules: readonly { schedule: Json; path: string }[],
	unmapped: Unmapped[]
): OpeningHours | undefined {
	const weekly: { days: number[]; opens: string; closes: string }[] = [];
	const notes = new Set<string>();
	for (const { schedule, path } of schedules) {
		const days = (text(schedule.byday) ?? '')
			.split(',')
			.map((day) => DAY_INDEX.get(day.trim().toUpperCase()));
		const opens = clockTime(schedule.opens_at);
		const closes = clockTime(schedule.closes_at);
		const freq = text(schedule.freq)?.toUpperCase();
		const limited = [
			'valid_from',
			'valid_to',
			'dtstart',
			'until',
			'count',
			'byweekno',
			'bymonthday',
			'byyearday'
		].filter((field) => schedule[field] !== undefined);
		const interval = schedule.interval;
		if (
			(freq !== undefined && freq !== 'WEEKLY') ||
			(interval !== undefined && interval !== 1) ||
			limited.length > 0 ||
			days.length === 0 ||
			days.some((day) => day === undefined) ||
			!opens ||
			!closes
		) {
			unmapped.push({
				path,
				reason:
					'only weekly opening hours (byday with opens_at and closes_at, every week, no validity dates) fit the catalogue; this schedule is left for a curator'
			});
			continue;
		}
		const description = text(schedule.description);
		if (description && description !== 'Öppet dygnet runt, alla dagar.') notes.add(description);
		if (text(schedule.notes)) notes.add(text(schedule.notes) as string);
		weekly.push({ days: [...new Set(days as number[])].sort(), opens, closes });
	}
	if (weekly.length === 0) return undefined;
	const [first] = weekly;
	if (
		weekly.length === 1 &&
		first &&
		first.days.length === 7 &&
		first.opens === ALWAYS_OPEN.opens_at &&
		first.closes === ALWAYS_OPEN.closes_at &&
		notes.size === 0
	) {
		return { alwaysOpen: true };
	}
	return {
		weekly,
		...(notes.size > 0 ? { note: { sv: [...notes].join(' ') } } : {})
	};
}

function contactsOf(
	raw: Json,
	extension: HsdsServiceExtension | undefined,
	unmapped: Unmapped[]
): Contact[] {
	const standard: { contact: Contact; path: string }[] = [];
	list(raw.phones).forEach((phone, index) => {
		const path = `$.phones[${index}]`;
		const number = text(phone.number)
			?.replace(/^"+|"+$/g, '')
			.trim();
		const channel = phoneChannel(text(phone.type));
		if (!number || !channel) {
			unmapped.push({
				path,
				reason: `a phone of type "${String(phone.type)}" has no contact channel in the catalogue`
			});
			return;
		}
		const note = [
			text(phone.description),
			typeof phone.extension === 'number' || typeof phone.extension === 'string'
				? `Anknytning ${phone.extension}.`
				: undefined
		]
			.filter(Boolean)
			.join(' ');
		standard.push({
			contact: { channel, value: number, ...(note ? { note: { sv: note } } : {}) },
			path
		});
		if (list(phone.languages).length > 0) {
			unmapped.push({
				path: `${path}.languages`,
				reason: 'the catalogue keeps languages per service, not per phone line'
			});
		}
	});
	const email = text(raw.email);
	if (email) standard.push({ contact: { channel: 'email', value: email }, path: '$.email' });
	list(raw.contacts).forEach((contact, index) => {
		const path = `$.contacts[${index}]`;
		const address = text(contact.email);
		if (address && !standard.some((entry) => entry.contact.value === address)) {
			standard.push({ contact: { channel: 'email', value: address }, path: `${path}.email` });
		}
		list(contact.phones).forEach((phone, phoneIndex) => {
			const number = text(phone.number)
				?.replace(/^"+|"+$/g, '')
				.trim();
			const channel = phoneChannel(text(phone.type));
			if (number && channel && !standard.some((entry) => entry.contact.value === number)) {
				standard.push({
					contact: { channel, value: number },
					path: `${path}.phones[${phoneIndex}]`
				});
			}
		});
		if (text(contact.name) || text(contact.title) || text(contact.department)) {
			unmapped.push({
				path,
				reason:
					'named people (name, title, department) are not kept: the catalogue lists contact routes, not staff'
			});
		}
	});
	const urlChannels: Record<string, ContactChannel> = {};
	for (const channel of ['chat', 'webform', 'video', 'app'] as const) {
		urlChannels[fold(CHANNEL_NAMES.sv[channel].toLocaleLowerCase('sv'))] = channel;
		urlChannels[fold(CHANNEL_NAMES.en[channel].toLowerCase())] = channel;
	}
	list(raw.additional_urls).forEach((link, index) => {
		const label = text(link.label);
		const channel = label ? urlChannels[fold(label.toLocaleLowerCase('sv'))] : undefined;
		const url = text(link.url);
		if (channel && url && WEB.test(url)) {
			standard.push({ contact: { channel, value: url }, path: `$.additional_urls[${index}]` });
		} else if (!extension) {
			unmapped.push({
				path: `$.additional_urls[${index}]`,
				reason: NOT_KEPT.additional_urls as string
			});
		}
	});

	const schedules = list(raw.schedules).map((schedule, index) => ({
		schedule,
		path: `$.schedules[${index}]`
	}));
	const used = new Set<string>();
	const reportUnused = (contacts: Contact[]) => {
		for (const { path } of schedules) {
			if (!used.has(path)) {
				unmapped.push({
					path,
					reason:
						'no contact route of the service takes these opening hours (the catalogue keeps hours per route)'
				});
			}
		}
		return contacts;
	};
	if (extension) {
		// Our own export: the extension has every route with its hours. The standard fields win
		// where they differ (a phone number changed elsewhere), and are added where new.
		const standardValues = new Set(
			standard.map(({ contact }) => `${contact.channel} ${contact.value}`)
		);
		const kept = extension.contacts.filter((contact) => {
			const derived = ['phone', 'sms', 'email', 'chat', 'webform', 'video', 'app'].includes(
				contact.channel
			);
			const inStandard = standardValues.has(`${contact.channel} ${contact.value}`);
			if (derived && !inStandard && hasStandardPlace(contact)) {
				unmapped.push({
					path: '$.stodkartan.contacts',
					reason: `the ${contact.channel} route ${contact.value} is in the extension but not in the standard fields, which win`
				});
				return false;
			}
			return true;
		});
		const keptValues = new Set(kept.map((contact) => `${contact.channel} ${contact.value}`));
		for (const { contact } of standard) {
			if (!keptValues.has(`${contact.channel} ${contact.value}`)) {
				kept.push(withHours(contact, schedules, unmapped, used));
			}
		}
		// The extension's routes already carry their hours; the schedules were derived from them.
		for (const { path } of schedules) used.add(path);
		return reportUnused(kept);
	}
	return reportUnused(standard.map(({ contact }) => withHours(contact, schedules, unmapped, used)));
}

/** Whether our export writes this route into a standard field (so the standard field decides). */
export function hasStandardPlace(contact: Contact): boolean {
	if (contact.channel === 'phone' || contact.channel === 'sms') return true;
	if (contact.channel === 'email') return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.value);
	return WEB.test(contact.value);
}

/**
 * Opening hours for a route read from HSDS: the schedules whose `attending_type` names this
 * route (as our export writes it); without any such, the service's schedules that name no route
 * apply to every phone and visit route. `used` collects the schedules applied somewhere.
 */
function withHours(
	contact: Contact,
	schedules: readonly { schedule: Json; path: string }[],
	unmapped: Unmapped[],
	used: Set<string>
): Contact {
	const named = schedules.filter(
		({ schedule }) => text(schedule.attending_type) === attendingTypeOf(contact)
	);
	const general = schedules.filter(({ schedule }) => text(schedule.attending_type) === undefined);
	const chosen =
		named.length > 0
			? named
			: ['phone', 'sms', 'in-person'].includes(contact.channel)
				? general
				: [];
	const hours = chosen.length > 0 ? openingHoursOf(chosen, unmapped) : undefined;
	if (hours) for (const { path } of chosen) used.add(path);
	return hours ? { ...contact, hours } : contact;
}

function serviceAreaOf(
	raw: Json,
	regions: Geography,
	unmapped: Unmapped[]
): ServiceArea | undefined {
	const counties = new Set<string>();
	const municipalities = new Set<string>();
	let national = false;
	const byName = (name: string) => {
		const key = fold(name.toLocaleLowerCase('sv'));
		if (['hela sverige', 'sverige', 'sweden', 'nationwide', 'hela landet'].includes(key)) {
			return 'SE';
		}
		const county = regions.counties.find((c) => fold(c.name.toLocaleLowerCase('sv')) === key);
		if (county) return `county:${county.code}`;
		const municipality = regions.municipalities.find(
			(m) =>
				fold(m.name.toLocaleLowerCase('sv')) === key ||
				fold(m.shortName.toLocaleLowerCase('sv')) === key
		);
		return municipality ? `municipality:${municipality.code}` : undefined;
	};
	list(raw.service_areas).forEach((area, index) => {
		const uri = text(area.uri);
		const fromUri =
			uri === AREA_URN.national
				? 'SE'
				: uri?.startsWith('urn:scb:county:')
					? `county:${uri.slice('urn:scb:county:'.length)}`
					: uri?.startsWith('urn:scb:municipality:')
						? `municipality:${uri.slice('urn:scb:municipality:'.length)}`
						: undefined;
		const found = fromUri ?? (text(area.name) ? byName(text(area.name) as string) : undefined);
		if (found === 'SE') national = true;
		else if (found?.startsWith('county:') && regions.hasCounty(found.slice(7))) {
			counties.add(found.slice(7));
		} else if (found?.startsWith('municipality:') && regions.hasMunicipality(found.slice(13))) {
			municipalities.add(found.slice(13));
		} else {
			unmapped.push({
				path: `$.service_areas[${index}]`,
				reason:
					'not a Swedish county or municipality (by SCB code in `uri` or by name), nor all of Sweden'
			});
		}
	});
	if (national) return { scope: 'national' };
	if (municipalities.size === 0 && counties.size > 0) {
		return { scope: 'regional', counties: [...counties] };
	}
	if (municipalities.size > 0) {
		// A mix of counties and municipalities: every municipality of the counties, exactly.
		for (const county of counties) {
			for (const municipality of regions.municipalitiesIn(county)) {
				municipalities.add(municipality.code);
			}
		}
		return { scope: 'local', municipalities: [...municipalities] };
	}
	return undefined;
}

function locationsOf(raw: Json, regions: Geography, unmapped: Unmapped[]): Location[] {
	const places: Location[] = [];
	list(raw.service_at_locations).forEach((entry, index) => {
		const path = `$.service_at_locations[${index}].location`;
		const location = isObject(entry.location) ? entry.location : undefined;
		if (!location) return;
		const extension = hsdsLocationExtensionSchema.safeParse(location.stodkartan);
		const lat = typeof location.latitude === 'number' ? location.latitude : undefined;
		const lon = typeof location.longitude === 'number' ? location.longitude : undefined;
		const [address] = list(location.addresses);
		const street =
			[text(address?.address_1), text(address?.address_2)].filter(Boolean).join(', ') || undefined;
		const postalCode = text(address?.postal_code);
		const city = text(address?.city);
		const municipality =
			(extension.success ? extension.data.municipality : undefined) ??
			(postalCode ? regions.municipalityOfPostalCode(postalCode)?.code : undefined);
		if (
			lat === undefined ||
			lon === undefined ||
			lat < 55 ||
			lat > 69.5 ||
			lon < 10.5 ||
			lon > 24.5 ||
			!municipality
		) {
			unmapped.push({
				path,
				reason:
					'a location needs coordinates in Sweden and a Swedish municipality (from its postal code); this one is left out'
			});
			return;
		}
		const fromStandard =
			street || postalCode || city
				? {
						...(street ? { street } : {}),
						...(postalCode ? { postalCode } : {}),
						...(city ? { city } : {})
					}
				: undefined;
		const addressParts = fromStandard ?? (extension.success ? extension.data.address : undefined);
		places.push({
			...(text(location.name) ? { name: text(location.name) } : {}),
			...(addressParts ? { address: addressParts } : {}),
			municipality,
			lat,
			lon,
			...(extension.success && extension.data.accessible !== undefined
				? { accessible: extension.data.accessible }
				: {})
		});
		for (const field of ['phones', 'schedules', 'contacts', 'languages']) {
			if (list(location[field]).length > 0) {
				unmapped.push({
					path: `${path}.${field}`,
					reason: `the catalogue keeps ${field} per service, not per location`
				});
			}
		}
	});
	return places;
}

/** Our need, role and audience codes from the attributes (ours by term id, or by taxonomy and code). */
function codesOf(raw: Json, unmapped: Unmapped[]) {
	const codes: Record<HsdsTaxonomyKind, string[]> = { need: [], role: [], audience: [] };
	const known: Record<HsdsTaxonomyKind, readonly string[]> = {
		need: NEED_CODES,
		role: SERVICE_ROLES,
		audience: AUDIENCES
	};
	list(raw.attributes).forEach((attribute, index) => {
		const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
		const termId = text(attribute.taxonomy_term_id) ?? text(term.id);
		const byId = termId ? termCodeOf(termId) : undefined;
		const taxonomyId = text(term.taxonomy_id);
		const kind = byId?.kind ?? (taxonomyId ? taxonomyKindOf(taxonomyId) : undefined);
		const termCode = text(term.code);
		const code =
			byId?.code ??
			(kind && termCode?.startsWith(`${kind}:`) ? termCode.slice(kind.length + 1) : termCode);
		if (kind && code && known[kind].includes(code)) {
			if (!codes[kind].includes(code)) codes[kind].push(code);
		} else {
			unmapped.push({
				path: `$.attributes[${index}]`,
				reason: `the term ${text(term.name) ?? termId ?? '?'} is not in Stödkartan's need, role or audience taxonomy`
			});
		}
	});
	return codes;
}

function organizationOf(
	raw: Json,
	unmapped: Unmapped[],
	problems: Unmapped[]
): { organization?: Organization; draft?: Record<string, unknown> } {
	const organization = isObject(raw.organization) ? raw.organization : undefined;
	const uuid = text(organization?.id) ?? text(raw.organization_id);
	if (!organization || !uuid) {
		problems.push({
			path: '$.organization',
			reason: 'the service names no organization with a name'
		});
		return {};
	}
	const extension = hsdsOrganizationExtensionSchema.safeParse(organization.stodkartan);
	const name = text(organization.name);
	const draft = {
		id: extension.success ? extension.data.id : idFromName(name ?? '', uuid),
		name,
		type: extension.success ? extension.data.type : undefined,
		...(text(organization.description) && organization.description !== NO_DESCRIPTION
			? {
					description: localized(
						text(organization.description),
						extension.success ? extension.data.description : undefined
					)
				}
			: {}),
		...(text(organization.website) && WEB.test(text(organization.website) as string)
			? { website: text(organization.website) }
			: {}),
		...(text(organization.email) ? { email: text(organization.email) } : {})
	};
	if (!extension.success) {
		problems.push({
			path: '$.organization',
			reason:
				'HSDS does not say whether an organization is public, nonprofit or private; a curator must set `type`'
		});
		for (const field of [
			'legal_status',
			'tax_status',
			'tax_id',
			'year_incorporated',
			'logo',
			'uri',
			'parent_organization_id',
			'funding',
			'programs',
			'organization_identifiers',
			'locations',
			'phones',
			'contacts'
		]) {
			if (
				organization[field] !== undefined &&
				!(Array.isArray(organization[field]) && (organization[field] as unknown[]).length === 0)
			) {
				unmapped.push({
					path: `$.organization.${field}`,
					reason:
						'the catalogue keeps only an organization’s name, type, description, website and e-mail'
				});
			}
		}
	}
	const parsed = organizationSchema.safeParse(draft);
	return parsed.success ? { organization: parsed.data, draft } : { draft };
}

function statusOf(value: unknown): Service['status'] {
	return value === 'active' ? 'active' : value === 'temporarily closed' ? 'paused' : 'inactive';
}

/**
 * Reads one HSDS 3.x service (already valid against `compiled/service.json`) into the catalogue
 * contract. Our own exports come back exactly (the `stodkartan` extension holds the rest); other
 * publishers' records keep what the contract can hold, each loss is listed in `unmapped`, and
 * what the contract requires but the record lacks is listed in `problems`, never guessed.
 */
export function fromHsdsService(
	raw: Json,
	options: { regions: Geography; file: string }
): ImportedService {
	const unmapped: Unmapped[] = [];
	const problems: Unmapped[] = [];
	const uuid = text(raw.id) ?? '';
	const parsedExtension =
		raw.stodkartan === undefined ? undefined : hsdsServiceExtensionSchema.safeParse(raw.stodkartan);
	if (parsedExtension && !parsedExtension.success) {
		unmapped.push({
			path: '$.stodkartan',
			reason: `the Stödkartan extension is not valid and was ignored (${parsedExtension.error.issues
				.slice(0, 3)
				.map((issue) => `${formatJsonPath(issue.path)}: ${issue.message}`)
				.join('; ')})`
		});
	}
	const extension = parsedExtension?.success ? parsedExtension.data : undefined;
	if (!extension) {
		unmapped.push({
			path: '$',
			reason:
				'HSDS does not say which language a text is in; names and descriptions were taken as the Swedish text'
		});
	}
	for (const [field, reason] of Object.entries(NOT_KEPT)) {
		const value = raw[field];
		if (field === 'additional_urls') continue;
		if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
			unmapped.push({ path: `$.${field}`, reason });
		}
	}
	if (text(raw.alternate_name) && !extension) {
		unmapped.push({
			path: '$.alternate_name',
			reason: 'the catalogue has no alternate name; kept as a search word'
		});
	}

	const { organization, draft: organizationDraft } = organizationOf(raw, unmapped, problems);
	const codes = codesOf(raw, unmapped);
	const minAge = typeof raw.minimum_age === 'number' ? raw.minimum_age : undefined;
	const maxAge = typeof raw.maximum_age === 'number' ? raw.maximum_age : undefined;
	for (const [field, age] of [
		['minimum_age', minAge],
		['maximum_age', maxAge]
	] as const) {
		if (age !== undefined && (!Number.isInteger(age) || age < 0 || age > 120)) {
			unmapped.push({
				path: `$.${field}`,
				reason: 'an age must be a whole number of years from 0 to 120'
			});
		}
	}
	const ages = {
		...(minAge !== undefined && Number.isInteger(minAge) && minAge >= 0 && minAge <= 120
			? { minAge }
			: {}),
		...(maxAge !== undefined && Number.isInteger(maxAge) && maxAge >= 0 && maxAge <= 120
			? { maxAge }
			: {})
	};
	const genders = extension?.eligibility.genders;
	const eligibilityText = text(raw.eligibility_description);
	const generated = describeEligibility({ ...ages, ...(genders ? { genders } : {}) });
	const note =
		eligibilityText && eligibilityText !== generated
			? localized(eligibilityText, extension?.eligibility.note)
			: undefined;
	const languages: string[] = [];
	list(raw.languages).forEach((language, index) => {
		const code = text(language.code)?.toLowerCase();
		if (code && languageCodeSchema.safeParse(code).success) {
			if (!languages.includes(code)) languages.push(code);
		} else {
			unmapped.push({ path: `$.languages[${index}]`, reason: 'a language needs an ISO 639 code' });
		}
		if (text(language.note)) {
			unmapped.push({
				path: `$.languages[${index}].note`,
				reason: 'the catalogue has no note per language'
			});
		}
	});
	const serviceArea = serviceAreaOf(raw, options.regions, unmapped);
	const locations = locationsOf(raw, options.regions, unmapped);
	const assuredDate = text(raw.assured_date);
	const lastVerified =
		assuredDate && /^\d{4}-\d{2}-\d{2}/.test(assuredDate) ? assuredDate.slice(0, 10) : undefined;
	const website = text(raw.url);
	const name = text(raw.name);
	const description = text(raw.description);
	const alternateName = text(raw.alternate_name);
	const keywords = extension?.keywords ?? (alternateName ? { sv: [alternateName] } : undefined);
	const organizationUuid = isObject(raw.organization)
		? (text(raw.organization.id) ?? text(raw.organization_id))
		: text(raw.organization_id);
	const provenance = {
		file: options.file,
		hsdsId: uuid,
		...(organizationUuid ? { organizationHsdsId: organizationUuid } : {}),
		...(text(raw.last_modified) ? { lastModified: text(raw.last_modified) } : {}),
		...(assuredDate ? { assuredDate } : {})
	};
	const sources = extension?.sources ?? [
		hsdsRecordSource(options.file, uuid),
		...(website && WEB.test(website) ? [website] : [])
	];

	const draft: Record<string, unknown> = {
		id: extension?.id ?? idFromName(name ?? '', uuid),
		organizationId:
			organizationDraft?.id ??
			(text(raw.organization_id) ? idFromName('', text(raw.organization_id) as string) : undefined),
		name: localized(name, extension?.name),
		description: localized(description, extension?.description),
		needs: codes.need,
		eligibility: { ...ages, ...(genders ? { genders } : {}), ...(note ? { note } : {}) },
		serviceArea,
		contacts: contactsOf(raw, extension, unmapped),
		...(locations.length > 0 ? { locations } : {}),
		...(languages.length > 0 ? { languages } : {}),
		...(extension?.anonymous !== undefined ? { anonymous: extension.anonymous } : {}),
		...(extension?.free !== undefined ? { free: extension.free } : {}),
		...(extension?.requiresReferral !== undefined
			? { requiresReferral: extension.requiresReferral }
			: {}),
		...(extension?.emergency !== undefined ? { emergency: extension.emergency } : {}),
		...(codes.audience.length > 0 ? { audience: codes.audience } : {}),
		...(keywords ? { keywords } : {}),
		status: statusOf(raw.status),
		lastVerified,
		sources,
		...(extension?.afterContact ? { afterContact: extension.afterContact } : {}),
		...(extension?.confidence ? { confidence: extension.confidence } : {}),
		...(extension?.verifiedBy ? { verifiedBy: extension.verifiedBy } : {}),
		...(extension?.kind ? { kind: extension.kind } : {}),
		...(codes.role[0] ? { role: codes.role[0] } : {}),
		...(extension?.caveats ? { caveats: extension.caveats } : {}),
		...(website && WEB.test(website) ? { website } : {})
	};
	if (codes.role.length > 1) {
		unmapped.push({
			path: '$.attributes',
			reason: `a service has one role; kept ${codes.role[0]}, not ${codes.role.slice(1).join(', ')}`
		});
	}
	const required: [string, boolean, string][] = [
		['name', name !== undefined, 'a name'],
		['description', description !== undefined, 'a description'],
		[
			'needs',
			codes.need.length > 0,
			'at least one term of the Stödkartan need taxonomy (a curator chooses the needs)'
		],
		['serviceArea', serviceArea !== undefined, 'a service area in Sweden'],
		['contacts', (draft.contacts as Contact[]).length > 0, 'at least one contact route'],
		[
			'lastVerified',
			lastVerified !== undefined,
			'assured_date (the date the facts were last checked); an import never invents one'
		]
	];
	for (const [field, ok, what] of required) {
		if (!ok) problems.push({ path: `$.${field}`, reason: `the catalogue requires ${what}` });
	}
	const parsed = problems.length === 0 ? serviceSchema.safeParse(draft) : undefined;
	if (parsed && !parsed.success) {
		for (const issue of parsed.error.issues) {
			problems.push({ path: formatJsonPath(issue.path), reason: issue.message });
		}
	}
	const seen = new Set<string>();
	const uniqueUnmapped = unmapped.filter((item) => {
		const key = `${item.path} ${item.reason}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return {
		hsdsId: uuid,
		provenance,
		hasExtension: extension !== undefined,
		...(parsed?.success ? { service: parsed.data } : {}),
		draft,
		...(organization ? { organization } : {}),
		...(organizationDraft ? { organizationDraft } : {}),
		problems,
		unmapped: uniqueUnmapped
	};
}

/**
 * The services an HSDS 3.x JSON document holds: one service, a list of services, or the paged
 * shape (`contents`). Anything else is undefined.
 */
export function hsdsServicesIn(
	document: unknown
): { items: unknown[]; shape: 'service' | 'list' | 'page' } | undefined {
	if (Array.isArray(document)) return { items: document, shape: 'list' };
	if (!isObject(document)) return undefined;
	if (Array.isArray(document.contents)) return { items: document.contents, shape: 'page' };
	if (typeof document.id === 'string' && typeof document.name === 'string') {
		return { items: [document], shape: 'service' };
	}
	return undefined;
}
