import { isOpenAt, nextOpening, swedishClockAt, type OpeningHours } from '@stodkartan/core';

const weekdays: OpeningHours = {
	weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:00' }]
};
const evenings: OpeningHours = { weekly: [{ days: [5, 6], opens: '20:00', closes: '02:00' }] };

describe('Swedish time', () => {
	test.each([
		// Winter (CET, UTC+1) and summer (CEST, UTC+2).
		{ instant: '2026-11-24T08:30:00Z', weekday: 2, minutes: 9 * 60 + 30 },
		{ instant: '2026-07-06T07:00:00Z', weekday: 1, minutes: 9 * 60 },
		{ instant: '2026-11-29T23:30:00Z', weekday: 1, minutes: 30 }
	])('$instant is weekday $weekday, minute $minutes in Sweden', ({ instant, weekday, minutes }) => {
		expect(swedishClockAt(new Date(instant))).toEqual({ weekday, minutes });
	});
});

describe('isOpenAt', () => {
	test.each([
		{ hours: weekdays, instant: '2026-11-24T08:30:00Z', open: true, why: 'Tuesday 09:30' },
		{
			hours: weekdays,
			instant: '2026-11-24T07:30:00Z',
			open: false,
			why: 'Tuesday 08:30, before opening'
		},
		{
			hours: weekdays,
			instant: '2026-11-24T15:00:00Z',
			open: false,
			why: 'Tuesday 16:00, closing time'
		},
		{ hours: weekdays, instant: '2026-11-28T10:00:00Z', open: false, why: 'Saturday' },
		{ hours: evenings, instant: '2026-11-27T22:00:00Z', open: true, why: 'Friday 23:00' },
		{
			hours: evenings,
			instant: '2026-11-28T00:30:00Z',
			open: true,
			why: 'Saturday 01:30, past midnight from Friday'
		},
		{
			hours: evenings,
			instant: '2026-11-29T00:30:00Z',
			open: true,
			why: 'Sunday 01:30, past midnight from Saturday'
		},
		{
			hours: evenings,
			instant: '2026-11-30T00:30:00Z',
			open: false,
			why: 'Monday 01:30: Sunday evening is closed'
		},
		{
			hours: { alwaysOpen: true } as const,
			instant: '2026-11-30T03:00:00Z',
			open: true,
			why: 'always open'
		}
	])('$why: open $open', ({ hours, instant, open }) => {
		expect(isOpenAt(hours, new Date(instant))).toBe(open);
	});

	test('a weekly range over Sunday midnight wraps to Monday morning', () => {
		const sundayNight: OpeningHours = { weekly: [{ days: [7], opens: '22:00', closes: '06:00' }] };
		expect(isOpenAt(sundayNight, new Date('2026-11-30T03:00:00Z'))).toBe(true);
		expect(isOpenAt(sundayNight, new Date('2026-11-30T06:00:00Z'))).toBe(false);
	});
});

describe('nextOpening', () => {
	test('after closing on a Friday, the next opening is Monday morning', () => {
		expect(nextOpening(weekdays, { weekday: 5, minutes: 17 * 60 })).toEqual({
			weekday: 1,
			time: '09:00'
		});
	});

	test('always open has no next opening', () => {
		expect(nextOpening({ alwaysOpen: true }, { weekday: 1, minutes: 0 })).toBeNull();
	});
});
