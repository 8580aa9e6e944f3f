import * as api from '$lib/server/api';
import { runSearch } from '$lib/server/run-search';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	placeNames: await api
		.listCounties()
		.then((counties) =>
			counties
				.flatMap((county) => county.municipalities.map((municipality) => municipality.shortName))
				.sort((a, b) => a.localeCompare(b, 'sv'))
		)
		.catch(() => [] as string[])
});

export const actions: Actions = { default: runSearch };
