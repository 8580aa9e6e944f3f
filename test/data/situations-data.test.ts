import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSituationCards, situationCardsFileSchema } from '@stodkartan/core';
import { DATA } from '../support/domain.js';

const file = situationCardsFileSchema.parse(
	JSON.parse(readFileSync(path.join(DATA, 'situations.json'), 'utf8'))
);
const sourcesDir = path.join(DATA, 'sources');
const research = readdirSync(sourcesDir, { recursive: true, encoding: 'utf8' })
	.filter((name) => name.endsWith('.json') || name.endsWith('.md'))
	.map((name) => readFileSync(path.join(sourcesDir, name), 'utf8'))
	.join('\n');

describe('data/situations.json: the situation cards', () => {
	test('is valid: sources exist, ids are unique, links are sources', () => {
		expect(checkSituationCards(file)).toEqual([]);
	});

	test('every source of a card is in the research under data/sources/, with what it says', () => {
		expect(file.sources.filter((source) => !research.includes(source.url))).toEqual([]);
	});

	test('every source is cited by a fact, and every fact by at least one source', () => {
		const cited = new Set(file.cards.flatMap((card) => card.facts.flatMap((fact) => fact.sources)));
		expect(file.sources.map((source) => source.id).filter((id) => !cited.has(id))).toEqual([]);
	});

	test('the situations the issue names each have a card for the young person and the adult', () => {
		const cardsFor = (need: string, audience: string) =>
			file.cards.filter(
				(card) =>
					card.kind === 'self-help' &&
					card.audience === audience &&
					card.when.needs.includes(need as never)
			).length;
		for (const need of ['online-sexual-abuse', 'rape']) {
			expect({ need, young: cardsFor(need, 'young'), adult: cardsFor(need, 'adult') }).toEqual({
				need,
				young: 1,
				adult: 1
			});
		}
		expect(cardsFor('abuse-in-family', 'young')).toBe(1);
		const reports = file.cards.filter((card) => card.kind === 'report-of-concern');
		expect(reports.flatMap((card) => card.when.askers ?? []).sort()).toEqual([
			'parent',
			'professional'
		]);
	});

	test('no card offers 112 as the way to reach social services', () => {
		for (const card of file.cards) {
			for (const fact of card.facts) {
				const mentionsSocial = /socialtjänst|socialjour|\bsoc\b/i.test(fact.text.sv);
				const offers112 = /\b112\b/.test(fact.text.sv);
				expect({ card: card.id, fact: fact.text.sv, both: mentionsSocial && offers112 }).toEqual({
					card: card.id,
					fact: fact.text.sv,
					both: false
				});
			}
		}
	});
});
