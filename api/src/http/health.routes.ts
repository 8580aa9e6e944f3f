import type { Router } from 'express';
import type { HealthResponse } from '@stodkartan/core';
import type { AppDependencies } from './context.js';

export function registerHealthRoutes(
	router: Router,
	{ catalogue, isStopping }: AppDependencies
): void {
	router.get('/api/health', (_req, res) => {
		// Ready means a verified catalogue is in memory: answers never come from the store itself.
		const problem = catalogue.problem;
		const status: HealthResponse['status'] = isStopping?.()
			? 'stopping'
			: !catalogue.isReady
				? 'starting'
				: problem
					? 'degraded'
					: 'ok';
		const body: HealthResponse = {
			status,
			store: catalogue.storeKind,
			...(problem ? { problem } : {}),
			...(catalogue.isReady ? { catalogue: catalogue.health() } : {})
		};
		res.status(status === 'ok' || status === 'degraded' ? 200 : 503).json(body);
	});
}
