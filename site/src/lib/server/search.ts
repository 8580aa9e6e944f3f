import {
	CONTACT_CHANNELS,
	GENDERS,
	MAX_TEXT_LENGTH,
	NEED_CODES,
	SEEKERS,
	type ContactChannel,
	type MatchRequest,
	type MatchResponse,
	type NeedsResponse,
	type RegionsResponse
} from '@stodkartan/core';
import type { Lang, Messages } from '$lib/i18n';
import type { ServiceView } from '$lib/views';
import { presentService } from './present';

/**
 * Reading the search forms (sent as POST, so that nothing typed ever stands in a URL) and
 * presenting the answers. The place lookup is passed in, so this module does no I/O itself.
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

export async function readSearchForm(
	form: FormData,
	t: Messages,
	lang: Lang,
	lookupPlace: PlaceLookup
): Promise<ParsedSearch> {
	const values: SearchValues = {
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
		gender: isOneOf(GENDERS, field(form, 'gender')) ? field(form, 'gender') : ''
	};
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

	let placeNote: ParsedSearch['placeNote'];
	if (/^\d{3}\s?\d{2}$/.test(values.place)) request.location = { postalCode: values.place };
	else if (values.place) {
		const place = await lookupPlace(values.place);
		if (place) request.location = { municipality: place.code };
		else placeNote = 'place-not-found';
	} else if (/^\d{2}$/.test(values.county)) request.location = { county: values.county };
	return { values, errors, request, ...(placeNote ? { placeNote } : {}) };
}

export interface ResultsView {
	services: ServiceView[];
	isDanger: boolean;
	understood: string[];
	placeText?: string;
	/** Said when the text, not the form, showed that a parent or a professional is asking. */
	askerText?: string;
}

export function presentResults(
	answer: MatchResponse,
	context: {
		lang: Lang;
		t: Messages;
		now: Date;
		counties: RegionsResponse['counties'];
		needs: NeedsResponse['needs'];
	},
	placeNote: ParsedSearch['placeNote']
): ResultsView {
	const { t, lang, needs } = context;
	const { interpretation } = answer;
	const location = interpretation.location;
	const placeText =
		location.status === 'municipality'
			? t.results.place(location.municipality.name)
			: location.status === 'county'
				? t.results.place(location.county.name)
				: location.status === 'postal-code-not-found'
					? t.results.postalNotFound
					: placeNote === 'place-not-found'
						? t.results.placeNotFound
						: undefined;
	const understood = interpretation.needs
		.filter((need) => need.source === 'text' && need.weight >= 0.5)
		.map((need) => needs.find((entry) => entry.code === need.code)?.youthLabel[lang] ?? need.code);
	const { asker } = interpretation;
	const askerText =
		asker.source === 'text' && asker.seeker !== 'self'
			? t.results.askerFromText[asker.seeker]
			: undefined;
	return {
		services: answer.results.map((result) =>
			presentService(result.service, context, result.reasons)
		),
		isDanger: interpretation.signals.includes('danger-now'),
		understood,
		...(placeText ? { placeText } : {}),
		...(askerText ? { askerText } : {})
	};
}
