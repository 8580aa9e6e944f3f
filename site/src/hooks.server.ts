import type { Handle, HandleServerError } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { langOf, messages } from '$lib/i18n';
import { quickExitScript } from '$lib/server/quick-exit';

/** The origin of a deployment's own map tile server, allowed for images only; none by default. */
function tileOrigin(): string | undefined {
	if (!env.MAP_TILE_URL) return undefined;
	try {
		return new URL(env.MAP_TILE_URL.replace(/\{[a-z]\}/g, '0')).origin;
	} catch {
		return undefined;
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const lang = langOf(event.url.pathname);
	event.locals.lang = lang;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%stodkartan.quickexit%', quickExitScript(lang))
	});
	// Pages (and form answers) never go to the disk cache: they can hold what someone searched.
	if (response.headers.get('content-type')?.startsWith('text/html')) {
		response.headers.set('cache-control', 'no-store');
		const tiles = tileOrigin();
		const csp = response.headers.get('content-security-policy');
		if (tiles && csp) {
			response.headers.set(
				'content-security-policy',
				csp.replace("img-src 'self' data:", `img-src 'self' data: ${tiles}`)
			);
		}
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
