import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Service } from '@stodkartan/core';
import { DATA } from './domain.js';
import { comparableUrl, hostOf, phoneDigits, type ResearchRecord } from './research.js';

/** `data/provenance.json`: which research record(s) each catalogue service was built from. */
export interface Provenance {
	services: Record<string, string[]>;
	/** A quote from the research that dates an undated source approximately. */
	datedByResearch: Record<string, string>;
	/** A quote from a record's coverage note naming an area its county codes do not list. */
	areaFromCoverageNote: Record<string, string>;
}

export const readProvenance = () =>
	JSON.parse(readFileSync(path.join(DATA, 'provenance.json'), 'utf8')) as Provenance;

const union = (sets: Iterable<Set<string>>) => new Set([...sets].flatMap((set) => [...set]));

/** The latest year a text names; "2020–22" names 2022. */
export function latestYear(text: string): number | undefined {
	const years = [...text.matchAll(/\b(\d{4})(?:\s*[–-]\s*(\d{2,4}))?\b/g)].flatMap(
		([, first, second]) => {
			const from = Number(first);
			if (!second) return [from];
			const to =
				second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
			return [from, to];
		}
	);
	return years.length > 0 ? Math.max(...years) : undefined;
}

interface Dated {
	date: string;
	approximate: boolean;
}

/** A source's date as the research gives it: exact ("2021-07", "2020") or approximate ("~2024"). */
function sourceDate(date: string | null): Dated | undefined {
	if (!date) return undefined;
	const exact = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
	if (exact) {
		return { date: `${exact[1]}-${exact[2] ?? '01'}-${exact[3] ?? '01'}`, approximate: false };
	}
	const year = latestYear(date);
	return year === undefined ? undefined : { date: `${year}-01-01`, approximate: true };
}

const newest = (dates: Dated[]) =>
	dates.reduce<Dated | undefined>(
		(best, next) =>
			!best || next.date > best.date || (next.date === best.date && !next.approximate)
				? next
				: best,
		undefined
	);

/**
 * What is wrong with each service against the research record(s) it was built from: a contact
 * that is not that record's (or, for social services, not its daytime line; for an on-call
 * service, not its on-call line), 112 where the record does not say so, a service area that is not
 * the record's, an age limit or gender rule the record does not give without a note saying so,
 * and a lastVerified that is not the newest dated source actually read.
 */
export function provenanceProblems(
	services: readonly Service[],
	research: ReadonlyMap<string, ResearchRecord>,
	provenance: Provenance,
	auditErrors: ReadonlySet<string>
): string[] {
	const problems: string[] = [];
	const known = new Set(services.map(({ id }) => id));
	for (const id of Object.keys(provenance.services)) {
		if (!known.has(id)) problems.push(`${id}: in data/provenance.json but not in the catalogue`);
	}
	for (const service of services) {
		const refs = provenance.services[service.id] ?? [];
		const problem = (text: string) => problems.push(`${service.id} (${refs.join(', ')}): ${text}`);
		if (refs.length === 0) {
			problem('has no research record in data/provenance.json');
			continue;
		}
		const records = refs.flatMap((ref) => {
			const record = research.get(ref);
			if (!record) problem(`${ref} is not a research record`);
			return record ? [record] : [];
		});
		const cited = new Set((service.sources ?? []).map(comparableUrl));
		for (const record of records) {
			if (!record.sources.some(({ url }) => cited.has(comparableUrl(url)))) {
				problem(`cites none of the pages ${record.ref} was read from`);
			}
		}
		checkContacts(service, records, auditErrors, problem);
		checkArea(service, records, provenance.areaFromCoverageNote[service.id], problem);
		checkEligibility(service, records, problem);
		checkLastVerified(service, records, research, provenance.datedByResearch[service.id], problem);
	}
	return problems;
}

function checkContacts(
	service: Service,
	records: ResearchRecord[],
	auditErrors: ReadonlySet<string>,
	problem: (text: string) => void
) {
	const role = service.role;
	const allowed =
		role === 'social-services'
			? {
					label: 'a daytime line (intake or switchboard)',
					numbers: union(records.map((r) => r.dayNumbers))
				}
			: role === 'social-on-call'
				? {
						label: 'an on-call line',
						numbers: new Set(
							[...union(records.map((r) => r.onCallNumbers))].filter((n) => !auditErrors.has(n))
						)
					}
				: { label: 'a number', numbers: union(records.map((r) => r.numbers)) };
	const urls = union(records.map((r) => r.urls));
	const hosts = union(records.map((r) => r.hosts));
	const webAddresses = [
		...service.contacts.filter(({ value }) => /^https?:/.test(value)).map(({ value }) => value),
		...(service.website ? [service.website] : [])
	];
	for (const contact of service.contacts) {
		for (const time of timesOf(contact)) {
			if (!records.some((r) => mentionsTime(r.text, time))) {
				problem(`${contact.value} opens or closes at ${time}, which its records do not say`);
			}
		}
		if (contact.channel === 'phone' || contact.channel === 'sms') {
			const digits = phoneDigits(contact.value);
			if (digits === '112' && role !== 'emergency' && role !== 'social-on-call') {
				problem(
					`offers 112, which only the emergency number and on-call services reached through it may`
				);
			} else if (!allowed.numbers.has(digits)) {
				problem(`${contact.channel} ${contact.value} is not ${allowed.label} of its record`);
			}
		}
		if (contact.channel === 'email' && contact.value.includes('@')) {
			const address = contact.value.toLowerCase();
			if (!records.some((r) => r.text.toLowerCase().includes(address))) {
				problem(`e-mail ${contact.value} is not in its record`);
			}
		}
	}
	for (const url of webAddresses) {
		if (!urls.has(comparableUrl(url)) && !hosts.has(hostOf(url))) {
			problem(`web address ${url} is neither a page nor a site of its record`);
		}
	}
}

/** The opening and closing times of a contact's structured hours. */
const timesOf = (contact: Service['contacts'][number]) =>
	contact.hours && 'weekly' in contact.hours
		? [...new Set(contact.hours.weekly.flatMap(({ opens, closes }) => [opens, closes]))]
		: [];

/** Whether a text gives a time of day as the research writes it: 16, 16.30, 16:30, 08.15; 00:00 as 24. */
function mentionsTime(text: string, time: string): boolean {
	const [hours = '', minutes = ''] = time.split(':');
	const hour = String(Number(hours));
	const hourForms = hour === '0' ? ['0?0', '24'] : [`0?${hour}`];
	return hourForms.some((form) => {
		const pattern =
			minutes === '00'
				? `(?<![\\d.:])${form}(?:[.:]00)?(?![\\d]|[.:]\\d)`
				: `(?<![\\d.:])${form}[.:]${minutes}(?!\\d)`;
		return new RegExp(pattern).test(text);
	});
}

function checkArea(
	service: Service,
	records: ResearchRecord[],
	coverageNote: string | undefined,
	problem: (text: string) => void
) {
	const area = service.serviceArea;
	const municipalitiesOf = (record: ResearchRecord) =>
		service.role === 'social-on-call'
			? record.area.onCallMunicipalities
			: record.area.municipalities;
	if (area.scope === 'local' && service.role === 'social-services') {
		// One municipality, named by its record; a county-wide record without a list covers its county.
		const [code = ''] = area.municipalities;
		const covered = records.some(
			(r) =>
				r.area.municipalities.has(code) ||
				(r.area.municipalities.size === 0 && r.area.counties.has(code.slice(0, 2)))
		);
		if (area.municipalities.length !== 1 || !covered) {
			problem(
				`social services of ${area.municipalities.join(', ')}, which its records do not cover`
			);
		}
	} else if (area.scope === 'local') {
		const covered = [...union(records.map(municipalitiesOf))].sort();
		const listed = [...new Set(area.municipalities)].sort();
		if (covered.join() !== listed.join()) {
			problem(
				`serves ${listed.join(', ')}; its records cover ${covered.join(', ') || 'no listed municipality'}`
			);
		}
	} else if (area.scope === 'regional') {
		const noted =
			coverageNote !== undefined &&
			records.some(({ area: { note } }) => note.includes(coverageNote));
		if (coverageNote !== undefined && !noted) {
			problem(`"${coverageNote}" is in no record's coverage note`);
		}
		for (const county of area.counties) {
			const covered = records.some(
				(r) =>
					r.area.counties.has(county) &&
					(/regional/.test(r.area.scope) || r.area.municipalities.size === 0)
			);
			if (!covered && !noted) {
				problem(`serves county ${county}, which no record covers as a county`);
			}
		}
	} else if (service.kind !== 'pathway') {
		if (!records.some((r) => /national|online|all_kommuner|unknown/.test(r.area.scope))) {
			problem(
				`serves all of Sweden; its records say ${records.map((r) => r.area.scope).join(', ')}`
			);
		}
	}
}

function checkEligibility(
	service: Service,
	records: ResearchRecord[],
	problem: (text: string) => void
) {
	const { minAge, maxAge, genders, note } = service.eligibility;
	const sameAges = records.some(
		(r) => (r.ages.min ?? 0) === (minAge ?? 0) && (r.ages.max ?? undefined) === maxAge
	);
	if (!sameAges && !note) {
		const given = records.map((r) => `${r.ages.min ?? '–'}–${r.ages.max ?? '–'}`).join(', ');
		problem(`ages ${minAge ?? '–'}–${maxAge ?? '–'} without a note; its records give ${given}`);
	}
	if (genders && !note && !records.some((r) => r.genderFocus)) {
		problem(`genders ${genders.join(', ')} without a note; no record names a gender`);
	}
}

function checkLastVerified(
	service: Service,
	records: ResearchRecord[],
	research: ReadonlyMap<string, ResearchRecord>,
	quote: string | undefined,
	problem: (text: string) => void
) {
	const cited = new Set((service.sources ?? []).map(comparableUrl));
	const dates = records.flatMap((record) =>
		record.sources
			.filter(({ url }) => cited.has(comparableUrl(url)))
			.flatMap(({ date }) => sourceDate(date) ?? [])
	);
	if (quote !== undefined) {
		const year = latestYear(quote);
		// The quote must be the research's own words about one of the pages this service cites.
		const found = [...research.values()].some(
			(record) =>
				record.text.includes(quote) &&
				record.sources.some(({ url }) => cited.has(comparableUrl(url)))
		);
		if (year === undefined || !found) {
			problem(`"${quote}" dates none of its sources in the research`);
		} else dates.push({ date: `${year}-01-01`, approximate: true });
	}
	const best = newest(dates);
	const caveats = service.caveats ?? { sv: '' };
	if (!best) {
		const compiled =
			records
				.map((r) => r.compiled)
				.sort()
				.at(-1) ?? '';
		if (service.lastVerified !== compiled) {
			problem(
				`lastVerified ${service.lastVerified}: no source is dated, so the research's ${compiled}`
			);
		}
		if (
			!new RegExp(`lästes [^.]*${compiled}`).test(caveats.sv) ||
			!new RegExp(`read on [^.]*${compiled}`).test(caveats.en ?? '')
		) {
			problem(`caveats do not say that no source is dated and that they were read on ${compiled}`);
		}
		return;
	}
	if (service.lastVerified !== best.date) {
		problem(`lastVerified ${service.lastVerified}; its newest dated source is from ${best.date}`);
	}
	if (/lästes \d{4}/.test(caveats.sv)) {
		problem(`caveats say no source is dated, but one is from ${best.date}`);
	}
	if (
		best.approximate &&
		(!/enligt researchen/.test(caveats.sv) || !/the research dates it/.test(caveats.en ?? ''))
	) {
		problem(`lastVerified ${best.date} is the research's estimate; the caveats must say so`);
	}
}
