import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDataCatalogue, loadGaps, swedishToday } from '@stodkartan/api';
import {
	catalogueSchema,
	isStale,
	NEED_CODES,
	SERVICE_ROLES,
	vocabularySchema,
	type Catalogue,
	type Gap
} from '@stodkartan/core';
import { DATA, testGeography } from '../support/domain.js';

const geography = testGeography();
const files = readdirSync(path.join(DATA, 'catalogue')).filter((name) => name.endsWith('.json'));
const raw = (name: string) =>
	JSON.parse(readFileSync(path.join(DATA, 'catalogue', name), 'utf8')) as unknown;
let catalogue: Catalogue;
let gaps: Gap[];

beforeAll(async () => {
	gaps = await loadGaps(DATA, geography);
	const result = await loadDataCatalogue(DATA, geography);
	if (!result.ok) {
		throw new Error(
			`data/ is invalid:\n${result.problems.map((p) => `${p.file} ${p.path} ${p.message}`).join('\n')}`
		);
	}
	expect(result.warnings).toEqual([]);
	catalogue = result.catalogue;
});

/** Keys present in `raw` but missing from the parsed value: fields the schema dropped. */
function droppedKeys(rawValue: unknown, parsed: unknown, at = '$'): string[] {
	if (Array.isArray(rawValue) && Array.isArray(parsed)) {
		return rawValue.flatMap((item, i) => droppedKeys(item, parsed[i], `${at}[${i}]`));
	}
	if (rawValue && typeof rawValue === 'object' && parsed && typeof parsed === 'object') {
		return Object.entries(rawValue).flatMap(([key, value]) =>
			key in parsed
				? droppedKeys(value, (parsed as Record<string, unknown>)[key], `${at}.${key}`)
				: [`${at}.${key}`]
		);
	}
	return [];
}

describe('data/catalogue', () => {
	test.each(files)('%s keeps the contract, with no field the schema does not know', (name) => {
		const parsed = catalogueSchema.safeParse(raw(name));
		expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
		expect(parsed.success && droppedKeys(raw(name), parsed.data)).toEqual([]);
	});

	test('holds at least 220 active real services, none of them from the test fixture', () => {
		expect(
			catalogue.services.filter((service) => service.status === 'active').length
		).toBeGreaterThanOrEqual(220);
		expect(JSON.stringify(catalogue)).not.toMatch(/example\.org|barnlinjen/);
	});

	test('ids are unique across all files', () => {
		const ids = catalogue.services.map((service) => service.id);
		expect(ids.length).toBe(new Set(ids).size);
		const organizations = catalogue.organizations.map((organization) => organization.id);
		expect(organizations.length).toBe(new Set(organizations).size);
	});

	test('every service has a source and a lastVerified date that is not in the future', () => {
		const today = swedishToday();
		for (const service of catalogue.services) {
			expect({ id: service.id, sources: (service.sources ?? []).length > 0 }).toEqual({
				id: service.id,
				sources: true
			});
			expect({ id: service.id, future: service.lastVerified > today }).toEqual({
				id: service.id,
				future: false
			});
			expect(service.confidence).toBeDefined();
		}
	});

	test('every organization a service names exists, and every organization is used', () => {
		const organizations = new Set(catalogue.organizations.map((organization) => organization.id));
		const used = new Set(catalogue.services.map((service) => service.organizationId));
		expect([...used].filter((id) => !organizations.has(id))).toEqual([]);
		expect([...organizations].filter((id) => !used.has(id))).toEqual([]);
	});

	test('every need, county, municipality and role code exists, in services and gaps', () => {
		for (const service of catalogue.services) {
			for (const need of service.needs) expect(NEED_CODES).toContain(need);
			if (service.role !== undefined) expect(SERVICE_ROLES).toContain(service.role);
			const area = service.serviceArea;
			if (area.scope === 'regional') {
				for (const code of area.counties) expect(geography.hasCounty(code)).toBe(true);
			}
			if (area.scope === 'local') {
				for (const code of area.municipalities) expect(geography.hasMunicipality(code)).toBe(true);
			}
		}
		expect(gaps.length).toBeGreaterThan(2);
		for (const gap of gaps) {
			expect(NEED_CODES).toContain(gap.need);
			if (gap.role !== undefined) expect(SERVICE_ROLES).toContain(gap.role);
			for (const code of gap.municipalities) expect(geography.hasMunicipality(code)).toBe(true);
		}
	});

	test('an entry whose newest source is more than five years old is low confidence (as of today)', () => {
		// The API serves such entries as low whatever the file says (effectiveConfidence); this
		// keeps the files saying the same. When it fails, mark the listed entries low or re-verify.
		const today = swedishToday();
		const stale = catalogue.services.filter((service) => isStale(service, today));
		expect(stale.length).toBeGreaterThan(10);
		expect(stale.filter((service) => service.confidence !== 'low').map(({ id }) => id)).toEqual([]);
	});

	test('every active service says what part of the support system it is', () => {
		const active = catalogue.services.filter((service) => service.status === 'active');
		expect(active.filter((service) => service.role === undefined).map(({ id }) => id)).toEqual([]);
		for (const service of active) expect(SERVICE_ROLES).toContain(service.role);
	});

	test('a service named for girls, boys, women or men is closed to the other genders', () => {
		// Unknown never excludes: a girls' line without `genders` is offered to boys too. A text
		// naming both (routes for girls and for boys, "women and men") is for everyone.
		const female = /(^|[^a-zåäö])(tjej|kvinn|flick)|\b(girls?|women)\b/i;
		const male = /(^|[^a-zåäö])(kill(e|ar)|män\b|pojk)|\b(boys?|men)\b/i;
		const mixed = /ungdomsjour|transjour|alla kön|all genders/i;
		// "Kvinnofrid" names the policy against men's violence against women, not an audience.
		const policy = /kvinnofrid\w*|women's peace/gi;
		const ungendered = catalogue.services.filter((service) => {
			const { name, eligibility } = service;
			const text = `${name.sv} ${name.en ?? ''} ${eligibility.note?.sv ?? ''}`.replace(policy, '');
			const named = female.test(text) !== male.test(text);
			return named && !mixed.test(text) && eligibility.genders === undefined;
		});
		expect(ungendered.map(({ id }) => id)).toEqual([]);
	});

	test('Barnahus is never offered as something to book: it is reached by referral, and says how', () => {
		const barnahus = catalogue.services.filter((service) => service.role === 'barnahus');
		expect(barnahus.length).toBeGreaterThan(20);
		for (const service of barnahus) {
			expect(service.requiresReferral).toBe(true);
			expect(service.afterContact?.whatHappens?.sv).toMatch(/bokar inte själv/);
		}
	});

	test('the emergency number is in the catalogue, marked as an emergency', () => {
		expect(catalogue.services.filter((service) => service.emergency)).toEqual([
			expect.objectContaining({
				contacts: [expect.objectContaining({ channel: 'phone', value: '112' })]
			})
		]);
	});
});

/** Every `{ sv, en }` text in a value, with where it is. */
function localizedTexts(value: unknown, at: string): { at: string; sv: string; en?: unknown }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${at}[${i}]`));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const own = typeof record.sv === 'string' ? [{ at, sv: record.sv, en: record.en }] : [];
	return [
		...own,
		...Object.entries(record).flatMap(([key, child]) => localizedTexts(child, `${at}.${key}`))
	];
}

describe('every Swedish text has its English', () => {
	const texts = () => [
		...catalogue.services.flatMap((service) => localizedTexts(service, service.id)),
		...catalogue.organizations.flatMap((organization) =>
			localizedTexts(organization, organization.id)
		),
		...gaps.flatMap((gap) => localizedTexts(gap, `gap ${gap.id}`))
	];

	test('in the catalogue and the documented gaps', () => {
		const all = texts();
		expect(all.length).toBeGreaterThan(1000);
		expect(
			all.filter(({ en }) => typeof en !== 'string' || en.trim().length === 0).map(({ at }) => at)
		).toEqual([]);
	});

	test('and the English is not Swedish left untranslated', () => {
		// Words that occur in Swedish sentences and never in English ones (names are allowed).
		const swedish =
			/\b(och|att|för|med|som|är|inte|eller|enligt|kommuner|kommunerna|länets|alla|samt|även|finns|ej|källorna|upp till|från)\b/i;
		expect(
			texts()
				.filter(({ en }) => typeof en === 'string' && swedish.test(en))
				.map(({ at, en }) => `${at}: ${String(en)}`)
		).toEqual([]);
	});

	test('a visit names a place; what to do stands in its note, in both languages', () => {
		const visits = catalogue.services.flatMap((service) =>
			service.contacts
				.filter((contact) => contact.channel === 'in-person')
				.map((contact) => ({ id: service.id, value: contact.value }))
		);
		expect(visits.length).toBeGreaterThan(40);
		expect(visits.filter(({ value }) => value.length > 60 || /[.!?]\s|[.!?]$/.test(value))).toEqual(
			[]
		);
	});
});

describe('facts come from the sources', () => {
	// The research as received: data/sources/swedish-services.json and data/sources/local/*.json.
	const sources = path.join(DATA, 'sources');
	const researchFiles = readdirSync(sources, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.json'))
		.sort();
	const research = researchFiles
		.map((name) => readFileSync(path.join(sources, name), 'utf8'))
		.join('\n');

	test('covers the national research and the three local research files', () => {
		expect(researchFiles).toEqual([
			path.join('local', 'civil-society-and-youth.json'),
			path.join('local', 'municipal-social-services.json'),
			path.join('local', 'regional-services.json'),
			'swedish-services.json'
		]);
	});
	const digits = (text: string) => text.replace(/\D/g, '');
	const researchNumbers = new Set((research.match(/\+?\d[\d\s–-]{1,16}\d/g) ?? []).map(digits));
	const researchUrls = [...research.matchAll(/https?:\/\/[^\s"'|)]+/g)].map(([url]) => url);
	const researchOrigins = new Set(
		researchUrls.map((url) => new URL(url).origin.replace('://www.', '://'))
	);

	test('every phone number in data/ appears in the research sources', () => {
		const numbers = catalogue.services.flatMap((service) =>
			service.contacts
				.filter((contact) => contact.channel === 'phone' || contact.channel === 'sms')
				.map((contact) => ({ service: service.id, value: contact.value }))
		);
		expect(numbers.length).toBeGreaterThan(100);
		expect(numbers.filter(({ value }) => !researchNumbers.has(digits(value)))).toEqual([]);
	});

	test('every e-mail address in data/ appears in the research sources', () => {
		const addresses = catalogue.services.flatMap((service) =>
			service.contacts
				.filter((c) => c.channel === 'email' && c.value.includes('@'))
				.map((c) => c.value)
		);
		expect(addresses.filter((address) => !research.includes(address))).toEqual([]);
	});

	test('every web address in data/ is a research source or its site', () => {
		const urls = [
			...catalogue.services.flatMap((service) => [
				service.website,
				...service.contacts.filter((c) => /^https?:/.test(c.value)).map((c) => c.value)
			]),
			...catalogue.organizations.map((organization) => organization.website)
		].filter((url): url is string => url !== undefined);
		const unsourced = urls.filter(
			(url) =>
				!researchUrls.includes(url) &&
				!researchOrigins.has(new URL(url).origin.replace('://www.', '://'))
		);
		expect(unsourced).toEqual([]);
	});
});

describe('data/needs-vocabulary.json', () => {
	const vocabulary = vocabularySchema.parse(
		JSON.parse(readFileSync(path.join(DATA, 'needs-vocabulary.json'), 'utf8'))
	);

	test('has youth-friendly Swedish and English wording for every need code', () => {
		for (const code of NEED_CODES) {
			const entry = vocabulary.needs[code];
			for (const text of [entry.label, entry.question, entry.description]) {
				expect(text.sv.length).toBeGreaterThan(3);
				expect(text.en?.length ?? 0).toBeGreaterThan(3);
			}
		}
	});

	test('has words young people use for every need', () => {
		for (const code of NEED_CODES) {
			const words = vocabulary.concepts
				.filter((concept) => (concept.needs?.[code] ?? 0) >= 0.8)
				.flatMap((concept) => [...concept.terms.sv, ...concept.terms.en]);
			expect({ code, enough: words.length >= 5 }).toEqual({ code, enough: true });
		}
	});

	test('knows the slang and misspellings the issue names', () => {
		const all = new Set(
			vocabulary.concepts.flatMap((concept) => [...concept.terms.sv, ...concept.terms.en])
		);
		for (const word of [
			'nakenbilder',
			'nudes',
			'tafsade',
			'sugardejting',
			'grooming',
			'våldtäkt',
			'vådtäkt',
			'sugardaddy'
		]) {
			expect(all).toContain(word);
		}
	});
});

describe('data/needs.json', () => {
	test('holds exactly the 25 contract codes, in order', () => {
		const needs = JSON.parse(readFileSync(path.join(DATA, 'needs.json'), 'utf8')) as {
			needs: { code: string }[];
		};
		expect(needs.needs.map((need) => need.code)).toEqual([...NEED_CODES]);
	});
});
