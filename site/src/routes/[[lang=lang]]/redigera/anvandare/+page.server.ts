import { error, fail } from '@sveltejs/kit';
import {
	invitationSchema,
	staffUserSchema,
	type Invitation,
	type StaffUser
} from '@stodkartan/core';
import { staffCall } from '$lib/server/staff/api';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/server/form-text';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const load: PageServerLoad = async (event) => {
	const { staff } = await event.parent();
	if (!staff || staff.user.role === 'editor') error(403, 'forbidden');
	const [users, invitations, organizations] = await Promise.all([
		staff.user.role === 'admin'
			? staffCall<{ users: unknown[] }>(event, 'GET', '/api/admin/users')
			: Promise.resolve({ status: 200, body: { users: [] } }),
		staffCall<{ invitations: unknown[] }>(event, 'GET', '/api/admin/invitations'),
		staffCall<{ organizations: { id: string; name: string }[] }>(
			event,
			'GET',
			'/api/admin/organizations'
		)
	]);
	const parse = <T>(
		schema: { safeParse(value: unknown): { success: boolean; data?: T } },
		items: unknown[]
	) =>
		items.flatMap((item) => {
			const parsed = schema.safeParse(item);
			return parsed.success && parsed.data ? [parsed.data] : [];
		});
	return {
		users: parse<StaffUser>(staffUserSchema, users.body.users ?? []),
		invitations: parse<Invitation>(invitationSchema, invitations.body.invitations ?? []),
		organizations: organizations.status === 200 ? organizations.body.organizations : []
	};
};

const field = (form: FormData, name: string) => formText(form, name).trim();

export const actions: Actions = {
	invite: async (event) => {
		const form = await event.request.formData();
		const role = field(form, 'role');
		const counties = field(form, 'counties')
			.split(/[\s,;]+/)
			.filter(Boolean);
		const organizationId = field(form, 'organizationId');
		const answer = await staffCall<{ sent: boolean; link?: string }>(
			event,
			'POST',
			'/api/admin/invitations',
			{
				email: field(form, 'email'),
				role,
				...(role === 'editor' && organizationId ? { organizationId } : {}),
				...(role === 'curator' && counties.length > 0 ? { counties } : {})
			}
		);
		if (answer.status !== 201) {
			return fail(answer.status, {
				action: 'invite',
				message: answer.error?.message ?? '',
				issues: answer.error?.issues ?? []
			});
		}
		// Without e-mail the link is shown this once; it is made absolute with the site's address.
		const link = answer.body.link ? new URL(answer.body.link, event.url.origin).href : undefined;
		return { action: 'invite', sent: answer.body.sent, ...(link ? { link } : {}) };
	},
	update: async (event) => {
		const form = await event.request.formData();
		const id = field(form, 'id');
		if (!ID.test(id)) error(404, 'not found');
		const change = field(form, 'change');
		const body = change === 'reset-totp' ? { resetTotp: true } : { active: change === 'activate' };
		const answer = await staffCall(event, 'POST', `/api/admin/users/${id}`, body);
		if (answer.status !== 200) {
			return fail(answer.status, {
				action: 'update',
				message: answer.error?.message ?? '',
				issues: []
			});
		}
		return { action: 'update', saved: true };
	},
	revoke: async (event) => {
		const id = field(await event.request.formData(), 'id');
		if (!ID.test(id)) error(404, 'not found');
		const answer = await staffCall(event, 'POST', `/api/admin/invitations/${id}/revoke`, {});
		if (answer.status !== 200) {
			return fail(answer.status, {
				action: 'revoke',
				message: answer.error?.message ?? '',
				issues: []
			});
		}
		return { action: 'revoke', saved: true };
	}
};
