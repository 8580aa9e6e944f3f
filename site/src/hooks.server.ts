import type { Handle, HandleServerError } from '@sveltejs/kit';
import { langOf, messages } from '$lib/i18n';

export const handle: Handle = async ({ event, resolve }) => {
	const lang = langOf(event.url.pathname);
	event.locals.lang = lang;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
	// Pages (and form answers) never go to the disk cache: they can hold what someone searched.
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('cache-control', 'no-store');
	}
	return response;
};

/** Logs the route and status only; the URL and anything sent can hold what someone searched. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	console.error(
		JSON.stringify({
			route: event.route.id,
			status,
			error: error instanceof Error ? error.name : 'error'
		})
	);
	return { message: messages(langOf(event.url.pathname)).form.error };
};
