import type { NeedCode } from '@stodkartan/core';
import { testVocabulary } from '../support/domain.js';

/**
 * What the reader reads from the structure of a text rather than from its phrases (issue 7,
 * second round): a job given as a label, danger now in everyday words, worry about one's own
 * thoughts, a small child's words, sex traded without its words, nowhere to stay now, and what a
 * wish to report means for who asks. Each kind with texts that must not be read as it.
 */
const understander = testVocabulary().understander;
const read = (text: string) => understander.understand(text);
const reads = (text: string, code: NeedCode) => (read(text).needs.get(code) ?? 0) >= 0.5;

describe('a job given as a label at the start says a professional writes', () => {
	test.each([
		'Förskollärare. Ett barn i min grupp säger att pappa slår henne.',
		'Chat volunteer: a 13-year-old told me tonight that her stepdad hits her.',
		'Nurse at a youth clinic. A patient told me something worrying.',
		'Football coach. One of my players said a leader touched him.',
		'Kurator här, en elev har berättat om övergrepp',
		'BVC-sjuksköterska. En mamma berättar att pappan slår barnet.',
		'Hej! Fritidsledare på en fritidsgård här.',
		'Swim coach – how do I report a concern?',
		'Behandlingsassistent på HVB: en ungdom säljer sex.',
		'Jobbar som elevassistent. Vem kontaktar jag?',
		'Residential care worker here. One of our young people has disclosed abuse.',
		'Church youth leader – a girl told me something worrying',
		'Elevhälsan, skolsköterska: en elev berättar om sin pappa',
		'Lärarvikarie: hur gör man en orosanmälan?',
		'Dagbarnvårdare. Ett barn säger något oroande.',
		'I work at a nursery and a child said something worrying',
		'We run a daycare. A little boy told staff about his uncle.'
	])('"%s"', (text) => {
		expect(read(text).asker?.value).toBe('professional');
	});

	test.each([
		'Kurator? Jag vill prata med en kurator men vet inte hur',
		'Teacher keeps touching me in class and i dont know who to tell',
		'Tränaren i min klubb skickar snuskiga meddelanden till mig',
		'nurse at my school said i should ask here. my uncle did stuff to me',
		'Lärare'
	])('"%s" is a young person naming a role, or no statement', (text) => {
		expect(read(text).asker?.value).toBeUndefined();
	});

	test('"Mamma här." is a parent, and her own word is no one who did it', () => {
		const text = 'Mamma här. Min dotter blev utsatt för grooming.';
		expect(read(text).asker?.value).toBe('parent');
		expect(reads(text, 'abuse-in-family')).toBe(false);
	});

	test('"Elev här." is a young person', () => {
		expect(read('Elev här. min mentor skriver konstiga saker till mig').asker).toBeUndefined();
	});

	test('"Foster carer –" is a parent', () => {
		expect(read('Foster carer – our 11 yo has said things that worry us').asker?.value).toBe(
			'parent'
		);
	});

	test('an empty text, or one of marks only, is read as nothing, at once', () => {
		for (const text of ['', '...', ' – ', '?']) {
			expect(read(text).asker).toBeUndefined();
			expect(read(text).needs.size).toBe(0);
		}
	});
});

describe('danger now in everyday words', () => {
	test.each([
		'mitt ex skrev att han ska komma hit och göra klart det han började. jag är ensam hemma',
		"he just texted me 'im coming over to finish what i started'. my parents are away",
		'hes outside school waiting for me rn. he said he would make me pay for telling',
		'han sa att han kommer tillbaka ikväll och då ska jag få se. mamma jobbar natt',
		"he's downstairs right now and says if i dont come down he'll come up",
		'exet står i trappan o skriker att han ska in',
		"hiding in my wardrobe, he's drunk and looking for me",
		'han har brutit sig in och har en kniv',
		'killen som våldtog mig har skrivit att han står nere på gården och väntar. jag är ensam',
		'my ex just pulled up outside in his car and hes banging on the window, my mum isnt home',
		'styvfar har druckit och nu försöker han öppna min dörr',
		'someone i met online is at my door right now and says he wont leave until i let him in',
		'pappa är på väg hem från krogen och han sa att jag ska få stryk',
		'jag låser in mig i badrummet nu, han sparkar på dörren och skriker',
		'han har en nyckel och skrev precis att han är där om fem min. jag är helt själv',
		'my stepbrother is drunk and keeps trying the handle of my bedroom door, everyone else is asleep',
		'min bror och hans kompisar kommer hem snart och de sa att de ska göra samma sak som förra helgen',
		"he just said on snap he's walking over to mine to sort me out. dad is away",
		"he's outside my house right now"
	])('"%s" is danger now', (text) => {
		expect(read(text).signals.has('danger-now')).toBe(true);
	});

	test.each([
		'han ska komma på min fest på lördag och jag är rädd att träffa honom',
		'my mom is coming home at 6 and i dont know how to tell her what happened',
		'pappa kommer hem snart och jag har inte städat mitt rum',
		'my friend is on her way over, we will call a helpline together',
		'vad gör jag om han kommer hem till mig? han vet var jag bor',
		'när mamma jobbar natt kommer min bonuspappa in till mig och tar på mig',
		'sitter på busshållplatsen, vågar inte gå hem för han är där',
		'min mamma står utanför och väntar på mig',
		'min kille kommer hem från jobbet snart och jag vill göra slut',
		'min kompis kommer hit snart så vi kan ringa bris tillsammans',
		'jag är rädd för min styvpappa, han kommer hem på fredag',
		'han står utanför skolan varje dag och tittar på mig'
	])('"%s" is not danger now (a later day, no threat, a condition, a habit)', (text) => {
		expect(read(text).signals.has('danger-now')).toBe(false);
	});

	test('a threat makes the one who threatens count: "my stepdad … tonight im gonna get it"', () => {
		expect(
			reads('my stepdad is on his way home and he said tonight im gonna get it', 'abuse-in-family')
		).toBe(true);
		expect(reads('han sa att jag ska få se. mamma jobbar natt', 'abuse-in-family')).toBe(false);
	});
});

describe('worry about one’s own thoughts about children', () => {
	test.each([
		'jag har börjat få tankar om yngre barn som jag inte vill ha',
		'i get turned on thinking about kids way younger than me',
		'i find some 10 year olds attractive and it scares me',
		'jag blir kåt av att tänka på yngre barn',
		'jag tror att jag är pedofil',
		'am i a pedo?',
		'im scared of my own fantasies about kids',
		'vår son på 14 har berättat att han har sexuella tankar om mindre barn'
	])('"%s"', (text) => {
		expect(reads(text, 'worried-about-own-behaviour')).toBe(true);
	});

	test.each([
		'my older cousin has sexual thoughts about kids and looks at me weird',
		'jag tänker mycket på det som hände när jag var barn',
		'I think about what he did to me when I was a child',
		'jag är 15 och tänker på sex hela tiden, är det normalt?'
	])('"%s" is not worry about one’s own thoughts', (text) => {
		expect(reads(text, 'worried-about-own-behaviour')).toBe(false);
	});

	test('naming the police is then fear, not a wish to report', () => {
		const text = 'har sexuella tankar om småbarn. blir det en polisgrej om jag berättar?';
		expect(reads(text, 'worried-about-own-behaviour')).toBe(true);
		expect(reads(text, 'police-report')).toBe(false);
	});
});

describe('a small child’s words, told by an adult', () => {
	test.each([
		'min dotter på 4 sa att farbrorn på förskolan kittlar henne på snippan',
		'my 5 year old says grandpa tickles her down there',
		'A 4-year-old boy told me uncle touches his willy',
		'my daughter (3) said daddy kisses her bum',
		'Min son på 5 säger att storebror brukar vilja leka med hans snopp',
		'morfar gör pillelek med henne',
		'the teacher played the secret game with him',
		'One of the girls keeps humping the other kids and says her dad does that to her',
		'dottern har börjat visa ett sexualiserat beteende'
	])('"%s" is sexual abuse', (text) => {
		expect(reads(text, 'sexual-abuse')).toBe(true);
	});

	test.each([
		'min son på 4 år tar på sin snopp hela tiden, är det normalt?',
		'my daughter (5) has pain when she pees, is it a uti?',
		'hur pratar vi med barnen om att ingen får ta på snippan?',
		'pappa kommer hem snart och jag har inte städat mitt rum'
	])('"%s" is not', (text) => {
		expect(reads(text, 'sexual-abuse')).toBe(false);
	});
});

describe('sex traded without its words', () => {
	test.each<[string, NeedCode[]]>([
		[
			'an older guy picks me up and gives me stuff and weed. now he wants me to hang out with his friends at a flat',
			['sexual-exploitation']
		],
		[
			'got kicked out, an older guy lets me crash at his but only if i do stuff with him',
			['sexual-exploitation']
		],
		['he said i could live with him if i have sex with him when he wants', ['sexual-exploitation']],
		[
			'jag har en skuld till några killar och de säger att jag ska göra grejer med äldre killar för att betala av den',
			['sexual-exploitation', 'human-trafficking']
		],
		[
			'i owe money to some guys and they said i can pay it off by doing things with men they know',
			['sexual-exploitation', 'human-trafficking']
		]
	])('"%s" → %j', (text, codes) => {
		for (const code of codes) expect(reads(text, code)).toBe(true);
	});

	test.each([
		'i owe my friend money and she keeps asking for it back',
		'min kompis storebror köper ut alkohol till oss ibland',
		'jag sover hos min kompis några nätter för att mamma är på sjukhus'
	])('"%s" is not', (text) => {
		expect(reads(text, 'sexual-exploitation')).toBe(false);
		expect(reads(text, 'human-trafficking')).toBe(false);
	});

	test('sex between an adult and a child under 15 is abuse, by the ages the text states', () => {
		expect(reads('A 13 year old told me she has sex with a 20 year old', 'sexual-abuse')).toBe(
			true
		);
		expect(reads('my 17 year old has sex with her 18 year old boyfriend', 'sexual-abuse')).toBe(
			false
		);
	});
});

describe('denials', () => {
	test.each<[string, NeedCode]>([
		['can i get help without it going to the police? my uncle touched me', 'police-report'],
		['jag vill prata med någon men utan att det blir en polisanmälan', 'police-report'],
		['vill inte anmäla, vill bara prata med någon', 'police-report']
	])('"%s" does not ask for %s', (text, code) => {
		expect(reads(text, code)).toBe(false);
	});

	test.each<[string, NeedCode]>([
		['can i report something to the police without my parents being told?', 'police-report'],
		['can i just talk to someone without telling my name?', 'someone-to-talk-to'],
		['inte polisen utan någon att prata med', 'someone-to-talk-to']
	])('"%s" still asks for %s', (text, code) => {
		expect(reads(text, code)).toBe(true);
	});

	test('words that mean it only together are not denied by a negation between them', () => {
		const text = 'jag kunde inte få honom att sluta när han tog mig in i ett rum';
		expect(read(text).understood).toContainEqual(
			expect.objectContaining({ kind: 'together', needs: ['sexual-abuse'] })
		);
		expect(read(text).understood.filter(({ setAside }) => setAside === 'negated')).toEqual([]);
	});
});

describe('what a wish to report means follows who asks', () => {
	test('a young person: the police; a professional: a report of concern', () => {
		expect(reads('jag vill anmäla honom', 'police-report')).toBe(true);
		const professional = read('Kurator här. Hur anmäler jag?');
		expect((professional.needs.get('social-services') ?? 0) >= 0.5).toBe(true);
		expect((professional.needs.get('police-report') ?? 0) >= 0.5).toBe(false);
	});

	test('asking whether it is too late, or about limitation periods, is a legal question', () => {
		expect(
			reads('är det för sent att polisanmäla en våldtäkt från för fem år sedan?', 'legal-support')
		).toBe(true);
		expect(reads('när preskriberas våldtäkt mot barn?', 'legal-support')).toBe(true);
	});
});

describe('nowhere to stay now', () => {
	test.each([
		'har stuckit hemifrån, sitter i trapphuset nu',
		'kicked out by my parents, where can i sleep tonight',
		'drog hemifrån i natt och är ute nu'
	])('"%s" needs somewhere to stay and crisis support now', (text) => {
		expect(reads(text, 'safe-housing')).toBe(true);
		expect(reads(text, 'crisis-support')).toBe(true);
	});

	test('needing somewhere to live, with nothing about now, is no crisis', () => {
		expect(reads('jag vill flytta hemifrån', 'crisis-support')).toBe(false);
	});
});

describe('an adult who says how they feel asks support for themselves', () => {
	test('a parent’s own feelings are not the child’s mental health', () => {
		const parent = read('Jag är pappa och mår så dåligt efter det som hände min son.');
		expect((parent.needs.get('mental-health') ?? 0) >= 0.5).toBe(false);
		expect((parent.needs.get('parent-support') ?? 0) >= 0.5).toBe(true);
		expect(reads('min dotter mår jättedåligt efter det som hände', 'mental-health')).toBe(true);
	});
});

describe('who does it, and when, in longer sentences', () => {
	test('a name written with a capital can be the one who does it', () => {
		expect(reads("Min 4-åring sa idag 'Jens pussade på min snippa'.", 'sexual-abuse')).toBe(true);
	});

	test('a friend’s thoughts make the writer a friend asking, and are read', () => {
		const text =
			"my friend told me he's worried about his thoughts about younger kids. where can he get help?";
		expect(read(text).asker?.value).toBe('friend');
		expect(reads(text, 'worried-about-own-behaviour')).toBe(true);
	});

	test.each([
		"he's coming back tonight, he said so. last time he forced me",
		'parents are away and the guy who raped me last year is coming to the party here tonight',
		'on my way home and the man who follows me every day is behind me again'
	])('"%s" is danger now: the one who hurt, coming now', (text) => {
		expect(read(text).signals.has('danger-now')).toBe(true);
	});

	test('a word for tonight is not denied with the rest: "kan inte åka hem ikväll"', () => {
		expect(reads('kan inte åka hem ikväll och har ingenstans att sova', 'crisis-support')).toBe(
			true
		);
	});

	test('the one whose boyfriend it is, and the asker’s own group, are not the one who does it', () => {
		expect(
			reads("Chat volunteer: her mum's boyfriend gets into her bed at night", 'abuse-in-family')
		).toBe(true);
		expect(
			reads('my daughter told me she was abused. Is there support for parents?', 'abuse-in-family')
		).toBe(false);
	});

	test('a report of concern is for a child, not for a 19-year-old a professional meets', () => {
		expect(
			reads(
				'Ungdomscoach. En 19-åring berättade att hon blev våldtagen i helgen.',
				'social-services'
			)
		).toBe(false);
		expect(
			reads(
				'Kurator här. En 15-åring berättade att hon blev våldtagen i helgen.',
				'social-services'
			)
		).toBe(true);
	});

	test('a friend’s relative, with no harm told, is no friend asked about', () => {
		expect(read('min kompis storebror köper ut alkohol till oss ibland').asker).toBeUndefined();
		expect(read('min väns familj ska gifta bort henne i sommar').asker?.value).toBe('friend');
	});

	test('"I’m 17 and a guy." says a gender; "jag är 13 och en kille på 19" does not', () => {
		expect(read("i'm 17 and a guy. is there somewhere for boys?").gender?.value).toBe('male');
		expect(read('jag är 13 och en kille på 19 vill träffa mig').gender).toBeUndefined();
	});
});
