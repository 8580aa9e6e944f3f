import {
	judgeScenario,
	scenarioFileSchema,
	scenarioSchema,
	situationOf,
	type Scenario
} from '../../seed/src/evaluation/scenarios.js';
import { buildService, testGeography } from '../support/domain.js';

/** The scenario runner must fail a wrong answer: a runner that passes everything tests nothing. */
const geography = testGeography();
const police = buildService({ id: 'police', role: 'police', needs: ['police-report'] });
const line = buildService({ id: 'line', role: 'support-line', needs: ['someone-to-talk-to'] });
const prevention = buildService({
	id: 'prevention',
	role: 'prevention',
	needs: ['worried-about-own-behaviour']
});
const social = buildService({
	id: 'social',
	role: 'social-services',
	needs: ['social-services'],
	serviceArea: { scope: 'local', municipalities: ['2281'] }
});
const girls = buildService({
	id: 'girls',
	role: 'support-line',
	needs: ['someone-to-talk-to'],
	eligibility: { genders: ['female'], maxAge: 17 }
});

function scenario(expect: Scenario['expect'], request: Scenario['request'] = {}): Scenario {
	return scenarioSchema.parse({ id: 's', kind: 'test', request, expect });
}
const judge = (s: Scenario, results: ReturnType<typeof buildService>[]) =>
	judgeScenario(s, results, situationOf(s.request, geography));

test('first: the right first step within the first n, or a failure that says so', () => {
	const s = scenario({ first: { within: 1, anyOf: [{ role: 'police' }] } });
	expect(judge(s, [police, line]).passed).toBe(true);
	const failed = judge(s, [line, police]);
	expect(failed.passed).toBe(false);
	expect(failed.failures[0]).toMatch(/first: none of \[role=police\] in the first 1/);
});

test('order: each group after the one before, and every group present', () => {
	const s = scenario({
		order: [[{ role: 'social-services' }], [{ role: 'police' }]]
	});
	expect(judge(s, [social, line, police]).passed).toBe(true);
	expect(judge(s, [police, social]).passed).toBe(false);
	expect(judge(s, [social, line]).failures[0]).toMatch(/order: no result matches \[role=police\]/);
});

test('never: a harmful placement fails and is counted as harmful', () => {
	const s = scenario({ never: [{ within: 2, match: { role: 'prevention' } }] });
	expect(judge(s, [line, police, prevention]).passed).toBe(true);
	const failed = judge(s, [line, prevention]);
	expect(failed.passed).toBe(false);
	expect(failed.harmful).toHaveLength(1);
});

test('a result the person may not use is always harmful, judged apart from the matcher', () => {
	const s = scenario(
		{ first: { within: 3, anyOf: [{ role: 'support-line' }] } },
		{
			gender: 'male',
			age: 19,
			location: { municipality: '0180' }
		}
	);
	const failed = judge(s, [girls, social]);
	expect(failed.passed).toBe(false);
	expect(failed.harmful).toEqual([
		'not eligible: girls at 1 (age 19 > 17)',
		'not eligible: social at 2 (outside its municipalities)'
	]);
});

test('matchers: main need, any need, scope, serving the municipality, a gender left out, open now', () => {
	const atNight = scenario(
		{
			first: {
				within: 1,
				anyOf: [
					{
						need: 'social-services',
						hasNeed: 'social-services',
						scope: 'local',
						servesMunicipality: true
					}
				]
			},
			never: [
				{ within: 3, match: { excludesGender: 'male' } },
				{ within: 3, match: { openNow: false } }
			]
		},
		{ location: { postalCode: '85231' }, at: '2026-11-25T02:30:00+01:00' }
	);
	const closed = buildService({
		id: 'closed',
		contacts: [
			{
				channel: 'phone',
				value: '1',
				hours: { weekly: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '16:00' }] }
			}
		]
	});
	expect(judge(atNight, [social, line]).passed).toBe(true);
	const failed = judge(atNight, [social, girls, closed]);
	expect(failed.failures).toEqual([
		'never: girls at 2 matches [excludesGender=male] (within 3)',
		'never: closed at 3 matches [openNow=false] (within 3)'
	]);
});

test('a file with an unknown matcher key or an invalid request is refused, never passed', () => {
	const file = (match: object, request: object = {}) => ({
		scenarios: [{ id: 'x', kind: 'k', request, expect: { never: [{ within: 3, match }] } }]
	});
	expect(scenarioFileSchema.safeParse(file({ rol: 'police' })).success).toBe(false);
	expect(scenarioFileSchema.safeParse(file({ role: 'polis' })).success).toBe(false);
	expect(scenarioFileSchema.safeParse(file({ role: 'police' }, { age: 'ten' })).success).toBe(
		false
	);
	expect(scenarioFileSchema.safeParse(file({ role: 'police' })).success).toBe(true);
});

test('servesMunicipality is said of regional and local services only: a national one matches neither value', () => {
	const s = scenario(
		{ never: [{ within: 3, match: { servesMunicipality: false } }] },
		{ location: { municipality: '0180' } }
	);
	// social serves 2281 only: a local service elsewhere is what "false" is for.
	expect(judge(s, [police, line]).passed).toBe(true);
	expect(judge(s, [police, social]).failures).toEqual([
		'never: social at 2 matches [servesMunicipality=false] (within 3)',
		'not eligible: social at 2 (outside its municipalities)'
	]);
	const servesHere = scenario(
		{ first: { within: 1, anyOf: [{ servesMunicipality: true }] } },
		{ location: { municipality: '2281' } }
	);
	expect(judge(servesHere, [social]).passed).toBe(true);
	expect(judge(servesHere, [police]).passed).toBe(false);
});
