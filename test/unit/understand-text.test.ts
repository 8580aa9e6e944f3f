import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vocabularySchema, type NeedCode, type Signal } from '@stodkartan/core';
import { DATA, testVocabulary } from '../support/domain.js';

const understander = testVocabulary().understander;
const strongNeeds = (text: string, threshold = 0.6) =>
	[...understander.understand(text).needs]
		.filter(([, weight]) => weight >= threshold)
		.map(([code]) => code)
		.sort();

describe('understanding how young people write', () => {
	test.each<{ text: string; needs: NeedCode[] }>([
		{
			text: 'han hotar att sprida mina nakenbilder om jag inte skickar fler',
			needs: ['image-removal', 'online-sexual-abuse']
		},
		{
			text: 'someone shared my nudes in a group chat',
			needs: ['image-removal', 'online-sexual-abuse']
		},
		{
			text: 'tjejen jag dejtar kontrollerar mig och har tvingat mig till sex',
			needs: ['partner-violence', 'rape']
		},
		{ text: 'jag säljer sex via nätet', needs: ['sexual-exploitation'] },
		{ text: 'en sugardaddy vill träffa mig', needs: ['sexual-exploitation'] },
		{ text: 'sugardejting', needs: ['sexual-exploitation'] },
		{
			text: 'min styvpappa tafsar på mig',
			needs: ['abuse-in-family', 'sexual-abuse', 'sexual-harassment']
		},
		{ text: 'blev våldtagen', needs: ['rape'] },
		{ text: 'I was raped last night', needs: ['rape'] },
		{ text: 'familjen vill gifta bort mig', needs: ['honour-violence'] },
		{ text: 'en vuxen på discord groomar mig', needs: ['online-sexual-abuse'] },
		{
			text: 'jag har tankar om barn som skrämmer mig, sexuella tankar om barn',
			needs: ['worried-about-own-behaviour']
		},
		{
			text: 'min dotter har blivit utsatt för övergrepp',
			needs: ['parent-support', 'sexual-abuse']
		},
		{ text: 'en vuxen man ger mig pengar för att träffas', needs: ['sexual-exploitation'] },
		{ text: 'min bror tvingar mig att gifta mig', needs: ['honour-violence'] },
		{
			text: 'my parents will kill me if they find out i have a boyfriend',
			needs: ['honour-violence']
		},
		{ text: 'min kompis blev tvingad att suga av en kille på fest', needs: ['rape'] },
		{
			text: 'min styvfar kommer in i mitt rum på nätterna',
			needs: ['abuse-in-family', 'sexual-abuse']
		},
		{
			text: 'jag är orolig för min son som chattar med vuxna',
			needs: ['online-sexual-abuse', 'parent-support']
		},
		{ text: 'jag tittar på bilder på barn och vill sluta', needs: ['worried-about-own-behaviour'] },
		{ text: 'en gubbe på snap vill att jag visar mig', needs: ['online-sexual-abuse'] },
		{ text: 'han tog kort på mig i omklädningsrummet', needs: ['online-sexual-abuse'] }
	])('"$text"', ({ text, needs }) => {
		expect(strongNeeds(text)).toEqual(expect.arrayContaining(needs));
	});

	test.each<{ text: string; not: NeedCode; why: string }>([
		{
			text: 'jag vill anmäla min tränare',
			not: 'professional-guidance',
			why: 'a coach named by a child'
		},
		{
			text: 'en lärare skriver konstiga saker till mig',
			not: 'professional-guidance',
			why: 'a teacher named by a child'
		},
		{ text: 'min förälder slår mig', not: 'parent-support', why: 'a parent named by a child' },
		{
			text: 'jag vill sluta må dåligt',
			not: 'sexual-harassment',
			why: 'Swedish "sluta" is not English "slut"'
		}
	])('does not read "$text" as $not: $why', ({ text, not }) => {
		expect(understander.understand(text).needs.get(not) ?? 0).toBe(0);
	});

	test.each([
		{ text: 'blev vådtagen', need: 'rape', why: 'a missing letter' },
		{ text: 'grroming på snap', need: 'online-sexual-abuse', why: 'a doubled letter' },
		{ text: 'valdtagen', need: 'rape', why: 'å typed as a' },
		{ text: 'nakenbilderna', need: 'online-sexual-abuse', why: 'an inflected form' },
		{ text: 'skolkuratorn', need: 'someone-to-talk-to', why: 'a compound word' },
		{ text: 'våldtäktsanmälan', need: 'police-report', why: 'a compound joined with s' }
	] as const)('reads "$text" despite $why', ({ text, need }) => {
		expect(understander.understand(text).needs.get(need) ?? 0).toBeGreaterThan(0.5);
	});

	test.each<{ text: string; signal: Signal }>([
		{ text: "i'm in danger right now", signal: 'danger-now' },
		{ text: 'han har hotat att döda mig', signal: 'danger-now' },
		{ text: 'jag vill inte leva längre', signal: 'danger-now' },
		{ text: 'blev våldtagen för en timme sedan', signal: 'just-happened' },
		{ text: 'det hände igår', signal: 'just-happened' },
		{ text: 'jag behöver prata med någon ikväll', signal: 'urgent' }
	])('"$text" signals $signal', ({ text, signal }) => {
		expect(understander.understand(text).signals).toContain(signal);
	});

	test.each([
		'jag tappade bort bilen',
		'vi ska träffas i skolan imorgon',
		'hej hej',
		'jag gillar att spela fotboll med mina kompisar'
	])('finds nothing in the everyday sentence "%s"', (text) => {
		expect(strongNeeds(text, 0.5)).toEqual([]);
		expect(understander.understand(text).signals.has('danger-now')).toBe(false);
	});

	test('says which words it understood, and how', () => {
		const { understood } = understander.understand('blev vådtagen igår');
		expect(understood).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					words: 'vådtagen',
					kind: 'fuzzy',
					needs: expect.arrayContaining(['rape'])
				}),
				expect.objectContaining({ words: 'igår', signals: ['just-happened'] })
			])
		);
	});

	test('a very long text is read only so far: the work per request has a bound', () => {
		const text = `${'jag mår dåligt och '.repeat(400)}någon sprider mina nakenbilder`;
		const { needs } = understander.understand(text);
		expect(needs.get('mental-health')).toBeGreaterThan(0.5);
		// 1,600 words in, past the first 300 that are read.
		expect(needs.has('image-removal')).toBe(false);
	});
});

describe('the vocabulary file', () => {
	const file = (terms: string[]) => ({
		...(JSON.parse(readFileSync(path.join(DATA, 'needs-vocabulary.json'), 'utf8')) as object),
		concepts: [{ needs: { 'parent-support': 1 }, terms: { sv: terms, en: [] } }]
	});

	test('refuses a phrase that is one word once its glue words are left out', () => {
		const result = vocabularySchema.safeParse(file(['som förälder']));
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['concepts', 0, 'terms', 'sv', 0]);
		expect(result.error?.issues[0]?.message).toMatch(/two words/);
	});

	test('accepts single words and phrases of two words or more', () => {
		expect(vocabularySchema.safeParse(file(['förälder', 'jag som förälder'])).success).toBe(true);
	});
});
