import path from 'node:path';
import type { Config } from '../config.js';
import type { CatalogueRepository } from './catalogue-repository.js';
import { EmbeddedCatalogueRepository } from './embedded-repository.js';

/** The configured store: MongoDB when `MONGODB_URI` is set, otherwise the embedded store. */
export async function openStore(
	config: Pick<Config, 'mongodbUri' | 'dataDir'>
): Promise<CatalogueRepository> {
	if (config.mongodbUri) {
		const { MongoCatalogueRepository } = await import('./mongo-repository.js');
		return MongoCatalogueRepository.connect(config.mongodbUri);
	}
	return EmbeddedCatalogueRepository.open(path.join(config.dataDir, 'catalogue'));
}
