import type { Router } from 'express';
import type { AppDependencies } from './context.js';
import { registerAdminRoutes } from './admin.routes.js';
import { registerAuthRoutes } from './auth.routes.js';
import { registerHealthRoutes } from './health.routes.js';
import { registerHsdsRoutes } from './hsds.routes.js';
import { registerLocalRouteRoutes } from './local-routes.routes.js';
import { registerMatchRoutes } from './match.routes.js';
import { registerNeedRoutes } from './needs.routes.js';
import { openApiDocument } from './openapi.js';
import { registerRegionRoutes } from './regions.routes.js';
import { registerServiceRoutes } from './services.routes.js';
import { registerSituationCardRoutes } from './situation-cards.routes.js';
import { registerSuggestionRoutes } from './suggestions.routes.js';

export function registerRoutes(router: Router, dependencies: AppDependencies): void {
	registerMatchRoutes(router, dependencies);
	registerHealthRoutes(router, dependencies);
	registerServiceRoutes(router, dependencies);
	registerNeedRoutes(router, dependencies);
	registerRegionRoutes(router, dependencies);
	registerLocalRouteRoutes(router, dependencies);
	registerSituationCardRoutes(router, dependencies);
	if (dependencies.staff) {
		registerAuthRoutes(router, dependencies.staff);
		registerAdminRoutes(router, dependencies.staff);
		registerSuggestionRoutes(router, dependencies.staff);
	}
	registerHsdsRoutes(router, dependencies);
	const document = openApiDocument();
	router.get('/api/openapi.json', (_req, res) => {
		res.json(document);
	});
}
