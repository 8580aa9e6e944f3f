import type { Router } from 'express';
import type { HealthResponse } from '@stodkartan/core';
import type { AppDependencies } from './context.js';

export function registerHealthRoutes(
	router: Router,
	{ catalogue, isStopping }: AppDependencies
): void {
	router.get('/api/health', (_req, res) => {
		const status: HealthResponse['status'] = isStopping?.()
			? 'stopping'
			: catalogue.isReady
				? 'ok'
				: 'starting';
		const body: HealthResponse = {
			status,
			store: catalogue.storeKind,
			...(catalogue.isReady ? { catalogue: catalogue.health() } : {})
		};
		res.status(status === 'ok' ? 200 : 503).json(body);
	});
}
