import express, { type RequestHandler } from 'express';
import { CatalogueNotReadyError } from './catalogue/catalogue-service.js';
import type { AppDependencies } from './http/context.js';
import { AppError, errorHandler, notFoundHandler, ServiceUnavailableError } from './http/errors.js';
import { requestLog } from './http/request-log.js';
import { registerRoutes } from './http/routes.js';
import { securityHeaders } from './http/security.js';
import { requireSameOrigin } from './http/origin.js';
import { clientAddressOf } from './http/staff.js';

export type { AppDependencies };

/** The largest JSON body accepted: a match request with a long text is a few kilobytes. */
export const BODY_LIMIT = '32kb';

/** A body must say it is JSON; an empty body is an empty request. */
const requireJsonBody: RequestHandler = (req, _res, next) => {
	const hasBody =
		req.headers['transfer-encoding'] !== undefined ||
		Number(req.headers['content-length'] ?? 0) > 0;
	if (hasBody && !req.is('application/json')) {
		next(
			new AppError(
				415,
				'unsupported_media_type',
				'Send the body as JSON, with Content-Type: application/json.'
			)
		);
		return;
	}
	next();
};

/** Builds the application (API and, when given, the site) without listening. */
export function createApp(dependencies: AppDependencies): express.Express {
	const app = express();
	app.disable('x-powered-by');
	// API answers are never cached (no-store), so hashing each body for an ETag is wasted work.
	app.set('etag', false);
	app.set('query parser', 'simple');
	app.set('trust proxy', dependencies.trustProxy ?? false);
	app.use(requestLog(dependencies.logger), securityHeaders);

	const api = express.Router();
	if (dependencies.staff) {
		api.use('/api', clientAddressOf(dependencies.staff.internalToken));
		// Before the body is even read: a cross-site request changes nothing.
		const sameOrigin = requireSameOrigin(dependencies.staff.origin);
		api.use(['/api/auth', '/api/admin', '/api/services/:id/suggestions'], sameOrigin);
	}
	api.post(
		'/api/{*rest}',
		requireJsonBody,
		express.json({ limit: BODY_LIMIT, strict: true, type: 'application/json' })
	);
	registerRoutes(api, dependencies);
	api.use('/api', notFoundHandler);
	api.use('/hsds', notFoundHandler);
	app.use(api);

	app.use(((error, _req, _res, next) => {
		next(
			error instanceof CatalogueNotReadyError
				? new ServiceUnavailableError('The catalogue is still loading. Try again shortly.')
				: error
		);
	}) as express.ErrorRequestHandler);
	if (dependencies.site) app.use(dependencies.site);
	app.use(errorHandler(dependencies.logger));
	return app;
}
