import { redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n';
import { dropSession, staffCall } from '$lib/server/staff/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) =>
	redirect(303, localize('/redigera', locals.lang));

export const actions: Actions = {
	default: async (event) => {
		await staffCall(event, 'POST', '/api/auth/logout', {});
		dropSession(event.cookies, event.url);
		redirect(303, `${localize('/redigera/logga-in', event.locals.lang)}?ut=1`);
	}
};
