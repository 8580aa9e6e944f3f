import { CatalogueIndex, matchServices, type MatchRequest, type Service } from '@stodkartan/core';
import { buildService, testGeography, testVocabulary } from '../support/domain.js';

const geography = testGeography();
const vocabulary = testVocabulary();
const tuesdayAfternoon = new Date('2026-11-24T14:00:00Z');

function match(services: Service[], request: MatchRequest, now = tuesdayAfternoon) {
	const index = new CatalogueIndex(services, geography, 'test');
	return matchServices(request, { index, geography, vocabulary }, now);
}
const ids = (outcome: ReturnType<typeof match>) => outcome.results.map((result) => result.id);

describe('who is offered a service', () => {
	test('when the child lives outside the service area, the service is not offered', () => {
		const stockholm = buildService({
			id: 'stockholm',
			serviceArea: { scope: 'local', municipalities: ['0180'] }
		});
		const national = buildService({ id: 'national' });
		expect(ids(match([stockholm, national], { location: { municipality: '2480' } }))).toEqual([
			'national'
		]);
	});

	test('when the child is older than a service allows, it is not offered', () => {
		const young = buildService({ id: 'young', eligibility: { maxAge: 17 } });
		expect(ids(match([young], { age: 18 }))).toEqual([]);
		expect(ids(match([young], { age: 17 }))).toEqual(['young']);
	});

	test('when a service is for girls, a boy is not offered it, but someone who did not say is', () => {
		const girls = buildService({ id: 'girls', eligibility: { genders: ['female', 'nonbinary'] } });
		expect(ids(match([girls], { gender: 'male' }))).toEqual([]);
		expect(ids(match([girls], {}))).toEqual(['girls']);
	});

	test('unknown data never excludes: a service with rules is offered when age, gender and place are not given', () => {
		const restricted = buildService({
			id: 'restricted',
			eligibility: { minAge: 13, maxAge: 17, genders: ['male'] },
			serviceArea: { scope: 'local', municipalities: ['0180'] }
		});
		expect(ids(match([restricted], {}))).toEqual(['restricted']);
		expect(ids(match([restricted], { age: 18 }))).toEqual([]);
		expect(ids(match([restricted], { gender: 'female' }))).toEqual([]);
		expect(ids(match([restricted], { location: { municipality: '2480' } }))).toEqual([]);
	});

	test('a paused or inactive service is never offered', () => {
		const paused = buildService({ id: 'paused', status: 'paused' });
		const inactive = buildService({ id: 'inactive', status: 'inactive' });
		expect(ids(match([paused, inactive], {}))).toEqual([]);
	});

	test('a postal code places the child in its municipality', () => {
		const umea = buildService({
			id: 'umea',
			serviceArea: { scope: 'local', municipalities: ['2480'] }
		});
		const lulea = buildService({
			id: 'lulea',
			serviceArea: { scope: 'local', municipalities: ['2580'] }
		});
		const outcome = match([umea, lulea], { location: { postalCode: '903 44' } });
		expect(ids(outcome)).toEqual(['umea']);
		expect(outcome.interpretation.location).toMatchObject({
			status: 'municipality',
			municipality: { code: '2480', name: 'Umeå' }
		});
	});

	test('an unknown postal code excludes nothing and says it was not recognised', () => {
		const umea = buildService({
			id: 'umea',
			serviceArea: { scope: 'local', municipalities: ['2480'] }
		});
		const outcome = match([umea], { location: { postalCode: '00000' } });
		expect(ids(outcome)).toEqual(['umea']);
		expect(outcome.interpretation.location).toEqual({ status: 'postal-code-not-found' });
		expect(outcome.results[0]?.reasons).toContainEqual(
			expect.objectContaining({
				criterion: 'area',
				status: 'unknown',
				message: expect.stringMatching(/Postnumret/)
			})
		);
	});

	test('with only a county given, a local service elsewhere in the county may be offered, one in another county not', () => {
		const umea = buildService({
			id: 'umea',
			serviceArea: { scope: 'local', municipalities: ['2480'] }
		});
		const stockholm = buildService({
			id: 'stockholm',
			serviceArea: { scope: 'local', municipalities: ['0180'] }
		});
		expect(ids(match([umea, stockholm], { location: { county: '24' } }))).toEqual(['umea']);
	});
});

describe('ranking', () => {
	test('a service for the needs asked comes before one for other needs, which is not offered at all', () => {
		const images = buildService({ id: 'images', needs: ['image-removal', 'online-sexual-abuse'] });
		const talk = buildService({ id: 'talk', needs: ['someone-to-talk-to', 'online-sexual-abuse'] });
		const unrelated = buildService({ id: 'unrelated', needs: ['sexual-health'] });
		expect(
			ids(match([unrelated, talk, images], { needs: ['image-removal', 'online-sexual-abuse'] }))
		).toEqual(['images', 'talk']);
	});

	test('free text is understood as needs: a young person writing about nudes finds the image-removal service first', () => {
		const images = buildService({ id: 'images', needs: ['image-removal', 'online-sexual-abuse'] });
		const health = buildService({ id: 'health', needs: ['sexual-health'] });
		const outcome = match([health, images], {
			text: 'han hotar att sprida mina nakenbilder om jag inte skickar fler',
			age: 15
		});
		expect(ids(outcome)[0]).toBe('images');
		expect(outcome.interpretation.needs).toContainEqual(
			expect.objectContaining({ code: 'image-removal', source: 'text' })
		);
	});

	test('when someone may be in danger right now, the emergency number comes first', () => {
		const emergency = buildService({
			id: 'emergency',
			needs: ['crisis-support'],
			emergency: true,
			contacts: [{ channel: 'phone', value: '112', hours: { alwaysOpen: true } }]
		});
		const line = buildService({
			id: 'line',
			needs: ['crisis-support', 'someone-to-talk-to'],
			contacts: [{ channel: 'phone', value: '1', hours: { alwaysOpen: true } }]
		});
		const outcome = match([line, emergency], { text: "i'm in danger right now", age: 15 });
		expect(ids(outcome)[0]).toBe('emergency');
		expect(outcome.results[0]?.reasons).toContainEqual(
			expect.objectContaining({ criterion: 'emergency', status: 'met' })
		);
	});

	test('without danger, an emergency number is not pushed first', () => {
		const emergency = buildService({ id: 'emergency', needs: ['crisis-support'], emergency: true });
		const treatment = buildService({
			id: 'treatment',
			needs: ['trauma-treatment', 'sexual-abuse']
		});
		expect(
			ids(match([emergency, treatment], { needs: ['trauma-treatment', 'sexual-abuse'] }))[0]
		).toBe('treatment');
	});

	test('a preferred channel ranks services reachable that way first', () => {
		const phone = buildService({ id: 'phone', contacts: [{ channel: 'phone', value: '1' }] });
		const chat = buildService({
			id: 'chat',
			contacts: [{ channel: 'chat', value: 'https://chat.example.org' }]
		});
		expect(
			ids(match([phone, chat], { needs: ['someone-to-talk-to'], channels: ['chat'] }))
		).toEqual(['chat', 'phone']);
		expect(
			ids(match([phone, chat], { needs: ['someone-to-talk-to'], channels: ['phone'] }))
		).toEqual(['phone', 'chat']);
	});

	test('a parent asking is offered support for parents before a line for children', () => {
		const forParents = buildService({
			id: 'parents',
			needs: ['parent-support', 'sexual-abuse'],
			audience: ['parents']
		});
		const forChildren = buildService({
			id: 'children',
			needs: ['sexual-abuse', 'someone-to-talk-to'],
			audience: ['children', 'young-people']
		});
		expect(
			ids(
				match([forChildren, forParents], { seeker: 'parent', age: 12, needs: ['sexual-abuse'] })
			)[0]
		).toBe('parents');
	});

	test('who is asking is read from the text when the request does not say', () => {
		const forProfessionals = buildService({
			id: 'consultation',
			needs: ['professional-guidance', 'sexual-abuse'],
			audience: ['professionals']
		});
		const forChildren = buildService({
			id: 'children',
			needs: ['sexual-abuse', 'someone-to-talk-to', 'professional-guidance'],
			audience: ['children', 'young-people']
		});
		const teacher = match([forChildren, forProfessionals], {
			age: 12,
			text: 'jag jobbar som lärare och en elev har berättat om övergrepp'
		});
		expect(teacher.interpretation.asker).toEqual({
			seeker: 'professional',
			source: 'text',
			words: 'jag jobbar som lärare'
		});
		expect(ids(teacher)[0]).toBe('consultation');

		const child = match([forChildren, forProfessionals], {
			age: 12,
			text: 'min lärare har gjort övergrepp på mig'
		});
		expect(child.interpretation.asker).toEqual({ seeker: null, source: 'not-given' });
		expect(ids(child)[0]).toBe('children');

		const said = match([forChildren, forProfessionals], {
			seeker: 'self',
			age: 12,
			text: 'jag jobbar som lärare'
		});
		expect(said.interpretation.asker).toEqual({ seeker: 'self', source: 'request' });
	});

	test('a young person is not sent first to a service that only takes referrals', () => {
		const barnahus = buildService({
			id: 'barnahus',
			needs: ['child-investigation', 'sexual-abuse'],
			requiresReferral: true
		});
		const line = buildService({ id: 'line', needs: ['sexual-abuse', 'someone-to-talk-to'] });
		expect(
			ids(match([barnahus, line], { seeker: 'self', age: 12, needs: ['sexual-abuse'] }))
		).toEqual(['line', 'barnahus']);
		expect(
			ids(
				match([barnahus, line], {
					seeker: 'professional',
					age: 12,
					needs: ['child-investigation', 'sexual-abuse']
				})
			)[0]
		).toBe('barnahus');
	});

	test('a local service comes before an otherwise equal national one', () => {
		const local = buildService({
			id: 'z-local',
			serviceArea: { scope: 'local', municipalities: ['2281'] }
		});
		const national = buildService({ id: 'a-national' });
		expect(
			ids(
				match([national, local], {
					location: { municipality: '2281' },
					needs: ['someone-to-talk-to']
				})
			)
		).toEqual(['z-local', 'a-national']);
	});

	test('equal services are ordered by id, so the same request always gives the same answer', () => {
		const services = ['c', 'a', 'b'].map((id) => buildService({ id }));
		expect(ids(match(services, { needs: ['someone-to-talk-to'] }))).toEqual(['a', 'b', 'c']);
		expect(match(services, { needs: ['someone-to-talk-to'] })).toEqual(
			match([...services].reverse(), { needs: ['someone-to-talk-to'] })
		);
	});

	test('limit caps the number of results', () => {
		const services = Array.from({ length: 30 }, (_, i) =>
			buildService({ id: `s-${String(i).padStart(2, '0')}` })
		);
		expect(match(services, {}).results).toHaveLength(10);
		expect(match(services, { limit: 3 }).results).toHaveLength(3);
	});
});

describe('filters for support workers', () => {
	test('open now keeps only services with a channel open at this moment', () => {
		const office = buildService({
			id: 'office',
			contacts: [
				{
					channel: 'phone',
					value: '1',
					hours: { weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:00' }] }
				}
			]
		});
		const always = buildService({
			id: 'always',
			contacts: [{ channel: 'phone', value: '2', hours: { alwaysOpen: true } }]
		});
		const unknownHours = buildService({ id: 'unknown' });
		const tuesdayNight = new Date('2026-11-24T21:00:00Z');
		expect(
			ids(match([office, always, unknownHours], { filters: { openNow: true } }, tuesdayNight))
		).toEqual(['always']);
		expect(ids(match([office, always, unknownHours], { filters: { openNow: true } }))).toEqual([
			'always',
			'office'
		]);
	});

	test('anonymous, channels and languages filters keep only services known to fit', () => {
		const anonymousChat = buildService({
			id: 'a',
			anonymous: true,
			languages: ['sv', 'en'],
			contacts: [{ channel: 'chat', value: 'https://x.example' }]
		});
		const namedPhone = buildService({ id: 'b', anonymous: false, languages: ['sv'] });
		const unknown = buildService({ id: 'c' });
		const all = [anonymousChat, namedPhone, unknown];
		expect(ids(match(all, { filters: { anonymous: true } }))).toEqual(['a']);
		expect(ids(match(all, { filters: { channels: ['chat'] } }))).toEqual(['a']);
		expect(ids(match(all, { filters: { languages: ['en'] } }))).toEqual(['a']);
	});
});

describe('reasons', () => {
	test('every result says which criteria held and which were unknown', () => {
		const service = buildService({
			id: 'girls-umea',
			needs: ['rape', 'someone-to-talk-to'],
			eligibility: { minAge: 12, maxAge: 25, genders: ['female', 'nonbinary'] },
			serviceArea: { scope: 'local', municipalities: ['2480'] }
		});
		const [result] = match([service], { needs: ['rape'], age: 15 }).results;
		expect(result?.reasons).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ criterion: 'needs', status: 'met', needs: ['rape'] }),
				expect.objectContaining({ criterion: 'age', status: 'met', message: 'För 12–25 år.' }),
				expect.objectContaining({ criterion: 'gender', status: 'unknown' }),
				expect.objectContaining({
					criterion: 'area',
					status: 'unknown',
					message: expect.stringContaining('Umeå')
				})
			])
		);
	});

	test('reasons are in English when the request asks for English', () => {
		const [result] = match([buildService({ eligibility: { maxAge: 17 } })], {
			language: 'en',
			age: 15
		}).results;
		expect(result?.reasons).toContainEqual(
			expect.objectContaining({ criterion: 'age', message: 'Up to age 17.' })
		);
	});

	test('a need only partly met is said so', () => {
		const [result] = match([buildService({ needs: ['rape'] })], {
			needs: ['rape', 'medical-care']
		}).results;
		expect(result?.reasons).toContainEqual(
			expect.objectContaining({
				criterion: 'needs',
				status: 'partly',
				message: expect.stringMatching(/Inte uttryckligen: vård efter övergrepp/)
			})
		);
	});
});
