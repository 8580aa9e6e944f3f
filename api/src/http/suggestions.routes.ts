import type { Router } from 'express';
import { idSchema, suggestionRequestSchema } from '@stodkartan/core';
import { suggestCorrection } from '../curation/service-actions.js';
import { parseInput } from './errors.js';
import type { StaffDependencies } from './staff.js';
import { addressThrottle, totalThrottle } from './throttle.js';

/**
 * "Suggest a correction" from the public service page: no account and no cookie; the address is
 * used only in memory, for the throttle. What is written waits for curators and is never shown.
 */
export function registerSuggestionRoutes(router: Router, staff: StaffDependencies): void {
	router.post(
		'/api/services/:id/suggestions',
		addressThrottle(10 * 60_000, 5),
		totalThrottle(60 * 60_000, 300),
		async (req, res) => {
			const id = parseInput(idSchema, req.params.id, 'id');
			const { text } = parseInput(suggestionRequestSchema, req.body ?? {}, 'body');
			await suggestCorrection(staff.curation, id, text);
			res.status(201).json({ received: true });
		}
	);
}
