import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import * as api from './api';
import { presentResults, readSearchForm, type PlaceLookup } from './search';

const lookupPlace: PlaceLookup = async (text) => {
	const [best] = await api.searchPlaces(text);
	return best ? { code: best.municipality.code, name: best.municipality.name } : undefined;
};
const noLookup: PlaceLookup = async () => undefined;

/**
 * The form action of every search: reads the posted form, asks the API and answers with the
 * results to show. What was typed lives only in this one response; nothing is logged or kept.
 */
export async function runSearch(event: RequestEvent) {
	const lang = event.locals.lang;
	const t = messages(lang);
	const limited = event.locals.rateLimited;
	const parsed = await readSearchForm(
		await event.request.formData(),
		t,
		lang,
		limited ? noLookup : lookupPlace
	).catch(() => undefined);
	if (!parsed) return fail(503, { values: undefined, errors: { form: t.form.unavailable } });
	const { values, errors, request, placeNote } = parsed;
	// Over the limit: the form comes back as it was sent, saying why, and nothing is searched.
	if (limited) return fail(429, { values, errors: { form: t.form.tooMany } });
	if (errors.age || errors.text) return fail(400, { values, errors });
	try {
		const [answer, counties, needs] = await Promise.all([
			api.match(request),
			api.listCounties(),
			api.listNeeds()
		]);
		return {
			values,
			results: presentResults(answer, { lang, t, now: new Date(), counties, needs }, placeNote)
		};
	} catch (error) {
		if (error instanceof api.ApiUnavailableError) {
			return fail(503, { values, errors: { form: t.form.unavailable } });
		}
		throw error;
	}
}
