import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { sessionCookieName, sessionTokenFrom } from '@stodkartan/core';

/**
 * The staff pages' calls to the API (`/api/auth`, `/api/admin`), from the server only. The
 * browser's session cookie is passed on; so is the client's address (believed by the API only
 * with the site's token), for the login throttle. The form posts that lead here were
 * already checked by SvelteKit to come from the site; the API checks the Origin again.
 */

const baseUrl = () => env.API_BASE_URL ?? `http://127.0.0.1:${env.PORT ?? '3000'}`;
/** The origin the API expects: ORIGIN when set, otherwise the address it is called at. */
const apiOrigin = () => env.ORIGIN ?? new URL(baseUrl()).origin;

export interface StaffAnswer<T = unknown> {
	status: number;
	body: T;
	error?: { code: string; message: string; issues: { path: string; message: string }[] };
	token?: string;
}

type Event = Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'request'>;

export async function staffCall<T = unknown>(
	event: Event,
	method: 'GET' | 'POST',
	path: string,
	body?: unknown,
	options: { withSession?: boolean } = {}
): Promise<StaffAnswer<T>> {
	const token =
		options.withSession === false
			? undefined
			: sessionTokenFrom(event.request.headers.get('cookie') ?? undefined);
	const headers: Record<string, string> = { origin: apiOrigin() };
	if (token) headers.cookie = `${sessionCookieName(false)}=${token}`;
	// The site's token (issue 10) proves the call is the site's, which the API then believes
	// about the visitor's address.
	if (env.STODKARTAN_SITE_TOKEN) {
		headers['x-stodkartan-site'] = env.STODKARTAN_SITE_TOKEN;
		headers['x-stodkartan-client-address'] = event.getClientAddress();
	}
	if (body !== undefined) headers['content-type'] = 'application/json';
	let response: Response;
	try {
		response = await fetch(`${baseUrl()}${path}`, {
			method,
			headers,
			...(body !== undefined ? { body: JSON.stringify(body) } : {}),
			signal: AbortSignal.timeout(15_000)
		});
	} catch {
		error(503, 'unavailable');
	}
	const text = await response.text();
	const parsed: unknown =
		text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
	const setCookie = response.headers.get('set-cookie') ?? '';
	const issued = /stodkartan-staff=([A-Za-z0-9_-]{43});/.exec(setCookie)?.[1];
	if (response.status >= 400) {
		const problem = (parsed as { error?: StaffAnswer['error'] })?.error;
		return { status: response.status, body: parsed as T, ...(problem ? { error: problem } : {}) };
	}
	return { status: response.status, body: parsed as T, ...(issued ? { token: issued } : {}) };
}

/** Whether the staff cookie must be Secure (and so `__Host-`): the page was reached over HTTPS. */
const isSecure = (url: URL) => url.protocol === 'https:';

/** Gives the browser the session the API opened (the same cookie policy as the API's own). */
export function keepSession(cookies: Cookies, url: URL, token: string): void {
	const secure = isSecure(url);
	cookies.set(sessionCookieName(secure), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure
	});
}

export function dropSession(cookies: Cookies, url: URL): void {
	for (const secure of [true, false]) {
		if (cookies.get(sessionCookieName(secure)) !== undefined) {
			cookies.delete(sessionCookieName(secure), {
				path: '/',
				httpOnly: true,
				sameSite: 'strict',
				secure: secure && isSecure(url)
			});
		}
	}
}
