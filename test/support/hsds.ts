import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataCatalogue } from '@stodkartan/api';
import {
	hsdsContext,
	needTermSources,
	type Catalogue,
	type HsdsContext,
	type NeedCode,
	type Service,
	toPublicService
} from '@stodkartan/core';
import { HsdsSchemas } from '@stodkartan/seed';
import { DATA, ROOT, testGeography, testVocabulary } from './domain.js';

export const HSDS_STANDARD = path.join(ROOT, 'data', 'standards', 'hsds-3.1');

let schemas: HsdsSchemas | undefined;

/** The official HSDS 3.1 schemas (the project's copy), compiled once per test file. */
export function hsdsSchemas(): HsdsSchemas {
	schemas ??= new HsdsSchemas(HSDS_STANDARD);
	return schemas;
}

/** The contract's need labels (`data/needs.json`). */
export function needLabels(): Map<NeedCode, { sv: string; en: string }> {
	const file = JSON.parse(readFileSync(path.join(DATA, 'needs.json'), 'utf8')) as {
		needs: { code: NeedCode; label: { sv: string; en: string } }[];
	};
	return new Map(file.needs.map((need) => [need.code, need.label]));
}

/** The day the tests show services on (confidence turns low five years after the sources). */
export const HSDS_TEST_DAY = '2026-11-30';

export function testHsdsContext(modifiedAt = '2026-11-30T12:00:00.000Z'): HsdsContext {
	return hsdsContext({
		regions: testGeography(),
		needs: needTermSources(needLabels(), testVocabulary()),
		modifiedAt,
		today: HSDS_TEST_DAY
	});
}

/** The real catalogue of `data/`, validated. */
export async function dataCatalogue(): Promise<Catalogue> {
	const loaded = await loadDataCatalogue(DATA, testGeography());
	if (!loaded.ok) throw new Error('data/ is not valid');
	return loaded.catalogue;
}

/** An official example of the HSDS specification (`data/standards/hsds-3.1/examples`). */
export function hsdsExample(name: string): Record<string, unknown> {
	return JSON.parse(readFileSync(path.join(HSDS_STANDARD, 'examples', name), 'utf8')) as Record<
		string,
		unknown
	>;
}

/**
 * A service as the public may see it on `today`, in the contract's shape: protected locations
 * removed and the confidence that holds that day, as every answer (and so every export) shows it.
 */
export function publicOnly(service: Service, today: string): Service {
	const {
		organization: _organization,
		locations,
		...rest
	} = toPublicService(service, undefined, today);
	const kept = (locations ?? []).filter((place) => place.lat !== undefined);
	return { ...rest, ...(kept.length > 0 ? { locations: kept } : {}) } as Service;
}

/** A record without Stödkartan's extension: as another publisher's tool would write it. */
export function standardOnly<T>(value: T): T {
	if (Array.isArray(value)) return value.map(standardOnly) as T;
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([key]) => key !== 'stodkartan')
				.map(([key, item]) => [key, standardOnly(item)])
		) as T;
	}
	return value;
}
