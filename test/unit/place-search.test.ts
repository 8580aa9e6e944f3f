import { readFileSync } from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import { fold, MAX_PLACE_KEY, PlaceNameSearch, tokenize } from '@stodkartan/core';
import { DATA, testGeography } from '../support/domain.js';

const geography = testGeography();

/** A repeatable stream of numbers in [0, 1). */
function randomness(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäö';
function randomLetters(random: () => number, length: number): string {
	return Array.from({ length }, () => LETTERS[Math.floor(random() * LETTERS.length)]).join('');
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

describe('place search has a bounded cost', () => {
	test('80 random letters are answered quickly, as their first 40 letters would be', () => {
		const random = randomness(80);
		geography.findPlaces('sundsval');
		const times: number[] = [];
		for (let i = 0; i < 20; i++) {
			const typed = randomLetters(random, 80);
			const started = performance.now();
			const places = geography.findPlaces(typed);
			times.push(performance.now() - started);
			expect(places).toEqual(geography.findPlaces(typed.slice(0, 40)));
		}
		// A search over every place name took 40 ms and more for such a text; this takes well
		// under one. The bound leaves room for a loaded machine.
		expect(median(times)).toBeLessThan(10);
	});

	test('only the first MAX_PLACE_KEY letters are read: no place name is longer', () => {
		expect(MAX_PLACE_KEY).toBeGreaterThan(Math.max(...allPlaceNames().map((name) => name.length)));
		expect(geography.findPlaces(`sundsval${'q'.repeat(72)}`)).toEqual(
			geography.findPlaces(`sundsval${'q'.repeat(MAX_PLACE_KEY - 8)}`)
		);
	});

	test('the pre-selection of names loses nothing a search over every name finds', () => {
		const names = [...new Set(allPlaceNames())];
		const everyName = new Fuse(names, {
			threshold: 0.3,
			includeScore: true,
			ignoreLocation: true,
			minMatchCharLength: 2
		});
		const search = new PlaceNameSearch(names);
		const random = randomness(7);
		const typos = (name: string) => {
			const letters = [...name];
			const at = Math.floor(random() * letters.length);
			const choice = random();
			if (choice < 0.33) letters.splice(at, 1);
			else if (choice < 0.66) letters[at] = LETTERS[Math.floor(random() * 26)] as string;
			else letters.splice(at, 0, LETTERS[Math.floor(random() * 26)] as string);
			return letters.join('');
		};
		const typed = [
			...names.filter((_, i) => i % 20 === 0).map(typos),
			...names.filter((_, i) => i % 25 === 0).map((name) => name.slice(0, 4)),
			...Array.from({ length: 100 }, () => randomLetters(random, 2 + Math.floor(random() * 30)))
		].filter((key) => key.length >= 2);
		expect(typed.length).toBeGreaterThan(250);
		let withResults = 0;
		for (const key of typed) {
			const expected = everyName.search(key, { limit: 15 }).map((hit) => [hit.item, hit.score]);
			const found = search.search(key, 15).map((hit) => [hit.name, hit.score]);
			expect(found).toEqual(expected);
			if (found.length > 0) withResults++;
		}
		// The comparison means something only if most typed names find places.
		expect(withResults).toBeGreaterThan(typed.length / 2);
	});
});

/** Every name place search knows (municipalities and postal localities), keyed as it keys them. */
function allPlaceNames(): string[] {
	const key = (name: string) => fold(tokenize(name).join(' '));
	const localities = readFileSync(path.join(DATA, 'geo', 'postal_to_municipality.csv'), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => key(line.split(',')[1] ?? ''));
	return [
		...geography.municipalities.flatMap((m) => [key(m.shortName), key(m.name)]),
		...localities
	].filter(Boolean);
}
