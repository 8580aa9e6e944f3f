import path from 'node:path';
import {
	EmbeddedCatalogueRepository,
	MongoCatalogueRepository,
	type CatalogueRepository,
	type Config
} from '@stodkartan/api';

/**
 * The store the server uses (`MONGODB_URI`, else the embedded store in `DATA_DIR`), for the
 * account and reminder commands. They write only curation's records, never the catalogue, so
 * they do not check or rebuild it the way the server and `npm run seed` do; LMDB lets them
 * share the folder with a running server.
 */
export async function openStore(
	config: Pick<Config, 'mongodbUri' | 'dataDir'>
): Promise<CatalogueRepository> {
	if (config.mongodbUri) return MongoCatalogueRepository.connect(config.mongodbUri);
	return EmbeddedCatalogueRepository.open(path.join(config.dataDir, 'catalogue'));
}
