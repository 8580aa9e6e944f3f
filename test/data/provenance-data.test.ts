import { loadDataCatalogue } from '@stodkartan/api';
import type { Service } from '@stodkartan/core';
import { DATA, testGeography } from '../support/domain.js';
import { provenanceProblems, readProvenance } from '../support/provenance.js';
import { auditErrorNumbers, readResearch, type ResearchRecord } from '../support/research.js';

/*
 * A number in the research is not enough: it must be the number of the record the entry was built
 * from, in the right field. A wrong number on a child-protection referral means whoever calls
 * does not reach help, so each catalogue service is tied to its record(s) in data/provenance.json
 * and checked against them: contacts, 112, service area, ages, lastVerified.
 */

let services: Service[];
const research = readResearch();
const provenance = readProvenance();
const audit = auditErrorNumbers();

beforeAll(async () => {
	const result = await loadDataCatalogue(DATA, testGeography());
	if (!result.ok) throw new Error('data/ is invalid');
	services = result.catalogue.services;
});

const record = (ref: string): ResearchRecord => {
	const found = research.get(ref);
	if (!found) throw new Error(`no research record ${ref}`);
	return found;
};
/** The catalogue with one service changed, as a careless edit would change it. */
function edited(id: string, change: (service: Service) => void): Service[] {
	return services.map((service) => {
		if (service.id !== id) return service;
		const copy = structuredClone(service);
		change(copy);
		return copy;
	});
}
/** The problems an edit adds to those of the catalogue as it is (none, when the data is right). */
const problemsOf = (catalogue: Service[]) => {
	const before = new Set(provenanceProblems(services, research, provenance, audit));
	return provenanceProblems(catalogue, research, provenance, audit).filter((p) => !before.has(p));
};
const first = (numbers: Set<string>) => [...numbers][0] ?? '';

describe('every catalogue fact belongs to the research record it was built from', () => {
	test('the provenance map names a research record for every service, and only for services', () => {
		expect(Object.keys(provenance.services).sort()).toEqual(services.map(({ id }) => id).sort());
	});

	test('contacts, 112, service areas, ages and lastVerified all match their own records', () => {
		expect(provenanceProblems(services, research, provenance, audit)).toEqual([]);
	});

	test('the AUDIT.md errors are known, so an on-call entry can never offer them', () => {
		expect(audit.size).toBeGreaterThan(0);
	});
});

describe('the check fails on what the old "appears somewhere in the research" test let through', () => {
	test("a neighbouring municipality's switchboard in Sundsvall's social services", () => {
		const timra = first(record('municipal:2262').dayNumbers);
		expect(timra).not.toBe('');
		const problems = problemsOf(
			edited('socialtjansten-sundsvall', (service) => {
				service.contacts[1] = { channel: 'phone', value: timra };
			})
		);
		expect(problems).toEqual([
			expect.stringMatching(/^socialtjansten-sundsvall .*phone \d+ is not a daytime line/)
		]);
	});

	test("a municipality's daytime intake line offered as an on-call line", () => {
		const intake = first(record('municipal:2183').dayNumbers);
		const problems = problemsOf(
			edited('socialjouren-gavleborg', (service) => {
				service.contacts[0] = { ...service.contacts[0]!, value: intake };
			})
		);
		expect(problems).toEqual([
			expect.stringMatching(/^socialjouren-gavleborg .*is not an on-call line/)
		]);
	});

	test('an on-call line offered as the daytime social-services number', () => {
		const onCall = first(record('municipal:2183').onCallNumbers);
		const problems = problemsOf(
			edited('socialtjansten-bollnas', (service) => {
				service.contacts[0] = { channel: 'phone', value: onCall };
			})
		);
		expect(problems).toEqual([
			expect.stringMatching(/^socialtjansten-bollnas .*is not a daytime line/)
		]);
	});

	test('the daytime line AUDIT.md found mislabelled, offered as an on-call line', () => {
		const [number] = [...audit];
		const problems = problemsOf(
			edited('social-beredskap-harnosand', (service) => {
				service.contacts.push({ channel: 'phone', value: number! });
			})
		);
		expect(problems).toEqual([
			expect.stringMatching(/^social-beredskap-harnosand .*is not an on-call line/)
		]);
	});

	test("opening hours the on-call service's records do not give", () => {
		const problems = problemsOf(
			edited('socialjouren-gavleborg', (service) => {
				const hours = service.contacts[0]?.hours;
				if (hours && 'weekly' in hours && hours.weekly[0]) hours.weekly[0].closes = '21:45';
			})
		);
		expect(problems).toEqual([expect.stringMatching(/^socialjouren-gavleborg .*closes at 21:45/)]);
	});

	test('112 on the national route to social services', () => {
		const problems = problemsOf(
			edited('socialtjansten', (service) => {
				service.contacts.push({ channel: 'phone', value: '112' });
			})
		);
		expect(problems).toEqual([expect.stringMatching(/^socialtjansten .*offers 112/)]);
	});

	test('an on-call service said to cover a municipality its records do not name', () => {
		const problems = problemsOf(
			edited('sydostjouren', (service) => {
				if (service.serviceArea.scope === 'local') service.serviceArea.municipalities.push('0884');
			})
		);
		expect(problems).toEqual([expect.stringMatching(/^sydostjouren .*serves .*0884/)]);
	});

	test('a web address of another municipality, and an old page marked as freshly checked', () => {
		const problems = problemsOf(
			edited('socialtjansten-kramfors', (service) => {
				service.contacts[0] = { ...service.contacts[0]!, value: 'https://sundsvall.se/' };
			})
		);
		expect(problems).toEqual([expect.stringMatching(/^socialtjansten-kramfors .*sundsvall\.se/)]);
		const stale = problemsOf(
			edited('barnahus-sundsvall', (service) => {
				service.lastVerified = '2026-12-01';
			})
		);
		expect(stale).toEqual([expect.stringMatching(/^barnahus-sundsvall .*lastVerified 2026-12-01/)]);
	});
});
