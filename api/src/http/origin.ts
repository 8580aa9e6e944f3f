import type { Request, RequestHandler } from 'express';
import { ForbiddenError } from '../auth/errors.js';

/** The site's own origin: the configured ORIGIN, or what this request was addressed to. */
export function siteOrigin(req: Request, configured: string | undefined): string {
	return configured ?? `${req.protocol}://${req.get('host') ?? ''}`;
}

/**
 * Refuses a state-changing request that a browser sent from another site: an `Origin` that is
 * not the site's, or `Sec-Fetch-Site` other than same-origin (or none: typed by the person).
 * A request with neither header did not come from a browser page, which always sends `Origin`
 * with a POST; it still needs the session cookie, which `SameSite=Strict` keeps from other sites.
 */
export function requireSameOrigin(configured: string | undefined): RequestHandler {
	return (req, _res, next) => {
		if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
		const origin = req.get('origin');
		const fetchSite = req.get('sec-fetch-site');
		if (origin !== undefined && origin !== siteOrigin(req, configured)) {
			return next(new ForbiddenError('This request came from another site.', 'cross_origin'));
		}
		if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
			return next(new ForbiddenError('This request came from another site.', 'cross_origin'));
		}
		next();
	};
}
