import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { createApp } from './app.js';
import { smtpMailer } from './auth/mailer.js';
import { loadCatalogue, readDeclaredFile } from './bootstrap.js';
import { CatalogueService } from './catalogue/catalogue-service.js';
import { createStaffDependencies } from './curation/staff-dependencies.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import {
	DataFileError,
	loadGaps,
	loadGeography,
	loadNeedLabels,
	loadSituationCards,
	loadVocabulary
} from './data/data-files.js';
import { createLogger, type Logger } from './logger.js';
import { inspectStore, openInspectedStore, StoreDamagedError } from './store/open-store.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHUTDOWN_GRACE_MS = 10_000;
const PROTOCOL_HEADER = 'x-stodkartan-protocol';
const ADDRESS_HEADER = 'x-stodkartan-address';

/** The URL paths of the files the site serves as they are (adapter-node's `client` folder). */
function staticPathsOf(directory: string): Set<string> {
	const paths = new Set<string>();
	if (!existsSync(directory)) return paths;
	for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		const url = `/${path.relative(directory, file).split(path.sep).join('/')}`;
		// Precompressed copies are served for their plain name.
		paths.add(url.replace(/\.(br|gz)$/, ''));
	}
	return paths;
}

/**
 * The built site (adapter-node): its request handler and static files, or undefined when it is
 * not built. `siteToken` goes with the site's own calls to the API (see http/rate-limit.ts).
 */
async function loadSite(
	config: Config,
	logger: Logger,
	siteToken: string
): Promise<{ handler: RequestHandler; staticPaths: Set<string> } | undefined> {
	const handler = path.join(config.siteBuild, 'handler.js');
	if (!existsSync(handler)) {
		logger.warn(
			{ siteBuild: config.siteBuild },
			'the site is not built; serving the API only (run npm run build)'
		);
		return undefined;
	}
	// The site's server code reads these; the API it calls is this process. The site checks the
	// Origin of form posts against the protocol Express saw (TLS, or a trusted proxy's header).
	process.env.PROTOCOL_HEADER ??= PROTOCOL_HEADER;
	// The client's address as Express sees it (behind a trusted proxy, from X-Forwarded-For):
	// the staff pages pass it on for the login throttle.
	process.env.ADDRESS_HEADER ??= ADDRESS_HEADER;
	process.env.API_BASE_URL ??= `http://${config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host}:${config.port}`;
	process.env.EXIT_URL = config.exitUrl;
	process.env.STODKARTAN_SITE_TOKEN = siteToken;
	// A search form is a few kilobytes; adapter-node would read up to 512 kB.
	process.env.BODY_SIZE_LIMIT ??= '64K';
	if (config.origin) process.env.ORIGIN = config.origin;
	else delete process.env.ORIGIN;
	if (config.mapTileUrl) process.env.MAP_TILE_URL = config.mapTileUrl;
	const module = (await import(pathToFileURL(handler).href)) as { handler: RequestHandler };
	return {
		handler: (req, res, next) => {
			req.headers[PROTOCOL_HEADER] = req.protocol;
			req.headers[ADDRESS_HEADER] = req.ip ?? '';
			module.handler(req, res, next);
		},
		staticPaths: staticPathsOf(path.join(config.siteBuild, 'client'))
	};
}

async function main(): Promise<void> {
	const config = loadConfig(process.env, ROOT);
	const logger = createLogger(config.logLevel);
	process.on('unhandledRejection', (reason) => {
		logger.fatal(
			{ err: reason instanceof Error ? reason.name : typeof reason },
			'unhandled rejection'
		);
		process.exit(1);
	});

	const [geography, vocabulary, needLabels, situationCards] = await Promise.all([
		loadGeography(config.dataPath),
		loadVocabulary(config.dataPath),
		loadNeedLabels(config.dataPath),
		loadSituationCards(config.dataPath)
	]);
	const gaps = await loadGaps(config.dataPath, geography);
	// The store is checked (apart, read-only) while the declared file is read and validated;
	// only then is anything decided, so an invalid file leaves the store as it was.
	const declared = config.catalogueFile ? path.basename(config.catalogueFile) : undefined;
	const [reading, inspecting] = await Promise.allSettled([
		config.catalogueFile ? readDeclaredFile(config.catalogueFile, geography, logger) : undefined,
		inspectStore(config, geography, declared)
	]);
	if (reading.status === 'rejected') throw reading.reason;
	if (inspecting.status === 'rejected') throw inspecting.reason;
	const file = reading.value;
	const store = await openInspectedStore(config, inspecting.value, logger, declared);
	const { repository } = store;
	const catalogue = new CatalogueService({
		repository,
		geography,
		vocabulary,
		gaps,
		logger,
		rebuildIntervalMs: config.pollSeconds * 1000,
		...(store.check ? { check: store.check } : {})
	});
	let stopping = false;
	if (config.environment === 'production' && !config.origin) {
		logger.warn(
			'ORIGIN is not set: form posts are checked against the Host header each request names. Set ORIGIN to the public address (e.g. https://stodkartan.example) in production.'
		);
	}
	const siteToken = randomBytes(32).toString('base64url');
	const site = await loadSite(config, logger, siteToken);
	const staff = createStaffDependencies({
		repository,
		geography,
		catalogue,
		policy: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours },
		origin: config.origin,
		mailer: config.smtp ? smtpMailer(config.smtp) : undefined
	});
	const app = createApp({
		staff,
		catalogue,
		geography,
		vocabulary,
		needLabels,
		situationCards,
		logger,
		trustProxy: config.trustProxy,
		rateLimit: config.rateLimit,
		siteToken,
		...(config.origin ? { origin: config.origin } : {}),
		isStopping: () => stopping,
		...(site ? { site } : {})
	});

	// A slow client may not hold a connection: Node's defaults allow 300 s for a request, checked
	// every 30 s, and any number of connections.
	const server: Server = createServer(
		{
			headersTimeout: config.server.headersTimeoutMs,
			requestTimeout: config.server.requestTimeoutMs,
			keepAliveTimeout: config.server.keepAliveTimeoutMs,
			connectionsCheckingInterval: 1000
		},
		app
	);
	server.maxConnections = config.server.maxConnections;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject).listen(config.port, config.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	logger.info(
		{ port: config.port, host: config.host, store: repository.kind },
		'listening; loading the catalogue'
	);

	const shutdown = (signal: string) => {
		if (stopping) return;
		stopping = true;
		logger.info({ signal }, 'shutting down');
		const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
		server.close(() => {
			clearTimeout(force);
			catalogue
				.close()
				.then(() => process.exit(0))
				.catch(() => process.exit(1));
		});
		server.closeIdleConnections();
	};
	process.once('SIGTERM', () => shutdown('SIGTERM'));
	process.once('SIGINT', () => shutdown('SIGINT'));

	await loadCatalogue({ config, store, geography, logger, file }, catalogue);
	catalogue.watch(config.pollSeconds);
	// Ended sessions are refused at once; this only keeps the store from filling with them.
	const sweep = () => {
		const now = new Date();
		const idle = new Date(now.getTime() - config.sessionIdleMinutes * 60_000);
		repository.curation
			.deleteExpiredSessions(now.toISOString(), idle.toISOString())
			.catch(() => logger.warn('could not clear ended sessions'));
	};
	sweep();
	setInterval(sweep, 3_600_000).unref();
	logger.info({ store: repository.kind }, 'ready');
}

main().catch((error: unknown) => {
	if (
		error instanceof ConfigError ||
		error instanceof DataFileError ||
		error instanceof StoreDamagedError
	) {
		console.error(error.message);
	} else {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	}
	process.exit(1);
});
