import { error, fail } from '@sveltejs/kit';
import { proposalDetailSchema } from '@stodkartan/core';
import { staffCall } from '$lib/server/staff/api';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/server/form-text';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const load: PageServerLoad = async (event) => {
	if (!ID.test(event.params.id)) error(404, 'not found');
	const answer = await staffCall(event, 'GET', `/api/admin/proposals/${event.params.id}`);
	const proposal = proposalDetailSchema.safeParse(answer.body);
	if (answer.status !== 200 || !proposal.success) error(404, 'not found');
	return { proposal: proposal.data };
};

async function decide(event: Parameters<Actions[string]>[0], verb: 'approve' | 'reject') {
	if (!ID.test(event.params.id ?? '')) error(404, 'not found');
	const form = await event.request.formData();
	const text = formText(form, verb === 'approve' ? 'comment' : 'reason').trim();
	const body = verb === 'approve' ? (text ? { comment: text } : {}) : { reason: text };
	const answer = await staffCall(
		event,
		'POST',
		`/api/admin/proposals/${event.params.id}/${verb}`,
		body
	);
	if (answer.status !== 200) {
		return fail(answer.status, {
			verb,
			message: answer.error?.message ?? '',
			code: answer.error?.code ?? ''
		});
	}
	return { done: verb };
}

export const actions: Actions = {
	approve: (event) => decide(event, 'approve'),
	reject: (event) => decide(event, 'reject')
};
