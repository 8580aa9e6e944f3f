import { describe, expect, test } from '@jest/globals';
import { JsonShelf } from '@stodkartan/api';

/** The shelf keeps the public JSON of every service; a byte lost or shifted garbles an answer. */
describe('JsonShelf', () => {
	const texts = [
		'',
		'{"name":"Bris"}',
		JSON.stringify({ name: 'Stödlinjen för män, Göteborg', note: 'Öppet år 2026 – ja' }),
		JSON.stringify({ emoji: 'Ring oss 📞 🧡', mixed: 'a\u00e5\u{1F600}z' }),
		JSON.stringify({ long: 'ä'.repeat(3 * 1024 * 1024) }), // over one chunk once encoded
		'x'.repeat(4 * 1024 * 1024 - 3),
		JSON.stringify({ after: 'the large ones' })
	];

	test('gives back every text byte for byte, in the order added', () => {
		const shelf = new JsonShelf(texts.length);
		for (const text of texts) shelf.add(text);
		expect(shelf.size).toBe(texts.length);
		texts.forEach((text, position) => {
			const stored = shelf.get(position);
			expect(stored?.equals(Buffer.from(text, 'utf8'))).toBe(true);
		});
	});

	test('many small texts across chunk borders stay whole', () => {
		const many = Array.from({ length: 20_000 }, (_, i) =>
			JSON.stringify({ id: `svc-${i}`, text: 'åäö'.repeat(i % 97) + '🙂'.repeat(i % 5) })
		);
		const shelf = new JsonShelf(many.length);
		for (const text of many) shelf.add(text);
		for (const position of [0, 1, 4_999, 10_000, 19_999]) {
			expect(shelf.get(position)?.toString('utf8')).toBe(many[position]);
		}
		expect(many.every((text, position) => shelf.get(position)?.toString('utf8') === text)).toBe(
			true
		);
	});

	test('answers nothing outside what it holds', () => {
		const shelf = new JsonShelf(2);
		shelf.add('{}');
		expect(shelf.get(-1)).toBeUndefined();
		expect(shelf.get(1)).toBeUndefined();
		expect(shelf.get(Number.NaN)).toBeUndefined();
	});
});
