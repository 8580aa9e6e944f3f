import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataCatalogue } from '@stodkartan/api';
import {
	hsdsContext,
	needTermSources,
	type Catalogue,
	type HsdsContext,
	type NeedCode
} from '@stodkartan/core';
import { HsdsSchemas } from '@stodkartan/seed';
import { DATA, ROOT, testGeography, testVocabulary } from './domain.js';

export const HSDS_STANDARD = path.join(ROOT, 'standards', 'hsds-3.1');

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

export function testHsdsContext(modifiedAt = '2026-11-30T12:00:00.000Z'): HsdsContext {
	return hsdsContext({
		regions: testGeography(),
		needs: needTermSources(needLabels(), testVocabulary()),
		modifiedAt
	});
}

/** The real catalogue of `data/`, validated. */
export async function dataCatalogue(): Promise<Catalogue> {
	const loaded = await loadDataCatalogue(DATA, testGeography());
	if (!loaded.ok) throw new Error('data/ is not valid');
	return loaded.catalogue;
}

/** An official example of the HSDS specification (`standards/hsds-3.1/examples`). */
export function hsdsExample(name: string): Record<string, unknown> {
	return JSON.parse(readFileSync(path.join(HSDS_STANDARD, 'examples', name), 'utf8')) as Record<
		string,
		unknown
	>;
}
