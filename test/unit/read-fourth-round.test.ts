import type { NeedCode } from '@stodkartan/core';
import { isOwnedByAnother, isPersonNoun, ownsAnother } from '../../core/src/text/people.js';
import { readWords } from '../../core/src/text/words.js';
import { testVocabulary } from '../support/domain.js';

/**
 * What the reader reads since issue 7's fourth round: a person named by a noun phrase as the one
 * who does it (core/src/text/people.ts), a small child's words for touching by anyone, unwanted
 * sex told without the usual grammar (core/src/needs/assault.ts), and someone there now as a
 * crime going on. Each kind with texts that must not be read as it.
 */
const understander = testVocabulary().understander;
const read = (text: string) => understander.understand(text);
const reads = (text: string, code: NeedCode) => (read(text).needs.get(code) ?? 0) >= 0.5;

describe('a person named by a noun phrase', () => {
	test.each([
		'grannen',
		'tränaren',
		'fritidsfröken',
		'fotbollstränaren',
		'gubbe',
		'guy',
		'janitor'
	])('"%s" is a person', (word) => {
		expect(isPersonNoun(word)).toBe(true);
	});
	test.each(['dottern', 'sonen', 'boll', 'rökning', 'party', 'led'])('"%s" is not', (word) => {
		expect(isPersonNoun(word)).toBe(false);
	});

	test.each([
		['mammas kompis tar på mig', 0],
		['pappas vän kom in', 0],
		['min brors kompis', 1],
		["my mum's friend touches me", 1],
		['at my dads house', 2]
	] as const)('in "%s" the name at %i only owns the one spoken of', (text, at) => {
		expect(ownsAnother(readWords(text), at)).toBe(true);
	});
	test.each([
		['mammas kille tar på mig', 0],
		["my mum's boyfriend touches me", 1],
		['mamma tar på mig', 0]
	] as const)('in "%s" the name at %i is the one spoken of', (text, at) => {
		expect(ownsAnother(readWords(text), at)).toBe(false);
	});
	test.each([
		['mammas kompis', 1],
		["my dad's friend", 3],
		['a friend of my dad', 1]
	] as const)('in "%s" the friend at %i is someone else’s', (text, at) => {
		expect(isOwnedByAnother(readWords(text), at)).toBe(true);
	});

	test.each([
		'mammas kompis tar på mig när mamma inte är hemma',
		'pappas vän tvingade mig att ta på honom',
		'a friend of my dad keeps touching me'
	])('"%s" is sexual abuse, and not abuse in the family', (text) => {
		expect(reads(text, 'sexual-abuse')).toBe(true);
		expect(reads(text, 'abuse-in-family')).toBe(false);
	});

	test.each([
		'mammas nya kille tar på mig på nätterna',
		"my mum's boyfriend touches me when she is at work"
	])('"%s" is still abuse in the family: a parent’s partner', (text) => {
		expect(reads(text, 'sexual-abuse')).toBe(true);
		expect(reads(text, 'abuse-in-family')).toBe(true);
	});

	test('a parent’s friend is not the friend the writer asks about', () => {
		expect(read('mammas kompis hjälper mig med läxorna').asker?.value).not.toBe('friend');
	});

	test('a professional telling a small child’s words about a parent’s friend reads the abuse', () => {
		const reading = read(
			'Förskollärare. En flicka på 4 år sa idag att mammas kompis gör ont på snippan. Vad ska jag göra?'
		);
		expect(reading.needs.get('sexual-abuse') ?? 0).toBeGreaterThanOrEqual(0.5);
		expect(reading.needs.get('social-services') ?? 0).toBeGreaterThanOrEqual(0.5);
	});
});

describe('a small child’s words for touching, by anyone', () => {
	test.each([
		'dagisfröken tar på snoppen när han byter blöja',
		'en farbror tar på pippin',
		'the babysitter touches her private parts in the bath',
		'someone keeps touching my private parts',
		'he put his hand in my pants on the bus',
		'han stoppade handen i mina byxor'
	])('"%s" is sexual abuse', (text) => {
		expect(reads(text, 'sexual-abuse')).toBe(true);
	});

	test.each([
		'min dotter på 4 tar på sin snippa hela tiden, är det normalt?',
		'he touches himself down there a lot, is that normal?',
		'he put the box down there',
		'han tar bussen ner dit'
	])('"%s" is not', (text) => {
		expect(reads(text, 'sexual-abuse')).toBe(false);
	});
});

describe('unwanted sex without the usual grammar', () => {
	test.each([
		'i never wanted to have sex with him',
		'jag ville aldrig ha sex med honom men han fortsatte',
		'killen från tinder hade sex med mig fast jag inte ville',
		'a guy from my class had sex with me and i didnt want to',
		'woke up next to a guy from the party and i know i didnt want it',
		'vaknade bredvid en kille från festen, jag ville inte',
		'i told him no and he kept going'
	])('"%s" is rape', (text) => {
		expect(reads(text, 'rape')).toBe(true);
	});

	test.each([
		'i never wanted to have sex before marriage, is that weird?',
		'jag vill inte ha sex än men min pojkvän tjatar',
		'he kept going on about the party, i said no to going'
	])('"%s" is not', (text) => {
		expect(reads(text, 'rape')).toBe(false);
	});

	test('the morning after with a sign in the body needs care now', () => {
		const reading = read(
			'woke up next to a guy from the party and i know i didnt want it. im sore'
		);
		expect(reading.signals.has('just-happened')).toBe(true);
		expect(reading.needs.get('medical-care') ?? 0).toBeGreaterThanOrEqual(0.5);
	});

	test('with another time given, it is not the morning after', () => {
		const reading = read('vaknade bredvid en kille från festen för ett år sen, jag ville inte');
		expect(reading.signals.has('just-happened')).toBe(false);
	});
});

describe('someone there now', () => {
	test.each([
		'någon försöker ta sig in genom fönstret och mamma är inte hemma',
		'a man is trying to get in through the back door rn and my mum is at work',
		'pappas kompis knackar på och skriker att jag ska öppna, jag är ensam hemma'
	])('"%s" is danger now with someone there', (text) => {
		const { signals } = read(text);
		expect(signals.has('danger-now')).toBe(true);
		expect(signals.has('someone-there')).toBe(true);
	});

	test.each([
		'mamma är inte hemma och jag är uttråkad, vill prata med någon',
		'my mum is at work and someone knocked on the door earlier but it was just the postman',
		'min mamma knackar på dörren, jag är rädd för provet'
	])('"%s" is not', (text) => {
		const { signals } = read(text);
		expect(signals.has('danger-now')).toBe(false);
		expect(signals.has('someone-there')).toBe(false);
	});
});
