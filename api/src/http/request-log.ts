import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { routeOf } from './errors.js';

/**
 * Gives each request an id and logs, when it ends, its method, route template, status and
 * duration. Nothing else: no body, no query string, no path parameters, no address, no agent.
 */
export function requestLog(logger: Logger): RequestHandler {
	return (req, res, next) => {
		const started = process.hrtime.bigint();
		const requestId = randomUUID();
		res.locals.requestId = requestId;
		res.setHeader('X-Request-Id', requestId);
		res.on('finish', () => {
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			const route = req.path.startsWith('/api') ? routeOf(req) : 'site';
			logger.info(
				{
					reqId: requestId,
					method: req.method,
					route,
					status: res.statusCode,
					ms: Math.round(ms * 10) / 10
				},
				'request'
			);
		});
		next();
	};
}
