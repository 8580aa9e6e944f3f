import type { RequestHandler } from 'express';
import { AppError } from './errors.js';
import { requireSameOrigin } from './origin.js';
import { isRateLimited } from './rate-limit.js';

/**
 * What stands between the public and the site's handler (SvelteKit): static files answer GET and
 * HEAD only (the static file server would send them for any method), a form post must come from
 * the site itself, and a post over the client's rate limit is passed on marked, so the page can
 * say so in its own words, with the quick exit and the emergency numbers, instead of a bare error.
 */

/** The header the site reads to learn that a form post is over the limit. Set here only. */
export const RATE_LIMITED_HEADER = 'x-stodkartan-rate-limited';

export function siteGuard(options: {
	/** URL paths of the site's static files (`/favicon.svg`, `/_app/immutable/…`). */
	staticPaths: ReadonlySet<string>;
	origin: string | undefined;
	/** Counts form posts against the client's limit; unset, nothing is counted. */
	rateLimit?: RequestHandler;
}): RequestHandler[] {
	const sameOrigin = requireSameOrigin({ origin: options.origin });
	const guard: RequestHandler = (req, res, next) => {
		// Only this server says whether a request is over its limit.
		delete req.headers[RATE_LIMITED_HEADER];
		if (req.method === 'GET' || req.method === 'HEAD') return next();
		if (options.staticPaths.has(staticPath(req.path))) {
			res.setHeader('Allow', 'GET, HEAD');
			return next(new AppError(405, 'method_not_allowed', 'Files here can only be read.'));
		}
		sameOrigin(req, res, next);
	};
	const mark: RequestHandler = (req, _res, next) => {
		if (isRateLimited(req)) req.headers[RATE_LIMITED_HEADER] = '1';
		next();
	};
	const count = options.rateLimit;
	const countPosts: RequestHandler | undefined =
		count && ((req, res, next) => (req.method === 'POST' ? count(req, res, next) : next()));
	return countPosts ? [guard, countPosts, mark] : [guard];
}

/** The static file server's view of a path: decoded, without trailing slashes. */
function staticPath(path: string): string {
	let decoded: string;
	try {
		decoded = decodeURIComponent(path);
	} catch {
		return path;
	}
	return decoded.length > 1 ? decoded.replace(/\/+$/, '') : decoded;
}
