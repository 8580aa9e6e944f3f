import { createHash } from 'node:crypto';
import type { AuditEntry } from '@stodkartan/core';
import type { AuditDraft } from './curation-repository.js';

/** The hash before the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Numbers an audit entry and chains it to the one before: its hash covers the previous hash
 * and its own content, so editing an old entry breaks every hash after it.
 */
export function chainEntry(draft: AuditDraft, seq: number, prevHash: string): AuditEntry {
	const content = { seq, ...draft, prevHash };
	const hash = createHash('sha256').update(prevHash).update(JSON.stringify(content)).digest('hex');
	return { ...content, hash };
}

/** The sequence numbers where the chain is broken, oldest first (entries in any order). */
export function brokenLinks(entries: readonly AuditEntry[]): number[] {
	const sorted = [...entries].sort((a, b) => a.seq - b.seq);
	const broken: number[] = [];
	sorted.forEach((entry, index) => {
		const { hash, seq, prevHash, ...draft } = entry;
		const previous = sorted[index - 1];
		const expectedPrev = previous ? previous.hash : entry.seq === 1 ? GENESIS_HASH : prevHash;
		const recomputed = chainEntry(draft, seq, prevHash).hash;
		if (prevHash !== expectedPrev || recomputed !== hash) broken.push(seq);
	});
	return broken;
}
