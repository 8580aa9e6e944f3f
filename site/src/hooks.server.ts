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

/** Set by the server in front (api/src/http/site-guard.ts), which removes any a client sends. */
const RATE_LIMITED_HEADER = 'x-stodkartan-rate-limited';

export const handle: Handle = async ({ event, resolve }) => {
	const lang = langOf(event.url.pathname);
	event.locals.lang = lang;
	event.locals.rateLimited = event.request.headers.get(RATE_LIMITED_HEADER) === '1';
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%stodkartan.quickexit%', quickExitScript(lang))
	});
	// Nothing this handler answers goes to a cache: pages, the form answers sent to JavaScript
	// and __data.json can all repeat what someone typed. (Static files never come here.)
	response.headers.set('cache-control', 'no-store');
	if (response.headers.get('content-type')?.startsWith('text/html')) {
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
