import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { routeOf } from './errors.js';

/** How often the request summary is logged. */
const SUMMARY_INTERVAL_MS = 60_000;
/** Durations kept for the summary's percentiles: a uniform sample of the minute's requests. */
const SAMPLE_SIZE = 10_000;

/**
 * Gives each request an id (the X-Request-Id header) and logs it when it ends: its method,
 * route template, status and duration, nothing else: no body, no query string, no path
 * parameters, no address, no agent.
 *
 * One line per request is `debug`: under load that is about 170 bytes a request, some 40 MB
 * in ten minutes. At `info` the server logs instead one summary a minute (requests by status
 * class, the slowest and the 99th percentile), and every 5xx on its own line at `error`, with
 * its request id, so an operator sees the traffic and every failure at a few kilobytes an hour.
 */
export function requestLog(
	logger: Logger,
	options: { summaryIntervalMs?: number } = {}
): RequestHandler {
	const summary = new RequestSummary(logger, options.summaryIntervalMs ?? SUMMARY_INTERVAL_MS);
	return (req, res, next) => {
		const started = process.hrtime.bigint();
		const requestId = randomUUID();
		res.locals.requestId = requestId;
		res.setHeader('X-Request-Id', requestId);
		res.on('finish', () => {
			const ms = Math.round((Number(process.hrtime.bigint() - started) / 1e6) * 10) / 10;
			summary.add(res.statusCode, ms);
			const level = res.statusCode >= 500 ? 'error' : 'debug';
			if (!logger.isLevelEnabled(level)) return;
			const route = req.path.startsWith('/api') ? routeOf(req) : 'site';
			logger[level](
				{ reqId: requestId, method: req.method, route, status: res.statusCode, ms },
				'request'
			);
		});
		next();
	};
}

type StatusClass = '2xx' | '3xx' | '4xx' | '429' | '5xx';

function statusClass(status: number): StatusClass {
	if (status === 429) return '429';
	if (status >= 500) return '5xx';
	if (status >= 400) return '4xx';
	return status >= 300 ? '3xx' : '2xx';
}

/** Counts of the requests since the last summary; logged once a minute when there were any. */
class RequestSummary {
	readonly #logger: Logger;
	readonly #intervalMs: number;
	#durations: number[] = [];
	#count = 0;
	#byStatus: Record<StatusClass, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 };
	#scheduled = false;

	constructor(logger: Logger, intervalMs: number) {
		this.#logger = logger;
		this.#intervalMs = intervalMs;
	}

	add(status: number, ms: number) {
		if (!this.#logger.isLevelEnabled('info')) return;
		this.#byStatus[statusClass(status)]++;
		// A uniform sample (reservoir) is enough for percentiles; memory stays flat at any rate.
		this.#count++;
		if (this.#durations.length < SAMPLE_SIZE) this.#durations.push(ms);
		else {
			const slot = Math.floor(Math.random() * this.#count);
			if (slot < SAMPLE_SIZE) this.#durations[slot] = ms;
		}
		if (!this.#scheduled) {
			this.#scheduled = true;
			setTimeout(() => this.#flush(), this.#intervalMs).unref();
		}
	}

	#flush() {
		this.#scheduled = false;
		const durations = this.#durations.sort((a, b) => a - b);
		const at = (share: number) =>
			durations[Math.min(durations.length - 1, Math.floor(durations.length * share))];
		this.#logger.info(
			{
				seconds: this.#intervalMs / 1000,
				requests: { total: this.#count, ...this.#byStatus },
				p50: at(0.5),
				p99: at(0.99),
				maxMs: durations[durations.length - 1]
			},
			'requests'
		);
		this.#durations = [];
		this.#count = 0;
		this.#byStatus = { '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0 };
	}
}
