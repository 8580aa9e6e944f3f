import { staffCall } from '$lib/server/staff/api';
import type { PageServerLoad } from './$types';

interface ServiceItem {
	id: string;
	name: string;
	organizationId: string;
	status: string;
	lastVerified: string;
	state: 'current' | 'due' | 'lapsed';
}

export const load: PageServerLoad = async (event) => {
	const answer = await staffCall<{ services: ServiceItem[] }>(event, 'GET', '/api/admin/services');
	return { services: answer.status === 200 ? answer.body.services : [] };
};
