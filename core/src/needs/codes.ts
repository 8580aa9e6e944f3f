/** The 25 fixed need codes of the catalogue contract (`data/needs.json`), in its order. */
export const NEED_CODES = [
	'sexual-abuse',
	'rape',
	'online-sexual-abuse',
	'sexual-exploitation',
	'human-trafficking',
	'abuse-in-family',
	'partner-violence',
	'sexual-harassment',
	'honour-violence',
	'mental-health',
	'someone-to-talk-to',
	'crisis-support',
	'trauma-treatment',
	'medical-care',
	'sexual-health',
	'police-report',
	'legal-support',
	'child-investigation',
	'social-services',
	'safe-housing',
	'peer-support',
	'image-removal',
	'parent-support',
	'professional-guidance',
	'worried-about-own-behaviour'
] as const;

export type NeedCode = (typeof NEED_CODES)[number];

export type NeedGroup = 'concern' | 'help';

const needIndex = new Map<string, number>(NEED_CODES.map((code, index) => [code, index]));

/** The position of a need code in `NEED_CODES`; used as its bit in need masks. */
export function needBit(code: NeedCode): number {
	return needIndex.get(code) ?? -1;
}

/** Codes 0–9 describe what happened, 10–24 what kind of help; see `data/needs.json`. */
export function needGroupOf(code: NeedCode): NeedGroup {
	return needBit(code) < 10 ? 'concern' : 'help';
}
