import type { Seeker } from '../matching/request.js';
import type { NeedCode } from './codes.js';
import { TextUnderstander } from './understand-text.js';
import type { NeedEntry, Signal, VocabularyFile } from './vocabulary.js';

export type UiLanguage = 'sv' | 'en';

/** The needs vocabulary of `data/`: wording, relations between needs, and text understanding. */
export class NeedVocabulary {
	readonly file: VocabularyFile;
	readonly understander: TextUnderstander;

	constructor(file: VocabularyFile) {
		this.file = file;
		this.understander = new TextUnderstander(file);
	}

	entry(code: NeedCode): NeedEntry {
		return this.file.needs[code];
	}

	label(code: NeedCode, language: UiLanguage): string {
		const { label } = this.file.needs[code];
		return label[language] ?? label.sv;
	}

	readonly #inSentence = new Map<string, string>();

	/** The label as it reads inside a sentence ("våldtäkt"), made once per need and language. */
	labelInSentence(code: NeedCode, language: UiLanguage): string {
		const key = `${language}:${code}`;
		let label = this.#inSentence.get(key);
		if (label === undefined) {
			label = this.label(code, language).toLocaleLowerCase(language);
			this.#inSentence.set(key, label);
		}
		return label;
	}

	/** Adds the needs that signals imply ("it just happened" → medical care) to `needs`. */
	addSignalNeeds(needs: Map<NeedCode, number>, signals: ReadonlySet<Signal>): void {
		for (const signal of signals) {
			const { impliesNeeds, whenNeeds } = this.file.signals[signal];
			if (whenNeeds && !whenNeeds.some((code) => (needs.get(code) ?? 0) >= 0.5)) continue;
			for (const [code, weight] of Object.entries(impliesNeeds) as [NeedCode, number][]) {
				if (weight > (needs.get(code) ?? 0)) needs.set(code, weight);
			}
		}
	}

	/**
	 * Needs that usually come with the given ones, for a child of this age, and with who is asking
	 * (a parent → parent support); never one already asked for.
	 */
	relatedNeeds(
		needs: ReadonlyMap<NeedCode, number>,
		age: number | undefined,
		asking: Seeker | undefined
	): Map<NeedCode, number> {
		const related = new Map<NeedCode, number>();
		for (const [code, weight] of Object.entries(
			this.file.askers[asking ?? 'self'].impliesNeeds
		) as [NeedCode, number][]) {
			if (!needs.has(code)) related.set(code, weight);
		}
		// A friend asks for a young person: what helps a young person helps them.
		const asker = asking === 'friend' ? 'self' : (asking ?? 'self');
		for (const [code, weight] of needs) {
			for (const relation of this.file.needs[code].related) {
				if (needs.has(relation.need)) continue;
				if (age !== undefined && relation.minAge !== undefined && age < relation.minAge) continue;
				if (age !== undefined && relation.maxAge !== undefined && age > relation.maxAge) continue;
				if (relation.askers && !relation.askers.includes(asker)) continue;
				const strength = weight * relation.weight;
				if (strength > (related.get(relation.need) ?? 0)) related.set(relation.need, strength);
			}
		}
		return related;
	}
}
