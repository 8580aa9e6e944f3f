// The child process of checkEmbeddedStore: reads and checks the embedded store in argv[2],
// prints one JSON line (a ChildResult) and exits. If the store's file is damaged so badly that
// reading it kills this process, that is the answer the parent reads.
//   node embedded-check-child.js <store directory> <data path> <always|never|unless-data>
import {
	describeError,
	readVerifiedCatalogue,
	type Validation
} from '../catalogue/verify-catalogue.js';
import { loadGeography } from '../data/data-files.js';
import type { ChildResult } from './embedded-check.js';
import { EmbeddedCatalogueRepository } from './embedded-repository.js';

async function check(): Promise<ChildResult> {
	const [directory = '', dataPath = '', validate = 'always'] = process.argv.slice(2);
	const geography = await loadGeography(dataPath);
	let repository: EmbeddedCatalogueRepository;
	try {
		repository = EmbeddedCatalogueRepository.open(directory, { readOnly: true });
	} catch (error) {
		return {
			state: 'damaged',
			reason: `it cannot be opened (${describeError(error)})`,
			revision: null
		};
	}
	const stored = await readVerifiedCatalogue(repository, geography, {
		validate: validate as Validation
	});
	await repository.close().catch(() => undefined);
	return stored.state === 'ok' ? { state: 'ok', revision: stored.revision } : stored;
}

check()
	.then((result) => {
		process.stdout.write(`${JSON.stringify(result)}\n`);
		process.exit(0);
	})
	.catch((error: unknown) => {
		process.stdout.write(
			`${JSON.stringify({ state: 'damaged', reason: `the check failed (${describeError(error)})`, revision: null })}\n`
		);
		process.exit(0);
	});
