import Fuse from 'fuse.js';

/**
 * The longest place key searched, in characters. Fuse's bitap matcher works on up to 32
 * characters at once and splits longer patterns; the longest Swedish place name is 23
 * ("skinnskattebergs kommun"), so nothing real is cut, and 80 random letters cost what 32 do.
 */
export const MAX_PLACE_KEY = 32;

/** Fuse's threshold: a name matches when at most this share of the typed key is wrong. */
const THRESHOLD = 0.3;

/**
 * Fuzzy search over place names with bounded work. Fuse alone compared the typed key with every
 * one of about 2,000 names (80 random letters took 40 ms and more); here an index of letter
 * pairs first picks the names that could match at all, and Fuse ranks only those.
 *
 * The pick loses nothing Fuse would find. Fuse matches when some part of a name is within
 * `THRESHOLD × m` edits of the key (m letters, location ignored). Each edit touches at most two
 * of the key's m − 1 letter pairs, so such a name holds at least m − 1 − 2k of the key's pairs,
 * counted by their positions in the key (the q-gram lemma).
 */
export class PlaceNameSearch {
	readonly #names: readonly string[];
	readonly #pairs: ReadonlyMap<string, Uint32Array>;
	readonly #counts: Uint16Array;

	constructor(names: readonly string[]) {
		this.#names = names;
		const postings = new Map<string, number[]>();
		names.forEach((name, position) => {
			for (const pair of new Set(pairsOf(name))) {
				const list = postings.get(pair) ?? [];
				list.push(position);
				postings.set(pair, list);
			}
		});
		this.#pairs = new Map([...postings].map(([pair, list]) => [pair, Uint32Array.from(list)]));
		this.#counts = new Uint16Array(names.length);
	}

	/** Names that may mean `key` (already folded and at most MAX_PLACE_KEY long), best first. */
	search(key: string, limit: number): { name: string; score: number }[] {
		const candidates = this.#candidates(key);
		if (candidates.length === 0) return [];
		const fuse = new Fuse(candidates, {
			threshold: THRESHOLD,
			includeScore: true,
			ignoreLocation: true,
			minMatchCharLength: 2
		});
		return fuse.search(key, { limit }).map((hit) => ({ name: hit.item, score: hit.score ?? 1 }));
	}

	/** The names holding enough of the key's letter pairs, in their original order. */
	#candidates(key: string): string[] {
		const pairs = pairsOf(key);
		const needed = Math.max(1, pairs.length - 2 * Math.floor(THRESHOLD * key.length));
		const weight = new Map<string, number>();
		for (const pair of pairs) weight.set(pair, (weight.get(pair) ?? 0) + 1);
		const counts = this.#counts;
		const touched: number[] = [];
		for (const [pair, times] of weight) {
			for (const position of this.#pairs.get(pair) ?? []) {
				if (counts[position] === 0) touched.push(position);
				counts[position] = (counts[position] as number) + times;
			}
		}
		touched.sort((a, b) => a - b);
		const found: string[] = [];
		for (const position of touched) {
			if ((counts[position] as number) >= needed) found.push(this.#names[position] as string);
			counts[position] = 0;
		}
		return found;
	}
}

function pairsOf(text: string): string[] {
	const pairs: string[] = [];
	for (let i = 0; i + 1 < text.length; i++) pairs.push(text.slice(i, i + 2));
	return pairs;
}
