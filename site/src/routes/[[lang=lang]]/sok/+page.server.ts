import * as api from '$lib/server/api';
import { runSearch } from '$lib/server/run-search';
import type { Actions, PageServerLoad } from './$types';

/** Languages a support worker can filter by (ISO 639; swl is Swedish Sign Language). */
const LANGUAGES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'de', 'es', 'pl', 'ru', 'uk', 'swl'];

export const load: PageServerLoad = async ({ locals }) => {
	const [needs, counties] = await Promise.all([
		api.listNeeds().catch(() => []),
		api.listCounties().catch(() => [])
	]);
	const choice = (need: (typeof needs)[number]) => ({
		code: need.code,
		label: need.label[locals.lang]
	});
	return {
		concerns: needs.filter((need) => need.group === 'concern').map(choice),
		help: needs.filter((need) => need.group === 'help').map(choice),
		counties: counties.map(({ code, name, municipalities }) => ({
			code,
			name,
			municipalities: municipalities.map((m) => ({ code: m.code, name: m.shortName }))
		})),
		placeNames: counties
			.flatMap((county) => county.municipalities.map((municipality) => municipality.shortName))
			.sort((a, b) => a.localeCompare(b, 'sv')),
		languages: LANGUAGES
	};
};

export const actions: Actions = { default: runSearch };
