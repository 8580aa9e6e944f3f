import {
	checkSituationCards,
	selectSituationCards,
	situationCardsFileSchema,
	type SituationCard,
	type SituationCardsFile
} from '@stodkartan/core';

const fact = {
	text: { sv: 'Det är aldrig ditt fel.', en: 'It is never your fault.' },
	sources: ['s']
};
const card = (overrides: Partial<SituationCard>): SituationCard => ({
	id: 'card',
	kind: 'self-help',
	audience: 'young',
	when: { needs: ['online-sexual-abuse'] },
	title: { sv: 'Titel', en: 'Title' },
	facts: [fact],
	...overrides
});
const images = card({ id: 'images' });
const rape = card({ id: 'rape', when: { needs: ['rape'], signals: ['just-happened'] } });
const adult = card({ id: 'adult', audience: 'adult', when: { needs: ['online-sexual-abuse'] } });
const report = card({
	id: 'report',
	kind: 'report-of-concern',
	audience: 'adult',
	when: { needs: ['sexual-abuse'], askers: ['professional'] }
});
const cards = [images, rape, adult, report];
const ids = (chosen: SituationCard[]) => chosen.map((chosenCard) => chosenCard.id);

describe('which situation cards show', () => {
	test('a card shows when a need it names was read surely enough, for its audience', () => {
		const needs = [{ code: 'online-sexual-abuse' as const, weight: 1 }];
		expect(ids(selectSituationCards(cards, { needs, signals: [], asker: null }))).toEqual([
			'images'
		]);
		expect(ids(selectSituationCards(cards, { needs, signals: [], asker: 'friend' }))).toEqual([
			'images'
		]);
		expect(ids(selectSituationCards(cards, { needs, signals: [], asker: 'parent' }))).toEqual([
			'adult'
		]);
		expect(
			ids(
				selectSituationCards(cards, {
					needs: [{ code: 'online-sexual-abuse', weight: 0.4 }],
					signals: [],
					asker: null
				})
			)
		).toEqual([]);
	});

	test('a card that needs a signal shows only with it: rape in the last days', () => {
		const needs = [{ code: 'rape' as const, weight: 1 }];
		expect(ids(selectSituationCards(cards, { needs, signals: [], asker: null }))).toEqual([]);
		expect(
			ids(selectSituationCards(cards, { needs, signals: ['just-happened'], asker: null }))
		).toEqual(['rape']);
	});

	test('the report of concern is for the asker it names', () => {
		const needs = [{ code: 'sexual-abuse' as const, weight: 1 }];
		expect(ids(selectSituationCards(cards, { needs, signals: [], asker: 'professional' }))).toEqual(
			['report']
		);
		expect(ids(selectSituationCards(cards, { needs, signals: [], asker: 'parent' }))).toEqual([]);
	});
});

describe('the cards file', () => {
	const source = {
		id: 's',
		url: 'https://example.org/a',
		title: 'A',
		publisher: 'P',
		read: '2026-12-01'
	};
	const file = (overrides: Partial<SituationCardsFile>): SituationCardsFile => ({
		version: 1,
		sources: [source],
		cards: [images],
		...overrides
	});

	test('every fact needs a source, in Swedish and English', () => {
		expect(situationCardsFileSchema.safeParse(file({})).success).toBe(true);
		const noSource = file({ cards: [card({ facts: [{ ...fact, sources: [] }] })] });
		expect(situationCardsFileSchema.safeParse(noSource).success).toBe(false);
		const noEnglish = {
			...file({}),
			cards: [{ ...images, facts: [{ text: { sv: 'x' }, sources: ['s'] }] }]
		};
		expect(situationCardsFileSchema.safeParse(noEnglish).success).toBe(false);
	});

	test('sources must exist, ids be unique, and a link be one of the sources', () => {
		expect(checkSituationCards(file({}))).toEqual([]);
		expect(
			checkSituationCards(
				file({
					cards: [
						images,
						card({
							id: 'images',
							facts: [
								{
									...fact,
									sources: ['missing'],
									link: { url: 'https://elsewhere.example', label: { sv: 'x', en: 'x' } }
								}
							]
						})
					]
				})
			).map((problem) => problem.message)
		).toEqual([
			'duplicate card id "images"',
			'unknown source "missing"',
			'a link must be one of the sources'
		]);
		const again = { ...source, url: 'https://example.org/b' };
		expect(checkSituationCards(file({ sources: [source, again] }))).toEqual([
			{ path: '$.sources[1].id', message: 'duplicate source id "s"' }
		]);
	});
});
