import type { Router } from 'express';
import {
	idSchema,
	listServicesQuerySchema,
	listServicesRequestSchema,
	type ListServicesQuery
} from '@stodkartan/core';
import type { AppDependencies } from './context.js';
import { NotFoundError, parseInput, requireKnownRegions } from './errors.js';

export function registerServiceRoutes(
	router: Router,
	{ catalogue, geography, now = () => new Date() }: AppDependencies
): void {
	const list = async (query: ListServicesQuery, root: string) => {
		requireKnownRegions(geography, query, root);
		return catalogue.list(query, now());
	};
	// The filters in the URL, for links and simple clients; an age or a place there is kept by
	// every proxy and server log on the way, so the site and careful clients use the POST.
	router.get('/api/services', async (req, res) => {
		const query = parseInput(listServicesQuerySchema, req.query, 'query');
		res.type('json').send(await list(query, 'query'));
	});
	router.post('/api/services/search', async (req, res) => {
		const query = parseInput(listServicesRequestSchema, req.body ?? {}, 'body');
		res.type('json').send(await list(query, 'body'));
	});

	router.get('/api/services/:id', async (req, res) => {
		const id = parseInput(idSchema, req.params.id, 'id');
		const service = await catalogue.findById(id, now());
		if (!service) throw new NotFoundError('There is no service with that id.');
		res.type('json').send(service);
	});
}
