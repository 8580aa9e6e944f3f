import { loadDataCatalogue, loadGeography, loadVocabulary, formatProblems } from '@stodkartan/api';
import {
	CatalogueIndex,
	matchServices,
	type Geography,
	type MatchOutcome,
	type MatchRequest,
	type Service
} from '@stodkartan/core';

/** The real catalogue of `data/`, indexed as the server indexes it, for the evaluations. */
export interface RealCatalogue {
	geography: Geography;
	services: ReadonlyMap<string, Service>;
	match(request: MatchRequest, at: Date): MatchOutcome;
}

export async function loadRealCatalogue(dataPath: string): Promise<RealCatalogue> {
	const [geography, vocabulary] = await Promise.all([
		loadGeography(dataPath),
		loadVocabulary(dataPath)
	]);
	const result = await loadDataCatalogue(dataPath, geography);
	if (!result.ok) throw new Error(`data/ is not valid:\n${formatProblems(result.problems)}`);
	const { services } = result.catalogue;
	const index = new CatalogueIndex(services, geography, 'evaluation');
	return {
		geography,
		services: new Map(services.map((service) => [service.id, service])),
		match: (request, at) => matchServices(request, { index, geography, vocabulary }, at)
	};
}
