import {
	matchResponseSchema,
	situationCardsResponseSchema,
	type Catalogue
} from '@stodkartan/core';
import { loadSituationCards } from '@stodkartan/api';
import { buildService, DATA } from '../support/domain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
const catalogue: Catalogue = {
	schemaVersion: '1.0',
	organizations: [{ id: 'org', name: 'Föreningen', type: 'nonprofit' }],
	services: [
		buildService({ id: 'images', needs: ['image-removal', 'online-sexual-abuse'] }),
		buildService({ id: 'talk', needs: ['someone-to-talk-to'] })
	]
};

beforeAll(async () => {
	app = await createTestApp(catalogue, {
		app: { situationCards: await loadSituationCards(DATA) }
	});
});
afterAll(async () => {
	await app.close();
});

describe('GET /api/situation-cards', () => {
	test('answers the validated cards of data/situations.json with their sources', async () => {
		const response = await app.request.get('/api/situation-cards').expect(200);
		const body = situationCardsResponseSchema.parse(response.body);
		expect(body.cards.length).toBeGreaterThan(0);
		const sources = new Set(body.sources.map((source) => source.id));
		for (const card of body.cards) {
			for (const fact of card.facts) for (const id of fact.sources) expect(sources).toContain(id);
		}
	});
});

describe('POST /api/match: corrections', () => {
	test('a need the person took away is not read from the text', async () => {
		const text = 'han hotar att sprida mina nakenbilder';
		const read = async (body: object) =>
			matchResponseSchema
				.parse((await app.request.post('/api/match').send(body).expect(200)).body)
				.interpretation.needs.map((need) => need.code);
		expect(await read({ text })).toContain('online-sexual-abuse');
		expect(await read({ text, ignore: { needs: ['online-sexual-abuse'] } })).not.toContain(
			'online-sexual-abuse'
		);
	});

	test.each([
		[{ ignore: { needs: ['not-a-need'] } }],
		[{ ignore: { signals: ['panic'] } }],
		[{ ignore: { stated: ['name'] } }],
		[{ ignore: { needs: ['rape', 'rape'] } }],
		[{ ignore: { everything: true } }],
		[{ ignore: { needs: { $ne: null } } }]
	])('a correction the contract does not know is a 400: %j', async (body) => {
		const response = await app.request.post('/api/match').send(body).expect(400);
		expect(response.body.error.code).toBe('invalid_request');
	});

	test('an answer for a text that says who is asking keeps to the contract', async () => {
		const response = await app.request
			.post('/api/match')
			.send({ text: 'Jag är skolkurator. En elev har berättat att hon blir slagen hemma.' })
			.expect(200);
		expect(matchResponseSchema.safeParse(response.body).success).toBe(true);
	});
});
