import * as api from '$lib/server/api';
import { runSearch } from '$lib/server/run-search';
import type { Actions, PageServerLoad } from './$types';

/** The help a young person is asked about; the other codes are for adults and professionals. */
const HELP_FOR_YOUNG_PEOPLE = [
	'someone-to-talk-to',
	'crisis-support',
	'medical-care',
	'trauma-treatment',
	'sexual-health',
	'image-removal',
	'police-report',
	'legal-support',
	'safe-housing',
	'peer-support'
];

export const load: PageServerLoad = async ({ locals }) => {
	const [needs, counties] = await Promise.all([
		api.listNeeds().catch(() => []),
		api.listCounties().catch(() => [])
	]);
	const choice = (need: (typeof needs)[number]) => ({
		code: need.code,
		label: need.question[locals.lang]
	});
	return {
		concerns: needs.filter((need) => need.group === 'concern').map(choice),
		help: HELP_FOR_YOUNG_PEOPLE.flatMap((code) =>
			needs.filter((need) => need.code === code).map(choice)
		),
		placeNames: counties
			.flatMap((county) => county.municipalities.map((municipality) => municipality.shortName))
			.sort((a, b) => a.localeCompare(b, 'sv'))
	};
};

export const actions: Actions = { default: runSearch };
