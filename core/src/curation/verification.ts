/**
 * How fresh a service's data is. Every record is reviewed at least yearly (as 2-1-1 services do,
 * following the AIRS standards): after 12 months a service is due for verification, and after
 * 18 months without an answer the dashboard proposes taking it down.
 */
export type VerificationState = 'current' | 'due' | 'lapsed';

export const DUE_AFTER_MONTHS = 12;
export const LAPSED_AFTER_MONTHS = 18;

/** A date (YYYY-MM-DD) some months later, kept to the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const total = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(total / 12);
	const targetMonth = (total % 12) + 1;
	const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
	const pad = (value: number, width = 2) => String(value).padStart(width, '0');
	return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export function verificationStateOf(lastVerified: string, today: string): VerificationState {
	if (addMonths(lastVerified, LAPSED_AFTER_MONTHS) <= today) return 'lapsed';
	if (addMonths(lastVerified, DUE_AFTER_MONTHS) <= today) return 'due';
	return 'current';
}
