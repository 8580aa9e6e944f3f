import type { TextWord } from './words.js';

/**
 * When a text places what it tells, read as a small grammar rather than a list of phrases: a
 * weekday said as past ("i lördags", "last Saturday", "on Saturday night … it's Monday now"), a
 * count of days, nights, weeks, months or years ago ("för tre dagar sedan", "two nights ago", "a
 * couple of days ago"), the day before yesterday ("i förrgår"), the night before a day ("natten
 * till söndag"), and what is still to come ("på lördag", "next week", "tomorrow"). Each clause
 * that holds one gets a reading: in the last days (about a week and a half: acute care can still
 * secure evidence), longer ago, or later.
 */

export type TimeReading = 'recent' | 'long-ago' | 'later' | 'now';

/** A time of day: "1am", "11pm". */
const CLOCK = /^\d{1,2}(am|pm)$/;

/** Days ago that still count as "the last days". */
const RECENT_DAYS = 10;

const WEEKDAYS_SV = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Short forms, read as a day only before a part of the day ("Sat night"): "sat" is also a verb. */
const WEEKDAY_SHORT = new Set([
	'mon',
	'tue',
	'tues',
	'wed',
	'thu',
	'thur',
	'thurs',
	'fri',
	'sat',
	'sun'
]);
const DAY_PARTS = new Set(['night', 'evening', 'morning', 'afternoon', 'natt', 'kväll', 'morgon']);

/** "i lördags", "i söndags": the Swedish past form of a weekday. */
const PAST_WEEKDAY_SV = new Set(WEEKDAYS_SV.map((day) => `${day}s`));
/** "lördagsnatten", "fredagskvällen": a weekday and a part of the day in one word. */
function isWeekdayCompound(word: string): boolean {
	return WEEKDAYS_SV.some(
		(day) =>
			word.startsWith(`${day}s`) &&
			['natt', 'kväll', 'morgon'].some((part) => word.includes(part, day.length + 1))
	);
}

/** A weekday as written: "monday", "måndag", "måndagen", "måndags". */
const WEEKDAY_FORMS = new Set([
	...WEEKDAYS_EN,
	...WEEKDAYS_SV.flatMap((day) => [day, `${day}en`, `${day}s`])
]);

function isWeekday(word: string, next: string): boolean {
	return WEEKDAY_FORMS.has(word) || (WEEKDAY_SHORT.has(word) && DAY_PARTS.has(next));
}

const NUMBERS: Record<string, number> = {
	en: 1,
	ett: 1,
	a: 1,
	an: 1,
	one: 1,
	två: 2,
	tva: 2,
	two: 2,
	par: 2,
	couple: 2,
	tre: 3,
	three: 3,
	några: 3,
	nagra: 3,
	few: 3,
	fyra: 4,
	four: 4,
	fem: 5,
	five: 5,
	sex: 6,
	six: 6,
	sju: 7,
	seven: 7,
	åtta: 8,
	eight: 8,
	nio: 9,
	nine: 9,
	tio: 10,
	ten: 10,
	several: 4,
	flera: 4
};
/** Units of time, in days. */
const UNITS: Record<string, number> = {
	dag: 1,
	dagar: 1,
	day: 1,
	days: 1,
	natt: 1,
	nätter: 1,
	night: 1,
	nights: 1,
	vecka: 7,
	veckor: 7,
	week: 7,
	weeks: 7,
	månad: 30,
	månader: 30,
	month: 30,
	months: 30,
	år: 365,
	year: 365,
	years: 365
};
const AGO = new Set(['sedan', 'sen', 'ago']);
const SWEDISH_FUTURE = new Set(['ska', 'skall', 'kommer']);
const LATER_WORDS = new Set(['imorgon', 'tomorrow', 'nästa', 'next']);
/** English words that put a clause in the future: "I'm meeting him on Saturday", "he'll come". */
const FUTURE_EN = new Set(['will', 'll', 'going', 'gonna', 'shall', 'meeting', 'meet']);
/** English past forms that do not end in -ed. */
const PAST_EN = new Set([
	'was',
	'were',
	'did',
	'got',
	'had',
	'came',
	'went',
	'woke',
	'told',
	'said',
	'made',
	'took',
	'gave',
	'saw',
	'met',
	'slept',
	'left',
	'held',
	'put',
	'forced',
	'raped',
	'happened'
]);

function countAt(words: readonly TextWord[], i: number): number | undefined {
	const word = words[i]?.word ?? '';
	if (/^\d{1,3}$/.test(word)) return Number(word);
	return NUMBERS[word];
}

/** "för tre dagar sedan", "2 weeks ago", "a couple of days ago": how many days, when it is one. */
function daysAgoAt(words: readonly TextWord[], i: number): number | undefined {
	const unit = UNITS[words[i]?.word ?? ''];
	if (unit === undefined || !AGO.has(words[i + 1]?.word ?? '')) return undefined;
	// "a couple of days", "ett par dagar", "några dagar", "3 days"
	for (let back = i - 1; back >= i - 3 && back >= 0; back--) {
		const count = countAt(words, back);
		if (count !== undefined) return count * unit;
		if (
			!['of', 'the', 'a', 'för', 'typ', 'about', 'like', 'ungefär'].includes(
				words[back]?.word ?? ''
			)
		) {
			break;
		}
	}
	// "days ago", "veckor sedan": more than one, fewer than many.
	return unit === 1 ? 3 : unit * 2;
}

/** Swedish past forms: "blev", "hände", and the regular "-ade", "-de", "-te" ("tvingade", "tog"). */
const PAST_SV = new Set([
	'blev',
	'var',
	'hände',
	'hade',
	'tog',
	'våldtog',
	'kom',
	'gick',
	'sa',
	'fick',
	'låg',
	'drog',
	'gjorde',
	'slog'
]);

function isPastClause(words: readonly TextWord[], clause: number): boolean {
	return words.some(
		({ word, clause: c }) =>
			c === clause &&
			(PAST_EN.has(word) ||
				PAST_SV.has(word) ||
				(word.length >= 5 && (word.endsWith('ed') || word.endsWith('ade'))))
	);
}

/** "it's Monday now", "today is Thursday", "nu är det måndag", "idag är det torsdag". */
function hasTodayAnchor(words: readonly TextWord[]): boolean {
	return words.some(({ word }, i) => {
		if (!isWeekday(word, words[i + 1]?.word ?? '')) return false;
		const near = words.slice(Math.max(0, i - 3), i + 2).map((w) => w.word);
		return (
			near.includes('now') ||
			near.includes('today') ||
			near.includes('nu') ||
			near.includes('idag') ||
			(near.includes('det') && near.includes('är'))
		);
	});
}

/** For each clause that places what it tells in time: recent, long ago or later. */
export function readTimes(words: readonly TextWord[]): Map<number, TimeReading> {
	const times = new Map<number, TimeReading>();
	const anchored = hasTodayAnchor(words);
	// The longer past and the future are more specific than a weekday in the same clause ("en
	// lördag för två år sedan", "last year on a Friday night").
	const rank: Record<TimeReading, number> = { now: 0, recent: 1, later: 2, 'long-ago': 3 };
	const note = (clause: number, reading: TimeReading) => {
		const had = times.get(clause);
		if (!had || rank[reading] > rank[had]) times.set(clause, reading);
	};
	words.forEach(({ word, clause }, i) => {
		const next = words[i + 1]?.word ?? '';
		const before = words[i - 1]?.word ?? '';
		// "it's 1am", "klockan är två": the time now.
		if (
			(CLOCK.test(word) && ['s', 'its', 'is'].includes(before)) ||
			(word === 'är' && ['klockan', 'kl'].includes(before) && countAt(words, i + 1) !== undefined)
		) {
			note(clause, 'now');
		}
		const days = daysAgoAt(words, i);
		if (days !== undefined) note(clause, days <= RECENT_DAYS ? 'recent' : 'long-ago');
		// "i förrgår", "the day before yesterday", "the night before last", "förrförra natten"
		if (
			word === 'förrgår' ||
			(word === 'before' && next === 'yesterday' && before === 'day') ||
			(word === 'before' && next === 'last' && before === 'night') ||
			(word === 'förrförra' && ['natten', 'kvällen', 'helgen'].includes(next))
		) {
			note(clause, 'recent');
		}
		// "i helgen": the weekend just gone, unless the clause tells what someone will do.
		if (word === 'helgen' && before === 'i') {
			const willDo = words.some(({ word: w, clause: c }) => c === clause && SWEDISH_FUTURE.has(w));
			note(clause, willDo ? 'later' : 'recent');
		}
		// "over the weekend", "this past weekend", "helgen som var"
		if (word === 'weekend' && (before === 'past' || words[i - 2]?.word === 'over')) {
			note(clause, 'recent');
		}
		if (word === 'helgen' && next === 'som' && words[i + 2]?.word === 'var') note(clause, 'recent');
		if (word === 'förra' || word === 'last') {
			if (['helgen', 'veckan', 'weekend', 'week'].includes(next)) note(clause, 'recent');
			// "förra lördagen", "förra fredagen"
			if (WEEKDAYS_SV.some((day) => next === `${day}en`)) note(clause, 'recent');
			if (['månaden', 'året', 'month', 'year'].includes(next)) note(clause, 'long-ago');
		}
		if (LATER_WORDS.has(word) || (word === 'i' && next === 'morgon')) {
			// "nästa vecka", "next week", "next Saturday"; not "next to me", "nästa gång".
			const isTime = (w: string) => UNITS[w] !== undefined || isWeekday(w, '') || w === 'weekend';
			if (!['nästa', 'next'].includes(word) || isTime(next)) note(clause, 'later');
		}
		// "på lördagsnatten blev jag …": past when the clause tells what happened.
		if (isWeekdayCompound(word)) {
			if (isPastClause(words, clause) || anchored) note(clause, 'recent');
			return;
		}
		if (!isWeekday(word, next)) return;
		if (PAST_WEEKDAY_SV.has(word)) return note(clause, 'recent');
		// "natten till söndag", "natten mot lördag"
		if ((before === 'till' || before === 'mot') && words[i - 2]?.word === 'natten') {
			return note(clause, 'recent');
		}
		if (before === 'last') return note(clause, 'recent');
		if (before === 'på' || before === 'next' || before === 'nästa') {
			// "på lördag" is coming; "nu är det måndag" and "it's Monday now" say what today is.
			return note(clause, 'later');
		}
		const saysToday = ['now', 'today', 'nu', 'idag'].some((w) =>
			words.slice(Math.max(0, i - 3), i + 2).some((near) => near.word === w)
		);
		if (saysToday) return;
		const future = words.some(({ word: w, clause: c }) => c === clause && FUTURE_EN.has(w));
		if (future) return note(clause, 'later');
		if (anchored || isPastClause(words, clause)) note(clause, 'recent');
	});
	return times;
}
