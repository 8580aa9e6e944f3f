import {
	checkAge,
	checkArea,
	checkGender,
	featuresOf,
	type ResolvedLocation,
	type ServiceArea
} from '@stodkartan/core';
import { buildService, testGeography } from '../support/domain.js';

const geography = testGeography();
const countyOf = (code: string) => geography.municipality(code)?.countyCode;
const features = (overrides: Parameters<typeof buildService>[0]) =>
	featuresOf(buildService(overrides), countyOf);
const at = (location: Parameters<typeof geography.resolveLocation>[0]): ResolvedLocation =>
	geography.resolveLocation(location);

describe('age', () => {
	test.each([
		{ minAge: 13, maxAge: 17, age: 15, expected: 'met' },
		{ minAge: 13, maxAge: 17, age: 13, expected: 'met' },
		{ minAge: 13, maxAge: 17, age: 17, expected: 'met' },
		{ minAge: 13, maxAge: 17, age: 12, expected: 'not-met' },
		{ minAge: 13, maxAge: 17, age: 18, expected: 'not-met' },
		{ minAge: 13, maxAge: undefined, age: 40, expected: 'met' },
		{ minAge: undefined, maxAge: 17, age: 0, expected: 'met' },
		{ minAge: 13, maxAge: 17, age: undefined, expected: 'unknown' },
		{ minAge: undefined, maxAge: undefined, age: undefined, expected: 'met' }
	])(
		'a service for $minAge–$maxAge and a child of $age: $expected',
		({ minAge, maxAge, age, expected }) => {
			const eligibility = {
				...(minAge !== undefined ? { minAge } : {}),
				...(maxAge !== undefined ? { maxAge } : {})
			};
			expect(checkAge(features({ eligibility }), age)).toBe(expected);
		}
	);
});

describe('gender', () => {
	test.each([
		{ genders: ['female', 'nonbinary'], gender: 'female', expected: 'met' },
		{ genders: ['female', 'nonbinary'], gender: 'male', expected: 'not-met' },
		{ genders: ['male'], gender: undefined, expected: 'unknown' },
		{ genders: undefined, gender: 'male', expected: 'met' }
	] as const)(
		'a service for $genders and a $gender person: $expected',
		({ genders, gender, expected }) => {
			expect(
				checkGender(features({ eligibility: genders ? { genders: [...genders] } : {} }), gender)
			).toBe(expected);
		}
	);
});

describe('service area', () => {
	const umea = { municipality: '2480' };
	test.each([
		{ area: { scope: 'national' }, location: umea, expected: 'met' },
		{ area: { scope: 'regional', counties: ['24'] }, location: umea, expected: 'met' },
		{ area: { scope: 'regional', counties: ['01'] }, location: umea, expected: 'not-met' },
		{ area: { scope: 'local', municipalities: ['2480'] }, location: umea, expected: 'met' },
		{ area: { scope: 'local', municipalities: ['2482'] }, location: umea, expected: 'not-met' },
		{
			area: { scope: 'local', municipalities: ['2482'] },
			location: { county: '24' },
			expected: 'unknown'
		},
		{
			area: { scope: 'local', municipalities: ['0180'] },
			location: { county: '24' },
			expected: 'not-met'
		},
		{ area: { scope: 'regional', counties: ['24'] }, location: { county: '24' }, expected: 'met' },
		{
			area: { scope: 'local', municipalities: ['2480'] },
			location: { postalCode: '903 44' },
			expected: 'met'
		},
		{
			area: { scope: 'local', municipalities: ['2480'] },
			location: undefined,
			expected: 'unknown'
		},
		{
			area: { scope: 'regional', counties: ['24'] },
			location: { postalCode: '99999' },
			expected: 'unknown'
		}
	] as const)(
		'$area.scope service, person at $location: $expected',
		({ area, location, expected }) => {
			const serviceArea = JSON.parse(JSON.stringify(area)) as ServiceArea;
			expect(checkArea(features({ serviceArea }), at(location))).toBe(expected);
		}
	);
});
