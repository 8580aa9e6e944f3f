import { loadSearchChoices } from '$lib/server/choices';
import { formTokens } from '$lib/server/form-tokens';
import { runSearch } from '$lib/server/run-search';
import type { Actions, PageServerLoad } from './$types';

/** Languages a support worker can filter by (ISO 639; swl is Swedish Sign Language). */
const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'de', 'es', 'pl', 'ru', 'uk', 'swl'];

export const load: PageServerLoad = async ({ locals }) => {
	const { concerns, help, counties, placeNames } = await loadSearchChoices(locals.lang, 'label');
	return {
		concerns,
		help,
		counties: counties.map(({ code, name }) => ({ code, name })),
		placeNames,
		languages: LANGUAGES,
		formToken: formTokens.issue()
	};
};

export const actions: Actions = {
	default: (event) => runSearch(event, ['seeker', 'age', 'gender', 'place', 'county', 'text'])
};
