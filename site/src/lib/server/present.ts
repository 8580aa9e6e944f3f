import {
	compileOpeningHours,
	isOpenAtClock,
	nextOpening,
	swedishClockAt,
	type Contact,
	type LocalizedText,
	type MatchReason,
	type PublicService,
	type RegionsResponse
} from '@stodkartan/core';
import type { Lang, Messages } from '$lib/i18n';
import type {
	AfterContactView,
	ContactView,
	MapPoint,
	OpenStatus,
	ServiceView,
	Voice
} from '$lib/views';

export type { ServiceView };

/**
 * Turns API answers into what the pages show: plain texts and links, decided on the server so
 * that the browser gets no logic and no contract code. No function here reads anything a person
 * sent except through its arguments.
 */

export function pick(text: LocalizedText | undefined, lang: Lang): string | undefined {
	if (!text) return undefined;
	return text[lang] ?? text.sv;
}

/**
 * Whether a catalogue text falls back to Swedish on a page in another language: the page then
 * marks it lang="sv" (WCAG 3.1.2), and the tests can see that an English page shows Swedish.
 */
export function fallsBack(text: LocalizedText | undefined, lang: Lang): boolean {
	return text !== undefined && lang !== 'sv' && text[lang] === undefined;
}

/** A date as words in the page's language: "20 augusti 2025", "20 August 2025". */
export function dateText(date: string, lang: Lang): string {
	const [year, month, day] = date.split('-').map(Number);
	if (!year || !month) return date;
	return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
		...(day ? { day: 'numeric' } : {}),
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(year, month - 1, day || 1)));
}

/** A tel: link from a phone number as written ("116 111", "020-50 50 50"); none for words. */
export function telHref(value: string): string | undefined {
	const digits = value.replace(/[^\d+]/g, '');
	return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/** Only http(s) addresses become links: never javascript: or anything else a file might hold. */
export function webHref(value: string): string | undefined {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

function contactHref(contact: Contact): string | undefined {
	switch (contact.channel) {
		case 'phone':
			return telHref(contact.value);
		case 'sms': {
			const tel = telHref(contact.value);
			return tel ? tel.replace('tel:', 'sms:') : undefined;
		}
		case 'email':
			return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.value)
				? `mailto:${contact.value}`
				: webHref(contact.value);
		case 'in-person':
			return undefined;
		default:
			return webHref(contact.value);
	}
}

function statusOf(
	contact: Contact,
	now: Date,
	t: Messages
): { status: OpenStatus; statusText: string } {
	if (!contact.hours) return { status: 'unknown', statusText: '' };
	if ('alwaysOpen' in contact.hours) return { status: 'always', statusText: t.card.alwaysOpen };
	const clock = swedishClockAt(now);
	if (isOpenAtClock(compileOpeningHours(contact.hours), clock)) {
		return { status: 'open', statusText: t.card.openNow };
	}
	const next = nextOpening(contact.hours, clock);
	const day = next ? (next.weekday === clock.weekday ? '' : (t.weekdays[next.weekday] ?? '')) : '';
	return {
		status: 'closed',
		statusText: next ? t.card.opensAt(day, next.time).replace('  ', ' ') : t.card.closedNow
	};
}

const STATUS_RANK: Record<OpenStatus, number> = { always: 3, open: 2, closed: 1, unknown: 0 };

type Municipality = RegionsResponse['counties'][number]['municipalities'][number];
const municipalityTables = new WeakMap<RegionsResponse['counties'], Map<string, Municipality>>();

/** Municipalities by code, built once per list of counties (the API's list is kept per process). */
function municipalitiesOf(counties: RegionsResponse['counties']): Map<string, Municipality> {
	let table = municipalityTables.get(counties);
	if (!table) {
		table = new Map(
			counties.flatMap((county) => county.municipalities.map((m) => [m.code, m] as const))
		);
		municipalityTables.set(counties, table);
	}
	return table;
}

function areaText(
	service: PublicService,
	counties: RegionsResponse['counties'],
	t: Messages,
	lang: Lang
): string {
	const area = service.serviceArea;
	if (area.scope === 'national') return t.service.nationwide;
	if (area.scope === 'regional') {
		// A county's Swedish name is "Västernorrlands län"; English says "Västernorrland County".
		return area.counties
			.map((code) => {
				const county = counties.find((candidate) => candidate.code === code);
				if (!county) return code;
				return lang === 'sv' ? county.name : t.places.county(county.shortName);
			})
			.join(', ');
	}
	const municipalities = municipalitiesOf(counties);
	const names = area.municipalities.map((code) => municipalities.get(code)?.shortName ?? code);
	return names.length > 6
		? `${names.slice(0, 6).join(', ')} … (${names.length})`
		: names.join(', ');
}

function ageText(service: PublicService, lang: Lang): string | undefined {
	const { minAge, maxAge } = service.eligibility;
	if (minAge === undefined && maxAge === undefined) return undefined;
	if (lang === 'sv') {
		if (minAge !== undefined && maxAge !== undefined) return `${minAge}–${maxAge} år`;
		return minAge !== undefined ? `från ${minAge} år` : `upp till ${maxAge} år`;
	}
	if (minAge !== undefined && maxAge !== undefined) return `${minAge}–${maxAge}`;
	return minAge !== undefined ? `from ${minAge}` : `up to ${maxAge}`;
}

/**
 * What the sources say happens on contact: for the young person as the questions they ask,
 * answered ("Får mina föräldrar veta?"); for an adult as plain statements.
 */
function afterContactOf(
	service: PublicService,
	lang: Lang,
	t: Messages,
	voice: Voice
): AfterContactView {
	const after = service.afterContact;
	const answers: AfterContactView['answers'] = [];
	const ask = (
		question: string | undefined,
		answer: string
	): AfterContactView['answers'][number] =>
		voice === 'young' && question ? { question, answer } : { answer };
	const young = t.after.young;
	const adult = t.after.adult;
	const anonymity = after?.anonymity ?? (service.anonymous ? 'anonymous' : undefined);
	if (anonymity) {
		answers.push(
			ask(young.anonymity.question, (voice === 'young' ? young : adult).anonymity[anonymity])
		);
	}
	if (after?.parentsInformed) {
		answers.push(
			ask(
				young.parents.question,
				(voice === 'young' ? young : adult).parents[after.parentsInformed]
			)
		);
	}
	if (after?.reportsToSocialServices) {
		answers.push(
			ask(
				young.reports.question,
				(voice === 'young' ? young : adult).reports[after.reportsToSocialServices]
			)
		);
	}
	if (after?.policeReportRequired !== undefined) {
		const police = voice === 'young' ? young.police : adult.police;
		answers.push(
			ask(young.police.question, after.policeReportRequired ? police.required : police.notRequired)
		);
	}
	const whatHappens = pick(after?.whatHappens, lang);
	const note = pick(after?.note, lang);
	return {
		known: answers.length > 0 || whatHappens !== undefined || note !== undefined,
		...(whatHappens ? { whatHappens } : {}),
		answers,
		...(note ? { note } : {})
	};
}

function mapOf(service: PublicService, counties: RegionsResponse['counties']): ServiceView['map'] {
	const area = service.serviceArea;
	const points: MapPoint[] = (service.locations ?? []).flatMap((location) =>
		location.lat !== undefined && location.lon !== undefined
			? [{ lat: location.lat, lon: location.lon, approximate: false }]
			: []
	);
	if (points.length === 0 && area.scope === 'local') {
		// No address in the catalogue: a marker at each municipality's centre, marked approximate.
		const municipalities = municipalitiesOf(counties);
		for (const code of area.municipalities) {
			const centroid = municipalities.get(code)?.centroid;
			if (centroid) points.push({ lat: centroid.lat, lon: centroid.lon, approximate: true });
		}
	}
	return {
		points,
		counties: area.scope === 'regional' ? area.counties : [],
		municipalities: area.scope === 'local' ? area.municipalities : [],
		nationwide: area.scope === 'national'
	};
}

export interface PresentContext {
	lang: Lang;
	t: Messages;
	now: Date;
	counties: RegionsResponse['counties'];
	/** Whom the page speaks to; the young person when not said. */
	voice?: Voice;
}

export function presentService(
	service: PublicService,
	context: PresentContext,
	reasons: MatchReason[] = []
): ServiceView {
	const { lang, t, now, counties, voice = 'young' } = context;
	const contacts = service.contacts.map((contact): ContactView => {
		const href = contactHref(contact);
		const note = pick(contact.note, lang);
		const caveat = voice === 'adult' ? pick(contact.caveat, lang) : undefined;
		// Words rather than a number or an address read in the page's language where there is
		// a label; a place's own name stays as it is, marked Swedish on other pages.
		const label = pick(contact.label, lang);
		const textLang =
			lang !== 'sv' && contact.channel === 'in-person' && (!label || fallsBack(contact.label, lang))
				? ('sv' as const)
				: undefined;
		return {
			channel: contact.channel,
			action: t.channels[contact.channel],
			text: label ?? contact.value,
			...(textLang ? { textLang } : {}),
			...(href ? { href } : {}),
			...(note ? { note } : {}),
			...(fallsBack(contact.note, lang) ? { noteLang: 'sv' as const } : {}),
			...(caveat ? { caveat } : {}),
			...statusOf(contact, now, t)
		};
	});
	const best = contacts.reduce<ContactView | undefined>(
		(top, contact) =>
			!top || STATUS_RANK[contact.status] > STATUS_RANK[top.status] ? contact : top,
		undefined
	);
	const badges = [
		...(service.anonymous ? [t.card.anonymous] : []),
		...(service.free ? [t.card.free] : []),
		...(service.requiresReferral ? [t.card.referral] : [])
	];
	const caveats = pick(service.caveats, lang);
	const eligibilityNote = pick(service.eligibility.note, lang);
	const age = ageText(service, lang);
	return {
		id: service.id,
		name: pick(service.name, lang) ?? service.id,
		organization: service.organization.name,
		description: pick(service.description, lang) ?? '',
		isPathway: service.kind === 'pathway',
		contacts,
		status: best?.status ?? 'unknown',
		statusText: best?.status === 'unknown' || !best ? t.card.hoursUnknown : best.statusText,
		badges,
		afterContact: afterContactOf(service, lang, t, voice),
		...(age ? { ageText: age } : {}),
		areaText: areaText(service, counties, t, lang),
		...(eligibilityNote ? { eligibilityNote } : {}),
		lastVerified: service.lastVerified,
		lastVerifiedText: dateText(service.lastVerified, lang),
		confidence: service.confidence ?? 'medium',
		unverified: service.verifiedBy !== 'provider',
		...(caveats ? { caveats } : {}),
		...(service.website && webHref(service.website) ? { website: webHref(service.website) } : {}),
		sources: (service.sources ?? []).filter((source) => webHref(source) !== undefined),
		...(service.languages
			? { languages: service.languages.map((code) => t.languageNames[code] ?? code) }
			: {}),
		isEmergency: service.emergency === true,
		reasons: reasons.map((reason) => ({
			criterion: reason.criterion,
			status: reason.status,
			statusText: t.reasonStatus[reason.status],
			message: reason.message
		})),
		map: mapOf(service, counties),
		svOnly: [
			...(fallsBack(service.name, lang) ? (['name'] as const) : []),
			...(fallsBack(service.description, lang) ? (['description'] as const) : []),
			...(fallsBack(service.eligibility.note, lang) ? (['eligibilityNote'] as const) : []),
			...(fallsBack(service.caveats, lang) ? (['caveats'] as const) : []),
			...(fallsBack(service.afterContact?.whatHappens, lang) ||
			fallsBack(service.afterContact?.note, lang)
				? (['afterContact'] as const)
				: [])
		]
	};
}
