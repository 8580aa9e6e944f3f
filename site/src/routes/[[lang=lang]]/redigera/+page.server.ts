import { proposalListSchema } from '@stodkartan/core';
import { staffCall } from '$lib/server/staff/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const answer = await staffCall(event, 'GET', '/api/admin/proposals?status=pending&limit=200');
	const list = proposalListSchema.safeParse(answer.body);
	return { proposals: list.success ? list.data.proposals : [] };
};
