import { z } from 'zod';
import { genderSchema, needCodeSchema, type Gender, type NeedCode } from '@stodkartan/core';

/**
 * The labelled text set (format and labelling guide in test/texts/LABELLING.md) and its scores:
 * how well the text reader reads needs, who is asking, the person's gender and danger now.
 */

export const ASKERS = ['self', 'friend', 'parent', 'professional'] as const;
export type Asker = (typeof ASKERS)[number];

export const labelledTextSchema = z.object({
	id: z.string().min(1),
	text: z.string().min(1).max(2000),
	lang: z.enum(['sv', 'en']),
	register: z.string().min(1),
	labels: z.object({
		needs: z.array(needCodeSchema),
		asker: z.enum(ASKERS),
		gender: genderSchema.nullable(),
		dangerNow: z.boolean()
	}),
	tags: z.array(z.string()).optional()
});
export type LabelledText = z.infer<typeof labelledTextSchema>;

export const textFileSchema = z.object({
	note: z.string().optional(),
	texts: z.array(labelledTextSchema).min(1)
});

/** What the reader made of one text, in the labels' terms. */
export interface Reading {
	needs: NeedCode[];
	asker: Asker;
	gender: Gender | null;
	dangerNow: boolean;
}

/** How strongly the reader must point to a need for it to count as read (as reasons do). */
export const NEED_THRESHOLD = 0.5;

/** The interpretation's fields the scores read; a missing asker means the young person. */
export function readingOf(interpretation: {
	asker: { seeker: Asker | null };
	person?: { gender: { value: Gender } | null };
	needs: readonly { code: NeedCode; weight: number; source: string }[];
	signals: readonly string[];
}): Reading {
	return {
		needs: interpretation.needs
			.filter(({ weight, source }) => weight >= NEED_THRESHOLD && source !== 'request')
			.map(({ code }) => code),
		asker: interpretation.asker.seeker ?? 'self',
		gender: interpretation.person?.gender?.value ?? null,
		dangerNow: interpretation.signals.includes('danger-now')
	};
}

export interface Scores {
	texts: number;
	needRecall: number;
	needPrecision: number;
	askerAccuracy: number;
	genderAccuracy: number;
	dangerAccuracy: number;
	/** Texts labelled dangerNow that were read so (an emergency missed is the costly error). */
	dangerRecall: number;
}

export interface TextOutcome {
	item: LabelledText;
	reading: Reading;
	missed: NeedCode[];
	extra: NeedCode[];
}

export function compare(item: LabelledText, reading: Reading): TextOutcome {
	const wanted = new Set(item.labels.needs);
	const read = new Set(reading.needs);
	return {
		item,
		reading,
		missed: [...wanted].filter((code) => !read.has(code)),
		extra: [...read].filter((code) => !wanted.has(code))
	};
}

/** Micro-averaged need recall and precision (over all labels), and accuracies per text. */
export function score(outcomes: readonly TextOutcome[]): Scores {
	let labelled = 0;
	let read = 0;
	let right = 0;
	let asker = 0;
	let gender = 0;
	let danger = 0;
	let dangerLabelled = 0;
	let dangerFound = 0;
	for (const { item, reading, missed } of outcomes) {
		labelled += item.labels.needs.length;
		read += reading.needs.length;
		right += item.labels.needs.length - missed.length;
		if (reading.asker === item.labels.asker) asker++;
		if (reading.gender === item.labels.gender) gender++;
		if (reading.dangerNow === item.labels.dangerNow) danger++;
		if (item.labels.dangerNow) {
			dangerLabelled++;
			if (reading.dangerNow) dangerFound++;
		}
	}
	const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
	const n = outcomes.length;
	return {
		texts: n,
		needRecall: ratio(right, labelled),
		needPrecision: ratio(right, read),
		askerAccuracy: ratio(asker, n),
		genderAccuracy: ratio(gender, n),
		dangerAccuracy: ratio(danger, n),
		dangerRecall: ratio(dangerFound, dangerLabelled)
	};
}

/** Scores per group (register, language, each tag), for where the reader is weak. */
export function scoreBy(
	outcomes: readonly TextOutcome[],
	groupsOf: (item: LabelledText) => string[]
): Map<string, Scores> {
	const groups = new Map<string, TextOutcome[]>();
	for (const outcome of outcomes) {
		for (const group of groupsOf(outcome.item)) {
			groups.set(group, [...(groups.get(group) ?? []), outcome]);
		}
	}
	return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([g, o]) => [g, score(o)]));
}

export function formatScores(scores: Scores): string {
	const f = (value: number) => value.toFixed(3);
	return `texts ${scores.texts}  need recall ${f(scores.needRecall)}  precision ${f(scores.needPrecision)}  asker ${f(scores.askerAccuracy)}  gender ${f(scores.genderAccuracy)}  danger-now ${f(scores.dangerAccuracy)} (recall ${f(scores.dangerRecall)})`;
}
