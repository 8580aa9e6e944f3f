import { toPublicService } from '../catalogue/public-service.js';
import type { Organization, Service } from '../catalogue/schema.js';
import { fold, tokenize } from '../text/normalize.js';
import { hsdsId } from './ids.js';
import {
	hsdsTaxonomy,
	HSDS_TAXONOMY_KINDS,
	taxonomyKindOf,
	termCodeOf,
	type HsdsTaxonomyKind
} from './taxonomies.js';
import {
	toHsdsOrganization,
	toHsdsOrganizationSummary,
	toHsdsService,
	toHsdsServiceAtLocations,
	toHsdsServiceSummary,
	serviceAtLocationId,
	type HsdsContext
} from './to-hsds.js';
import type {
	HsdsOrganization,
	HsdsOrganizationSummary,
	HsdsPage,
	HsdsService,
	HsdsServiceAtLocation,
	HsdsServiceSummary,
	HsdsTaxonomy,
	HsdsTaxonomyTerm
} from './types.js';

/** The filters of the HSDS API description that the directory answers. */
export interface HsdsFilter {
	/** Full-text search: every word must occur (case, å/ä/ö and accents folded). */
	search?: string;
	taxonomyTermId?: string;
	taxonomyId?: string;
	organizationId?: string;
	modifiedAfter?: Date;
}

/** A public place of a service: the service and the place's position among its public ones. */
export interface HsdsPlace {
	id: string;
	service: Service;
	index: number;
}

interface Row {
	service: Service;
	organization: Organization;
	uuid: string;
	organizationUuid: string;
	/** Folded words of the names, descriptions and keywords, joined for substring search. */
	text: string;
	/** Our codes per taxonomy: needs, role, audience. */
	codes: Readonly<Record<HsdsTaxonomyKind, readonly string[]>>;
}

const searchText = (parts: readonly (string | undefined)[]) =>
	` ${fold(tokenize(parts.filter(Boolean).join(' ')).join(' '))} `;

function matchesSearch(text: string, search: string | undefined): boolean {
	if (search === undefined) return true;
	const words = tokenize(search).map(fold);
	return words.every((word) => text.includes(` ${word}`));
}

/** One page of a list in the standard's paged shape. */
export function hsdsPage<T>(items: readonly T[], page: number, perPage: number): HsdsPage<T> {
	const totalPages = Math.ceil(items.length / perPage);
	const contents = items.slice((page - 1) * perPage, page * perPage);
	return {
		total_items: items.length,
		total_pages: totalPages,
		page_number: page,
		size: contents.length,
		first_page: page === 1,
		last_page: page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}

/**
 * The catalogue as the HSDS API reads it: services (in the order of their Swedish names),
 * organizations, taxonomies and terms, by UUID and filtered. Records are mapped when asked for,
 * so a directory costs little more than the rows it filters on.
 */
export class HsdsDirectory {
	readonly #rows: Row[];
	readonly #byUuid: Map<string, Row>;
	readonly #byOrganization = new Map<string, Row[]>();
	readonly #organizations: { organization: Organization; uuid: string; text: string }[];
	readonly #organizationsByUuid: Map<string, Organization>;
	#places: Map<string, HsdsPlace> | undefined;
	readonly #context: HsdsContext;

	constructor(
		catalogue: { services: readonly Service[]; organizations: readonly Organization[] },
		context: HsdsContext
	) {
		this.#context = context;
		const organizations = new Map(catalogue.organizations.map((o) => [o.id, o]));
		this.#organizations = [...catalogue.organizations]
			.sort((a, b) => a.name.localeCompare(b.name, 'sv') || compareIds(a.id, b.id))
			.map((organization) => ({
				organization,
				uuid: hsdsId('organization', organization.id),
				text: searchText([organization.name, ...Object.values(organization.description ?? {})])
			}));
		this.#organizationsByUuid = new Map(this.#organizations.map((o) => [o.uuid, o.organization]));
		this.#rows = [...catalogue.services]
			.sort((a, b) => a.name.sv.localeCompare(b.name.sv, 'sv') || compareIds(a.id, b.id))
			.flatMap((service) => {
				const organization = organizations.get(service.organizationId);
				if (!organization) return [];
				return [
					{
						service,
						organization,
						uuid: hsdsId('service', service.id),
						organizationUuid: hsdsId('organization', organization.id),
						text: searchText([
							...Object.values(service.name),
							...Object.values(service.description),
							...Object.values(service.keywords ?? {}).flat(),
							organization.name
						]),
						codes: {
							need: service.needs,
							role: service.role ? [service.role] : [],
							audience: service.audience ?? []
						}
					}
				];
			});
		this.#byUuid = new Map(this.#rows.map((row) => [row.uuid, row]));
		for (const row of this.#rows) {
			const rows = this.#byOrganization.get(row.organization.id) ?? [];
			rows.push(row);
			this.#byOrganization.set(row.organization.id, rows);
		}
	}

	#matches(row: Row, filter: HsdsFilter): boolean {
		if (filter.organizationId !== undefined && row.organizationUuid !== filter.organizationId) {
			return false;
		}
		if (filter.modifiedAfter && new Date(this.#context.modifiedAt) < filter.modifiedAfter) {
			return false;
		}
		if (filter.taxonomyTermId !== undefined) {
			const term = termCodeOf(filter.taxonomyTermId);
			if (!term || !row.codes[term.kind].includes(term.code)) return false;
		}
		if (filter.taxonomyId !== undefined) {
			const kind = taxonomyKindOf(filter.taxonomyId);
			if (!kind || row.codes[kind].length === 0) return false;
		}
		return matchesSearch(row.text, filter.search);
	}

	/**
	 * The services that pass the filter, in name order. Only active services by default: a reader
	 * that ignores `status` must not offer a child a closed service. A service of any status is
	 * still answered by its id, so a reader learns that one it holds has closed.
	 */
	services(filter: HsdsFilter, options: { includeInactive?: boolean } = {}): Service[] {
		return this.#rows
			.filter(
				(row) =>
					(options.includeInactive || row.service.status === 'active') && this.#matches(row, filter)
			)
			.map((row) => row.service);
	}

	toService(service: Service): HsdsService {
		const organization = this.#organizationFor(service);
		return toHsdsService(service, organization, this.#context);
	}

	toServiceSummary(service: Service): HsdsServiceSummary {
		return toHsdsServiceSummary(this.toService(service));
	}

	#organizationFor(service: Service): Organization {
		const row = this.#byUuid.get(hsdsId('service', service.id));
		if (!row) throw new Error(`The service ${service.id} has no organization`);
		return row.organization;
	}

	service(uuid: string): HsdsService | undefined {
		const row = this.#byUuid.get(uuid);
		return row && toHsdsService(row.service, row.organization, this.#context);
	}

	/** Organizations in name order; a term or taxonomy filter keeps those with such an active service. */
	organizations(filter: HsdsFilter): HsdsOrganizationSummary[] {
		const serviceFilter = { ...filter, search: undefined };
		const withServices =
			filter.taxonomyTermId !== undefined || filter.taxonomyId !== undefined
				? new Set(this.services(serviceFilter).map((service) => service.organizationId))
				: undefined;
		return this.#organizations
			.filter(
				({ organization, text }) =>
					(!withServices || withServices.has(organization.id)) && matchesSearch(text, filter.search)
			)
			.map(({ organization }) => toHsdsOrganizationSummary(organization));
	}

	organization(uuid: string): HsdsOrganization | undefined {
		const organization = this.#organizationsByUuid.get(uuid);
		if (!organization) return undefined;
		const services = (this.#byOrganization.get(organization.id) ?? [])
			.filter((row) => row.service.status === 'active')
			.map((row) => toHsdsServiceSummary(toHsdsService(row.service, organization, this.#context)));
		return toHsdsOrganization(organization, services);
	}

	/**
	 * Every public place an active service that passes the filter is offered at, in service
	 * order, as references: only the ones a page shows are mapped (`toServiceAtLocation`).
	 */
	serviceAtLocations(filter: HsdsFilter): HsdsPlace[] {
		return this.services(filter).flatMap((service) => this.#placesOf(service));
	}

	#placesOf(service: Service): HsdsPlace[] {
		if (!service.locations || service.locations.length === 0) return [];
		const count = toPublicService(service, undefined, this.#context.today).locations?.length ?? 0;
		return Array.from({ length: count }, (_, index) => ({
			id: serviceAtLocationId(service.id, index),
			service,
			index
		}));
	}

	toServiceAtLocation(place: HsdsPlace): HsdsServiceAtLocation & { service: HsdsServiceSummary } {
		const entry = toHsdsServiceAtLocations(this.toService(place.service))[place.index];
		if (!entry) throw new Error(`No place ${place.index} of the service ${place.service.id}`);
		return entry;
	}

	serviceAtLocation(
		uuid: string
	): (HsdsServiceAtLocation & { service: HsdsServiceSummary }) | undefined {
		if (!this.#places) {
			this.#places = new Map(
				this.#rows.flatMap((row) => this.#placesOf(row.service).map((place) => [place.id, place]))
			);
		}
		const place = this.#places.get(uuid);
		return place && this.toServiceAtLocation(place);
	}

	taxonomies(search?: string): HsdsTaxonomy[] {
		return HSDS_TAXONOMY_KINDS.map(hsdsTaxonomy).filter((taxonomy) =>
			matchesSearch(searchText([taxonomy.name, taxonomy.description]), search)
		);
	}

	taxonomy(uuid: string): HsdsTaxonomy | undefined {
		return this.taxonomies().find((taxonomy) => taxonomy.id === uuid);
	}

	terms(filter: { search?: string; taxonomyId?: string }): HsdsTaxonomyTerm[] {
		return [...this.#context.terms.values()].filter(
			(term) =>
				(filter.taxonomyId === undefined || term.taxonomy_id === filter.taxonomyId) &&
				matchesSearch(
					searchText([
						term.code,
						...Object.values(term.stodkartan.name),
						...Object.values(term.stodkartan.description)
					]),
					filter.search
				)
		);
	}

	term(uuid: string): HsdsTaxonomyTerm | undefined {
		return this.#context.terms.get(uuid);
	}
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
