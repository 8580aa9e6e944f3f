import { fail, type RequestEvent } from '@sveltejs/kit';
import { messages } from '$lib/i18n';
import * as api from './api';
import { chooseCards, localRoutesWanted, presentAnswer } from './answer';
import { formTokens } from './form-tokens';
import { readSearchForm, type PlaceLookup, type SearchErrors, type SearchValues } from './search';

const lookupPlace: PlaceLookup = async (text) => {
	const [best] = await api.searchPlaces(text);
	return best ? { code: best.municipality.code, name: best.municipality.name } : undefined;
};
const noLookup: PlaceLookup = async () => undefined;

/**
 * The form action of every search: reads the posted form, asks the API and answers with the
 * results to show. What was typed lives only in this one response; nothing is logged or kept.
 * `formFields`: the ids of the page's fields, so the answer can link to where to change a reading.
 */
export async function runSearch(event: RequestEvent, formFields: readonly string[]) {
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
	const limited = event.locals.rateLimited;
	const parsed = await readSearchForm(data, t, lang, limited ? noLookup : lookupPlace).catch(
		() => undefined
	);
	if (!parsed) return refuse(503, { form: t.form.unavailable });
	const { values, errors, request, placeNote } = parsed;
	// Over the limit: the form comes back as it was sent, saying why, and nothing is searched.
	if (limited) return refuse(429, { form: t.form.tooMany }, values);
	if (errors.age || errors.text) return refuse(400, errors, values);
	try {
		const [answer, counties, needs, cards] = await Promise.all([
			api.match(request),
			api.listCounties(),
			api.listNeeds(),
			api.listSituationCards()
		]);
		const chosen = chooseCards(answer.interpretation, cards.cards);
		const municipality = localRoutesWanted(answer.interpretation, chosen);
		const localRoutes = municipality ? await api.localRoutes(municipality) : null;
		const context = { lang, t, now: new Date(), counties, needs, sources: cards.sources };
		return {
			values,
			results: presentAnswer(answer, context, {
				values,
				placeNote,
				chosen,
				localRoutes,
				formFields
			}),
			formToken
		};
	} catch (error) {
		if (error instanceof api.ApiUnavailableError) {
			return refuse(503, { form: t.form.unavailable }, values);
		}
		throw error;
	}
}
