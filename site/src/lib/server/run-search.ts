import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import * as api from './api';
import { formTokens } from './form-tokens';
import {
	presentResults,
	readSearchForm,
	type PlaceLookup,
	type SearchErrors,
	type SearchValues
} from './search';

const lookupPlace: PlaceLookup = async (text) => {
	const [best] = await api.searchPlaces(text);
	return best ? { code: best.municipality.code, name: best.municipality.name } : undefined;
};

/**
 * The form action of every search: reads the posted form, asks the API and answers with the
 * results to show. What was typed lives only in this one response; nothing is logged or kept.
 */
export async function runSearch(event: RequestEvent) {
	const lang = event.locals.lang;
	const t = messages(lang);
	const formToken = formTokens.issue();
	const refuse = (status: number, errors: SearchErrors, values?: SearchValues) =>
		fail(status, { values, errors, formToken });
	const data = await event.request.formData().catch(() => undefined);
	if (!data) return refuse(400, { form: t.form.error });
	const token = data.get('token');
	// A form sent again (Back, then resend) is not answered again: it may be someone else looking.
	if (formTokens.use(typeof token === 'string' ? token : undefined) !== 'fresh') {
		return refuse(409, { form: t.form.notShownAgain });
	}
	const parsed = await readSearchForm(data, t, lang, lookupPlace).catch(() => undefined);
	if (!parsed) return refuse(503, { form: t.form.unavailable });
	const { values, errors, request, placeNote } = parsed;
	if (errors.age || errors.text) return refuse(400, errors, values);
	try {
		const [answer, counties, needs] = await Promise.all([
			api.match(request),
			api.listCounties(),
			api.listNeeds()
		]);
		return {
			values,
			results: presentResults(answer, { lang, t, now: new Date(), counties, needs }, placeNote),
			formToken
		};
	} catch (error) {
		if (error instanceof api.ApiUnavailableError) {
			return refuse(503, { form: t.form.unavailable }, values);
		}
		throw error;
	}
}
