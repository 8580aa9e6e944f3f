import type { Router } from 'express';
import { NEED_CODES, needGroupOf, type NeedsResponse } from '@stodkartan/core';
import type { AppDependencies } from './context.js';

/** The contract's labels (data/needs.json), kept beside the youth-friendly wording. */
export function registerNeedRoutes(
	router: Router,
	{ vocabulary, needLabels }: AppDependencies
): void {
	const body: NeedsResponse = {
		needs: NEED_CODES.map((code) => {
			const entry = vocabulary.entry(code);
			const pick = (text: { sv: string; en?: string }) => ({ sv: text.sv, en: text.en ?? text.sv });
			return {
				code,
				group: needGroupOf(code),
				label: needLabels.get(code) ?? pick(entry.label),
				youthLabel: pick(entry.label),
				question: pick(entry.question),
				description: pick(entry.description)
			};
		})
	};
	router.get('/api/needs', (_req, res) => {
		res.json(body);
	});
}
