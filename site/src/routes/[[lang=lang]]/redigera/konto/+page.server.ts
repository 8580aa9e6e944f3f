import { fail, redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n';
import { dropSession, staffCall } from '$lib/server/staff/api';
import type { Actions } from './$types';
import { formText } from '$lib/server/form-text';

export const actions: Actions = {
	password: async (event) => {
		const form = await event.request.formData();
		const answer = await staffCall(event, 'POST', '/api/auth/password', {
			currentPassword: formText(form, 'current'),
			newPassword: formText(form, 'next')
		});
		if (answer.status !== 200) {
			return fail(answer.status, {
				message: answer.error?.issues[0]?.message ?? answer.error?.message ?? ''
			});
		}
		return { changed: true };
	},
	everywhere: async (event) => {
		await staffCall(event, 'POST', '/api/auth/logout-everywhere', {});
		dropSession(event.cookies, event.url);
		redirect(303, `${localize('/redigera/logga-in', event.locals.lang)}?ut=1`);
	}
};
