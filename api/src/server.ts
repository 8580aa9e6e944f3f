import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { createApp } from './app.js';
import { loadCatalogue } from './bootstrap.js';
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

/** The built site's request handler (adapter-node), or undefined when the site is not built. */
async function loadSite(config: Config, logger: Logger): Promise<RequestHandler | undefined> {
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
	process.env.API_BASE_URL ??= `http://${config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host}:${config.port}`;
	process.env.EXIT_URL = config.exitUrl;
	if (config.mapTileUrl) process.env.MAP_TILE_URL = config.mapTileUrl;
	const module = (await import(pathToFileURL(handler).href)) as { handler: RequestHandler };
	return (req, res, next) => {
		req.headers[PROTOCOL_HEADER] = req.protocol;
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
	const catalogue = new CatalogueService({ repository, geography, vocabulary, gaps, logger });
	let stopping = false;
	const site = await loadSite(config, logger);
	const app = createApp({
		catalogue,
		geography,
		vocabulary,
		needLabels,
		logger,
		trustProxy: config.trustProxy,
		isStopping: () => stopping,
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
