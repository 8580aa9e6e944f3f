import path from 'node:path';
import { z } from 'zod';

/**
 * Which proxies to believe about the client's address (X-Forwarded-For) and protocol: none
 * (false), the nearest N, or proxies at these addresses or subnets (Express's own names such as
 * loopback work too). Not "true": believing every hop lets any client choose the address its
 * rate limit is counted under.
 */
const trustProxySchema = z
	.string()
	.trim()
	.refine((value) => value !== 'true', {
		error:
			'"true" would believe any X-Forwarded-For a client writes; give the number of proxies in front of the server (usually 1) or their addresses'
	})
	.transform((value, context): false | number | string[] => {
		if (value === 'false') return false;
		const hops = /^\d+$/.test(value) ? Number(value) : undefined;
		if (hops !== undefined && hops >= 1 && hops <= 10) return hops;
		const list = value.split(',').map((part) => part.trim());
		const isAddress = (part: string) =>
			/^[0-9a-f]*[.:][0-9a-f:.]*(\/\d{1,3})?$/i.test(part) ||
			/^(loopback|linklocal|uniquelocal)$/.test(part);
		if (hops === undefined && list.every(isAddress)) return list;
		context.addIssue({
			code: 'custom',
			message:
				'must be false, the number of proxies in front (1–10), or a comma-separated list of their addresses or subnets'
		});
		return z.NEVER;
	});

/** The site's public address: scheme, host and port only (https://stodkartan.example). */
const originSchema = z
	.url({ protocol: /^https?$/, error: 'must be an http or https address' })
	.transform((value, context) => {
		const url = new URL(value);
		if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
			context.addIssue({
				code: 'custom',
				message: 'must be an origin only (scheme, host and port), e.g. https://stodkartan.example'
			});
			return z.NEVER;
		}
		return url.origin;
	});

// Not 0 (any free port): the site's server code calls the API on this port, so it must be known
// before the server listens.
const port = z.coerce.number().int().min(1).max(65535);

const configSchema = z
	.object({
		PORT: port.default(3000),
		HOST: z.string().min(1).default('0.0.0.0'),
		NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
		DATA_DIR: z.string().min(1).default('.data'),
		CATALOGUE_FILE: z.string().min(1).optional(),
		MONGODB_URI: z
			.string()
			.regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// connection string')
			.optional(),
		CATALOGUE_DATA_PATH: z.string().min(1).default('data'),
		CATALOGUE_POLL_SECONDS: z.coerce.number().min(0).max(3600).default(10),
		LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
		TRUST_PROXY: trustProxySchema.default(false),
		ORIGIN: originSchema.optional(),
		RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).max(10_000_000).default(300),
		RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
		// Node's defaults let a slow client hold a connection for 300 s; see README, Configuration.
		HEADERS_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(10),
		REQUEST_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(30),
		KEEP_ALIVE_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(5),
		MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
		SITE_BUILD: z.string().min(1).default('site/build'),
		EXIT_URL: z
			.url({ protocol: /^https$/, error: 'must be an https address' })
			.default('https://www.smhi.se/'),
		MAP_TILE_URL: z
			.string()
			.regex(
				/^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/,
				'must be an https tile URL template with {z}, {x} and {y}'
			)
			.optional(),
		SESSION_IDLE_MINUTES: z.coerce
			.number()
			.int()
			.min(1)
			.max(24 * 60)
			.default(30),
		SESSION_ABSOLUTE_HOURS: z.coerce
			.number()
			.int()
			.min(1)
			.max(7 * 24)
			.default(12),
		// Where e-mail goes out (invitations, reminders): smtp://user:password@host:587 or smtps://…
		SMTP_URL: z
			.string()
			.regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// address')
			.optional(),
		SMTP_FROM: z.string().min(3).optional()
	})
	.refine((value) => value.HEADERS_TIMEOUT_SECONDS <= value.REQUEST_TIMEOUT_SECONDS, {
		path: ['HEADERS_TIMEOUT_SECONDS'],
		error: 'must not be longer than REQUEST_TIMEOUT_SECONDS'
	});

export interface Config {
	port: number;
	host: string;
	environment: 'development' | 'production' | 'test';
	dataDir: string;
	catalogueFile: string | undefined;
	mongodbUri: string | undefined;
	dataPath: string;
	pollSeconds: number;
	logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
	/** Which proxies to believe about the client's address: none, the nearest N, or these. */
	trustProxy: false | number | string[];
	/** The public origin (ORIGIN); unset, a request's own Host names it. */
	origin: string | undefined;
	rateLimit: { requests: number; windowSeconds: number };
	server: {
		headersTimeoutMs: number;
		requestTimeoutMs: number;
		keepAliveTimeoutMs: number;
		maxConnections: number;
	};
	siteBuild: string;
	exitUrl: string;
	mapTileUrl: string | undefined;
	sessionIdleMinutes: number;
	sessionAbsoluteHours: number;
	/** Where invitations and reminders are sent from; unset, links are shown to the inviter. */
	smtp: { url: string; from: string } | undefined;
}

export class ConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
		this.name = 'ConfigError';
	}
}

/**
 * Reads the configuration once, at start, from the environment; relative paths are resolved
 * against `root`. Throws one error listing every problem.
 */
export function loadConfig(env: NodeJS.ProcessEnv, root: string): Config {
	const present = Object.fromEntries(
		Object.entries(env).filter(([, value]) => value !== undefined && value !== '')
	);
	const parsed = configSchema.safeParse(present);
	if (!parsed.success) {
		throw new ConfigError(
			parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
		);
	}
	const value = parsed.data;
	const problems: string[] = [];
	if (value.SMTP_URL && !value.SMTP_FROM) problems.push('SMTP_FROM: is required with SMTP_URL');
	if (value.SMTP_URL && !value.ORIGIN) {
		problems.push('ORIGIN: is required with SMTP_URL (the links in e-mails point to it)');
	}
	if (problems.length > 0) throw new ConfigError(problems);
	const resolve = (file: string) => path.resolve(root, file);
	return {
		port: value.PORT,
		host: value.HOST,
		environment: value.NODE_ENV,
		dataDir: resolve(value.DATA_DIR),
		catalogueFile: value.CATALOGUE_FILE ? resolve(value.CATALOGUE_FILE) : undefined,
		mongodbUri: value.MONGODB_URI,
		dataPath: resolve(value.CATALOGUE_DATA_PATH),
		pollSeconds: value.CATALOGUE_POLL_SECONDS,
		logLevel: value.LOG_LEVEL,
		trustProxy: value.TRUST_PROXY,
		origin: value.ORIGIN,
		rateLimit: {
			requests: value.RATE_LIMIT_REQUESTS,
			windowSeconds: value.RATE_LIMIT_WINDOW_SECONDS
		},
		server: {
			headersTimeoutMs: value.HEADERS_TIMEOUT_SECONDS * 1000,
			requestTimeoutMs: value.REQUEST_TIMEOUT_SECONDS * 1000,
			keepAliveTimeoutMs: value.KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
			maxConnections: value.MAX_CONNECTIONS
		},
		siteBuild: resolve(value.SITE_BUILD),
		exitUrl: value.EXIT_URL,
		mapTileUrl: value.MAP_TILE_URL,
		sessionIdleMinutes: value.SESSION_IDLE_MINUTES,
		sessionAbsoluteHours: value.SESSION_ABSOLUTE_HOURS,
		smtp:
			value.SMTP_URL && value.SMTP_FROM ? { url: value.SMTP_URL, from: value.SMTP_FROM } : undefined
	};
}
