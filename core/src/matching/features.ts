import {
	AUDIENCES,
	CONTACT_CHANNELS,
	GENDERS,
	type Audience,
	type ContactChannel,
	type Gender,
	type Service
} from '../catalogue/schema.js';
import { compileOpeningHours, type WeeklyRanges } from '../hours/opening-hours.js';
import { needBit, type NeedCode } from '../needs/codes.js';

export type AreaFeatures =
	| { scope: 'national' }
	| { scope: 'regional'; counties: ReadonlySet<string> }
	| { scope: 'local'; municipalities: ReadonlySet<string>; counties: ReadonlySet<string> };

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

/** What matching needs to know about one service, precomputed once per catalogue version. */
export interface ServiceFeatures {
	id: string;
	organizationId: string;
	status: Service['status'];
	isActive: boolean;
	needs: readonly NeedCode[];
	/** The needs as bit positions (`needBit`), in the service's own order: main needs first. */
	needBits: Uint8Array;
	/** Σ 1/(position + 1) over the needs: the denominator of how focused a match is. */
	focusTotal: number;
	minAge: number | undefined;
	maxAge: number | undefined;
	genders: readonly Gender[] | undefined;
	genderMask: Mask;
	area: AreaFeatures;
	channels: ReadonlySet<ContactChannel>;
	channelMask: Mask;
	/** Opening hours per contact; `null` ranges mean always open, `undefined` hours unknown. */
	contactHours: readonly { channel: ContactChannel; ranges: WeeklyRanges | null | undefined }[];
	audience: ReadonlySet<Audience> | undefined;
	audienceMask: Mask;
	languages: readonly string[] | undefined;
	isAnonymous: boolean | undefined;
	isFree: boolean | undefined;
	requiresReferral: boolean;
	isEmergency: boolean;
}

/** `countyOf` maps a municipality code to its county code. */
export function featuresOf(
	service: Service,
	countyOf: (municipality: string) => string | undefined
): ServiceFeatures {
	const area = service.serviceArea;
	const channels = new Set(service.contacts.map((contact) => contact.channel));
	return {
		id: service.id,
		organizationId: service.organizationId,
		status: service.status,
		isActive: service.status === 'active',
		needs: service.needs,
		needBits: Uint8Array.from(service.needs.map(needBit)),
		focusTotal: service.needs.reduce((sum, _, position) => sum + 1 / (position + 1), 0),
		minAge: service.eligibility.minAge,
		maxAge: service.eligibility.maxAge,
		genders: service.eligibility.genders,
		genderMask: genderMask(service.eligibility.genders ?? []),
		area:
			area.scope === 'national'
				? { scope: 'national' }
				: area.scope === 'regional'
					? { scope: 'regional', counties: new Set(area.counties) }
					: {
							scope: 'local',
							municipalities: new Set(area.municipalities),
							counties: new Set(area.municipalities.flatMap((code) => countyOf(code) ?? []))
						},
		channels,
		channelMask: channelMask(channels),
		contactHours: service.contacts.map((contact) => ({
			channel: contact.channel,
			ranges: contact.hours ? compileOpeningHours(contact.hours) : undefined
		})),
		audience: service.audience ? new Set(service.audience) : undefined,
		audienceMask: audienceMask(service.audience ?? []),
		languages: service.languages,
		isAnonymous: service.anonymous,
		isFree: service.free,
		requiresReferral: service.requiresReferral === true,
		isEmergency: service.emergency === true
	};
}
