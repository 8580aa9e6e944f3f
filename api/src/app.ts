import express, { type RequestHandler } from 'express';
import { CatalogueNotReadyError } from './catalogue/catalogue-service.js';
import type { AppDependencies } from './http/context.js';
import { AppError, errorHandler, notFoundHandler, ServiceUnavailableError } from './http/errors.js';
import { createRateLimit, hasSiteToken } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { registerRoutes } from './http/routes.js';
import { securityHeaders, singleHost } from './http/security.js';
import { siteGuard } from './http/site-guard.js';
import { requireSameOrigin } from './http/origin.js';
import { clientAddressOf } from './http/staff.js';

export type { AppDependencies };

/** The largest JSON body accepted: a match request with a long text is a few kilobytes. */
export const BODY_LIMIT = '32kb';

/** A body must say it is JSON, and come as it is (no Content-Encoding); an empty body is empty. */
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
	app.use(requestLog(dependencies.logger), securityHeaders, singleHost);

	const limits = dependencies.rateLimit;
	const isSiteCall = hasSiteToken(dependencies.siteToken);
	if (limits) {
		// Before the body is read: a client over its limit costs no parsing. Health is not counted,
		// so a balancer's probes can never take an instance out of service. The HSDS API is a public
		// read surface too (a whole-catalogue dump among it), so it shares the same counter.
		app.use(
			['/api', '/hsds'],
			createRateLimit({
				...limits,
				logger: dependencies.logger,
				skip: (req) => req.path === '/health' || isSiteCall(req)
			})
		);
	}
	const api = express.Router();
	if (dependencies.staff) {
		// The client's address for the throttles of these routes (not looked up for the others).
		// Before the body is even read: a cross-site request changes nothing. A request with no
		// Origin and no Sec-Fetch-Site is not a browser's (scripts, the contract checks): it passes
		// here and still needs the session cookie, which SameSite=Strict keeps from other sites.
		api.use(
			['/api/auth', '/api/admin', '/api/services/:id/suggestions'],
			clientAddressOf(isSiteCall),
			requireSameOrigin({ origin: dependencies.origin, allowWithoutOrigin: true })
		);
	}
	api.post(
		'/api/{*rest}',
		requireJsonBody,
		// A match request is small: compressed bodies are refused (415) rather than inflated.
		express.json({ limit: BODY_LIMIT, strict: true, type: 'application/json', inflate: false })
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
	if (dependencies.site) {
		app.use(
			siteGuard({
				staticPaths: dependencies.site.staticPaths,
				origin: dependencies.origin,
				...(limits
					? {
							rateLimit: createRateLimit({
								...limits,
								logger: dependencies.logger,
								whenLimited: 'mark'
							})
						}
					: {})
			}),
			dependencies.site.handler
		);
	}
	app.use(errorHandler(dependencies.logger));
	return app;
}
