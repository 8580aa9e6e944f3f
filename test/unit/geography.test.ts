import { testGeography } from '../support/domain.js';

const geography = testGeography();

describe('geography', () => {
	test('holds the 21 counties and 290 municipalities of SCB', () => {
		expect(geography.counties).toHaveLength(21);
		expect(geography.municipalities).toHaveLength(290);
		expect(geography.municipality('2281')).toMatchObject({
			shortName: 'Sundsvall',
			countyCode: '22'
		});
		expect(geography.municipality('2281')?.centroid).toEqual({
			lat: expect.any(Number),
			lon: expect.any(Number)
		});
	});

	test('a postal code resolves to its municipality, with or without the space', () => {
		expect(geography.resolveLocation({ postalCode: '903 44' })).toMatchObject({
			kind: 'municipality',
			municipality: { code: '2480' },
			via: 'postalCode'
		});
		expect(geography.resolveLocation({ postalCode: '90344' })).toMatchObject({
			kind: 'municipality',
			municipality: { code: '2480' }
		});
	});

	test('a postal code outside the table is an unknown place, not an error', () => {
		expect(geography.resolveLocation({ postalCode: '00000' })).toEqual({
			kind: 'unknown',
			reason: 'postal-code-not-found'
		});
	});

	test('a county resolves to the county only', () => {
		expect(geography.resolveLocation({ county: '25' })).toMatchObject({
			kind: 'county',
			county: { code: '25', name: 'Norrbottens län' }
		});
	});

	test.each([
		{ typed: 'Sundsvall', code: '2281' },
		{ typed: 'sundsval', code: '2281' },
		{ typed: 'Sundsvalls kommun', code: '2281' },
		{ typed: 'umea', code: '2480' },
		{ typed: 'Gothenburg', code: '1480' },
		{ typed: 'Malung-Sälen', code: '2023' },
		{ typed: 'Tumba', code: '0127' }
	])('the place "$typed" is found as municipality $code', ({ typed, code }) => {
		expect(geography.findPlaces(typed)[0]?.municipality.code).toBe(code);
	});

	test('nonsense finds no place', () => {
		expect(geography.findPlaces('qqqqxz')).toEqual([]);
	});
});
