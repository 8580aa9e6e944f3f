import type { NeedCode } from '@stodkartan/core';
import { testVocabulary } from '../support/domain.js';

/**
 * What the reader reads from structure since issue 7's third round: a sexual assault told without
 * its words (core/src/needs/assault.ts), present danger said in everyday words (someone heard or
 * there by the writer now, held, a forced-marriage journey days away, made to go back tonight),
 * and who could protect being away. Each kind with texts that must not be read as it.
 */
const understander = testVocabulary().understander;
const read = (text: string) => understander.understand(text);
const reads = (text: string, code: NeedCode) => (read(text).needs.get(code) ?? 0) >= 0.5;
const isDanger = (text: string) => read(text).signals.has('danger-now');

describe('a sexual assault told without its words', () => {
	test.each([
		'han tvingade mig att göra sexuella grejer',
		'he made me do sexual stuff',
		'she pressured me into sex stuff at the party',
		'killen gjorde saker jag inte ville',
		'my coach did stuff to me i didnt want'
	])('"%s" is sexual abuse', (text) => {
		expect(reads(text, 'sexual-abuse')).toBe(true);
	});

	test.each([
		'han slutade inte när jag sa sluta',
		"he didn't stop when i said stop",
		'han höll fast mig och gjorde det ändå fast jag sa nej',
		'woke up next to him, i know i didnt want it',
		'vaknade bredvid honom och jag vet att jag inte ville',
		'han tvingade mig att suga av honom'
	])('"%s" is rape', (text) => {
		expect(reads(text, 'rape')).toBe(true);
	});

	test.each([
		'he made me do my homework and i didnt want to',
		'woke up next to my dog this morning',
		'vaknade bredvid honom och det var mysigt',
		'han slutade inte prata om fotboll',
		"he didn't force me, we both wanted it",
		'we did stuff together and i wanted it'
	])('"%s" is neither', (text) => {
		expect(reads(text, 'rape')).toBe(false);
		expect(reads(text, 'sexual-abuse')).toBe(false);
	});

	test('in the last days with signs in the body: acute care and support now', () => {
		const reading = read('he made me do sexual stuff last night, im sore and bleeding');
		expect(reading.needs.get('medical-care')).toBeGreaterThanOrEqual(0.5);
		expect(reading.needs.get('crisis-support')).toBeGreaterThanOrEqual(0.5);
	});

	test('long ago, or told by an adult of a small child’s words, no acute care', () => {
		expect(
			reads('he made me do sexual stuff two years ago and it still hurts', 'medical-care')
		).toBe(false);
		expect(
			reads(
				'Förskollärare. En flicka sa idag att pappa gör ont på snippan. Vad gör jag?',
				'crisis-support'
			)
		).toBe(false);
	});
});

describe('present danger in everyday words', () => {
	test.each([
		'han har nyckel och jag hör honom i trappan nu. han slog mig förra veckan',
		'I can hear him coming up the stairs, he raped me last month',
		'my ex is outside my building rn and he hit me last week',
		'pojkvännen säger att jag inte får gå härifrån',
		'my boyfriend took my phone and wont let me leave his flat',
		'he won’t let me out of the car',
		'vi åker på fredag till hemlandet och de ska gifta bort mig där',
		'we fly to iraq tomorrow and they say i will marry my cousin',
		'måste tillbaka till honom ikväll, han säljer mig till andra killar',
		'i have to go back there tonight, they make me sleep with men for money',
		'he says he will kill me when he gets home'
	])('"%s" is danger now', (text) => {
		expect(isDanger(text)).toBe(true);
	});

	test.each([
		'pappa slog mig ikväll och nu sover han. jag vill inte vara kvar här i natt',
		"my stepmom hit me tonight and she's asleep now",
		'mamma är utanför och väntar på mig, hon är snäll',
		'my dad is downstairs cooking dinner, he hit me last year',
		'we are visiting family in turkey in the summer and they want me to get engaged',
		'we leave for the summer holiday on friday',
		'I have to go back home tonight, my stepdad touched me when I was 8',
		'jag måste tillbaka till skolan imorgon',
		'i can hear my parents fighting downstairs again',
		'han sa att han skulle döda mig för ett år sedan',
		'jag är rädd att han ska komma hem till mig nån gång, han har hotat mig förut',
		"i'm scared he'll come over to mine one day, he hit me before"
	])('"%s" is not danger now', (text) => {
		expect(isDanger(text)).toBe(false);
	});

	test('with the one who did it asleep, a night with nowhere to be', () => {
		expect(
			reads('pappa slog mig ikväll och nu sover han. kan inte stanna här', 'safe-housing')
		).toBe(true);
		expect(reads("my brother beat me up tonight, i can't stay in this house", 'safe-housing')).toBe(
			true
		);
	});
});

describe('who could protect, away, is not the one who does it', () => {
	test.each([
		'han bankar på dörren nu och skriker att han ska döda mig. mamma är inte hemma',
		"he's outside my door trying to get in right now, he hurt me before. mum is at work"
	])('"%s"', (text) => {
		expect(reads(text, 'abuse-in-family')).toBe(false);
		expect(isDanger(text)).toBe(true);
	});

	test('a parent named as the one who does it still is', () => {
		expect(reads('mamma slår mig när pappa är inte hemma', 'abuse-in-family')).toBe(true);
	});
});

describe('words of the third round', () => {
	test('a closed investigation is no wish to report; continued help is treatment', () => {
		const reading = read(
			'Min son blev utsatt för övergrepp för tre år sedan. Polisen lade ner utredningen. Vart vänder vi oss för fortsatt hjälp?'
		);
		expect(reading.needs.get('police-report') ?? 0).toBeLessThan(0.5);
		expect(reading.needs.get('trauma-treatment')).toBeGreaterThanOrEqual(0.5);
	});

	test('a Barnahus interview is the investigation, not a police report', () => {
		const reading = read(
			'vi ska på förhör på barnahus på torsdag med min dotter, hur går det till?'
		);
		expect(reading.needs.get('child-investigation')).toBeGreaterThanOrEqual(0.5);
		expect(reading.needs.get('police-report') ?? 0).toBeLessThan(0.5);
	});

	test.each([
		['killarna i klassen rankar tjejernas kroppar', 'sexual-harassment'],
		['the boys made a list ranking the girls bodies', 'sexual-harassment'],
		["A boy (5) told me his mum's boyfriend does things under the covers with him", 'sexual-abuse'],
		['School nurse here. A girl (6) says her stepdad hurts her down there.', 'sexual-abuse'],
		['one of our girls (15) gets picked up by older men in cars', 'sexual-exploitation'],
		['styvpappa gör saker med mig på nätterna', 'sexual-abuse'],
		['A 7-year-old said her uncle does things to her at night.', 'sexual-abuse'],
		['my mum locked me out tonight after i told her what her husband does to me', 'safe-housing'],
		[
			'Nursery nurse. A girl (4) said grandad puts his fingers in her fairy and it stings.',
			'abuse-in-family'
		]
	] as const)('"%s" is %s', (text, code) => {
		expect(reads(text, code)).toBe(true);
	});
});

test.each([
	'my dad does fun things with me at night, we watch the stars',
	'we did stuff at night at camp',
	'my brother does his homework at night'
])('"%s" is no abuse', (text) => {
	expect(reads(text, 'sexual-abuse')).toBe(false);
});
