import type { Router } from 'express';
import { idSchema, listServicesQuerySchema } from '@stodkartan/core';
import type { AppDependencies } from './context.js';
import { NotFoundError, parseInput, requireKnownRegions } from './errors.js';

export function registerServiceRoutes(
	router: Router,
	{ catalogue, geography, now = () => new Date() }: AppDependencies
): void {
	router.get('/api/services', async (req, res) => {
		const query = parseInput(listServicesQuerySchema, req.query, 'query');
		requireKnownRegions(geography, query, 'query');
		res.type('json').send(await catalogue.list(query, now()));
	});

	router.get('/api/services/:id', async (req, res) => {
		const id = parseInput(idSchema, req.params.id, 'id');
		const service = await catalogue.findById(id, now());
		if (!service) throw new NotFoundError('There is no service with that id.');
		res.json(service);
	});
}
