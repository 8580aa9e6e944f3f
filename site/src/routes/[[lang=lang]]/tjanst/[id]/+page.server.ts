import { error } from '@sveltejs/kit';
import { idSchema } from '@stodkartan/core';
import { messages } from '$lib/i18n';
import * as api from '$lib/server/api';
import { presentService } from '$lib/server/present';
import { suggestCorrection } from '$lib/server/suggestions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	if (!idSchema.safeParse(params.id).success) error(404, 'not found');
	const [service, counties] = await Promise.all([api.findService(params.id), api.listCounties()]);
	if (!service) error(404, 'not found');
	const t = messages(locals.lang);
	return {
		service: presentService(service, { lang: locals.lang, t, now: new Date(), counties }),
		organizationWebsite: service.organization.website
	};
};

/** "Suggest a correction" (a separate addition to this page; see SuggestCorrection.svelte). */
export const actions: Actions = { suggest: suggestCorrection };
