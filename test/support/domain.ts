import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
	centroidsFromGeojson,
	Geography,
	NeedVocabulary,
	parseGeographyFiles,
	vocabularySchema,
	type Catalogue,
	type Organization,
	type Service
} from '@stodkartan/core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA = path.join(ROOT, 'data');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

let geography: Geography | undefined;
let vocabulary: NeedVocabulary | undefined;

/** The real SCB geography of `data/geo`, read once per test file. */
export function testGeography(): Geography {
	const read = (file: string) => readFileSync(path.join(DATA, 'geo', file), 'utf8');
	geography ??= new Geography(
		parseGeographyFiles({
			countiesCsv: read('counties.csv'),
			municipalitiesCsv: read('municipality_county.csv'),
			postalCodesCsv: read('postal_to_municipality.csv'),
			municipalityCentroids: centroidsFromGeojson(JSON.parse(read('municipalities.geojson')))
		})
	);
	return geography;
}

/** The real needs vocabulary of `data/`. */
export function testVocabulary(): NeedVocabulary {
	vocabulary ??= new NeedVocabulary(
		vocabularySchema.parse(
			JSON.parse(readFileSync(path.join(DATA, 'needs-vocabulary.json'), 'utf8'))
		)
	);
	return vocabulary;
}

let counter = 0;

/** A valid service; each test states the fields it is about. */
export function buildService(overrides: Partial<Service> = {}): Service {
	counter += 1;
	return {
		id: `service-${counter}`,
		organizationId: 'org',
		name: { sv: `Tjänst ${counter}`, en: `Service ${counter}` },
		description: { sv: 'En tjänst för barn och unga.' },
		needs: ['someone-to-talk-to'],
		eligibility: {},
		serviceArea: { scope: 'national' },
		contacts: [{ channel: 'phone', value: '020-00 00 00' }],
		status: 'active',
		lastVerified: '2026-01-15',
		sources: ['https://example.org'],
		...overrides
	};
}

export function buildOrganization(overrides: Partial<Organization> = {}): Organization {
	return { id: 'org', name: 'Organisationen', type: 'nonprofit', ...overrides };
}

export function buildCatalogue(
	services: Service[],
	organizations: Organization[] = [buildOrganization()]
): Catalogue {
	return { schemaVersion: '1.0', organizations, services };
}

export function fixtureCatalogue(): Catalogue {
	return JSON.parse(
		readFileSync(path.join(FIXTURES, 'fixture-catalogue.json'), 'utf8')
	) as Catalogue;
}
