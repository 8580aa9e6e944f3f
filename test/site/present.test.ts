import type { MatchResponse, PublicService } from '@stodkartan/core';
import { messages } from '$lib/i18n';
import { presentService, telHref, webHref } from '$lib/server/present';
import { presentResults, readSearchForm } from '$lib/server/search';
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

	test('what happens when you get in touch, from the catalogue, or honestly unknown', () => {
		const known = present(
			publicService({
				anonymous: true,
				afterContact: { reportsToSocialServices: 'no', policeReportRequired: false }
			})
		);
		expect(known.afterContact).toEqual([
			'Du behöver inte säga vem du är.',
			'De har ingen anmälningsplikt.',
			'Du behöver inte ha polisanmält.'
		]);
		expect(present(publicService()).afterContact).toEqual([t.after.unknown]);
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

describe('presenting results', () => {
	const answer = (interpretation: Partial<MatchResponse['interpretation']>): MatchResponse => ({
		results: [
			{
				service: publicService(),
				score: 0.9,
				reasons: [{ criterion: 'age', status: 'met', message: 'För 0–17 år.' }]
			}
		],
		interpretation: {
			asker: { seeker: null, source: 'not-given' },
			person: { age: null, gender: null },
			needs: [],
			signals: [],
			understood: [],
			location: { status: 'not-given' },
			situation: [],
			...interpretation
		}
	});
	const needs = [
		{
			code: 'rape' as const,
			group: 'concern' as const,
			label: { sv: 'Våldtäkt', en: 'Rape' },
			youthLabel: { sv: 'Våldtäkt', en: 'Rape' },
			question: { sv: '', en: '' },
			description: { sv: '', en: '' }
		}
	];
	const context = { lang: 'sv' as const, t, now: tuesdayEvening, counties, needs };

	test('shows what the text was read as, the place, and the danger box when needed', () => {
		const view = presentResults(
			answer({
				needs: [
					{ code: 'rape', weight: 1, source: 'text' },
					{ code: 'medical-care', weight: 0.8, source: 'signal' }
				],
				signals: ['danger-now'],
				location: {
					status: 'municipality',
					municipality: { code: '2281', name: 'Sundsvall' },
					county: { code: '22', name: 'Västernorrlands län' }
				}
			}),
			context,
			undefined
		);
		expect(view).toMatchObject({
			isDanger: true,
			understood: ['Våldtäkt'],
			placeText: t.results.place('Sundsvall')
		});
		expect(view.services[0]?.reasons[0]).toMatchObject({
			statusText: 'Stämmer',
			message: 'För 0–17 år.'
		});
	});

	test('says so when the text showed that a parent or a professional is asking', () => {
		expect(
			presentResults(answer({ asker: { seeker: 'parent', source: 'text' } }), context, undefined)
				.askerText
		).toBe(t.results.askerFromText.parent);
		expect(
			presentResults(
				answer({ asker: { seeker: 'professional', source: 'request' } }),
				context,
				undefined
			).askerText
		).toBeUndefined();
	});

	test('an unknown place or postal code is said plainly', () => {
		expect(
			presentResults(answer({ location: { status: 'postal-code-not-found' } }), context, undefined)
				.placeText
		).toBe(t.results.postalNotFound);
		expect(presentResults(answer({}), context, 'place-not-found').placeText).toBe(
			t.results.placeNotFound
		);
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

	test('the crisis numbers on every page are 112 and Bris 116 111, as in the catalogue', () => {
		for (const lang of ['sv', 'en'] as const) {
			expect(messages(lang).danger.call).toMatch(/112/);
			expect(messages(lang).danger.brisCall).toMatch(/116 111/);
		}
	});
});
