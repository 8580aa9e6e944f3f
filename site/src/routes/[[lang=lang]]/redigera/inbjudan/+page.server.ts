import { fail, redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n';
import { staffCall } from '$lib/server/staff/api';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/server/form-text';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const load: PageServerLoad = async (event) => {
	const token = event.url.searchParams.get('token') ?? '';
	if (!TOKEN.test(token)) return { invitation: null, token: '' };
	const answer = await staffCall<{ email: string; role: string }>(
		event,
		'POST',
		'/api/auth/invitation',
		{ token }
	);
	return { invitation: answer.status === 200 ? answer.body : null, token };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const token = formText(form, 'token');
		const password = formText(form, 'password');
		if (password !== formText(form, 'again')) {
			return fail(400, { problem: 'mismatch' as const });
		}
		const answer = await staffCall(event, 'POST', '/api/auth/invitation/accept', {
			token,
			password
		});
		if (answer.status !== 201) {
			const issue = answer.error?.issues[0]?.message;
			return fail(
				answer.status === 400 ? 400 : 409,
				issue ? { problem: 'password' as const, issue } : { problem: 'invalid' as const }
			);
		}
		redirect(303, `${localize('/redigera/logga-in', event.locals.lang)}?klart=1`);
	}
};
