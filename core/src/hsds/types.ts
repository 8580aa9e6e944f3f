// The HSDS 3.1 objects Stödkartan writes and reads, as far as it uses them. Field names are the
// standard's (snake_case); `stodkartan` is our documented extension (see extension.ts).
import type {
	HsdsLocationExtension,
	HsdsOrganizationExtension,
	HsdsServiceExtension,
	HsdsTermExtension
} from './extension.js';

export interface HsdsTaxonomy {
	id: string;
	name: string;
	description: string;
	uri?: string;
	version?: string;
}

export interface HsdsTaxonomyTerm {
	id: string;
	code: string;
	name: string;
	description: string;
	taxonomy: string;
	taxonomy_id: string;
	taxonomy_detail: HsdsTaxonomy;
	language: 'sv';
	stodkartan: HsdsTermExtension;
}

export interface HsdsAttribute {
	id: string;
	link_id: string;
	link_type: string;
	link_entity: string;
	taxonomy_term_id: string;
	taxonomy_term: Omit<HsdsTaxonomyTerm, 'taxonomy_detail' | 'stodkartan'>;
}

export interface HsdsPhone {
	id: string;
	service_id?: string;
	number: string;
	type: 'voice' | 'text';
	description?: string;
}

export interface HsdsUrl {
	id: string;
	service_id?: string;
	label: string;
	url: string;
}

export interface HsdsSchedule {
	id: string;
	service_id?: string;
	freq: 'WEEKLY';
	byday: string;
	opens_at: string;
	closes_at: string;
	attending_type?: string;
	description?: string;
}

export interface HsdsServiceArea {
	id: string;
	service_id?: string;
	name: string;
	description?: string;
	uri: string;
}

export interface HsdsLanguage {
	id: string;
	service_id?: string;
	name: string;
	code: string;
}

export interface HsdsAddress {
	id: string;
	location_id: string;
	address_1: string;
	city: string;
	state_province: string;
	postal_code: string;
	country: string;
	address_type: 'physical';
}

export interface HsdsAccessibility {
	id: string;
	location_id: string;
	description: string;
}

export interface HsdsLocation {
	id: string;
	location_type: 'physical';
	organization_id: string;
	name?: string;
	description?: string;
	latitude?: number;
	longitude?: number;
	addresses?: HsdsAddress[];
	accessibility?: HsdsAccessibility[];
	stodkartan: HsdsLocationExtension;
}

export interface HsdsServiceAtLocation {
	id: string;
	service_id: string;
	location_id: string;
	location: HsdsLocation;
}

/** The one-to-one fields of an organization: a list item (`compiled/organization_list.json`). */
export interface HsdsOrganizationSummary {
	id: string;
	name: string;
	description: string;
	email?: string;
	website?: string;
	stodkartan: HsdsOrganizationExtension;
}

export interface HsdsOrganization extends HsdsOrganizationSummary {
	services?: HsdsServiceSummary[];
}

/** The one-to-one fields of a service: a list item (`compiled/service_list.json`). */
export interface HsdsServiceSummary {
	id: string;
	organization_id: string;
	name: string;
	description: string;
	url?: string;
	email?: string;
	status: 'active' | 'inactive' | 'temporarily closed';
	eligibility_description?: string;
	minimum_age?: number;
	maximum_age?: number;
	assured_date: string;
	last_modified: string;
}

export interface HsdsService extends HsdsServiceSummary {
	additional_urls?: HsdsUrl[];
	phones?: HsdsPhone[];
	schedules?: HsdsSchedule[];
	service_areas: HsdsServiceArea[];
	service_at_locations?: HsdsServiceAtLocation[];
	languages?: HsdsLanguage[];
	organization: HsdsOrganizationSummary;
	contacts?: { id: string; service_id: string; email: string }[];
	attributes: HsdsAttribute[];
	stodkartan: HsdsServiceExtension;
}

/** The standard's paged list (`Page` in `schema/openapi.json`). */
export interface HsdsPage<T> {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: T[];
}
