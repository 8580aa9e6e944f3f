import type { NeedCode } from '@stodkartan/core';
import { loadSearchChoices } from '$lib/server/choices';
import { formTokens } from '$lib/server/form-tokens';
import { runSearch } from '$lib/server/run-search';
import type { Actions, PageServerLoad } from './$types';

/** The help a young person is asked about; the other codes are for adults and professionals. */
const HELP_FOR_YOUNG_PEOPLE: readonly NeedCode[] = [
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
	const { concerns, help, placeNames } = await loadSearchChoices(
		locals.lang,
		'question',
		HELP_FOR_YOUNG_PEOPLE
	);
	return { concerns, help, placeNames, formToken: formTokens.issue() };
};

export const actions: Actions = { default: (event) => runSearch(event, ['age', 'place']) };
