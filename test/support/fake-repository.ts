import {
	catalogueHash,
	type CatalogueRepository,
	type CatalogueRevision,
	type CurationRepository
} from '@stodkartan/api';
import type { Catalogue, Organization, Service } from '@stodkartan/core';

/**
 * A store in memory whose content a test can damage behind its revision's back, as a flipped
 * byte on disk or a hand-edited MongoDB collection would.
 */
export class FakeRepository implements CatalogueRepository {
	readonly kind = 'mongodb';
	revisionRecord: CatalogueRevision | null = null;
	services: Service[] = [];
	organizations: Organization[] = [];
	/** A store curation never touched: imports replace it whole; their audit entries go nowhere. */
	readonly curation = {
		isCurated: async () => false,
		appendAudit: async () => {}
	} as unknown as CurationRepository;
	/** Makes reading fail, as a store that cannot decode its records does. */
	failReading: 'revision' | 'records' | undefined;

	/** Holds this catalogue under its true revision (as a healthy store would). */
	hold(catalogue: Catalogue, source = 'test.json'): CatalogueRevision {
		this.services = structuredClone(catalogue.services);
		this.organizations = structuredClone(catalogue.organizations);
		this.revisionRecord = {
			id: catalogueHash(catalogue),
			loadedAt: new Date().toISOString(),
			services: catalogue.services.length,
			organizations: catalogue.organizations.length,
			source
		};
		return this.revisionRecord;
	}

	async replaceCatalogue(catalogue: Catalogue, source: string, options: { force?: boolean } = {}) {
		const id = catalogueHash(catalogue);
		if (this.revisionRecord?.id === id && !options.force) {
			return { revision: this.revisionRecord, changed: false };
		}
		return { revision: this.hold(catalogue, source), changed: true };
	}

	async revision() {
		if (this.failReading === 'revision') throw new Error('cannot decode');
		return this.revisionRecord;
	}

	async allServices() {
		if (this.failReading === 'records') throw new Error('cannot decode');
		return structuredClone(this.services);
	}

	async allOrganizations() {
		if (this.failReading === 'records') throw new Error('cannot decode');
		return structuredClone(this.organizations);
	}

	async contentHash() {
		const services = await this.allServices();
		const organizations = await this.allOrganizations();
		return {
			hash: catalogueHash({ schemaVersion: '1.0', services, organizations }),
			services: services.length,
			organizations: organizations.length
		};
	}

	async findServiceById(id: string) {
		return this.services.find((service) => service.id === id) ?? null;
	}

	async findServicesByIds(ids: readonly string[]) {
		return ids.flatMap((id) => this.services.find((service) => service.id === id) ?? []);
	}

	async close() {}
}
