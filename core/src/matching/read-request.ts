import type { Gender } from '../catalogue/schema.js';
import type { NeedCode } from '../needs/codes.js';
import type { NeedVocabulary } from '../needs/need-vocabulary.js';
import type { TextUnderstanding, UnderstoodWords } from '../needs/understand-text.js';
import type { Signal } from '../needs/vocabulary.js';
import type { MatchRequest, Seeker } from './request.js';

export type NeedSource = 'request' | 'text' | 'signal';
export type Source = 'request' | 'text';

/** Something about the person, and whether the request said it or the text did. */
export interface Stated<T> {
	value: T;
	source: Source;
	/** The words of the text that said it. */
	words?: string;
}

/** A request read: its needs, signals, who is asking and what is known of the person. */
export interface ReadRequest {
	needs: Map<NeedCode, number>;
	sources: Map<NeedCode, NeedSource>;
	signals: Set<Signal>;
	understood: UnderstoodWords[];
	asker: Stated<Seeker> | undefined;
	age: Stated<number> | undefined;
	gender: Stated<Gender> | undefined;
}

const NOTHING_READ: TextUnderstanding = { needs: new Map(), signals: new Set(), understood: [] };

/**
 * Reads a request: the needs asked for, read from its text and implied by signals ("it just
 * happened"); who is asking and the person's age and gender, as the request says or, when it
 * does not, as the text says outright ("jag är kille", "min dotter på 13"). What the request
 * says always wins over the text.
 */
export function readRequest(
	request: MatchRequest,
	vocabulary: NeedVocabulary,
	isKnownWord: (word: string) => boolean
): ReadRequest {
	const needs = new Map<NeedCode, number>();
	const sources = new Map<NeedCode, NeedSource>();
	for (const code of request.needs ?? []) {
		needs.set(code, 1);
		sources.set(code, 'request');
	}
	const text = request.text
		? vocabulary.understander.understand(request.text, isKnownWord, {
				...(request.seeker ? { asker: request.seeker } : {}),
				...(request.age !== undefined ? { age: request.age } : {})
			})
		: NOTHING_READ;
	// What the person said was not meant (request.ignore) is not read at all.
	const ignore = request.ignore;
	const signals = new Set([...text.signals].filter((signal) => !ignore?.signals?.includes(signal)));
	const fromText = <T>(kind: 'asker' | 'age' | 'gender', read: T | undefined) =>
		ignore?.stated?.includes(kind) ? undefined : read;
	for (const [code, weight] of text.needs) {
		if (ignore?.needs?.includes(code)) continue;
		if (weight > (needs.get(code) ?? 0)) {
			needs.set(code, weight);
			sources.set(code, 'text');
		}
	}
	const before = new Map(needs);
	vocabulary.addSignalNeeds(needs, signals);
	for (const [code, weight] of needs) if (weight !== before.get(code)) sources.set(code, 'signal');
	const stated = <T>(given: T | undefined, read: { value: T; words: string } | undefined) =>
		given !== undefined
			? { value: given, source: 'request' as const }
			: read
				? { value: read.value, source: 'text' as const, words: read.words }
				: undefined;
	return {
		needs,
		sources,
		signals,
		understood: text.understood,
		asker: stated<Seeker>(request.seeker, fromText('asker', text.asker)),
		age: stated(request.age, fromText('age', text.age)),
		gender: stated(request.gender, fromText('gender', text.gender))
	};
}
