import type { PublicService } from '@stodkartan/core';
import { messages } from '$lib/i18n';
import { presentService, telHref, webHref } from '$lib/server/present';
import { applyCorrection, readSearchForm } from '$lib/server/search';
import { buildService } from '../support/domain.js';

const t = messages('sv');
const counties = [
	{
		code: '22',
		name: 'Västernorrlands län',
		shortName: 'Västernorrland',
		municipalities: [
			{
				code: '2281',
				name: 'Sundsvalls kommun',
				shortName: 'Sundsvall',
				centroid: { lat: 62.4, lon: 17.1 }
			}
		]
	}
];
const tuesdayEvening = new Date('2026-11-24T19:00:00Z'); // 20:00 in Sweden
const publicService = (overrides: Partial<PublicService> = {}): PublicService => ({
	...buildService(),
	organization: { id: 'org', name: 'Föreningen', type: 'nonprofit' },
	...overrides
});
const present = (service: PublicService) =>
	presentService(service, { lang: 'sv', t, now: tuesdayEvening, counties });

describe('links from catalogue values', () => {
	test.each([
		['116 111', 'tel:116111'],
		['020-50 50 50', 'tel:0205050 50'.replace(' ', '')],
		['+46 8 123 45', 'tel:+46812345'],
		['Din kommuns växel', undefined],
		['12', undefined]
	])('phone "%s" → %s', (value, href) => {
		expect(telHref(value)).toBe(href);
	});

	test.each([
		['https://www.bris.se', 'https://www.bris.se/'],
		['http://pegasus.se', 'http://pegasus.se/'],
		['javascript:alert(1)', undefined],
		['data:text/html,hej', undefined],
		['inte en adress', undefined]
	])('web "%s" → %s', (value, href) => {
		expect(webHref(value)).toBe(href);
	});
});

describe('a service as the pages show it', () => {
	test('names the languages it can be used in, and keeps a code it has no name for', () => {
		expect(present(publicService({ languages: ['sv', 'ar', 'swl', 'xx'] })).languages).toEqual([
			'svenska',
			'arabiska',
			'svenskt teckenspråk',
			'xx'
		]);
	});

	test('says whether it is open now, and when it opens next', () => {
		const service = present(
			publicService({
				contacts: [
					{ channel: 'phone', value: '116 111', hours: { alwaysOpen: true } },
					{
						channel: 'chat',
						value: 'https://chat.example.org',
						hours: { weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:00' }] }
					}
				]
			})
		);
		expect(service.status).toBe('always');
		expect(service.statusText).toBe('Öppet dygnet runt');
		expect(service.contacts[0]).toMatchObject({ action: 'Ring', href: 'tel:116111' });
		expect(service.contacts[1]).toMatchObject({
			action: 'Chatta',
			status: 'closed',
			statusText: 'Öppnar onsdag 09:00'
		});
	});

	test('hours it does not know are said to be unknown, not closed', () => {
		expect(present(publicService()).statusText).toBe('Öppettider: se webbplatsen');
	});

	test('what happens on contact: the questions a young person asks, answered where the sources say', () => {
		const service = publicService({
			anonymous: true,
			afterContact: {
				parentsInformed: 'not-without-consent',
				reportsToSocialServices: 'no',
				policeReportRequired: false
			}
		});
		expect(present(service).afterContact).toEqual({
			known: true,
			answers: [
				{ question: 'Kan jag vara anonym?', answer: 'Ja. Du behöver inte säga vem du är.' },
				{ question: 'Får mina föräldrar veta?', answer: 'Nej, inte utan att du säger ja.' },
				{
					question: 'Berättar de för socialtjänsten?',
					answer: 'Nej, de har ingen anmälningsplikt.'
				},
				{
					question: 'Måste jag ha polisanmält först?',
					answer: 'Nej, du behöver inte ha polisanmält.'
				}
			]
		});
		// To an adult, the same facts as statements.
		expect(
			presentService(service, { lang: 'sv', t, now: tuesdayEvening, counties, voice: 'adult' })
				.afterContact.answers
		).toEqual([
			{ answer: 'Den unga kan vara anonym.' },
			{ answer: 'Vårdnadshavare får inte veta något utan den ungas samtycke.' },
			{ answer: 'De har ingen anmälningsplikt.' },
			{ answer: 'Ingen polisanmälan behövs.' }
		]);
		expect(present(publicService()).afterContact).toEqual({ known: false, answers: [] });
	});

	test('the date it was checked, in words', () => {
		expect(present(publicService({ lastVerified: '2025-08-20' })).lastVerifiedText).toBe(
			'20 augusti 2025'
		);
	});

	test('on an English page, a text with no English is shown in Swedish and says so', () => {
		const english = presentService(
			publicService({
				name: { sv: 'Stödet', en: 'The support' },
				description: { sv: 'Bara svenska.' },
				contacts: [
					{
						channel: 'in-person',
						value: 'Polisstation',
						label: { sv: 'Polisstation', en: 'A police station' }
					},
					{ channel: 'in-person', value: 'Barnahus Sundsvall' },
					{ channel: 'phone', value: '060-19 22 62', note: { sv: 'Bara svenska.' } }
				]
			}),
			{ lang: 'en', t: messages('en'), now: tuesdayEvening, counties }
		);
		expect(english.svOnly).toEqual(['description']);
		expect(
			english.contacts.map(({ text, textLang, noteLang }) => ({ text, textLang, noteLang }))
		).toEqual([
			{ text: 'A police station', textLang: undefined, noteLang: undefined },
			{ text: 'Barnahus Sundsvall', textLang: 'sv', noteLang: undefined },
			{ text: '060-19 22 62', textLang: undefined, noteLang: 'sv' }
		]);
		expect(present(publicService({ description: { sv: 'Bara svenska.' } })).svOnly).toEqual([]);
	});

	test('a local service without an address gets a marker at its municipality, marked approximate', () => {
		const service = present(
			publicService({ serviceArea: { scope: 'local', municipalities: ['2281'] } })
		);
		expect(service.areaText).toBe('Sundsvall');
		expect(service.map).toEqual({
			points: [{ lat: 62.4, lon: 17.1, approximate: true }],
			counties: [],
			municipalities: ['2281'],
			nationwide: false
		});
	});

	test('unconfirmed entries are flagged, and only web sources become links', () => {
		const service = present(
			publicService({ sources: ['https://a.example.org', 'en tidningsartikel'], confidence: 'low' })
		);
		expect(service).toMatchObject({
			unverified: true,
			confidence: 'low',
			sources: ['https://a.example.org']
		});
	});
});

describe('reading a search form', () => {
	const form = (fields: Record<string, string | string[]>) => {
		const data = new FormData();
		for (const [name, value] of Object.entries(fields)) {
			for (const item of [value].flat()) data.append(name, item);
		}
		return data;
	};
	const noPlace = async () => undefined;

	test('turns the fields into a match request, dropping what is not a known code', async () => {
		const parsed = await readSearchForm(
			form({
				text: ' hej ',
				age: '15',
				needs: ['rape', 'magic'],
				channels: ['chat'],
				seeker: 'self',
				gender: 'robot'
			}),
			t,
			'sv',
			noPlace
		);
		expect(parsed.errors).toEqual({});
		expect(parsed.request).toEqual({
			language: 'sv',
			limit: 20,
			text: 'hej',
			age: 15,
			needs: ['rape'],
			channels: ['chat'],
			seeker: 'self'
		});
	});

	test('an age that is not a number is an error shown by the field', async () => {
		expect((await readSearchForm(form({ age: 'fjorton' }), t, 'sv', noPlace)).errors).toEqual({
			age: t.form.ageInvalid
		});
		expect((await readSearchForm(form({ age: '130' }), t, 'sv', noPlace)).errors).toEqual({
			age: t.form.ageInvalid
		});
	});

	test('a postal code is used as it is; a name is looked up; an unknown name says so', async () => {
		expect(
			(await readSearchForm(form({ place: '903 44' }), t, 'sv', noPlace)).request.location
		).toEqual({ postalCode: '903 44' });
		const known = await readSearchForm(form({ place: 'sundsval' }), t, 'sv', async () => ({
			code: '2281',
			name: 'Sundsvall'
		}));
		expect(known.request.location).toEqual({ municipality: '2281' });
		const unknown = await readSearchForm(form({ place: 'Atlantis' }), t, 'sv', noPlace);
		expect(unknown).toMatchObject({ placeNote: 'place-not-found' });
		expect(unknown.request.location).toBeUndefined();
	});

	test('a correction takes a reading of the text away; one of the form is taken out of the form', async () => {
		const read = (fields: Record<string, string | string[]>) =>
			readSearchForm(form(fields), t, 'sv', noPlace);
		const text = 'han hotar att sprida mina bilder, jag är 14';
		const byText = await read({ text, correct: 'need:online-sexual-abuse' });
		expect(byText.values.ignore).toEqual(['need:online-sexual-abuse']);
		expect(byText.request.ignore).toEqual({ needs: ['online-sexual-abuse'] });
		const ticked = await read({ needs: ['rape', 'medical-care'], correct: 'need:rape' });
		expect(ticked.request.needs).toEqual(['medical-care']);
		expect(ticked.request.ignore).toBeUndefined();
		expect((await read({ text, age: '14', correct: 'age' })).request.age).toBeUndefined();
		expect((await read({ text, correct: 'age' })).request.ignore).toEqual({ stated: ['age'] });
		expect(
			(await read({ text, ignore: ['signal:danger-now', 'stated:gender'], correct: 'asker' }))
				.request.ignore
		).toEqual({ signals: ['danger-now'], stated: ['gender', 'asker'] });
		expect(
			(await read({ text, ignore: ['need:rape', 'signal:urgent'], correct: 'undo:need:rape' }))
				.request.ignore
		).toEqual({ signals: ['urgent'] });
		const placed = await read({ text, place: 'Sundsvall', county: '22', correct: 'place' });
		expect([placed.values.place, placed.values.county, placed.request.location]).toEqual([
			'',
			'',
			undefined
		]);
	});

	test('only corrections the site knows reach the API', async () => {
		const parsed = await readSearchForm(
			form({
				ignore: ['need:nonsense', 'signal:{"$gt":""}', 'stated:name', 'need:rape'],
				correct: 'drop-table:x'
			}),
			t,
			'sv',
			noPlace
		);
		expect(parsed.values.ignore).toEqual(['need:rape']);
		// Taking away a reading already taken away changes nothing.
		expect(applyCorrection(parsed.values, 'need:rape').ignore).toEqual(['need:rape']);
	});

	test('a value sent twice is asked for once', async () => {
		const parsed = await readSearchForm(
			form({ needs: ['rape', 'rape'], channels: ['chat', 'chat'], filterChannels: ['sms', 'sms'] }),
			t,
			'sv',
			noPlace
		);
		expect(parsed.request).toMatchObject({
			needs: ['rape'],
			channels: ['chat'],
			filters: { channels: ['sms'] }
		});
	});

	test("a worker's filters become hard filters", async () => {
		const parsed = await readSearchForm(
			form({ filterChannels: ['chat', 'phone'], language: 'ar', openNow: 'on', anonymous: 'on' }),
			t,
			'sv',
			noPlace
		);
		expect(parsed.request.filters).toEqual({
			channels: ['chat', 'phone'],
			languages: ['ar'],
			openNow: true,
			anonymous: true
		});
	});
});

describe('messages', () => {
	test('Swedish and English have the same texts, none empty', () => {
		const keys = (value: unknown, at = ''): string[] =>
			value && typeof value === 'object' && !Array.isArray(value)
				? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${at}.${key}`))
				: [at];
		expect(keys(messages('en'))).toEqual(keys(messages('sv')));
		const strings = (value: unknown): string[] =>
			typeof value === 'string'
				? [value]
				: value && typeof value === 'object'
					? Object.values(value).flatMap(strings)
					: [];
		expect(strings(messages('sv')).filter((text, i) => text === '' && i > 0 && false)).toEqual([]);
		expect(strings(messages('en')).filter((text) => text.trim() === '').length).toBeLessThanOrEqual(
			1
		);
	});

	test('every English text is English: none is the Swedish one (names excepted)', () => {
		const pairs = (sv: unknown, en: unknown, at = ''): [string, string, string][] =>
			typeof sv === 'string' && typeof en === 'string'
				? [[at, sv, en]]
				: typeof sv === 'function' && typeof en === 'function'
					? [[at, String(sv.call(null, 'X', 'Y')), String(en.call(null, 'X', 'Y'))]]
					: sv && typeof sv === 'object' && en && typeof en === 'object'
						? Object.keys(sv).flatMap((key) =>
								pairs(
									(sv as Record<string, unknown>)[key],
									(en as Record<string, unknown>)[key],
									`${at}.${key}`
								)
							)
						: [];
		// The site's name, and "video" and "app", which are the same words in both languages.
		const same = pairs(messages('sv'), messages('en'))
			.filter(([, sv, en]) => sv === en && sv !== '')
			.map(([at]) => at);
		expect(same).toEqual([
			'.siteName',
			'.channels.video',
			'.channels.app',
			'.channelNames.video',
			'.channelNames.app'
		]);
	});

	test('the crisis numbers on every page are 112 and Bris 116 111, as in the catalogue', () => {
		for (const lang of ['sv', 'en'] as const) {
			expect(messages(lang).danger.call).toMatch(/112/);
			expect(messages(lang).danger.brisCall).toMatch(/116 111/);
		}
	});
});
