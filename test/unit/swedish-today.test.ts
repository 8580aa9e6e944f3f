import { swedishToday } from '@stodkartan/api';

// The day decides when an entry's confidence turns low and which day "still correct" records:
// it is the day in Sweden, summer time and winter time alike.
test.each([
	['2026-12-01T22:59:59Z', '2026-12-01'],
	['2026-12-01T23:00:00Z', '2026-12-02'],
	['2026-06-30T21:59:59Z', '2026-06-30'],
	['2026-06-30T22:00:00Z', '2026-07-01'],
	['2026-03-29T00:30:00Z', '2026-03-29']
])('at %s it is %s in Sweden', (instant, day) => {
	expect(swedishToday(new Date(instant))).toBe(day);
});
