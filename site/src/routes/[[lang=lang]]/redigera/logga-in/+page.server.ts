import { fail, redirect } from '@sveltejs/kit';
import type { SessionResponse } from '@stodkartan/core';
import { localize } from '$lib/i18n';
import { keepSession, staffCall } from '$lib/server/staff/api';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/server/form-text';

export const load: PageServerLoad = async ({ parent, url, locals }) => {
	if ((await parent()).staff) redirect(303, localize('/redigera', locals.lang));
	const notices = { ut: 'loggedOut', utgangen: 'expired', klart: 'accepted' } as const;
	const key = (Object.keys(notices) as (keyof typeof notices)[]).find((name) =>
		url.searchParams.has(name)
	);
	const notice = key ? notices[key] : undefined;
	return { notice };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = formText(form, 'email').trim();
		const totp = formText(form, 'totp').replace(/\s+/g, '');
		const answer = await staffCall<SessionResponse>(event, 'POST', '/api/auth/login', {
			email,
			password: formText(form, 'password'),
			...(totp ? { totp } : {})
		});
		if (answer.status !== 200 || !answer.token) {
			// The password is never sent back to the page.
			return fail(answer.status === 429 ? 429 : 400, {
				email,
				problem: answer.status === 429 ? ('throttled' as const) : ('failed' as const)
			});
		}
		keepSession(event.cookies, event.url, answer.token);
		const lang = event.locals.lang;
		redirect(303, localize(answer.body.mustEnrolTotp ? '/redigera/tvafaktor' : '/redigera', lang));
	}
};
