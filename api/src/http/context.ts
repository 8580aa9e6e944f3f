import type { RequestHandler } from 'express';
import type { Geography, NeedCode, NeedVocabulary } from '@stodkartan/core';
import type { CatalogueService } from '../catalogue/catalogue-service.js';
import type { Logger } from '../logger.js';
import type { StaffDependencies } from './staff.js';

/** What the HTTP layer needs; tests pass their own. */
export interface AppDependencies {
	catalogue: CatalogueService;
	geography: Geography;
	vocabulary: NeedVocabulary;
	/** The contract's own labels of the need codes (`data/needs.json`). */
	needLabels: ReadonlyMap<NeedCode, { sv: string; en: string }>;
	logger: Logger;
	/** The clock, so tests can fix "now" for opening hours. */
	now?: () => Date;
	trustProxy?: boolean;
	/** Serves the site for every path the API does not answer (the SvelteKit handler). */
	site?: RequestHandler;
	/** Whether the server is shutting down: health then answers 503 so balancers move away. */
	isStopping?: () => boolean;
	/** Accounts, curation and their routes (`/api/auth`, `/api/admin`, suggestions). */
	staff?: StaffDependencies;
}
