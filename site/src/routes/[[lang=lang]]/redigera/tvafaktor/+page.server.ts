import { fail, redirect } from '@sveltejs/kit';
import { totpEnrolmentSchema } from '@stodkartan/core';
import { localize } from '$lib/i18n';
import { staffCall } from '$lib/server/staff/api';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/server/form-text';

export const load: PageServerLoad = async (event) => {
	const { staff } = await event.parent();
	if (!staff) redirect(303, localize('/redigera/logga-in', event.locals.lang));
	if (staff.user.totpEnrolled) redirect(303, localize('/redigera', event.locals.lang));
	// A new secret to show; nothing is stored until a code proves the app holds it.
	const answer = await staffCall(event, 'POST', '/api/auth/totp/setup', {});
	const enrolment = totpEnrolmentSchema.safeParse(answer.body);
	if (!enrolment.success) redirect(303, localize('/redigera/logga-in', event.locals.lang));
	return { enrolment: enrolment.data };
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const secret = formText(form, 'secret');
		const totp = formText(form, 'totp').replace(/\s+/g, '');
		const answer = await staffCall(event, 'POST', '/api/auth/totp/confirm', { secret, totp });
		if (answer.status !== 200) return fail(400, { wrong: true });
		redirect(303, localize('/redigera', event.locals.lang));
	}
};
