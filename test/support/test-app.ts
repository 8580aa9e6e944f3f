import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import supertest from 'supertest';
import {
	CatalogueService,
	createApp,
	type AppDependencies,
	createLogger,
	createStaffDependencies,
	EmbeddedCatalogueRepository,
	type Logger,
	type Mailer,
	type StaffDependencies
} from '@stodkartan/api';
import { NEED_CODES, type Catalogue, type Gap } from '@stodkartan/core';
import { testGeography, testVocabulary } from './domain.js';

export interface TestApp {
	request: ReturnType<typeof supertest>;
	/**
	 * The Express app itself: for a test that must listen (raw sockets, slow clients), and for
	 * clients that keep cookies (supertest.agent).
	 */
	app: ReturnType<typeof createApp>;
	catalogue: CatalogueService;
	repository: EmbeddedCatalogueRepository;
	staff: StaffDependencies;
	/** Every line the app logged, for privacy checks. */
	logs: string[];
	close(): Promise<void>;
}

/** A logger that keeps its lines in memory. */
export function memoryLogger(level = 'debug'): { logger: Logger; logs: string[] } {
	const logs: string[] = [];
	const sink = new Writable({
		write(chunk: Buffer, _encoding, done) {
			logs.push(chunk.toString());
			done();
		}
	});
	return { logger: createLogger(level, sink), logs };
}

/**
 * The real app over the real embedded store in a temporary folder, holding the given catalogue.
 * `now` fixes the clock (opening hours, the day confidence is judged on); a function lets a test
 * move it. `gaps` are the documented gaps the local routes read.
 */
export async function createTestApp(
	catalogue: Catalogue,
	options: {
		now?: Date | (() => Date);
		gaps?: readonly Gap[];
		/** More of the app's dependencies: a rate limit, a site, an origin … */
		app?: Partial<AppDependencies>;
		/** The staff side's clock (sessions, invitations, proposals); the real one by default. */
		clock?: () => Date;
		origin?: string;
		mailer?: Mailer;
		sessionPolicy?: { idleMinutes: number; absoluteHours: number };
		/** The store's folder, for a test that runs a command on it too; the test removes it. */
		directory?: string;
	} = {}
): Promise<TestApp> {
	const directory = options.directory ?? mkdtempSync(path.join(tmpdir(), 'stodkartan-test-'));
	const repository = EmbeddedCatalogueRepository.open(directory);
	const { logger, logs } = memoryLogger();
	const geography = testGeography();
	const vocabulary = testVocabulary();
	const service = new CatalogueService({
		repository,
		geography,
		vocabulary,
		logger,
		...(options.gaps ? { gaps: options.gaps } : {})
	});
	await service.replace(catalogue, 'test');
	const needLabels = new Map(
		NEED_CODES.map((code) => [code, { sv: `${code} sv`, en: `${code} en` }])
	);
	const staff = createStaffDependencies({
		repository,
		geography,
		catalogue: service,
		policy: options.sessionPolicy ?? { idleMinutes: 30, absoluteHours: 12 },
		origin: options.origin,
		mailer: options.mailer,
		...(options.clock ? { now: options.clock } : {})
	});
	const app = createApp({
		staff,
		catalogue: service,
		geography,
		vocabulary,
		needLabels,
		logger,
		...(options.now
			? { now: typeof options.now === 'function' ? options.now : clock(options.now) }
			: {}),
		...options.app
	});
	return {
		request: supertest(app),
		app,
		catalogue: service,
		repository,
		staff,
		logs,
		async close() {
			await service.close();
			if (!options.directory) rmSync(directory, { recursive: true, force: true });
		}
	};
}

const clock = (date: Date) => () => date;
