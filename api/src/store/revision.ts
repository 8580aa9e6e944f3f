import { createHash } from 'node:crypto';
import type { Catalogue } from '@stodkartan/core';

/** A content hash of a catalogue: key order and array order of services do not matter. */
export function catalogueHash(catalogue: Catalogue): string {
	const hash = createHash('sha256');
	const byId = <T extends { id: string }>(items: readonly T[]) =>
		[...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const organization of byId(catalogue.organizations)) {
		hash.update(stableJson(organization)).update('\n');
	}
	hash.update('--\n');
	for (const service of byId(catalogue.services)) hash.update(stableJson(service)).update('\n');
	return hash.digest('hex').slice(0, 32);
}

function stableJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, item]) => item !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}
