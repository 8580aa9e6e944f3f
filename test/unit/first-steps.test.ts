import {
	CatalogueIndex,
	matchServices,
	type MatchRequest,
	type Service,
	type ServiceRole
} from '@stodkartan/core';
import { buildService, testGeography, testVocabulary } from '../support/domain.js';

const geography = testGeography();
const vocabulary = testVocabulary();
/** Tuesday 14:00 and Wednesday 02:30, Swedish time. */
const tuesdayAfternoon = new Date('2026-11-24T13:00:00Z');
const wednesdayNight = new Date('2026-11-25T01:30:00Z');

function match(services: Service[], request: MatchRequest, now = tuesdayAfternoon) {
	const index = new CatalogueIndex(services, geography, 'test');
	return matchServices(request, { index, geography, vocabulary }, now);
}
const ids = (outcome: ReturnType<typeof match>) => outcome.results.map((result) => result.id);
const alwaysOpen = { hours: { alwaysOpen: true as const } };
const officeHours = {
	hours: { weekly: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }] }
};
const sundsvall = { municipality: '2281' };

/** A small support system: every role once, national unless said, and some local entries. */
function supportSystem(): Service[] {
	const service = (id: string, role: ServiceRole, overrides: Partial<Service>) =>
		buildService({ id, role, ...overrides });
	return [
		service('emergency', 'emergency', {
			needs: ['crisis-support'],
			emergency: true,
			contacts: [{ channel: 'phone', value: '112', ...alwaysOpen }]
		}),
		service('police', 'police', {
			needs: ['police-report', 'child-investigation', 'legal-support'],
			contacts: [{ channel: 'phone', value: '114 14', ...alwaysOpen }]
		}),
		service('social-route', 'social-services', {
			kind: 'pathway',
			needs: ['social-services', 'abuse-in-family', 'sexual-abuse']
		}),
		service('social-sundsvall', 'social-services', {
			needs: ['social-services', 'abuse-in-family'],
			serviceArea: { scope: 'local', municipalities: ['2281'] },
			contacts: [{ channel: 'phone', value: '060-19 10 00', ...officeHours }]
		}),
		service('on-call-sundsvall', 'social-on-call', {
			needs: ['crisis-support', 'social-services', 'abuse-in-family'],
			serviceArea: { scope: 'local', municipalities: ['2281'] },
			contacts: [
				{
					channel: 'phone',
					value: '060-19 10 01',
					hours: { weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '16:00', closes: '08:00' }] }
				}
			]
		}),
		service('barnahus-sundsvall', 'barnahus', {
			needs: ['child-investigation', 'sexual-abuse', 'abuse-in-family'],
			requiresReferral: true,
			eligibility: { maxAge: 17 },
			serviceArea: { scope: 'local', municipalities: ['2281'] }
		}),
		service('barnahus-umea', 'barnahus', {
			needs: ['child-investigation', 'sexual-abuse', 'abuse-in-family'],
			requiresReferral: true,
			eligibility: { maxAge: 17 },
			serviceArea: { scope: 'local', municipalities: ['2480'] }
		}),
		service('acute-route', 'acute-care', {
			kind: 'pathway',
			needs: ['medical-care', 'rape', 'sexual-abuse', 'crisis-support'],
			contacts: [{ channel: 'phone', value: '1177', ...alwaysOpen }]
		}),
		service('acute-sundsvall', 'acute-care', {
			needs: ['medical-care', 'rape', 'crisis-support'],
			serviceArea: { scope: 'regional', counties: ['22'] },
			contacts: [{ channel: 'in-person', value: 'Sundsvalls sjukhus', ...alwaysOpen }]
		}),
		service('children-line', 'support-line', {
			needs: ['someone-to-talk-to', 'crisis-support', 'sexual-abuse', 'rape'],
			audience: ['children', 'young-people'],
			eligibility: { maxAge: 17 },
			contacts: [{ channel: 'chat', value: 'https://line.example.org', ...alwaysOpen }]
		}),
		service('evening-line', 'support-line', {
			needs: ['someone-to-talk-to', 'sexual-abuse', 'rape', 'mental-health'],
			audience: ['children', 'young-people'],
			contacts: [
				{
					channel: 'chat',
					value: 'https://evening.example.org',
					hours: { weekly: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '19:00', closes: '22:00' }] }
				}
			]
		}),
		service('girls-line', 'support-line', {
			needs: ['someone-to-talk-to', 'sexual-abuse', 'rape'],
			audience: ['children', 'young-people'],
			eligibility: { genders: ['female'] }
		}),
		service('adult-advice', 'support-line', {
			needs: ['parent-support', 'professional-guidance', 'sexual-abuse'],
			audience: ['parents', 'professionals']
		}),
		service('treatment', 'trauma-treatment', {
			needs: ['trauma-treatment', 'sexual-abuse', 'rape'],
			eligibility: { minAge: 12 },
			serviceArea: { scope: 'local', municipalities: ['0180'] }
		}),
		service('own-thoughts', 'prevention', {
			needs: ['worried-about-own-behaviour', 'someone-to-talk-to', 'professional-guidance']
		})
	];
}

const system = supportSystem();
const first = (request: MatchRequest, now?: Date) => ids(match(system, request, now))[0];
const reasonOf = (outcome: ReturnType<typeof match>, id: string) =>
	outcome.results
		.find((result) => result.id === id)
		?.reasons.find((reason) => reason.criterion === 'first-step')?.message;

describe('danger now', () => {
	test('the emergency number first, then a line open now, for danger the text states', () => {
		const outcome = match(system, { age: 15, text: 'han slår mig just nu' });
		expect(ids(outcome).slice(0, 2)).toEqual(['emergency', 'children-line']);
		expect(outcome.interpretation.situation.map(({ rule }) => rule)).toContain('danger-now');
	});

	test('someone trying to get in now: the police among the first five, with why', () => {
		const outcome = match(system, {
			age: 13,
			language: 'en',
			text: 'a man is trying to get in through the back door rn and my mum is at work'
		});
		expect(ids(outcome)[0]).toBe('emergency');
		expect(ids(outcome).slice(0, 5)).toContain('police');
		expect(reasonOf(outcome, 'police')).toMatch(/someone is there or on the way now/);
	});

	test('danger now that is not someone there puts no police step first', () => {
		const outcome = match(system, { age: 15, text: 'jag tänker ta livet av mig ikväll' });
		expect(outcome.interpretation.signals).toContain('danger-now');
		expect(outcome.interpretation.signals).not.toContain('someone-there');
		expect(reasonOf(outcome, 'police')).toBeUndefined();
	});

	test('without danger now the emergency number comes last, whatever it fits', () => {
		const outcome = match(system, { age: 15, needs: ['crisis-support'] });
		expect(ids(outcome).at(-1)).toBe('emergency');
		expect(
			ids(match(system, { age: 15, text: 'han hotade att döda mig för ett år sedan' }))[0]
		).not.toBe('emergency');
	});
});

describe('rape in the last days', () => {
	test('acute care first (the local clinic where there is one), then the police, then a crisis line', () => {
		const outcome = match(system, { age: 16, location: sundsvall, text: 'blev våldtagen i natt' });
		expect(ids(outcome).slice(0, 4)).toEqual([
			'acute-sundsvall',
			'acute-route',
			'police',
			'children-line'
		]);
		expect(reasonOf(outcome, 'acute-sundsvall')).toMatch(/Akut vård först/);
		expect(reasonOf(outcome, 'police')).toMatch(/Polisen: ett brott mot ett barn kan polisanmälas/);
	});

	test('without a place the national route to acute care comes first', () => {
		expect(first({ age: 19, language: 'en', text: 'I was raped last night' })).toBe('acute-route');
	});

	test('a year ago, acute care is not first', () => {
		const outcome = match(system, { age: 17, text: 'jag blev våldtagen för ett år sedan' });
		expect(ids(outcome)[0]).not.toMatch(/^acute/);
		expect(outcome.interpretation.signals).toContain('long-ago');
	});
});

describe('a parent or a professional describing abuse of a child', () => {
	test('the social services of the child’s municipality, the police, the Barnahus that serves it, then advice', () => {
		const outcome = match(system, {
			seeker: 'professional',
			age: 9,
			location: sundsvall,
			text: 'en elev har berättat att hennes pappa gör sexuella saker med henne'
		});
		expect(ids(outcome).slice(0, 5)).toEqual([
			'social-sundsvall',
			'on-call-sundsvall',
			'police',
			'barnahus-sundsvall',
			'adult-advice'
		]);
		expect(ids(outcome)).not.toContain('barnahus-umea');
		expect(reasonOf(outcome, 'social-sundsvall')).toMatch(/orosanmälan/);
		expect(reasonOf(outcome, 'barnahus-sundsvall')).toMatch(/Barnahuset/);
	});

	test('at night the on-call service comes before the intake', () => {
		const outcome = match(
			system,
			{
				seeker: 'parent',
				age: 12,
				location: sundsvall,
				text: 'min dotter berättar att morfar har förgripit sig på henne'
			},
			wednesdayNight
		);
		expect(ids(outcome).slice(0, 2)).toEqual(['on-call-sundsvall', 'social-sundsvall']);
	});

	test('without a local entry the national route; who asks is read from the text', () => {
		const outcome = match(system, {
			language: 'en',
			location: { municipality: '1280' },
			text: "I'm a teacher and one of my students told me her stepfather abuses her"
		});
		expect(ids(outcome).slice(0, 2)).toEqual(['social-route', 'police']);
		expect(outcome.interpretation.asker).toMatchObject({ seeker: 'professional', source: 'text' });
	});

	test('a report of concern asked for, with no crime named: social services, then advice, no police first', () => {
		const outcome = match(system, { seeker: 'parent', text: 'hur gör jag en orosanmälan?' });
		expect(ids(outcome)[0]).toBe('social-route');
		expect(ids(outcome)[1]).not.toBe('police');
	});
});

describe('the police', () => {
	test('asking how to report puts the police first, with what to do', () => {
		const outcome = match(system, { age: 16, text: 'hur polisanmäler jag en våldtäkt?' });
		expect(ids(outcome)[0]).toBe('police');
		expect(reasonOf(outcome, 'police')).toMatch(/Polisen tar emot polisanmälan/);
	});

	test('a crime against a child is among the first four for the young person, who is not sent there first', () => {
		const outcome = match(system, { age: 14, needs: ['sexual-abuse', 'someone-to-talk-to'] });
		const at = ids(outcome).indexOf('police');
		expect(at).toBeGreaterThan(0);
		expect(at).toBeLessThan(4);
		expect(outcome.interpretation.situation.map(({ rule }) => rule)).toContain(
			'crime-against-child'
		);
	});

	test('not for an adult asking about themselves', () => {
		expect(
			match(system, { age: 30, needs: ['sexual-abuse'] }).interpretation.situation.map(
				({ rule }) => rule
			)
		).not.toContain('crime-against-child');
	});
});

describe('vague texts', () => {
	test('the general lines for children and young people first, not one for a gender not stated', () => {
		const outcome = match(system, { age: 13, text: 'jag behöver hjälp' });
		expect(ids(outcome).slice(0, 2)).toEqual(['children-line', 'evening-line']);
		expect(ids(outcome).slice(0, 2)).not.toContain('girls-line');
		expect(reasonOf(outcome, 'children-line')).toMatch(/stödlinje för barn och unga/);
	});
});

describe('at night, for a young person', () => {
	test('a line open now before a line that opens tomorrow', () => {
		const request: MatchRequest = { age: 15, needs: ['someone-to-talk-to', 'mental-health'] };
		const day = ids(match(system, request, new Date('2026-11-24T19:30:00Z')));
		const night = ids(match(system, request, wednesdayNight));
		expect(day.indexOf('evening-line')).toBeLessThan(day.indexOf('children-line'));
		expect(night.indexOf('children-line')).toBeLessThan(night.indexOf('evening-line'));
	});

	test('not for a professional', () => {
		const outcome = match(
			system,
			{ seeker: 'professional', needs: ['sexual-abuse'] },
			wednesdayNight
		);
		expect(outcome.interpretation.situation.map(({ rule }) => rule)).not.toContain('night');
	});
});

describe('audience as eligibility', () => {
	test('a service for people worried about their own behaviour only when that is asked for', () => {
		expect(
			ids(match(system, { seeker: 'professional', needs: ['professional-guidance'] }))
		).not.toContain('own-thoughts');
		expect(
			first({ age: 19, text: 'jag har sexuella tankar om barn och är rädd för mig själv' })
		).toBe('own-thoughts');
	});

	test('a gender stated in the text excludes a service for another gender, like the request’s', () => {
		expect(ids(match(system, { text: 'jag är kille och blev våldtagen' }))).not.toContain(
			'girls-line'
		);
		expect(ids(match(system, { text: 'jag blev våldtagen' }))).toContain('girls-line');
		const outcome = match(system, { text: "I'm a guy and I was raped" });
		expect(outcome.interpretation.person.gender).toEqual({
			value: 'male',
			source: 'text',
			words: 'i m a guy'
		});
	});

	test('an age stated in the text excludes a service for other ages', () => {
		expect(ids(match(system, { text: 'jag är 19 och blev våldtagen' }))).not.toContain(
			'children-line'
		);
		expect(ids(match(system, { text: 'jag är 11 och blev våldtagen' }))).not.toContain('treatment');
	});

	test('with no place, local and regional services never before national ones', () => {
		const outcome = ids(match(system, { age: 20, needs: ['trauma-treatment', 'sexual-abuse'] }));
		const lastNational = Math.max(
			...['children-line', 'evening-line', 'girls-line', 'police', 'acute-route']
				.map((id) => outcome.indexOf(id))
				.filter((at) => at >= 0)
		);
		expect(outcome.indexOf('treatment')).toBeGreaterThan(lastNational);
		expect(match(system, { age: 20 }).interpretation.situation.map(({ rule }) => rule)).toContain(
			'no-place'
		);
	});

	test('the local social services come before the national route to them', () => {
		const outcome = ids(
			match(system, { age: 14, location: sundsvall, needs: ['social-services'] })
		);
		expect(outcome.indexOf('social-sundsvall')).toBeLessThan(outcome.indexOf('social-route'));
	});
});

describe('worry about who will find out', () => {
	test('an anonymous service before one known not to be, and the reason says which', () => {
		const named = buildService({ id: 'a-named', anonymous: false, needs: ['someone-to-talk-to'] });
		const anonymous = buildService({
			id: 'b-anonymous',
			anonymous: true,
			needs: ['someone-to-talk-to']
		});
		const worried = match([named, anonymous], {
			age: 15,
			text: 'får mina föräldrar veta om jag ringer er?'
		});
		expect(ids(worried)).toEqual(['b-anonymous', 'a-named']);
		expect(worried.results[0]?.reasons).toContainEqual(
			expect.objectContaining({
				criterion: 'anonymous',
				status: 'met',
				message: 'Du kan vara anonym.'
			})
		);
		expect(ids(match([named, anonymous], { age: 15, text: 'jag vill prata med någon' }))).toEqual([
			'a-named',
			'b-anonymous'
		]);
	});
});

describe('worry about one’s own thoughts or acts', () => {
	test('a service for exactly that first; neither the police nor the emergency number early', () => {
		const outcome = match(system, {
			age: 15,
			text: 'jag har börjat få tankar om yngre barn som jag inte vill ha. jag har inte gjort något men blir det en polisgrej om jag berättar?'
		});
		expect(ids(outcome)[0]).toBe('own-thoughts');
		expect(ids(outcome).slice(0, 3)).not.toContain('police');
		expect(ids(outcome).slice(0, 3)).not.toContain('emergency');
		expect(outcome.interpretation.situation.map(({ rule }) => rule)).toContain('own-behaviour');
		expect(reasonOf(outcome, 'own-thoughts')).toMatch(/egna sexuella tankar/);
	});

	test('also for a parent writing about their child, in English too', () => {
		expect(
			first({
				language: 'en',
				text: 'our son (14) told us he has sexual thoughts about younger kids. nothing has happened. where do we turn?'
			})
		).toBe('own-thoughts');
	});
});

describe('a child with nowhere to stay', () => {
	const request: MatchRequest = {
		age: 15,
		location: sundsvall,
		text: 'har stuckit hemifrån för att styvpappa försökte komma in i min säng, sitter i trapphuset nu'
	};

	test('at night the on-call service of the municipality first, with why', () => {
		const outcome = match(system, request, wednesdayNight);
		expect(ids(outcome)[0]).toBe('on-call-sundsvall');
		expect(ids(outcome).slice(0, 3)).not.toContain('emergency');
		expect(reasonOf(outcome, 'on-call-sundsvall')).toMatch(/inte kan vara hemma/);
	});

	test('when the on-call service is known to be closed, the emergency number, with why', () => {
		// Saturday 09:00: the on-call service has closed for the day and the intake works weekdays.
		const outcome = match(system, request, new Date('2026-11-28T08:00:00Z'));
		expect(ids(outcome)[0]).toBe('emergency');
		expect(reasonOf(outcome, 'emergency')).toMatch(/Socialjouren är stängd just nu: ring 112/);
	});

	test('out of office hours with no on-call service recorded for the place, the emergency number', () => {
		const outcome = match(
			system,
			{ ...request, location: { municipality: '2480' } },
			wednesdayNight
		);
		expect(ids(outcome)[0]).toBe('emergency');
		expect(reasonOf(outcome, 'emergency')).toMatch(/ring 112/);
	});

	test('in office hours the intake, and no emergency number', () => {
		const outcome = match(system, request, tuesdayAfternoon);
		expect(ids(outcome)[0]).toBe('social-sundsvall');
		expect(ids(outcome).slice(0, 3)).not.toContain('emergency');
	});
});

describe('a professional who asks how to report a concern', () => {
	test.each([
		'Förskollärare. Hur gör jag en orosanmälan och till vem?',
		'Swim coach – how do I report a concern about a child in my group, and who do I report it to?',
		'Kurator här, hur anmäler jag oro för en elev?'
	])('"%s": social services first, not the police', (text) => {
		const outcome = match(system, { location: sundsvall, text });
		expect(outcome.interpretation.asker).toMatchObject({ seeker: 'professional', source: 'text' });
		expect(ids(outcome)[0]).toBe('social-sundsvall');
		expect(ids(outcome)[0]).not.toBe('police');
	});
});

describe('at night, the intake and its on-call service', () => {
	test('the on-call service stands in for the intake closed at night', () => {
		const outcome = match(
			system,
			{ age: 15, location: sundsvall, needs: ['social-services', 'abuse-in-family'] },
			wednesdayNight
		);
		expect(ids(outcome).indexOf('on-call-sundsvall')).toBeLessThan(
			ids(outcome).indexOf('social-sundsvall')
		);
	});
});

describe('the third round’s first steps', () => {
	const extra = [
		buildService({
			id: 'child-psychiatry',
			role: 'child-psychiatry',
			needs: ['trauma-treatment', 'mental-health'],
			eligibility: { maxAge: 17 }
		}),
		buildService({
			id: 'victim-support',
			role: 'crime-victim-support',
			needs: ['legal-support', 'someone-to-talk-to', 'police-report']
		})
	];
	const wider = [...system, ...extra];
	const rulesOf = (outcome: ReturnType<typeof match>) =>
		outcome.interpretation.situation.map(({ rule }) => rule);

	test('a sexual assault in the last days with signs in the body: acute care, then the police', () => {
		const outcome = match(wider, {
			age: 15,
			location: sundsvall,
			text: 'han tvingade mig att göra sexuella grejer igår och nu gör det ont'
		});
		expect(ids(outcome).slice(0, 3)).toEqual(['acute-sundsvall', 'acute-route', 'police']);
		expect(reasonOf(outcome, 'acute-sundsvall')).toMatch(/sexuellt övergrepp/);
	});

	test('the same long ago goes nowhere near acute care first', () => {
		const outcome = match(wider, {
			age: 15,
			text: 'han tvingade mig att göra sexuella grejer för två år sedan'
		});
		expect(ids(outcome)[0]).not.toMatch(/^acute/);
	});

	test('an adult unsure which harm it is still has a report of concern to make first', () => {
		const outcome = match(wider, {
			location: sundsvall,
			language: 'en',
			text: "I'm a preschool teacher. A 5-year-old boy told me his mum's boyfriend 'does things under the covers' with him."
		});
		expect(ids(outcome).slice(0, 3)).toEqual(['social-sundsvall', 'on-call-sundsvall', 'police']);
		expect(rulesOf(outcome)).toContain('adult-reporting');
	});

	test('abuse long ago, a case closed, help to go on with: treatment first, not the police', () => {
		const outcome = match(wider, {
			seeker: 'parent',
			age: 15,
			text: 'Min dotter utsattes för övergrepp för tre år sedan. Polisen lade ner utredningen. Var finns fortsatt hjälp?'
		});
		expect(ids(outcome)[0]).toBe('child-psychiatry');
		expect(ids(outcome)[0]).not.toBe('police');
		expect(rulesOf(outcome)).toContain('continued-care');
	});

	test('an adult raped weeks ago: crime-victim support among the first five; not for a child', () => {
		const adult = match(wider, { age: 24, text: 'jag blev våldtagen för tre veckor sen' });
		expect(ids(adult).indexOf('victim-support')).toBeGreaterThanOrEqual(0);
		expect(ids(adult).indexOf('victim-support')).toBeLessThan(5);
		expect(rulesOf(adult)).toContain('crime-victim');
		expect(
			rulesOf(match(wider, { age: 15, text: 'jag blev våldtagen för tre veckor sen' }))
		).not.toContain('crime-victim');
	});

	test('hit tonight, the one who did it asleep, nowhere to be: the on-call service, not 112', () => {
		const outcome = match(
			wider,
			{
				age: 15,
				location: sundsvall,
				text: 'pappa slog mig ikväll och nu sover han. jag vill inte vara kvar här i natt'
			},
			wednesdayNight
		);
		expect(ids(outcome)[0]).toBe('on-call-sundsvall');
		expect(outcome.interpretation.signals).not.toContain('danger-now');
	});
});
