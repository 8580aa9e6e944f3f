import type { NeedCode, Signal } from '@stodkartan/core';
import { testVocabulary } from '../support/domain.js';

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
		}
	])('"$text"', ({ text, needs }) => {
		expect(strongNeeds(text)).toEqual(expect.arrayContaining(needs));
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

	test('a very long text is read without trouble', () => {
		const text = `${'jag mår dåligt och '.repeat(400)}någon sprider mina nakenbilder`;
		expect(() => understander.understand(text)).not.toThrow();
	});
});
