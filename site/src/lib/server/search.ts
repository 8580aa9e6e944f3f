import {
	CONTACT_CHANNELS,
	GENDERS,
	MAX_TEXT_LENGTH,
	NEED_CODES,
	SEEKERS,
	SIGNALS,
	type ContactChannel,
	type NeedCode,
	type Signal,
	type MatchRequest
} from '@stodkartan/core';
import type { Lang, Messages } from '$lib/i18n';

/**
 * Reading the search forms (sent as POST, so that nothing typed ever stands in a URL). The place
 * lookup is passed in, so this module does no I/O itself; `answer.ts` presents the answers.
 */

export type PlaceLookup = (text: string) => Promise<{ code: string; name: string } | undefined>;

/** What the form showed, to show it again with the answer; lives only in that one response. */
export interface SearchValues {
	text: string;
	age: string;
	place: string;
	county: string;
	needs: string[];
	channels: string[];
	filterChannels: string[];
	language: string;
	openNow: boolean;
	anonymous: boolean;
	seeker: string;
	gender: string;
	/**
	 * Readings of the text the person took away ("Så här förstod vi dig"): `need:<code>`,
	 * `signal:<signal>`, `stated:<asker|age|gender>`. Kept by the corrections form only.
	 */
	ignore: string[];
}

/** What is wrong with a search: the form as a whole, or one field. */
export type SearchErrors = Partial<Record<'form' | 'age' | 'text', string>>;

export interface ParsedSearch {
	values: SearchValues;
	errors: Pick<SearchErrors, 'age' | 'text'>;
	request: MatchRequest;
	placeNote?: 'place-not-found';
}

const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};
/** A checkbox group's values, each once: the API refuses a list that repeats a value. */
const list = (form: FormData, name: string) => [
	...new Set(form.getAll(name).filter((value): value is string => typeof value === 'string'))
];
const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
	(values as readonly string[]).includes(value);

const STATED = ['asker', 'age', 'gender'] as const;

/** An ignore entry this site understands, so nothing else can reach the API. */
function isIgnore(entry: string): boolean {
	const [kind, value = ''] = entry.split(':');
	if (kind === 'need') return isOneOf(NEED_CODES, value);
	if (kind === 'signal') return isOneOf(SIGNALS, value);
	if (kind === 'stated') return isOneOf(STATED, value);
	return false;
}

/**
 * Applies one correction from "Så här förstod vi dig" to the search: what the form itself said
 * (a need ticked, the age, the place, the gender) is taken out of the form; what was read from
 * the text is added to `ignore`; `undo:` brings a reading back.
 */
export function applyCorrection(values: SearchValues, correction: string): SearchValues {
	const [kind, value = ''] = correction.split(':');
	const ignore = (entry: string) =>
		isIgnore(entry) && !values.ignore.includes(entry)
			? { ...values, ignore: [...values.ignore, entry] }
			: values;
	switch (kind) {
		case 'undo':
			return { ...values, ignore: values.ignore.filter((entry) => entry !== correction.slice(5)) };
		case 'need':
			return values.needs.includes(value)
				? { ...values, needs: values.needs.filter((code) => code !== value) }
				: ignore(`need:${value}`);
		case 'signal':
			return ignore(`signal:${value}`);
		case 'age':
			return values.age ? { ...values, age: '' } : ignore('stated:age');
		case 'gender':
			return values.gender ? { ...values, gender: '' } : ignore('stated:gender');
		case 'asker':
			return ignore('stated:asker');
		case 'place':
			return { ...values, place: '', county: '' };
		default:
			return values;
	}
}

export async function readSearchForm(
	form: FormData,
	t: Messages,
	lang: Lang,
	lookupPlace: PlaceLookup
): Promise<ParsedSearch> {
	let values: SearchValues = {
		text: field(form, 'text'),
		age: field(form, 'age'),
		place: field(form, 'place').slice(0, 80),
		county: field(form, 'county'),
		needs: list(form, 'needs').filter((code) => isOneOf(NEED_CODES, code)),
		channels: list(form, 'channels').filter((code) => isOneOf(CONTACT_CHANNELS, code)),
		filterChannels: list(form, 'filterChannels').filter((code) => isOneOf(CONTACT_CHANNELS, code)),
		language: /^[a-z]{2,3}$/.test(field(form, 'language')) ? field(form, 'language') : '',
		openNow: field(form, 'openNow') === 'on',
		anonymous: field(form, 'anonymous') === 'on',
		seeker: isOneOf(SEEKERS, field(form, 'seeker')) ? field(form, 'seeker') : '',
		gender: isOneOf(GENDERS, field(form, 'gender')) ? field(form, 'gender') : '',
		ignore: list(form, 'ignore').filter(isIgnore)
	};
	const correction = field(form, 'correct');
	if (correction) values = applyCorrection(values, correction);
	const errors: ParsedSearch['errors'] = {};
	const request: MatchRequest = { language: lang, limit: 20 };
	if (values.text.length > MAX_TEXT_LENGTH) errors.text = t.form.textTooLong;
	else if (values.text) request.text = values.text;
	if (values.age) {
		const age = /^\d{1,3}$/.test(values.age) ? Number(values.age) : NaN;
		if (Number.isInteger(age) && age <= 120) request.age = age;
		else errors.age = t.form.ageInvalid;
	}
	if (values.needs.length > 0) request.needs = values.needs as MatchRequest['needs'];
	if (values.channels.length > 0) request.channels = values.channels as ContactChannel[];
	if (isOneOf(SEEKERS, values.seeker)) request.seeker = values.seeker;
	if (isOneOf(GENDERS, values.gender)) request.gender = values.gender;
	const filters: NonNullable<MatchRequest['filters']> = {};
	if (values.filterChannels.length > 0) {
		filters.channels = values.filterChannels as ContactChannel[];
	}
	if (values.language) filters.languages = [values.language];
	if (values.openNow) filters.openNow = true;
	if (values.anonymous) filters.anonymous = true;
	if (Object.keys(filters).length > 0) request.filters = filters;
	const ignored = (kind: string) =>
		values.ignore
			.filter((entry) => entry.startsWith(`${kind}:`))
			.map((entry) => entry.slice(kind.length + 1));
	if (values.ignore.length > 0) {
		request.ignore = {
			...(ignored('need').length > 0 ? { needs: ignored('need') as NeedCode[] } : {}),
			...(ignored('signal').length > 0 ? { signals: ignored('signal') as Signal[] } : {}),
			...(ignored('stated').length > 0
				? { stated: ignored('stated') as (typeof STATED)[number][] }
				: {})
		};
	}

	let placeNote: ParsedSearch['placeNote'];
	if (/^\d{3}\s?\d{2}$/.test(values.place)) request.location = { postalCode: values.place };
	else if (values.place) {
		const place = await lookupPlace(values.place);
		if (place) request.location = { municipality: place.code };
		else placeNote = 'place-not-found';
	} else if (/^\d{2}$/.test(values.county)) request.location = { county: values.county };
	return { values, errors, request, ...(placeNote ? { placeNote } : {}) };
}
