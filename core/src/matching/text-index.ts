import type { Service } from '../catalogue/schema.js';
import { stemKey, tokenize } from '../text/normalize.js';
import { isStopword } from '../text/stopwords.js';
import { MAX_WORD_LENGTH, MAX_WORDS } from '../text/words.js';

const FIELD_BOOST = { name: 3, keywords: 2, description: 1 } as const;
const K1 = 1.2;
const B = 0.75;

interface Postings {
	documents: Int32Array;
	weights: Float32Array;
}

function fieldsOf(service: Service): { text: string; language: string; boost: number }[] {
	const fields: { text: string; language: string; boost: number }[] = [];
	for (const [language, text] of Object.entries(service.name)) {
		fields.push({ text, language, boost: FIELD_BOOST.name });
	}
	for (const [language, text] of Object.entries(service.description)) {
		fields.push({ text, language, boost: FIELD_BOOST.description });
	}
	for (const [language, words] of Object.entries(service.keywords ?? {})) {
		fields.push({ text: words.join(' '), language, boost: FIELD_BOOST.keywords });
	}
	return fields;
}

/** Words to term numbers, stemming each distinct word once; -1 for words not indexed. */
class TermTable {
	readonly keys: string[] = [];
	readonly #ids = new Map<string, number>();
	readonly #words = { sv: new Map<string, number>(), en: new Map<string, number>() };

	get size(): number {
		return this.keys.length;
	}

	idOf(word: string, language: string): number {
		const words = language === 'en' ? this.#words.en : this.#words.sv;
		let id = words.get(word);
		if (id !== undefined) return id;
		if (isStopword(word) || word.length < 2) id = -1;
		else {
			const key = stemKey(word, language);
			id = this.#ids.get(key);
			if (id === undefined) {
				id = this.keys.length;
				this.keys.push(key);
				this.#ids.set(key, id);
			}
		}
		words.set(word, id);
		return id;
	}
}

type TypedArray = Int32Array | Float32Array;

class GrowableArray<T extends TypedArray> {
	#buffer: T;
	length = 0;
	readonly #make: (size: number) => T;

	constructor(kind: { new (size: number): T }) {
		this.#make = (size) => new kind(size);
		this.#buffer = this.#make(1024);
	}

	push(value: number): void {
		if (this.length === this.#buffer.length) {
			const larger = this.#make(this.#buffer.length * 2);
			larger.set(this.#buffer);
			this.#buffer = larger;
		}
		this.#buffer[this.length++] = value;
	}

	view(): T {
		return this.#buffer.subarray(0, this.length) as T;
	}
}

/**
 * A BM25 inverted index over the services' names, keywords and descriptions (Swedish and English
 * stems, å/ä/ö folded). Built once per catalogue version; a query only reads posting lists.
 */
export class TextIndex {
	readonly #postings = new Map<string, Postings>();
	readonly #commonWordLimit: number;

	constructor(services: readonly Service[]) {
		this.#commonWordLimit = Math.max(1000, services.length / 10);
		// Two passes over flat arrays rather than a map per service: at 100,000 services the
		// allocations, not the arithmetic, are what makes building slow.
		const terms = new TermTable();
		const documentStart = new Uint32Array(services.length + 1);
		const termIds = new GrowableArray(Int32Array);
		const frequencies = new GrowableArray(Float32Array);
		const lengths = new Float32Array(services.length);
		const counts = new Float32Array(1 << 16);
		let countsSize = counts.length;
		let scratch = counts;
		const seen: number[] = [];
		services.forEach((service, document) => {
			for (const { text, language, boost } of fieldsOf(service)) {
				for (const word of tokenize(text)) {
					const term = terms.idOf(word, language);
					if (term < 0) continue;
					if (term >= countsSize) {
						const larger = new Float32Array(Math.max(term + 1, countsSize * 2));
						larger.set(scratch);
						scratch = larger;
						countsSize = larger.length;
					}
					if (scratch[term] === 0) seen.push(term);
					scratch[term] = (scratch[term] as number) + boost;
					lengths[document] = (lengths[document] as number) + boost;
				}
			}
			for (const term of seen) {
				termIds.push(term);
				frequencies.push(scratch[term] as number);
				scratch[term] = 0;
			}
			seen.length = 0;
			documentStart[document + 1] = termIds.length;
		});

		const documentFrequency = new Uint32Array(terms.size);
		const ids = termIds.view();
		const tfs = frequencies.view();
		for (const term of ids) documentFrequency[term] = (documentFrequency[term] as number) + 1;
		const postings = Array.from({ length: terms.size }, (_, term) => ({
			documents: new Int32Array(documentFrequency[term] as number),
			weights: new Float32Array(documentFrequency[term] as number)
		}));
		const filled = new Uint32Array(terms.size);
		const averageLength =
			lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, services.length);
		const idf = Float64Array.from(documentFrequency, (df) =>
			Math.log(1 + (services.length - df + 0.5) / (df + 0.5))
		);
		for (let document = 0; document < services.length; document++) {
			const norm = 1 - B + (B * (lengths[document] as number)) / (averageLength || 1);
			for (
				let i = documentStart[document] as number;
				i < (documentStart[document + 1] as number);
				i++
			) {
				const term = ids[i] as number;
				const tf = tfs[i] as number;
				const list = postings[term] as Postings;
				const at = filled[term] as number;
				list.documents[at] = document;
				list.weights[at] = ((idf[term] as number) * (tf * (K1 + 1))) / (tf + K1 * norm);
				filled[term] = at + 1;
			}
		}
		terms.keys.forEach((key, term) => this.#postings.set(key, postings[term] as Postings));
	}

	/** Whether a word (folded Swedish stem) occurs anywhere in the catalogue's texts. */
	hasWord(key: string): boolean {
		return this.#postings.has(key);
	}

	/**
	 * The distinct index keys of a query text; both stemmings, since its language is unknown. Read
	 * within the same bounds as the text reader: so many words, so many letters each.
	 */
	static queryKeys(text: string): string[] {
		const keys = new Set<string>();
		for (const whole of tokenize(text).slice(0, MAX_WORDS)) {
			const word = whole.slice(0, MAX_WORD_LENGTH);
			if (isStopword(word) || word.length < 2) continue;
			keys.add(stemKey(word, 'sv'));
			keys.add(stemKey(word, 'en'));
		}
		return [...keys];
	}

	/**
	 * Adds each document's BM25 score for the keys into `scores` (indexed by document number) and
	 * lists in `touched` the documents whose score was zero before.
	 */
	accumulate(keys: readonly string[], scores: Float32Array, touched: number[]): void {
		for (const key of keys) {
			const postings = this.#postings.get(key);
			// A word in most services says little (low idf) and would cost a pass over all of them.
			if (!postings || postings.documents.length > this.#commonWordLimit) continue;
			const { documents, weights } = postings;
			for (let i = 0; i < documents.length; i++) {
				const document = documents[i] as number;
				if (scores[document] === 0) touched.push(document);
				scores[document] = (scores[document] as number) + (weights[i] as number);
			}
		}
	}
}
