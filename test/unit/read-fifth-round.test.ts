import type { NeedCode } from '@stodkartan/core';
import { isSubjectTaught } from '../../core/src/text/cues.js';
import { doneTo, isFriendsOrSiblings } from '../../core/src/text/people.js';
import { readWords } from '../../core/src/text/words.js';
import { testVocabulary } from '../support/domain.js';

/**
 * What the reader reads since issue 7's fifth round: who a harm is done to (a friend's partner,
 * a sibling's), concerns named only as a subject taught, touching as harassment by peers and not
 * by adults in a role, care named but not asked for, going on after a no, a slip of the fingers
 * in a short word, and danger now in more everyday words. Each kind with texts that must not be
 * read as it. The sentences are not those of the labelled sets.
 */
const understander = testVocabulary().understander;
const read = (text: string) => understander.understand(text);
const reads = (text: string, code: NeedCode) => (read(text).needs.get(code) ?? 0) >= 0.5;

describe('who a harm is done to', () => {
	test.each([
		['hans pappa slår henne', 2, 'another'],
		['min kompis pappa tar på mig', 3, 'writer'],
		["her stepdad touches her when she's home", 2, 'another'],
		['he keeps messaging me and asking for pics', 5, 'writer']
	] as const)('in "%s" the harm at %i is done to the %s', (text, at, who) => {
		expect(doneTo(readWords(text), at, at + 1)).toBe(who);
	});

	test.each([
		['min bästa kompis kille', 3],
		['min systers pojkvän', 2],
		["my best friend's dad", 4]
	] as const)('in "%s" the one at %i belongs to the writer’s friend or sibling', (text, at) => {
		expect(isFriendsOrSiblings(readWords(text), at)).toBe(true);
	});
	test.each([
		['hennes kompis pappa', 2],
		["her older sister's boyfriend", 4],
		['mammas kille', 1]
	] as const)('in "%s" the one at %i does not', (text, at) => {
		expect(isFriendsOrSiblings(readWords(text), at)).toBe(false);
	});

	test.each([
		'min kompis flickvän slår honom hela tiden',
		"my best friend's boyfriend hits her when he's drunk"
	])('"%s": partner violence, asked about for the friend', (text) => {
		expect(reads(text, 'partner-violence')).toBe(true);
		expect(read(text).asker?.value).toBe('friend');
	});

	test('a harm done to the writer by a friend’s partner is not partner violence', () => {
		expect(reads('min kompis pojkvän tog på mig på festen', 'partner-violence')).toBe(false);
		expect(read('min kompis pojkvän tog på mig på festen').asker?.value).not.toBe('friend');
	});

	test('a friend’s father who harms the writer makes the writer the one asked about', () => {
		expect(read("my friend's dad keeps texting me and wants photos").asker?.value).not.toBe(
			'friend'
		);
	});

	test('a harm done to the writer’s sibling is asked about for the sibling', () => {
		expect(read('my big sister’s boyfriend hits her and she hides it').asker?.value).toBe('friend');
		expect(read('min bror slår mig').asker?.value).not.toBe('friend');
	});
});

describe('a concern named as a subject taught', () => {
	test.each([
		['vi hade en lektion om våldtäkt idag', 5],
		['we watched a film about trafficking in class', 5]
	] as const)('in "%s" the word at %i is a subject', (text, at) => {
		expect(isSubjectTaught(readWords(text), at)).toBe(true);
	});
	test('a concern told is not', () => {
		const words = readWords('jag vill prata om våldtäkten');
		expect(isSubjectTaught(words, 4)).toBe(false);
	});
	test('a subject taught adds no concern; what the text then tells still does', () => {
		expect(reads('på lektionen pratade vi om våldtäkt', 'rape')).toBe(false);
		const text = 'we learned about grooming in class and now i think a man online is grooming me';
		expect(reads(text, 'online-sexual-abuse')).toBe(true);
	});
});

describe('touching by a peer, and by an adult in a role or family', () => {
	test.each(['en kille i klassen tar på mig hela tiden', 'a coworker keeps touching me at work'])(
		'"%s" is harassment as well as abuse',
		(text) => {
			expect(reads(text, 'sexual-abuse')).toBe(true);
			expect(reads(text, 'sexual-harassment')).toBe(true);
		}
	);
	test.each(['my teacher keeps touching me after class', 'morbror tafsar på mig när vi ses'])(
		'"%s" is abuse, not harassment',
		(text) => {
			expect(reads(text, 'sexual-abuse')).toBe(true);
			expect(reads(text, 'sexual-harassment')).toBe(false);
		}
	);
});

describe('care named, and care asked for', () => {
	test.each(['the doctor was nice to me when i broke my arm', 'pappa jobbar på sjukhuset'])(
		'"%s" asks for no care',
		(text) => {
			expect(reads(text, 'medical-care')).toBe(false);
		}
	);
	test.each(['behöver jag gå till en läkare?', 'i think i need to see a doctor'])(
		'"%s" does',
		(text) => {
			expect(reads(text, 'medical-care')).toBe(true);
		}
	);
	test('pain an adult tells in a child’s words is not an injury to be cared for', () => {
		const text = 'Jag är lärare. En pojke säger att hans morbror gör saker med honom som gör ont.';
		expect(reads(text, 'medical-care')).toBe(false);
		expect(reads(text, 'sexual-abuse')).toBe(true);
	});
});

describe('going on after a no', () => {
	test.each([
		'när jag sa stopp fortsatte han ändå',
		'she kept saying no but he never stops',
		'jag skrek nej men han bara fortsatte'
	])('"%s" is rape', (text) => {
		expect(reads(text, 'rape')).toBe(true);
	});
	test.each([
		'jag sa nej till en dejt men han fortsatte att skriva',
		'i said no and he kept on asking me out for weeks'
	])('"%s" is talk that went on, not rape', (text) => {
		expect(reads(text, 'rape')).toBe(false);
	});
	test('with a partner, it is partner violence too', () => {
		expect(reads('my girlfriend won’t stop when i say no', 'partner-violence')).toBe(true);
	});
	test('without a time, it needs no acute care', () => {
		expect(reads('i said stop and he kept going', 'medical-care')).toBe(false);
	});
});

describe('a slip of the fingers in a short word', () => {
	test.each(['i was rpaed', 'he sent my nudez around'])('"%s" is read', (text) => {
		const reading = read(text);
		expect([...reading.needs.values()].some((weight) => weight >= 0.5)).toBe(true);
	});
	test('a name of family is not guessed from another form of it', () => {
		expect(reads('farbrorn på bussen tog på mig', 'abuse-in-family')).toBe(false);
	});
	test('a long name of family with a slip is', () => {
		expect(reads('min styvfsar tar på mig', 'abuse-in-family')).toBe(true);
	});
});

describe('danger now in everyday words', () => {
	test.each([
		'some guy is walking right behind me and he won’t go away',
		'min kille håller mig kvar i lägenheten och jag vågar inte gå',
		'en man har väntat utanför vår dörr den senaste timmen och jag är ensam hemma'
	])('"%s" is danger now', (text) => {
		expect(read(text).signals.has('danger-now')).toBe(true);
	});
	test.each([
		'my brother is coming home in an hour and we are making him dinner',
		'en man stod utanför mitt fönster i somras, jag tänker fortfarande på det'
	])('"%s" is not', (text) => {
		expect(read(text).signals.has('danger-now')).toBe(false);
	});
});

describe('someone named by a noun, at the door now, and a threat after a condition', () => {
	test.each([
		'my ex is at my window right now and he says if i dont open he will come in',
		'grannen står utanför vår dörr nu och säger att om jag inte öppnar så kommer han in',
		'styvpappa står utanför mitt rum nu och säger att han ska in'
	])('"%s" is danger now', (text) => {
		expect(read(text).signals.has('danger-now')).toBe(true);
	});
	test.each([
		'min kompis står utanför nu och ska följa med mig till kuratorn',
		'my ex was outside my window last summer, he said if i left he would come in',
		'he says if i pass the test he will be proud'
	])('"%s" is not', (text) => {
		expect(read(text).signals.has('danger-now')).toBe(false);
	});
});

describe('the gender of someone older, or of the one whose place the child is at, is not the child’s', () => {
	test.each([
		'Skolkurator. En elev på 15 säger att hon sover hos en äldre kille och gör saker med honom.',
		'Teacher here. A pupil (14) told me she has been staying with an older guy from the gym.',
		'Fritidsledare. En tjej på 13 säger att en vuxen man skickar bilder till henne.'
	])('"%s" says no male gender of the child', (text) => {
		expect(read(text).gender?.value).not.toBe('male');
	});
	test('a boy named as the one the help is about still gives his gender', () => {
		expect(
			read('Lärare. En kille i klassen, 14, berättar att hans pappa slår honom').gender?.value
		).toBe('male');
	});
});
