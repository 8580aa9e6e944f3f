import type { Router } from 'express';
import type { SituationCardsResponse } from '@stodkartan/core';
import type { AppDependencies } from './context.js';

/** The situation cards and their sources, as validated at start; the site chooses among them. */
export function registerSituationCardRoutes(
	router: Router,
	{ situationCards }: AppDependencies
): void {
	const body: SituationCardsResponse = {
		sources: situationCards?.sources ?? [],
		cards: situationCards?.cards ?? []
	};
	router.get('/api/situation-cards', (_req, res) => {
		res.json(body);
	});
}
