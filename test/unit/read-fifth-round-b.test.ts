import type { NeedCode } from '@stodkartan/core';
import { testVocabulary } from '../support/domain.js';

/**
 * What the reader reads since issue 7's round 5b: an adult's report of a child's exploitation or
 * honour-based control, or of a small child's words after a visit (no danger now); rape told as
 * "forced me" with nothing after it, or drugged and waking undressed (core/src/needs/
 * forced-drugged.ts); taking one's life now or tonight in everyday words, and a wish that is not
 * for now (suicide-now.ts); gender as notation or by the service asked for (gender-notes.ts);
 * worry about one's own use of images of children (own-images.ts). Each kind with texts that
 * must not be read as it.
 */
const understander = testVocabulary().understander;
const read = (text: string) => understander.understand(text);
const reads = (text: string, code: NeedCode) => (read(text).needs.get(code) ?? 0) >= 0.5;
const dangerNow = (text: string) => read(text).signals.has('danger-now');

describe('an adult reporting a child’s exploitation, honour-based control or words', () => {
	test.each([
		[
			'Mentor här. En kille i åttan bor hos några äldre män och betalar hyran med sex',
			'sexual-exploitation'
		],
		['min brorsdotter på 13 ska förlovas med en kusin i hemlandet', 'honour-violence'],
		[
			'Youth worker here. A teen at our centre sends them videos for cash and vapes',
			'sexual-exploitation'
		]
	] as const)('"%s" is read as %s, with social services', (text, code) => {
		expect(reads(text, code)).toBe(true);
		expect(reads(text, 'social-services')).toBe(true);
	});

	test.each([
		"my son came back from his dad's and says daddy's games hurt him",
		'hon kom hem från pappa i söndags och sa att pappa gör ont på snippan'
	])('"%s" is no danger now: the visit is over', (text) => {
		expect(dangerNow(text)).toBe(false);
	});
	test('someone who came back and is outside now is still danger now', () => {
		expect(dangerNow("he came back and he's outside my door now")).toBe(true);
	});
	test('a small child who wants to cuddle with a parent is no report of concern', () => {
		const text = 'min treåring vill alltid sova i sängen med pappa, är det normalt?';
		expect(reads(text, 'abuse-in-family')).toBe(false);
		expect(reads(text, 'social-services')).toBe(false);
	});
});

describe('rape told as force with nothing after it, or drugged', () => {
	test.each([
		'killen från klassen tvingade mig i lördags',
		'my boyfriend forced me on friday after the party',
		'jag blev tvingad av två killar efter skolan igår',
		'i think someone spiked my drink, i woke up naked at his place',
		'någon hade lagt nåt i min drink och jag vaknade utan kläder hos en kille'
	])('"%s" is rape, and not also sexual abuse', (text) => {
		expect(reads(text, 'rape')).toBe(true);
		expect(reads(text, 'sexual-abuse')).toBe(false);
	});
	test.each([
		'pappa tvingade mig att plugga hela helgen',
		'my coach forced me to run extra laps yesterday',
		'we had a few drinks at the party and i woke up at home in my own bed'
	])('"%s" is not rape', (text) => {
		expect(reads(text, 'rape')).toBe(false);
		expect(reads(text, 'sexual-abuse')).toBe(false);
	});
	test('forced in the last days needs acute care: it just happened', () => {
		expect(read('han tvingade mig i förrgår').signals.has('just-happened')).toBe(true);
	});
});

describe('taking one’s life, now or not now', () => {
	test.each([
		"i'm gonna end it tonight",
		'jag tänker hoppa framför tåget ikväll',
		"i've written a goodbye letter, tonight is the night",
		'i am done. tonight.',
		'ska ta alla tabletter nu'
	])('"%s" is danger now, with crisis support', (text) => {
		expect(dangerNow(text)).toBe(true);
		expect(reads(text, 'crisis-support')).toBe(true);
	});
	test.each([
		'ibland vill jag inte leva, men jag tänker inte göra något',
		"sometimes i want to die but i won't do anything",
		'not tonight, but i think i will end it some day',
		'i wish i was dead'
	])('"%s" is crisis support and mental health, not danger now', (text) => {
		expect(dangerNow(text)).toBe(false);
		expect(reads(text, 'crisis-support')).toBe(true);
		expect(reads(text, 'mental-health')).toBe(true);
	});
	test.each([
		'matten tar livet av mig',
		'i want to end it with him tonight, he is so boring',
		"i'm done with school tonight, finally"
	])('"%s" is no wish to die', (text) => {
		expect(dangerNow(text)).toBe(false);
		expect(reads(text, 'crisis-support')).toBe(false);
	});
});

describe('gender as notation, or by the service asked for', () => {
	test.each([
		['(13F) a boy in year 9 keeps sending me dick pics', 'female'],
		['15m, my stepdad hits me', 'male'],
		['M16. tränaren tar på mig', 'male'],
		['kille 14 här, nån sprider bilder på mig', 'male'],
		['finns det någon tjejjour i malmö?', 'female'],
		['is there a helpline for boys who were abused?', 'male'],
		["my mum says i should call a girls' line but i'm a boy", 'male']
	] as const)('"%s" says %s', (text, gender) => {
		expect(read(text).gender?.value).toBe(gender);
	});
	test.each([
		'he has been texting me for 20m straight and wont stop',
		'the boys chat at school shares pics of me',
		'jag sprang 60m på idrotten och en kille kommenterade min kropp'
	])('"%s" says no gender', (text) => {
		expect(read(text).gender).toBeUndefined();
	});
});

describe('worry about one’s own use of images of children', () => {
	test.each([
		"i keep watching videos online with children in them and i know it's wrong",
		'jag har laddat ner filmer på minderåriga och vill sluta',
		'I search for stuff with young teens and I need help to stop'
	])('"%s" is worry about one’s own behaviour', (text) => {
		expect(reads(text, 'worried-about-own-behaviour')).toBe(true);
	});
	test.each([
		'i need pictures of children playing for my art project',
		'jag letar bilder på barn i skolan förr i tiden till ett skolarbete',
		'my brother keeps watching videos with kids in them and i think it is wrong'
	])('"%s" is not', (text) => {
		expect(reads(text, 'worried-about-own-behaviour')).toBe(false);
	});
});

describe('the cost of the new readings has a bound', () => {
	const medianMs = (run: () => void) => {
		const times = Array.from({ length: 5 }, () => {
			const started = performance.now();
			run();
			return performance.now() - started;
		});
		return times.sort((a, b) => a - b)[2] as number;
	};
	test.each([
		['plans and last nights', 'ibland sista natten skrivit ett brev ska ta livet av mig ikväll '],
		['forces and drinks', 'forced me after something in my drink woke up his bed '],
		['looking at children', 'i keep looking at pics with kids in them wrong tjejjour 15m '],
		['wishes and denials', 'vill dö men jag skulle aldrig göra nåt not tonight ']
	])('a text of nothing but %s, at the most words read, reads within a small bound', (_, part) => {
		const text = part.repeat(60);
		// Each reading looks at a fixed window of words around each word: linear in the words read.
		expect(medianMs(() => understander.understand(text))).toBeLessThan(100);
	});
});
