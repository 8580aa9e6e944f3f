import { error, fail } from '@sveltejs/kit';
import { idSchema, serviceSchema, type ServiceVersion } from '@stodkartan/core';
import { listNeeds } from '$lib/server/api';
import { staffMessages } from '$lib/i18n/staff';
import { staffCall } from '$lib/server/staff/api';
import { advancedJson, readServiceForm } from '$lib/server/staff/service-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { formText } from '$lib/server/form-text';

interface ServiceAnswer {
	service: unknown;
	version: number;
	versions: Omit<ServiceVersion, 'service'>[];
	canPropose: boolean;
	canVerify: boolean;
	canRevert: boolean;
	state: 'current' | 'due' | 'lapsed';
}

async function fetchService(event: RequestEvent) {
	if (!idSchema.safeParse(event.params.id).success) error(404, 'not found');
	const answer = await staffCall<ServiceAnswer>(
		event,
		'GET',
		`/api/admin/services/${event.params.id}`
	);
	const service = serviceSchema.safeParse(answer.body?.service);
	if (answer.status !== 200 || !service.success) error(404, 'not found');
	return { ...answer.body, service: service.data };
}

export const load: PageServerLoad = async (event) => {
	const [found, needs] = await Promise.all([fetchService(event), listNeeds()]);
	return {
		...found,
		advanced: advancedJson(found.service),
		needs: needs.map(({ code, label }) => ({ code, label: label[event.locals.lang] }))
	};
};

export const actions: Actions = {
	propose: async (event) => {
		const { service } = await fetchService(event);
		const s = staffMessages(event.locals.lang);
		const read = readServiceForm(await event.request.formData(), service, s.form);
		if (Object.keys(read.errors).length > 0) {
			return fail(400, { action: 'propose', errors: read.errors, issues: [] });
		}
		if (Object.keys(read.changes).length === 0) {
			return fail(400, { action: 'propose', errors: { form: s.service.nothing }, issues: [] });
		}
		const answer = await staffCall(event, 'POST', '/api/admin/proposals', {
			serviceId: service.id,
			changes: read.changes,
			sources: read.sources,
			...(read.note ? { note: read.note } : {})
		});
		if (answer.status !== 201) {
			return fail(answer.status, {
				action: 'propose',
				errors: { form: answer.error?.message ?? s.errors.generic },
				issues: answer.error?.issues ?? []
			});
		}
		return { done: 'proposed' as const };
	},
	verify: async (event) => {
		const answer = await staffCall(
			event,
			'POST',
			`/api/admin/services/${event.params.id}/verify`,
			{}
		);
		if (answer.status !== 200) {
			return fail(answer.status, {
				action: 'verify',
				errors: { form: answer.error?.message ?? '' },
				issues: []
			});
		}
		return { done: 'verified' as const };
	},
	revert: async (event) => {
		const form = await event.request.formData();
		const answer = await staffCall(event, 'POST', `/api/admin/services/${event.params.id}/revert`, {
			version: Number(form.get('version')),
			reason: formText(form, 'reason').trim()
		});
		if (answer.status !== 200) {
			return fail(answer.status, {
				action: 'revert',
				errors: { form: answer.error?.message ?? '' },
				issues: answer.error?.issues ?? []
			});
		}
		return { done: 'reverted' as const };
	}
};
