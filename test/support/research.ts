import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA } from './domain.js';

/**
 * The research the catalogue was built from (`data/sources/`), read record by record, so that a
 * test can tie each catalogue fact to the record it came from rather than to "somewhere in the
 * research". References name a record: `municipal:<kommun code>`, `regional:<id>`, `civil:<id>`,
 * `national:<id>` (see `data/provenance.json`).
 */

interface Source {
	url: string;
	date: string | null;
	note?: string | null;
}

interface ServiceRecordJson {
	id: string;
	service_category: string;
	phone: string | null;
	phone_note: string | null;
	age_min: number | null;
	age_max: number | null;
	gender_focus: string | null;
	coverage: {
		scope: string;
		lan_codes: string[];
		kommun_codes: string[];
		coverage_note: string | null;
	};
	sources: Source[];
}

interface MunicipalRecordJson {
	kommun_code: string;
	lan_code: string;
	switchboard_phone: string | null;
	social_services_children_phone: string | null;
	switchboard_source: Source | null;
	website_source: Source | null;
	social_services_children_source: Source | null;
	orosanmalan_source: Source | null;
	socialjour: {
		phone: string | null;
		covers_kommun_codes: string[];
		source: Source;
	} | null;
}

interface CorrectionJson {
	id: string;
	field: string;
	new: unknown;
	source: Source;
}

export type RecordKind = 'municipal' | 'regional' | 'civil' | 'national';

/** One research record, with what a catalogue entry may take from it. */
export interface ResearchRecord {
	ref: string;
	kind: RecordKind;
	/** The day the research file was compiled: the reading date of its undated sources. */
	compiled: string;
	/** The whole record (and the corrections made to it) as text: what it mentions anywhere. */
	text: string;
	sources: Source[];
	/** Numbers a daytime entry may use: intake lines and switchboards, never an on-call line. */
	dayNumbers: Set<string>;
	/** Numbers an on-call entry may use: what the record gives as its on-call (socialjour) number. */
	onCallNumbers: Set<string>;
	/** Every number the record mentions. */
	numbers: Set<string>;
	/** Every web address the record mentions, and the sites (hosts) it names. */
	urls: Set<string>;
	hosts: Set<string>;
	area: {
		scope: string;
		counties: Set<string>;
		/** The municipalities of the record's own service (a municipality's record: itself). */
		municipalities: Set<string>;
		/** The municipalities its on-call service covers (a municipality's record only). */
		onCallMunicipalities: Set<string>;
		note: string;
	};
	ages: { min: number | null; max: number | null };
	genderFocus: string | null;
}

/** A phone number as digits, with +46 written as 0. */
export const phoneDigits = (value: string) => value.replace(/^\+46/, '0').replace(/\D/g, '');

const URL_PATTERN = /https?:\/\/[^\s"'|)]+/g;
/** Numbers in a text, web addresses left out (a page address is not a phone number). */
export function numbersIn(text: string | null | undefined): Set<string> {
	const plain = (text ?? '').replace(URL_PATTERN, ' ');
	return new Set((plain.match(/\+?\d[\d\s–-]{1,16}\d/g) ?? []).map(phoneDigits));
}

/** A web address compared without scheme, `www.` or a trailing slash. */
export const comparableUrl = (url: string) =>
	url
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\/+$/, '');
export const hostOf = (url: string) => comparableUrl(url).split(/[/?#]/)[0] ?? '';

function urlsAndHosts(text: string): { urls: Set<string>; hosts: Set<string> } {
	const urls = new Set([...text.matchAll(URL_PATTERN)].map(([url]) => comparableUrl(url)));
	// Sites named without a scheme ("hitta den via umo.se") count as the record naming that site.
	const named = text.match(/\b(?:[a-z0-9-]+\.)+(?:se|nu|org|com|net)\b/gi) ?? [];
	const hosts = new Set([...[...urls].map(hostOf), ...named.map((name) => hostOf(name))]);
	return { urls, hosts };
}

/** Emergency, police and health-care advice numbers are never a municipality's own daytime line. */
const NATIONAL_LINES = new Set(['112', '11414', '1177']);
const withoutNationalLines = (numbers: Set<string>) =>
	new Set([...numbers].filter((number) => !NATIONAL_LINES.has(number)));

function segments(phone: string | null): { day: string[]; onCall: string[] } {
	const parts = (phone ?? '').split(';');
	return {
		day: parts.filter((part) => !/socialjour/i.test(part)),
		onCall: parts.filter((part) => /socialjour/i.test(part))
	};
}

const union = (sets: Iterable<Set<string>>) => new Set([...sets].flatMap((set) => [...set]));

function serviceRecord(
	kind: RecordKind,
	compiled: string,
	raw: ServiceRecordJson,
	corrections: CorrectionJson[]
): ResearchRecord {
	const ages = { min: raw.age_min, max: raw.age_max };
	const sources = [...raw.sources];
	for (const correction of corrections) {
		sources.push(correction.source);
		const added = correction.new;
		if (added && typeof added === 'object' && 'url' in added) sources.push(added as Source);
		if (added && typeof added === 'object' && 'age_max' in added) {
			ages.max = (added as { age_max: number | null }).age_max;
		}
	}
	const text = JSON.stringify([raw, corrections]);
	const { day, onCall } = segments(raw.phone);
	const onCallRecord = raw.service_category === 'social_on_call';
	return {
		ref: `${kind}:${raw.id}`,
		kind,
		compiled,
		text,
		sources,
		dayNumbers: withoutNationalLines(
			onCallRecord ? numbersIn(raw.phone_note) : union(day.map(numbersIn))
		),
		onCallNumbers: onCallRecord ? numbersIn(raw.phone) : union(onCall.map(numbersIn)),
		numbers: numbersIn(text),
		...urlsAndHosts(text),
		area: {
			scope: raw.coverage.scope,
			counties: new Set(raw.coverage.lan_codes),
			municipalities: new Set(raw.coverage.kommun_codes),
			onCallMunicipalities: new Set(raw.coverage.kommun_codes),
			note: raw.coverage.coverage_note ?? ''
		},
		ages,
		genderFocus: raw.gender_focus
	};
}

function municipalRecord(compiled: string, raw: MunicipalRecordJson): ResearchRecord {
	const text = JSON.stringify(raw);
	const sources = [
		raw.switchboard_source,
		raw.website_source,
		raw.social_services_children_source,
		raw.orosanmalan_source,
		raw.socialjour?.source
	].filter((source): source is Source => Boolean(source));
	return {
		ref: `municipal:${raw.kommun_code}`,
		kind: 'municipal',
		compiled,
		text,
		sources,
		dayNumbers: withoutNationalLines(
			union([numbersIn(raw.switchboard_phone), numbersIn(raw.social_services_children_phone)])
		),
		onCallNumbers: numbersIn(raw.socialjour?.phone),
		numbers: numbersIn(text),
		...urlsAndHosts(text),
		area: {
			scope: 'local',
			counties: new Set([raw.lan_code]),
			municipalities: new Set([raw.kommun_code]),
			onCallMunicipalities: new Set(raw.socialjour?.covers_kommun_codes ?? [raw.kommun_code]),
			note: ''
		},
		ages: { min: null, max: null },
		genderFocus: null
	};
}

const read = <T>(file: string) =>
	JSON.parse(readFileSync(path.join(DATA, 'sources', file), 'utf8')) as T;

/** Every record of the four research files, by reference. */
export function readResearch(): Map<string, ResearchRecord> {
	type ServiceFile = { metadata: { generated: string }; services: ServiceRecordJson[] };
	const regional = read<ServiceFile & { corrections: CorrectionJson[] }>(
		'local/regional-services.json'
	);
	const civil = read<ServiceFile>('local/civil-society-and-youth.json');
	const national = read<ServiceFile>('swedish-services.json');
	const municipal = read<{
		metadata: { generated: string };
		municipalities: MunicipalRecordJson[];
	}>('local/municipal-social-services.json');
	const correctionsOf = (id: string) =>
		regional.corrections.filter((correction) => correction.id === id);
	const records: ResearchRecord[] = [
		...regional.services.map((raw) =>
			serviceRecord('regional', regional.metadata.generated, raw, correctionsOf(raw.id))
		),
		...civil.services.map((raw) => serviceRecord('civil', civil.metadata.generated, raw, [])),
		...national.services.map((raw) =>
			serviceRecord('national', national.metadata.generated, raw, correctionsOf(raw.id))
		),
		...municipal.municipalities.map((raw) => municipalRecord(municipal.metadata.generated, raw))
	];
	return new Map(records.map((record) => [record.ref, record]));
}

/** The numbers `AUDIT.md` lists under "Errors found": daytime lines mislabelled as on-call lines. */
export function auditErrorNumbers(): Set<string> {
	const audit = readFileSync(path.join(DATA, 'sources', 'local', 'AUDIT.md'), 'utf8');
	const errors = audit.slice(
		audit.indexOf('## Errors found'),
		audit.indexOf('Smaller source problems')
	);
	return new Set((errors.match(/\b0\d{2,3}-[\d ]{5,9}\d\b/g) ?? []).map(phoneDigits));
}
