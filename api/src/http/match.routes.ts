import type { Router } from 'express';
import { matchRequestSchema } from '@stodkartan/core';
import type { AppDependencies } from './context.js';
import { parseInput, requireKnownRegions } from './errors.js';

export function registerMatchRoutes(
	router: Router,
	{ catalogue, geography, now = () => new Date() }: AppDependencies
): void {
	router.post('/api/match', async (req, res) => {
		const request = parseInput(matchRequestSchema, req.body ?? {}, 'body');
		if (request.location && !('postalCode' in request.location)) {
			requireKnownRegions(geography, request.location, 'body.location');
		}
		res.type('json').send(await catalogue.match(request, now()));
	});
}
