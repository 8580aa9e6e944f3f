import supertest from 'supertest';
import {
	CatalogueService,
	createApp,
	readVerifiedCatalogue,
	StoreDamagedError,
	writeVerifiedCatalogue
} from '@stodkartan/api';
import { NEED_CODES, type Catalogue } from '@stodkartan/core';
import { FakeRepository } from '../support/fake-repository.js';
import {
	buildCatalogue,
	buildService,
	fixtureCatalogue,
	testGeography,
	testVocabulary
} from '../support/domain.js';
import { memoryLogger } from '../support/test-app.js';

const geography = testGeography();
const catalogue = (): Catalogue =>
	buildCatalogue([
		buildService({ id: 'bris', name: { sv: 'Bris' } }),
		buildService({ id: 'jouren', name: { sv: 'Jouren' } })
	]);

describe('a catalogue read back from a store is served only when it is whole and valid', () => {
	test('a store holding exactly what its revision names is ok', async () => {
		const store = new FakeRepository();
		const revision = store.hold(fixtureCatalogue());
		const read = await readVerifiedCatalogue(store, geography);
		expect(read).toMatchObject({ state: 'ok', revision });
	});

	test('a store that was never written is empty', async () => {
		expect(await readVerifiedCatalogue(new FakeRepository(), geography)).toEqual({
			state: 'empty'
		});
	});

	test.each([
		{
			name: 'a field of one service changed (a flipped byte)',
			damage: (store: FakeRepository) => {
				(store.services[1] as { name: { sv: string } }).name.sv = 'Joursn';
			},
			reason: /does not match its revision/
		},
		{
			name: 'a need code garbled',
			damage: (store: FakeRepository) => {
				(store.services[0] as { needs: string[] }).needs[0] = 'r\u0000pe';
			},
			reason: /does not match its revision/
		},
		{
			name: 'a service lost',
			damage: (store: FakeRepository) => void store.services.pop(),
			reason: /holds 1 services and 1 organizations; its revision says 2 and 1/
		},
		{
			name: 'records that cannot be decoded',
			damage: (store: FakeRepository) => void (store.failReading = 'records'),
			reason: /its records cannot be read/
		},
		{
			name: 'a revision that cannot be decoded',
			damage: (store: FakeRepository) => void (store.failReading = 'revision'),
			reason: /its revision cannot be read/
		},
		{
			name: 'services without a revision',
			damage: (store: FakeRepository) => void (store.revisionRecord = null),
			reason: /holds 2 services but no revision/
		},
		{
			name: 'a revision record missing its fields',
			damage: (store: FakeRepository) =>
				void (store.revisionRecord = { id: 'x' } as unknown as FakeRepository['revisionRecord']),
			reason: /revision record is not readable/
		}
	])('$name is damage', async ({ damage, reason }) => {
		const store = new FakeRepository();
		store.hold(catalogue());
		damage(store);
		const read = await readVerifiedCatalogue(store, geography);
		expect(read.state).toBe('damaged');
		expect(read.state === 'damaged' && read.reason).toMatch(reason);
	});

	test('content that matches its revision but breaks the contract is damage too', async () => {
		const store = new FakeRepository();
		const broken = catalogue();
		(broken.services[0] as { needs: string[] }).needs = ['no-such-need'];
		store.hold(broken);
		const read = await readVerifiedCatalogue(store, geography);
		expect(read.state === 'damaged' && read.reason).toMatch(
			/not a valid catalogue .*services\[\d\]\.needs\[0\]/
		);
		// Validation is skipped only for a revision already validated elsewhere.
		expect((await readVerifiedCatalogue(store, geography, { validated: 'other' })).state).toBe(
			'damaged'
		);
	});

	test('a write the store does not keep stops with StoreDamagedError', async () => {
		const store = new FakeRepository();
		const write = store.replaceCatalogue.bind(store);
		store.replaceCatalogue = async (...args) => {
			const result = await write(...args);
			(store.services[0] as { name: { sv: string } }).name.sv = 'skadad';
			return result;
		};
		await expect(writeVerifiedCatalogue(store, catalogue(), 'x.json')).rejects.toThrow(
			StoreDamagedError
		);
	});
});

describe('the API answers from the verified catalogue in memory', () => {
	async function serve(store: FakeRepository) {
		const { logger, logs } = memoryLogger();
		const service = new CatalogueService({
			repository: store,
			geography,
			vocabulary: testVocabulary(),
			logger
		});
		await service.loadFromStore();
		const app = createApp({
			catalogue: service,
			geography,
			vocabulary: testVocabulary(),
			needLabels: new Map(NEED_CODES.map((code) => [code, { sv: code, en: code }])),
			logger
		});
		return { service, request: supertest(app), logs };
	}

	test('records damaged after the start are never served: answers come from memory', async () => {
		const store = new FakeRepository();
		store.hold(catalogue());
		const { request } = await serve(store);
		for (const service of store.services) service.name.sv = 'GARBLED';
		expect((await request.get('/api/services/jouren')).body.name.sv).toBe('Jouren');
		const listed = await request.get('/api/services');
		expect(listed.body.items.map((item: { name: { sv: string } }) => item.name.sv)).toEqual([
			'Bris',
			'Jouren'
		]);
		const matched = await request.post('/api/match').send({});
		expect(JSON.stringify(matched.body)).not.toMatch(/GARBLED/);
	});

	test('a damaged store at start is refused: nothing is served', async () => {
		const store = new FakeRepository();
		store.hold(catalogue());
		store.services[0]!.name.sv = 'GARBLED';
		const { logger } = memoryLogger();
		const service = new CatalogueService({
			repository: store,
			geography,
			vocabulary: testVocabulary(),
			logger
		});
		await expect(service.loadFromStore()).rejects.toThrow(/damaged: its content does not match/);
		expect(service.isReady).toBe(false);
	});

	test('a new revision that fails its checks is not served; health says degraded until a good one comes', async () => {
		const store = new FakeRepository();
		const first = store.hold(catalogue());
		const { service, request, logs } = await serve(store);

		const next = catalogue();
		next.services[0]!.name.sv = 'Bris, ny';
		store.hold(next);
		store.services[1]!.name.sv = 'GARBLED';
		await service.refresh();
		const health = await request.get('/api/health');
		expect(health.status).toBe(200);
		expect(health.body).toMatchObject({
			status: 'degraded',
			catalogue: { revision: first.id },
			problem: expect.stringContaining(first.id)
		});
		expect((await request.get('/api/services/bris')).body.name.sv).toBe('Bris');
		expect(logs.join('\n')).toMatch(/does not match its revision/);

		const good = store.hold(next);
		await service.refresh();
		const healed = await request.get('/api/health');
		expect(healed.body).toMatchObject({ status: 'ok', catalogue: { revision: good.id } });
		expect(healed.body.problem).toBeUndefined();
		expect((await request.get('/api/services/bris')).body.name.sv).toBe('Bris, ny');
	});
});
