import type { OpeningHours } from '../catalogue/schema.js';

/** A moment as a Swedish clock shows it: ISO weekday (1 = Monday) and minutes since midnight. */
export interface SwedishClock {
	weekday: number;
	minutes: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const stockholmClock = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Stockholm',
	weekday: 'short',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

let lastMinute = NaN;
let lastClock: SwedishClock = { weekday: 1, minutes: 0 };

/** The weekday and time in Sweden at an instant, daylight saving included. */
export function swedishClockAt(instant: Date): SwedishClock {
	// Formatting with a time zone is slow, and every match asks; one answer serves a whole minute.
	const minute = Math.floor(instant.getTime() / 60_000);
	if (minute === lastMinute) return lastClock;
	const parts = Object.fromEntries(
		stockholmClock.formatToParts(instant).map((p) => [p.type, p.value])
	);
	const weekday = WEEKDAYS[parts.weekday ?? ''] ?? 1;
	lastMinute = minute;
	lastClock = { weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
	return lastClock;
}

export function minutesOf(hhmm: string): number {
	const [hours = '0', minutes = '0'] = hhmm.split(':');
	return Number(hours) * 60 + Number(minutes);
}

const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * A weekly opening as half-open minute ranges from Monday 00:00, flattened as
 * [start, end, start, end, …]; a range past Sunday midnight wraps to Monday.
 */
export type WeeklyRanges = Int32Array;

/** Compiles opening hours into minute-of-week ranges; `null` means always open. */
export function compileOpeningHours(hours: OpeningHours): WeeklyRanges | null {
	if ('alwaysOpen' in hours) return null;
	const ranges: number[] = [];
	for (const { days, opens, closes } of hours.weekly) {
		const open = minutesOf(opens);
		let close = minutesOf(closes);
		// A closing time at or before the opening time runs past midnight ("00:00" closes at midnight).
		if (close <= open) close += 24 * 60;
		for (const day of days) {
			const start = (day - 1) * 24 * 60 + open;
			const end = (day - 1) * 24 * 60 + close;
			if (end <= MINUTES_PER_WEEK) ranges.push(start, end);
			else ranges.push(start, MINUTES_PER_WEEK, 0, end - MINUTES_PER_WEEK);
		}
	}
	return Int32Array.from(ranges);
}

function minuteOfWeek(clock: SwedishClock): number {
	return (clock.weekday - 1) * 24 * 60 + clock.minutes;
}

/** Whether compiled hours are open at a Swedish clock time. */
export function isOpenAtClock(ranges: WeeklyRanges | null, clock: SwedishClock): boolean {
	if (ranges === null) return true;
	const minute = minuteOfWeek(clock);
	for (let i = 0; i < ranges.length; i += 2) {
		if (minute >= (ranges[i] as number) && minute < (ranges[i + 1] as number)) return true;
	}
	return false;
}

/** Whether opening hours are open at an instant, in Swedish time. */
export function isOpenAt(hours: OpeningHours, instant: Date): boolean {
	return isOpenAtClock(compileOpeningHours(hours), swedishClockAt(instant));
}

/**
 * When the hours next open after a Swedish clock time, as weekday and "hh:mm", or null when they
 * are always open or never open.
 */
export function nextOpening(
	hours: OpeningHours,
	clock: SwedishClock
): { weekday: number; time: string } | null {
	const ranges = compileOpeningHours(hours);
	if (ranges === null || ranges.length === 0) return null;
	const now = minuteOfWeek(clock);
	let best = Infinity;
	for (let i = 0; i < ranges.length; i += 2) {
		const wait = ((ranges[i] as number) - now + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
		if (wait > 0 && wait < best) best = wait;
	}
	if (best === Infinity) return null;
	const at = (now + best) % MINUTES_PER_WEEK;
	const weekday = Math.floor(at / (24 * 60)) + 1;
	const minutes = at % (24 * 60);
	const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
	return { weekday, time };
}
