import type { Router } from 'express';
import { localRoutesRequestSchema } from '@stodkartan/core';
import type { AppDependencies } from './context.js';
import { NotFoundError, parseInput, requireKnownRegions } from './errors.js';

export function registerLocalRouteRoutes(
	router: Router,
	{ catalogue, geography, now = () => new Date() }: AppDependencies
): void {
	// A POST, so that the place a child lives never stands in a URL that proxies and histories keep.
	router.post('/api/local-routes', async (req, res) => {
		const body = parseInput(localRoutesRequestSchema, req.body ?? {}, 'body');
		requireKnownRegions(geography, body, 'body');
		const municipality =
			body.municipality ?? geography.municipalityOfPostalCode(body.postalCode ?? '')?.code;
		if (municipality === undefined) {
			throw new NotFoundError('That postal code is not in our postal code table.');
		}
		const routes = await catalogue.localRoutes(municipality, now());
		if (!routes) throw new NotFoundError('There is no municipality with that code.');
		res.json(routes);
	});
}
