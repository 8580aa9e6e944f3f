import { redirect } from '@sveltejs/kit';
import type { SessionResponse } from '@stodkartan/core';
import { localize } from '$lib/i18n';
import { staffCall } from '$lib/server/staff/api';
import type { LayoutServerLoad } from './$types';

/** Pages that work without a session. */
const OPEN = ['/redigera/logga-in', '/redigera/inbjudan'];

/**
 * Every staff page asks the API who is signed in (the session lives in the store, not here).
 * Without a session only the login and invitation pages open; an admin or curator without a
 * second factor can only set one up. Staff pages are never indexed; like every page, no-store.
 */
export const load: LayoutServerLoad = async (event) => {
	event.setHeaders({ 'x-robots-tag': 'noindex, nofollow' });
	const { lang } = event.locals;
	const path = event.url.pathname.replace(/^\/en(?=\/)/, '');
	const session = await staffCall<SessionResponse>(event, 'GET', '/api/auth/session');
	if (session.status !== 200) {
		if (!OPEN.some((open) => path.startsWith(open))) {
			const hadCookie = (event.request.headers.get('cookie') ?? '').includes('stodkartan-staff=');
			redirect(303, `${localize('/redigera/logga-in', lang)}${hadCookie ? '?utgangen=1' : ''}`);
		}
		return { staff: null };
	}
	if (session.body.mustEnrolTotp && !path.startsWith('/redigera/tvafaktor')) {
		redirect(303, localize('/redigera/tvafaktor', lang));
	}
	return { staff: session.body };
};
