import type { RequestHandler } from 'express';
import type { Geography, NeedCode, NeedVocabulary, SituationCardsFile } from '@stodkartan/core';
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
	/** The situation cards (`data/situations.json`); none when not given. */
	situationCards?: SituationCardsFile;
	/** The clock, so tests can fix "now" for opening hours. */
	now?: () => Date;
	/** Which proxies to believe about the client's address (Express's `trust proxy`). */
	trustProxy?: false | number | string[];
	/** The public origin (ORIGIN) form posts must come from; unset, the request's own Host. */
	origin?: string;
	/** Per-client limits of the API and the site's form posts; unset, nothing is limited. */
	rateLimit?: { requests: number; windowSeconds: number };
	/** Sent by the site's own server code with its API calls, which are then not counted again. */
	siteToken?: string;
	/** The site (the SvelteKit handler) for every path the API does not answer, and its files. */
	site?: { handler: RequestHandler; staticPaths: ReadonlySet<string> };
	/** Whether the server is shutting down: health then answers 503 so balancers move away. */
	isStopping?: () => boolean;
	/** Accounts, curation and their routes (`/api/auth`, `/api/admin`, suggestions). */
	staff?: StaffDependencies;
}
