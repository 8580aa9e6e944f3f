import type { RequestHandler } from 'express';
import { InvalidRequestError } from './errors.js';

/**
 * Headers for every answer: no referrer to any other site (a visit must not reveal itself to the
 * next site; same-origin keeps the Origin header that form posts are checked against), no sniffing, no framing, no powerful browser features, no cross-origin use. Pages get
 * their Content-Security-Policy from SvelteKit (with hashes for its own inline script); API
 * answers get one that allows nothing, and are never stored by caches. Set in one pass: at a few
 * thousand requests a second, a middleware per header costs measurably.
 */
const COMMON_HEADERS: readonly [string, string][] = [
	['Referrer-Policy', 'same-origin'],
	['X-Content-Type-Options', 'nosniff'],
	['X-Frame-Options', 'DENY'],
	['X-DNS-Prefetch-Control', 'off'],
	['X-Permitted-Cross-Domain-Policies', 'none'],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	['Cross-Origin-Resource-Policy', 'same-origin'],
	['Origin-Agent-Cluster', '?1'],
	['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
	[
		'Permissions-Policy',
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'
	]
];

const API_HEADERS: readonly [string, string][] = [
	[
		'Content-Security-Policy',
		"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
	],
	['Cache-Control', 'no-store']
];

export const securityHeaders: RequestHandler = (req, res, next) => {
	for (const [name, value] of COMMON_HEADERS) res.setHeader(name, value);
	if (req.path.startsWith('/api/') || req.path === '/hsds' || req.path.startsWith('/hsds/')) {
		for (const [name, value] of API_HEADERS) res.setHeader(name, value);
	}
	next();
};

/**
 * Refuses a request that names its Host twice: Node keeps the first, a proxy in front may have
 * routed by the second, and the origin check must not guess which one the browser meant.
 */
export const singleHost: RequestHandler = (req, _res, next) => {
	const raw = req.rawHeaders;
	let hosts = 0;
	for (let i = 0; i < raw.length; i += 2) {
		const name = raw[i] as string;
		if (name.length === 4 && name.toLowerCase() === 'host') hosts++;
	}
	next(
		hosts > 1 ? new InvalidRequestError('The request names its Host more than once.') : undefined
	);
};
