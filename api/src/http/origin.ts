import type { Request, RequestHandler } from 'express';
import { AppError } from './errors.js';

/**
 * Where the site lives, and a check that a state-changing request comes from it. Reusable: the
 * site's form posts use it, and so can any route a browser sends cookies to (staff routes).
 *
 * The expected origin is `ORIGIN` when the deployment sets it. Unset, it is the scheme Express
 * saw (TLS, or a trusted proxy's X-Forwarded-Proto) and the request's own Host; that still
 * stops a forged form on another site (its browser names the other site in Origin) but trusts
 * whatever Host reached the server, so production should set ORIGIN (the server warns when it
 * is missing).
 */
export function expectedOrigin(req: Request, configured: string | undefined): string {
	return configured ?? `${req.protocol}://${req.get('host') ?? ''}`;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class CrossOriginError extends AppError {
	constructor() {
		super(403, 'cross_origin', 'This request must be sent from the site itself.');
	}
}

/**
 * Refuses a request with another method than GET, HEAD or OPTIONS unless the browser says it
 * comes from the site's own origin: `Origin` when sent, else `Sec-Fetch-Site: same-origin`.
 * A request with neither (a script, not a browser) is refused too unless `allowWithoutOrigin`:
 * such a client carries no one's cookies, so an API without sessions may allow it, and a staff
 * route should not.
 */
export function requireSameOrigin(options: {
	origin: string | undefined;
	allowWithoutOrigin?: boolean;
}): RequestHandler {
	return (req, _res, next) => {
		if (SAFE_METHODS.has(req.method)) return next();
		const origin = req.headers.origin;
		if (origin !== undefined) {
			return next(
				origin === expectedOrigin(req, options.origin) ? undefined : new CrossOriginError()
			);
		}
		const site = req.headers['sec-fetch-site'];
		if (site !== undefined) {
			return next(site === 'same-origin' ? undefined : new CrossOriginError());
		}
		next(options.allowWithoutOrigin ? undefined : new CrossOriginError());
	};
}
