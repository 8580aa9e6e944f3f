import type { NeedCode } from '@stodkartan/core';
import { testVocabulary } from '../support/domain.js';

/**
 * What the reader reads since issue 7's round 6: rape told through a blackout and a body undressed
 * or hurting (core/src/needs/forced-drugged.ts); the writer's own forced marriage, or being left
 * abroad (forced-marriage.ts), with the journey hours away or begun as danger now (danger-now.ts);
 * a jump in play is no plan to die (suicide-now.ts); a gender's service asked for in other words
 * (gender-notes.ts); sex traded when a phrase for abuse holds the act's words (exchange.ts). Each
 * kind with texts that must not be read as it.
 */
const understander = testVocabulary().understander;
const read = (text: string) => understander.understand(text);
const reads = (text: string, code: NeedCode) => (read(text).needs.get(code) ?? 0) >= 0.5;
const dangerNow = (text: string) => read(text).signals.has('danger-now');

describe('rape told through a blackout', () => {
	test.each([
		'I blacked out at the party and woke up naked in a room I didn’t know',
		'kommer inte ihåg nåt från festen, vaknade och det sved i underlivet',
		"can't remember anything after he gave me a drink, i woke up bleeding"
	])('"%s" is read as rape', (text) => {
		expect(reads(text, 'rape')).toBe(true);
	});
	test.each([
		'minns ingenting från i fredags, vaknade i soffan med kläderna på och ont i huvudet',
		'I blacked out at the game and woke up with a headache'
	])('"%s" is no rape', (text) => {
		expect(reads(text, 'rape')).toBe(false);
	});
});

describe('one’s own forced marriage, and the journey', () => {
	test.each([
		'min pappa har valt en man åt mig och jag får inte säga nej',
		'my parents decided I will marry a man from their village next summer',
		'de ska lämna mig i hemlandet hos släkten och jag får aldrig komma tillbaka'
	])('"%s" is read as honour-based violence', (text) => {
		expect(reads(text, 'honour-violence')).toBe(true);
	});
	test.each([
		'min mamma ska gifta sig med sin nya kille i sommar',
		'my cousin’s wedding is next month and I’m a bridesmaid',
		'my dad jokes that he will find me a wife one day'
	])('"%s" is no forced marriage', (text) => {
		expect(reads(text, 'honour-violence')).toBe(false);
	});
	test.each([
		'om två timmar åker vi till flygplatsen, mina föräldrar ska gifta bort mig',
		'mum is packing my suitcase now, they are marrying me off back home'
	])('"%s" is danger now', (text) => {
		expect(dangerNow(text)).toBe(true);
	});
	test('a forced marriage with the journey next summer is no danger now', () => {
		expect(dangerNow('mina föräldrar ska gifta bort mig nästa sommar i hemlandet')).toBe(false);
	});
});

describe('a jump in play', () => {
	test.each(['vi ska hoppa på trampolinen ikväll', 'ska hoppa hopprep med mina kompisar'])(
		'"%s" is no danger now',
		(text) => {
			expect(dangerNow(text)).toBe(false);
		}
	);
	test('a jump from a bridge tonight is still danger now', () => {
		expect(dangerNow('jag ska hoppa från bron ikväll')).toBe(true);
	});
});

describe('a gender’s service asked for in other words', () => {
	test.each([
		['is there a chat only for girls? my ex is spreading my pics', 'female'],
		['finns det nåt bara för killar? en tränare tog på mig', 'male']
	] as const)('"%s" gives %s and asks to talk', (text, gender) => {
		expect(read(text).gender?.value).toBe(gender);
		expect(reads(text, 'someone-to-talk-to')).toBe(true);
	});
	test('working at a girls’ line gives no gender', () => {
		expect(read('I want to volunteer at a girls helpline next year').gender).toBeUndefined();
	});
});

describe('sex traded, when a phrase for abuse holds the act', () => {
	test('a bed traded for "grejer" is exploitation, not abuse', () => {
		const text = 'jag får bo hos en äldre kille om jag gör grejer med honom';
		expect(reads(text, 'sexual-exploitation')).toBe(true);
		expect(reads(text, 'sexual-abuse')).toBe(false);
	});
	test('abuse with nothing traded stays abuse', () => {
		expect(reads('min farbror gör grejer med mig när vi är ensamma', 'sexual-abuse')).toBe(true);
	});
});
