import { fail } from '@sveltejs/kit';
import { idSchema, verificationItemSchema } from '@stodkartan/core';
import { staffMessages } from '$lib/i18n/staff';
import { staffCall } from '$lib/server/staff/api';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const answer = await staffCall<{ items: unknown[] }>(event, 'GET', '/api/admin/verification');
	const items = (answer.status === 200 ? answer.body.items : []).flatMap((item) => {
		const parsed = verificationItemSchema.safeParse(item);
		return parsed.success ? [parsed.data] : [];
	});
	return { items };
};

export const actions: Actions = {
	/** At 18 months the dashboard proposes taking the service down: a normal proposal, reviewed. */
	deactivate: async (event) => {
		const form = await event.request.formData();
		const serviceId = idSchema.safeParse(form.get('serviceId'));
		if (!serviceId.success) return fail(400, { failed: true });
		const answer = await staffCall(event, 'POST', '/api/admin/proposals', {
			serviceId: serviceId.data,
			changes: { status: 'inactive' },
			sources: [],
			note: staffMessages(event.locals.lang).verification.deactivateNote
		});
		if (answer.status !== 201) {
			return fail(answer.status, { failed: true, message: answer.error?.message ?? '' });
		}
		return { proposed: serviceId.data };
	}
};
