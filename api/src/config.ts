import path from 'node:path';
import { z } from 'zod';

// Not 0 (any free port): the site's server code calls the API on this port, so it must be known
// before the server listens.
const port = z.coerce.number().int().min(1).max(65535);

const configSchema = z.object({
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
	TRUST_PROXY: z
		.enum(['true', 'false'])
		.default('false')
		.transform((value) => value === 'true'),
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
	// The site's own origin (scheme, host, port), e.g. https://stodkartan.se: state-changing staff
	// requests must come from it, and links in e-mails point to it.
	ORIGIN: z
		.url({ protocol: /^https?$/, error: 'must be an http(s) origin' })
		.transform((value) => new URL(value).origin)
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
	trustProxy: boolean;
	siteBuild: string;
	exitUrl: string;
	mapTileUrl: string | undefined;
	origin: string | undefined;
	sessionIdleMinutes: number;
	sessionAbsoluteHours: number;
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
		siteBuild: resolve(value.SITE_BUILD),
		exitUrl: value.EXIT_URL,
		mapTileUrl: value.MAP_TILE_URL,
		origin: value.ORIGIN,
		sessionIdleMinutes: value.SESSION_IDLE_MINUTES,
		sessionAbsoluteHours: value.SESSION_ABSOLUTE_HOURS,
		smtp:
			value.SMTP_URL && value.SMTP_FROM ? { url: value.SMTP_URL, from: value.SMTP_FROM } : undefined
	};
}
