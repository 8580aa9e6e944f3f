import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NEED_CODES, type MatchRequest, type Service } from '@stodkartan/core';
import { loadRealCatalogue, type RealCatalogue } from '../../seed/src/evaluation/real-catalogue.js';
import { ineligibility, situationOf } from '../../seed/src/evaluation/scenarios.js';
import { textFileSchema } from '../../seed/src/evaluation/texts.js';
import { DATA, ROOT } from '../support/domain.js';

/**
 * The rules that must hold for every request, over the real catalogue: 500 seeded requests mixing
 * needs, the labelled texts, ages, genders, places, askers and times of day. A scenario checks
 * one situation; these check that no situation breaks a rule.
 */
const texts = ['texts.json', 'second-round-texts.json'].flatMap((file) =>
	textFileSchema
		.parse(JSON.parse(readFileSync(path.join(ROOT, 'test', 'texts', file), 'utf8')))
		.texts.map(({ text }) => text)
);
const places = ['0180', '0380', '1280', '1480', '2281', '2262', '0980', '1880', '2480', '0181'];

function requests(count: number, seed: number): (MatchRequest & { at: string })[] {
	let state = seed;
	const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	return Array.from({ length: count }, () => {
		const request: MatchRequest & { at: string } = {
			at: `2026-11-2${pick(['4', '5', '8'])}T${pick(['03', '09', '13', '19', '22'])}:30:00+01:00`
		};
		if (random() < 0.6) request.text = pick(texts);
		if (random() < 0.4) {
			request.needs = [pick(NEED_CODES), pick(NEED_CODES)].filter((c, i, a) => a.indexOf(c) === i);
		}
		if (random() < 0.6) request.age = Math.floor(random() * 26);
		if (random() < 0.3) request.gender = pick(['female', 'male', 'nonbinary'] as const);
		if (random() < 0.5) request.location = { municipality: pick(places) };
		if (random() < 0.3) {
			request.seeker = pick(['self', 'friend', 'parent', 'professional'] as const);
		}
		return request;
	});
}

let catalogue: RealCatalogue;
beforeAll(async () => {
	catalogue = await loadRealCatalogue(DATA);
});

test('no request, of 500 varied ones, breaks a rule of audience, danger or place', () => {
	const broken: string[] = [];
	for (const { at, ...request } of requests(500, 20261201)) {
		const situation = situationOf({ ...request, at }, catalogue.geography);
		const { results, interpretation } = catalogue.match(request, new Date(at));
		const services = results.map(({ id }) => catalogue.services.get(id) as Service);
		const strong = (code: string) =>
			interpretation.needs.some((need) => need.code === code && need.weight >= 0.5);
		const danger = interpretation.signals.includes('danger-now');
		const rules = interpretation.situation.map(({ rule }) => rule);
		const said = JSON.stringify({ ...request, at });
		// As the text says it too: an age or gender stated in the text counts like the request's.
		const person = {
			...request,
			...(interpretation.person.age ? { age: interpretation.person.age.value } : {}),
			...(interpretation.person.gender ? { gender: interpretation.person.gender.value } : {})
		};
		services.forEach((service, position) => {
			const why = ineligibility(service, person, situation);
			if (why) broken.push(`${said}: ${service.id} may not be used (${why})`);
			if (service.role === 'prevention' && !strong('worried-about-own-behaviour')) {
				broken.push(
					`${said}: ${service.id}, for people worried about their own behaviour, not asked for`
				);
			}
			// Without danger now, only a child with nowhere to stay whose on-call service is closed
			// is sent to 112, and the answer says so.
			const isFallback = results[position]?.reasons.some(
				({ criterion, message }) => criterion === 'first-step' && /112/.test(message)
			);
			if ((service.emergency || service.role === 'emergency') && !danger && position < 3) {
				if (!isFallback || !rules.includes('nowhere-to-stay')) {
					broken.push(`${said}: ${service.id} at ${position + 1} without danger now`);
				}
			}
			if (service.role === 'prevention' && position === 0 && !rules.includes('own-behaviour')) {
				broken.push(`${said}: ${service.id} first without the rule that puts it there`);
			}
		});
		if (danger && services[0] && !(services[0].emergency || services[0].role === 'emergency')) {
			broken.push(`${said}: danger now, but ${services[0].id} first`);
		}
		if (!request.location) {
			// The emergency number without danger now comes last of all, after local services too.
			const ranked = services.filter(
				(service) => !(service.emergency || service.role === 'emergency')
			);
			const firstLocal = ranked.findIndex(({ serviceArea }) => serviceArea.scope !== 'national');
			const lastNational = ranked
				.map(({ serviceArea }) => serviceArea.scope)
				.lastIndexOf('national');
			if (firstLocal >= 0 && firstLocal < lastNational) {
				broken.push(
					`${said}: ${ranked[firstLocal]?.id} (local) before a national service, with no place`
				);
			}
		}
	}
	expect(broken).toEqual([]);
});
