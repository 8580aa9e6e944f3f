import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	EmbeddedCatalogueRepository,
	MongoCatalogueRepository,
	type CatalogueRepository
} from '@stodkartan/api';

/** How a store is opened for one test, reopened on the same data, and thrown away. */
export interface StoreUnderTest {
	open(): Promise<CatalogueRepository>;
	reopen(): Promise<CatalogueRepository>;
	destroy(repository: CatalogueRepository): Promise<void>;
}

/**
 * Runs a contract suite against both stores: the embedded store always, MongoDB when
 * MONGODB_URI is set (skipped otherwise, saying so: no MongoDB server can be installed here).
 */
export function describeBothStores(
	name: string,
	contract: (makeStore: () => StoreUnderTest) => void
): void {
	describe(`${name}: embedded store (LMDB)`, () => {
		contract(() => {
			const directory = mkdtempSync(path.join(tmpdir(), 'stodkartan-contract-'));
			return {
				open: async () => EmbeddedCatalogueRepository.open(directory),
				reopen: async () => EmbeddedCatalogueRepository.open(directory),
				destroy: async (repository) => {
					await repository.close();
					rmSync(directory, { recursive: true, force: true });
				}
			};
		});
	});

	const mongodbUri = process.env.MONGODB_URI;
	const describeMongo = mongodbUri ? describe : describe.skip;
	describeMongo(
		`${name}: MongoDB store${mongodbUri ? '' : ' — SKIPPED: MONGODB_URI is not set, and no MongoDB server can be installed on this machine'}`,
		() => {
			contract(() => {
				const dbName = `stodkartan_contract_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
				const connect = () => MongoCatalogueRepository.connect(mongodbUri as string, { dbName });
				return {
					open: connect,
					reopen: connect,
					destroy: async (repository) => {
						await (repository as MongoCatalogueRepository).dropDatabase();
						await repository.close();
					}
				};
			});
		}
	);
	if (!mongodbUri) {
		console.warn(
			`The MongoDB run of the ${name} contract suite is skipped: set MONGODB_URI to a MongoDB server (a replica set or Atlas for transactions) to run it.`
		);
	}
}
