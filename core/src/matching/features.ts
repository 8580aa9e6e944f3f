import {
	AUDIENCES,
	CONTACT_CHANNELS,
	GENDERS,
	type Audience,
	type ContactChannel,
	type Gender,
	type Service,
	type ServiceRole
} from '../catalogue/schema.js';
import { compileOpeningHours, type WeeklyRanges } from '../hours/opening-hours.js';
import { NEED_CODES, type NeedCode } from '../needs/codes.js';

export type AreaFeatures =
	| { scope: 'national' }
	| { scope: 'regional'; counties: readonly string[] }
	| { scope: 'local'; municipalities: readonly string[]; counties: readonly string[] };

/** A set of enum values as bits, for checks in the matching loop without allocation. */
export type Mask = number;

const maskOf = <T extends string>(all: readonly T[], values: Iterable<T>): Mask => {
	let mask = 0;
	for (const value of values) mask |= 1 << all.indexOf(value);
	return mask;
};

export const channelMask = (channels: Iterable<ContactChannel>): Mask =>
	maskOf(CONTACT_CHANNELS, channels);
export const audienceMask = (audience: Iterable<Audience>): Mask => maskOf(AUDIENCES, audience);
export const genderMask = (genders: Iterable<Gender>): Mask => maskOf(GENDERS, genders);
/** The 25 need codes fit in 32 bits. */
export const needMask = (needs: Iterable<NeedCode>): Mask => maskOf(NEED_CODES, needs);

export function channelsOf(mask: Mask): ContactChannel[] {
	return CONTACT_CHANNELS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

export function hasAudience(service: ServiceFeatures, audience: Audience): boolean {
	return (service.audienceMask & (1 << AUDIENCES.indexOf(audience))) !== 0;
}

/** When a service can be reached, over all its contact channels. */
export interface OpeningSummary {
	/** Some channel is always open. */
	alwaysOpen: boolean;
	/** Some channel has no known hours. */
	unknown: boolean;
	/** The open ranges of every channel with weekly hours, together. */
	ranges: WeeklyRanges;
}

const NATIONAL: AreaFeatures = { scope: 'national' };

/**
 * What matching needs to know about one service, precomputed once per catalogue version. Kept
 * lean (masks, shared arrays, one compiled opening): a catalogue of 100,000 services holds
 * 100,000 of these, and every object in them is work for the garbage collector.
 */
export interface ServiceFeatures {
	id: string;
	organizationId: string;
	status: Service['status'];
	isActive: boolean;
	/** The service's needs, main need first. */
	needs: readonly NeedCode[];
	minAge: number | undefined;
	maxAge: number | undefined;
	genders: readonly Gender[] | undefined;
	genderMask: Mask;
	area: AreaFeatures;
	channelMask: Mask;
	hours: OpeningSummary;
	/** Whether the catalogue says who the service is for at all. */
	hasAudience: boolean;
	audienceMask: Mask;
	languages: readonly string[] | undefined;
	isAnonymous: boolean | undefined;
	isFree: boolean | undefined;
	requiresReferral: boolean;
	isEmergency: boolean;
	/** What part of the support system the service is, when the catalogue says. */
	role: ServiceRole | undefined;
	/** A national route that explains how to reach the local service ("Socialtjänsten i din kommun"). */
	isPathway: boolean;
}

function summarizeHours(service: Service): OpeningSummary {
	let alwaysOpen = false;
	let unknown = false;
	const ranges: number[] = [];
	for (const { hours } of service.contacts) {
		if (!hours) unknown = true;
		else {
			const compiled = compileOpeningHours(hours);
			if (compiled === null) alwaysOpen = true;
			else ranges.push(...compiled);
		}
	}
	return { alwaysOpen, unknown, ranges: Int32Array.from(ranges) };
}

/** `countyOf` maps a municipality code to its county code. */
export function featuresOf(
	service: Service,
	countyOf: (municipality: string) => string | undefined
): ServiceFeatures {
	const area = service.serviceArea;
	return {
		id: service.id,
		organizationId: service.organizationId,
		status: service.status,
		isActive: service.status === 'active',
		needs: service.needs,
		minAge: service.eligibility.minAge,
		maxAge: service.eligibility.maxAge,
		genders: service.eligibility.genders,
		genderMask: genderMask(service.eligibility.genders ?? []),
		area:
			area.scope === 'national'
				? NATIONAL
				: area.scope === 'regional'
					? { scope: 'regional', counties: area.counties }
					: {
							scope: 'local',
							municipalities: area.municipalities,
							counties: [...new Set(area.municipalities.flatMap((code) => countyOf(code) ?? []))]
						},
		channelMask: channelMask(service.contacts.map((contact) => contact.channel)),
		hours: summarizeHours(service),
		hasAudience: service.audience !== undefined,
		audienceMask: audienceMask(service.audience ?? []),
		languages: service.languages,
		isAnonymous: service.anonymous,
		isFree: service.free,
		requiresReferral: service.requiresReferral === true,
		isEmergency: service.emergency === true || service.role === 'emergency',
		role: service.role,
		isPathway: service.kind === 'pathway'
	};
}
