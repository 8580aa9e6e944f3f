import { CatalogueIndex, matchServices, type MatchRequest } from '@stodkartan/core';
import { buildService, testGeography, testVocabulary } from '../support/domain.js';

const geography = testGeography();
const vocabulary = testVocabulary();
const tuesdayAfternoon = new Date('2026-11-24T14:00:00Z');
const index = new CatalogueIndex(
	[
		buildService({ id: 'images', needs: ['image-removal', 'online-sexual-abuse'] }),
		buildService({ id: 'talk', needs: ['someone-to-talk-to'] })
	],
	geography,
	'test'
);
const read = (request: MatchRequest) =>
	matchServices(request, { index, geography, vocabulary }, tuesdayAfternoon).interpretation;
const codes = (request: MatchRequest) => read(request).needs.map((need) => need.code);

describe('corrections: a reading of the text the person says is wrong is left out', () => {
	const text = 'min pojkvän hotar att sprida mina nakenbilder';

	test('a need read from the text', () => {
		expect(codes({ text })).toContain('online-sexual-abuse');
		const corrected = codes({
			text,
			ignore: { needs: ['online-sexual-abuse', 'partner-violence'] }
		});
		expect(corrected).not.toContain('online-sexual-abuse');
		expect(corrected).not.toContain('partner-violence');
		expect(corrected).toContain('image-removal');
	});

	test('a need the request itself asks for stays: only readings of the text are left out', () => {
		expect(
			codes({ needs: ['online-sexual-abuse'], ignore: { needs: ['online-sexual-abuse'] } })
		).toEqual(['online-sexual-abuse']);
	});

	test('a signal, and the needs it would have brought', () => {
		const raped = 'jag blev våldtagen igår';
		expect(read({ text: raped }).signals).toContain('just-happened');
		const corrected = read({ text: raped, ignore: { signals: ['just-happened'] } });
		expect(corrected.signals).not.toContain('just-happened');
		expect(corrected.needs.filter((need) => need.source === 'signal')).toEqual([]);
		const danger = read({ text: 'jag är i fara just nu', ignore: { signals: ['danger-now'] } });
		expect(danger.signals).not.toContain('danger-now');
	});

	test('who is asking, the age and the gender as the text stated them', () => {
		const stated = 'jag är en kille på 15 och min kompis har blivit utsatt';
		const before = read({ text: stated });
		expect(before.person.gender?.value).toBe('male');
		expect(before.person.age?.value).toBe(15);
		const after = read({ text: stated, ignore: { stated: ['gender', 'age', 'asker'] } });
		expect(after.person).toEqual({ age: null, gender: null });
		expect(after.asker.source).not.toBe('text');
		// What the request says is not a reading of the text, and stays.
		expect(read({ text: stated, age: 16, ignore: { stated: ['age'] } }).person.age).toEqual({
			value: 16,
			source: 'request'
		});
	});
});
