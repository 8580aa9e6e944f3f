import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { createApp } from './app.js';
import { smtpMailer } from './auth/mailer.js';
import { loadCatalogue } from './bootstrap.js';
import { createStaffDependencies } from './curation/staff-dependencies.js';
import { CatalogueService } from './catalogue/catalogue-service.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import {
	DataFileError,
	loadGaps,
	loadGeography,
	loadNeedLabels,
	loadVocabulary
} from './data/data-files.js';
import { createLogger, type Logger } from './logger.js';
import { openStore } from './store/open-store.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHUTDOWN_GRACE_MS = 10_000;
const PROTOCOL_HEADER = 'x-stodkartan-protocol';
const ADDRESS_HEADER = 'x-stodkartan-address';

/** The built site's request handler (adapter-node), or undefined when the site is not built. */
async function loadSite(
	config: Config,
	logger: Logger,
	internalToken: string
): Promise<RequestHandler | undefined> {
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
	// The client's address as Express sees it (behind a trusted proxy, from X-Forwarded-For),
	// for the staff login throttle; and the secret that makes the API believe the site passed it.
	process.env.ADDRESS_HEADER ??= ADDRESS_HEADER;
	process.env.STODKARTAN_INTERNAL_TOKEN = internalToken;
	process.env.API_BASE_URL ??= `http://${config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host}:${config.port}`;
	process.env.EXIT_URL = config.exitUrl;
	if (config.mapTileUrl) process.env.MAP_TILE_URL = config.mapTileUrl;
	const module = (await import(pathToFileURL(handler).href)) as { handler: RequestHandler };
	return (req, res, next) => {
		req.headers[PROTOCOL_HEADER] = req.protocol;
		req.headers[ADDRESS_HEADER] = req.ip ?? '';
		module.handler(req, res, next);
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

	const [geography, vocabulary, needLabels, repository] = await Promise.all([
		loadGeography(config.dataPath),
		loadVocabulary(config.dataPath),
		loadNeedLabels(config.dataPath),
		openStore(config)
	]);
	const gaps = await loadGaps(config.dataPath, geography);
	const catalogue = new CatalogueService({
		repository,
		geography,
		vocabulary,
		gaps,
		logger,
		rebuildIntervalMs: config.pollSeconds * 1000
	});
	let stopping = false;
	const internalToken = randomBytes(32).toString('base64url');
	const site = await loadSite(config, logger, internalToken);
	const staff = createStaffDependencies({
		repository,
		geography,
		catalogue,
		policy: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours },
		origin: config.origin,
		mailer: config.smtp ? smtpMailer(config.smtp) : undefined,
		internalToken
	});
	const app = createApp({
		catalogue,
		geography,
		vocabulary,
		needLabels,
		logger,
		trustProxy: config.trustProxy,
		isStopping: () => stopping,
		staff,
		...(site ? { site } : {})
	});

	const server: Server = await new Promise((resolve, reject) => {
		const listening = app
			.listen(config.port, config.host, () => resolve(listening))
			.once('error', reject);
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

	await loadCatalogue({ config, repository, geography, logger }, catalogue);
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
	if (error instanceof ConfigError || error instanceof DataFileError) {
		console.error(error.message);
	} else {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	}
	process.exit(1);
});
