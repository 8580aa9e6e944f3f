import * as api from '$lib/server/api';
import { placeNamesOf } from '$lib/server/choices';
import { formTokens } from '$lib/server/form-tokens';
import { runSearch } from '$lib/server/run-search';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	placeNames: await api
		.listCounties()
		.then(placeNamesOf)
		.catch(() => [] as string[]),
	formToken: formTokens.issue()
});

export const actions: Actions = { default: (event) => runSearch(event, ['text', 'age', 'place']) };
