import { catalogueHash, type CatalogueRepository } from '@stodkartan/api';
import {
	buildCatalogue,
	buildOrganization,
	buildService,
	fixtureCatalogue
} from '../support/domain.js';
import { describeBothStores, type StoreUnderTest } from '../support/stores.js';

/** One contract, two stores: what any catalogue store must do. */
function repositoryContract(makeStore: () => StoreUnderTest) {
	let store: StoreUnderTest;
	let repository: CatalogueRepository;

	beforeEach(async () => {
		store = makeStore();
		repository = await store.open();
	});
	afterEach(async () => {
		await store.destroy(repository);
	});

	const catalogue = buildCatalogue(
		[
			buildService({
				id: 'full',
				name: { sv: 'Stöd – för unga', en: 'Support' },
				needs: ['rape', 'someone-to-talk-to'],
				eligibility: {
					minAge: 12,
					maxAge: 25,
					genders: ['female', 'nonbinary'],
					note: { sv: 'Anmärkning' }
				},
				serviceArea: { scope: 'local', municipalities: ['2480', '2482'] },
				contacts: [
					{
						channel: 'chat',
						value: 'https://chat.example.org',
						hours: { weekly: [{ days: [1, 7], opens: '20:00', closes: '02:00' }] }
					}
				],
				locations: [{ municipality: '2480', lat: 63.8, lon: 20.3, address: { street: 'Gatan 1' } }],
				languages: ['sv', 'en'],
				anonymous: true,
				keywords: { sv: ['ord'] },
				afterContact: { anonymity: 'anonymous', reportsToSocialServices: 'when-child-at-risk' },
				confidence: 'medium'
			}),
			buildService({ id: 'plain' }),
			buildService({ id: 'paused', status: 'paused' })
		],
		[
			buildOrganization(),
			buildOrganization({
				id: 'other',
				name: 'Annan',
				type: 'public',
				website: 'https://other.example.org'
			})
		]
	);

	test('a new store holds nothing', async () => {
		expect(await repository.revision()).toBeNull();
		expect(await repository.allServices()).toEqual([]);
		expect(await repository.findServiceById('plain')).toBeNull();
	});

	test('holds exactly what it was given, nested fields and all', async () => {
		const { revision, changed } = await repository.replaceCatalogue(catalogue, 'test.json');
		expect(changed).toBe(true);
		expect(revision).toMatchObject({
			services: 3,
			organizations: 2,
			source: 'test.json',
			id: expect.stringMatching(/^[0-9a-f]{32}$/)
		});
		expect(await repository.revision()).toEqual(revision);
		const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
		expect((await repository.allServices()).sort(byId)).toEqual([...catalogue.services].sort(byId));
		expect((await repository.allOrganizations()).sort(byId)).toEqual(
			[...catalogue.organizations].sort(byId)
		);
		expect(await repository.findServiceById('full')).toEqual(catalogue.services[0]);
	});

	test('finds services by ids in the order asked, leaving out unknown ids', async () => {
		await repository.replaceCatalogue(catalogue, 'test.json');
		const found = await repository.findServicesByIds(['plain', 'nope', 'full']);
		expect(found.map((service) => service.id)).toEqual(['plain', 'full']);
	});

	test('replacing with the same catalogue changes nothing, not even the revision time', async () => {
		const first = await repository.replaceCatalogue(catalogue, 'test.json');
		const reordered = { ...catalogue, services: [...catalogue.services].reverse() };
		const second = await repository.replaceCatalogue(reordered, 'test.json');
		expect(second).toEqual({ revision: first.revision, changed: false });
	});

	test('force writes the same catalogue anew (a store whose content no longer matches)', async () => {
		const first = await repository.replaceCatalogue(catalogue, 'test.json');
		const again = await repository.replaceCatalogue(catalogue, 'test.json', { force: true });
		expect(again.changed).toBe(true);
		expect(again.revision.id).toBe(first.revision.id);
		expect(await repository.allServices()).toHaveLength(catalogue.services.length);
	});

	test('hashes what it holds, one record at a time, as catalogueHash does', async () => {
		const fixture = fixtureCatalogue();
		const { revision } = await repository.replaceCatalogue(fixture, 'fixture');
		expect(await repository.contentHash()).toEqual({
			hash: catalogueHash(fixture),
			services: fixture.services.length,
			organizations: fixture.organizations.length
		});
		expect(revision.id).toBe(catalogueHash(fixture));
	});

	test('replacing with another catalogue removes what is not in it', async () => {
		await repository.replaceCatalogue(catalogue, 'test.json');
		const smaller = buildCatalogue([buildService({ id: 'plain', name: { sv: 'Nytt namn' } })]);
		const { revision, changed } = await repository.replaceCatalogue(smaller, 'data/');
		expect(changed).toBe(true);
		expect(revision.services).toBe(1);
		expect(
			(await repository.allServices()).map((service) => [service.id, service.name.sv])
		).toEqual([['plain', 'Nytt namn']]);
		expect(await repository.findServiceById('full')).toBeNull();
		expect((await repository.allOrganizations()).map((organization) => organization.id)).toEqual([
			'org'
		]);
	});

	test('keeps the catalogue across a restart', async () => {
		const { revision } = await repository.replaceCatalogue(catalogue, 'test.json');
		await repository.close();
		repository = await store.reopen();
		expect(await repository.revision()).toEqual(revision);
		expect(await repository.findServiceById('full')).toEqual(catalogue.services[0]);
	});

	test('holds a realistic catalogue of 75 services', async () => {
		const fixture = fixtureCatalogue();
		await repository.replaceCatalogue(fixture, 'fixture');
		expect((await repository.allServices()).length).toBe(75);
	});

	test('ids that look like query operators are only ever ids', async () => {
		await repository.replaceCatalogue(catalogue, 'test.json');
		expect(await repository.findServiceById('{"$gt":""}')).toBeNull();
		expect(await repository.findServiceById({ $gt: '' } as unknown as string)).toBeNull();
		expect(
			await repository.findServicesByIds(['{"$ne":null}', { $ne: null } as unknown as string])
		).toEqual([]);
	});
}

describeBothStores('catalogue', repositoryContract);
