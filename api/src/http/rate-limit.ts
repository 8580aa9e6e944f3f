import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Logger } from '../logger.js';
import { AppError } from './errors.js';

/**
 * Per-client rate limits. Reusable: any route (the public API, the site's forms, a staff login)
 * builds its own limiter with `createRateLimit`, each with its own counters.
 *
 * Counters live in this process's memory only, for one window: no address is ever written to a
 * store, a log or an error message. A client is its address as Express sees it (`req.ip`, which
 * believes X-Forwarded-For only as far as `TRUST_PROXY` says); IPv6 addresses count per /56,
 * the block one household or phone usually gets, so rotating through one's own block does not
 * buy more requests.
 */

export interface RateLimitOptions {
	/** Requests one client may make per window. */
	requests: number;
	windowSeconds: number;
	logger: Logger;
	/** The error code of the 429 answer (e.g. rate_limited, too_many_attempts). */
	code?: string;
	message?: string;
	/** What to count under; the client's address (its IPv6 /56) by default. */
	key?: (req: Request) => string;
	/** Requests that do not count (and are never refused). */
	skip?: (req: Request) => boolean;
	/**
	 * What happens to a request over the limit. By default the JSON error (429 with Retry-After);
	 * `mark` lets the request through with `req.rateLimited` set, for a page that answers it in its
	 * own words (the site's forms).
	 */
	whenLimited?: 'refuse' | 'mark';
}

/** The client a request counts against: its address, IPv6 grouped per /56. */
export function clientKey(req: Request): string {
	return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown', 56);
}

/** Marks the requests of a client over a `mark` limiter's limit; read it with `isRateLimited`. */
const LIMITED = Symbol('rateLimited');

export function isRateLimited(req: Request): boolean {
	return (req as Request & { [LIMITED]?: boolean })[LIMITED] === true;
}

export function createRateLimit(options: RateLimitOptions): RequestHandler {
	const code = options.code ?? 'rate_limited';
	const message =
		options.message ?? 'Too many requests from your network. Wait a little and try again.';
	return rateLimit({
		windowMs: options.windowSeconds * 1000,
		limit: options.requests,
		// RateLimit and RateLimit-Policy on every answer, Retry-After on a refusal. Draft 7, not 8:
		// draft 8 adds a hash of the key (the address) to every answer.
		standardHeaders: 'draft-7',
		legacyHeaders: false,
		keyGenerator: options.key ?? clientKey,
		...(options.skip ? { skip: options.skip } : {}),
		// The library's own messages can quote a key, that is an address: only codes are logged.
		logger: quietLogger(options.logger),
		handler: (req, _res, next) => {
			if (options.whenLimited === 'mark') {
				(req as Request & { [LIMITED]?: boolean })[LIMITED] = true;
				next();
				return;
			}
			next(new AppError(429, code, message));
		}
	});
}

function quietLogger(logger: Logger) {
	const describe = (error: unknown) => ({
		err: error instanceof Error ? error.name : typeof error,
		code:
			typeof error === 'object' &&
			error !== null &&
			'code' in error &&
			typeof error.code === 'string'
				? error.code
				: undefined
	});
	return {
		warn: (error: unknown) => logger.warn(describe(error), 'rate limiter warning'),
		error: (error: unknown) => logger.error(describe(error), 'rate limiter error')
	};
}

/**
 * A secret the site's own server code sends with its calls to the API: those calls are made for
 * a form post that was already counted, and would otherwise all count against 127.0.0.1. It is
 * made anew at every start and never leaves the process (the site calls the API on loopback).
 */
export function hasSiteToken(token: string | undefined): (req: Request) => boolean {
	if (!token) return () => false;
	const expected = Buffer.from(token);
	return (req) => {
		const sent = req.headers[SITE_TOKEN_HEADER];
		if (typeof sent !== 'string') return false;
		const given = Buffer.from(sent);
		return given.length === expected.length && timingSafeEqual(given, expected);
	};
}

export const SITE_TOKEN_HEADER = 'x-stodkartan-site';
