import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type Options, type Store } from 'express-rate-limit';
import { TooManyRequestsError } from '../auth/errors.js';

/**
 * Throttles (express-rate-limit). Counters by address live in memory only, so no address is
 * ever stored; the per-account counter lives in the store, keyed by a hash of the e-mail, so it
 * holds across instances and restarts and never keeps what someone typed.
 */

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_FAILURES_PER_ADDRESS = 30;

/** The client's address: the one the site's server passed on, or the connection's. */
export function clientAddress(_req: Request, res: Response): string {
	return String(res.locals.clientAddress ?? 'unknown');
}

/** Counters kept in the store (the repository's), as the throttle needs them. */
export interface Counters {
	hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }>;
	unhit(key: string): Promise<void>;
	resetHits(key: string): Promise<void>;
}

/** express-rate-limit's store over the repository's counters. */
class CounterStore implements Store {
	readonly localKeys = false;
	#windowMs = LOGIN_WINDOW_MS;

	constructor(
		readonly prefix: string,
		private readonly counters: Counters,
		private readonly now: () => Date
	) {}

	init(options: Options): void {
		this.#windowMs = options.windowMs;
	}

	async increment(key: string) {
		const { count, resetAt } = await this.counters.hit(
			`${this.prefix}${key}`,
			this.#windowMs,
			this.now().getTime()
		);
		return { totalHits: count, resetTime: new Date(resetAt) };
	}

	async decrement(key: string): Promise<void> {
		await this.counters.unhit(`${this.prefix}${key}`);
	}

	async resetKey(key: string): Promise<void> {
		await this.counters.resetHits(`${this.prefix}${key}`);
	}
}

const common = {
	// Draft 7, not 8: draft 8 sends back a hash of the key, here an address or an account.
	standardHeaders: 'draft-7',
	legacyHeaders: false,
	// The addresses are given by clientAddress, which the app sets itself.
	validate: { xForwardedForHeader: false, trustProxy: false, keyGeneratorIpFallback: false },
	handler: (_req, _res, next) => next(new TooManyRequestsError())
} satisfies Partial<Options>;

const byAddress = (req: Request, res: Response) => ipKeyGenerator(clientAddress(req, res), 56);

/** Login: 429 once an account has had 5 failures in 15 minutes, or an address 30. */
export function loginThrottles(counters: Counters, now: () => Date): RequestHandler[] {
	const account = rateLimit({
		...common,
		windowMs: LOGIN_WINDOW_MS,
		limit: LOGIN_FAILURES_PER_ACCOUNT,
		skipSuccessfulRequests: true,
		store: new CounterStore('login:', counters, now),
		keyGenerator: (req) => {
			const { email } = (req.body ?? {}) as { email?: unknown };
			const account = typeof email === 'string' ? email.trim().toLowerCase() : '';
			return createHash('sha256').update(account).digest('hex');
		}
	});
	const address = rateLimit({
		...common,
		windowMs: LOGIN_WINDOW_MS,
		limit: LOGIN_FAILURES_PER_ADDRESS,
		skipSuccessfulRequests: true,
		keyGenerator: byAddress
	});
	return [address, account];
}

/** Any request, per address: for invitation links and the public suggestion form. */
export function addressThrottle(windowMs: number, limit: number): RequestHandler {
	return rateLimit({ ...common, windowMs, limit, keyGenerator: byAddress });
}

/** Everyone together: the curators' queue cannot be flooded from many addresses at once. */
export function totalThrottle(windowMs: number, limit: number): RequestHandler {
	return rateLimit({ ...common, windowMs, limit, keyGenerator: () => 'everyone' });
}
