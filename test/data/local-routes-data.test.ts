import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataCatalogue, loadGaps, swedishToday } from '@stodkartan/api';
import { LocalRoutesIndex, localRoutesFor, type Gap, type Service } from '@stodkartan/core';
import { DATA, testGeography } from '../support/domain.js';

const geography = testGeography();
const VASTERNORRLAND = ['2260', '2262', '2280', '2281', '2282', '2283', '2284'];
let services: Service[];
let gaps: Gap[];
let index: LocalRoutesIndex<Service>;

beforeAll(async () => {
	const result = await loadDataCatalogue(DATA, geography);
	if (!result.ok) throw new Error('data/ is invalid');
	services = result.catalogue.services;
	gaps = await loadGaps(DATA, geography);
	index = new LocalRoutesIndex(services);
});

const routesOf = (code: string) =>
	localRoutesFor(index, code, { geography, gaps, today: swedishToday() });
const allMunicipalities = () =>
	geography.counties.flatMap((county) => geography.municipalitiesIn(county.code));

describe('the catalogue reaches the child’s own municipality', () => {
	test('at least 70 municipalities have their own social-services entry', () => {
		const own = allMunicipalities().filter(({ code }) => routesOf(code)?.socialServices.local);
		expect(own.length).toBeGreaterThanOrEqual(70);
	});

	test('every local social-services entry can be reached: a number, a report page or the municipality’s site', () => {
		const local = services.filter(
			(service) => service.role === 'social-services' && service.serviceArea.scope === 'local'
		);
		expect(local.length).toBeGreaterThanOrEqual(70);
		for (const service of local) {
			const reachable = service.contacts.filter(({ channel }) =>
				['phone', 'webform', 'email'].includes(channel)
			);
			expect({ id: service.id, reachable: reachable.length > 0 }).toEqual({
				id: service.id,
				reachable: true
			});
		}
	});

	test('each of Västernorrland’s seven municipalities is reached by a local entry of its own', () => {
		for (const code of VASTERNORRLAND) {
			const own = index.local(code);
			expect({ code, own: own.length > 0 }).toEqual({ code, own: true });
			expect(routesOf(code)?.socialServices.local).toBe(true);
		}
	});

	test('every municipality has a Barnahus that serves it, or a documented gap saying none or unknown', () => {
		const without = allMunicipalities().filter((municipality) => {
			const barnahus = routesOf(municipality.code)?.barnahus;
			return barnahus?.status !== 'served' && barnahus?.gap === undefined;
		});
		expect(without.map(({ code }) => code)).toEqual([]);
	});
});

describe('social services are never reached through the emergency number by default', () => {
	test('the national route to social services offers no 112', () => {
		const national = services.filter(
			(service) => service.role === 'social-services' && service.serviceArea.scope === 'national'
		);
		expect(national.length).toBeGreaterThan(0);
		for (const service of national) {
			expect(service.contacts.map(({ value }) => value)).not.toContain('112');
			expect(service.description.sv).toMatch(/beror på kommunen/);
		}
	});

	test('an on-call service reached through 112 says so in the contact, as its source does', () => {
		const via112 = services.flatMap((service) =>
			service.role === 'social-on-call'
				? service.contacts.filter(({ value }) => value === '112').map((contact) => contact)
				: []
		);
		expect(via112.length).toBeGreaterThan(10);
		for (const contact of via112) {
			expect(contact.note?.sv).toMatch(/nås via 112/);
			expect(contact.note?.en).toMatch(/reached through 112/);
		}
		const elsewhere = services.filter(
			(service) =>
				!['emergency', 'social-on-call'].includes(service.role ?? '') &&
				service.contacts.some(({ value }) => value === '112')
		);
		expect(elsewhere.map(({ id }) => id)).toEqual([]);
	});
});

describe('what the audit of the research found wrong is not imported', () => {
	// AUDIT.md, "Errors found": after-hours numbers that are really daytime intake lines.
	const audit = readFileSync(path.join(DATA, 'sources', 'local', 'AUDIT.md'), 'utf8');
	const errors = audit.slice(
		audit.indexOf('## Errors found'),
		audit.indexOf('Smaller source problems')
	);
	const numbers = [...new Set(errors.match(/\b0\d{2,3}-[\d ]{5,9}\d\b/g) ?? [])];

	test('no on-call service offers a number the audit found to be a daytime line', () => {
		expect(numbers.length).toBeGreaterThan(0);
		const onCall = services
			.filter((service) => service.role === 'social-on-call')
			.flatMap((service) => service.contacts.map(({ value }) => value));
		expect(onCall.filter((value) => numbers.includes(value))).toEqual([]);
	});
});
