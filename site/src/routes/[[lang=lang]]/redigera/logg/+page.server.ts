import { error } from '@sveltejs/kit';
import { auditEntrySchema } from '@stodkartan/core';
import { staffCall } from '$lib/server/staff/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const before = event.url.searchParams.get('fore');
	const query = `limit=100${before && /^\d{1,12}$/.test(before) ? `&before=${before}` : ''}`;
	const answer = await staffCall<{ entries: unknown[] }>(event, 'GET', `/api/admin/audit?${query}`);
	if (answer.status === 403) error(403, 'forbidden');
	const entries = (answer.status === 200 ? answer.body.entries : []).flatMap((entry) => {
		const parsed = auditEntrySchema.safeParse(entry);
		return parsed.success ? [parsed.data] : [];
	});
	return { entries };
};
