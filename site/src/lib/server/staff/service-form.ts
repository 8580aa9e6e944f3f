import {
	AUDIENCES,
	CONTACT_CHANNELS,
	NEED_CODES,
	type Contact,
	type Service
} from '@stodkartan/core';

/**
 * The staff pages' service form: every field of a service as ordinary form controls, except a
 * few nested ones (locations, opening hours, what happens after contact) kept as JSON in one
 * field. Reading it gives the changes against the service as it is: only what was changed.
 */

/** Fields the form shows as JSON, as the catalogue has them. */
export const ADVANCED_FIELDS = [
	'locations',
	'afterContact',
	'keywords',
	'role',
	'kind',
	'emergency',
	'confidence'
] as const;

export function advancedJson(service: Service): string {
	const advanced = Object.fromEntries(
		ADVANCED_FIELDS.flatMap((field) =>
			service[field] !== undefined ? [[field, service[field]]] : []
		)
	);
	return JSON.stringify(advanced, null, 2);
}

export interface FormResult {
	changes: Record<string, unknown>;
	sources: { url: string; date: string }[];
	note?: string;
	errors: Record<string, string>;
}

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};

const codes = (value: string) =>
	value
		.split(/[\s,;]+/)
		.map((code) => code.trim())
		.filter(Boolean);

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) =>
		item && typeof item === 'object' && !Array.isArray(item)
			? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
			: item
	);
}

function localized(current: Record<string, string> | undefined, sv: string, en: string) {
	const next: Record<string, string> = { ...current };
	if (sv) next.sv = sv;
	else delete next.sv;
	if (en) next.en = en;
	else delete next.en;
	return next;
}

function triState(value: string): boolean | undefined {
	return value === 'true' ? true : value === 'false' ? false : undefined;
}

export function readServiceForm(
	form: FormData,
	current: Service,
	messages: { invalidJson: string; invalidNumber: string }
): FormResult {
	const errors: Record<string, string> = {};
	const next: Record<string, unknown> = {};

	next.name = localized(current.name, text(form, 'name-sv'), text(form, 'name-en'));
	next.description = localized(
		current.description,
		text(form, 'description-sv'),
		text(form, 'description-en')
	);
	next.status = text(form, 'status') || current.status;

	const contacts: Contact[] = [];
	const rows = Number(text(form, 'contact-count')) || 0;
	for (let index = 0; index < Math.min(rows, 50); index += 1) {
		const value = text(form, `contact-value-${index}`);
		const channel = text(form, `contact-channel-${index}`);
		if (!value || form.get(`contact-remove-${index}`) === 'on') continue;
		const before = current.contacts[index];
		const note = text(form, `contact-note-${index}`);
		contacts.push({
			channel: ((CONTACT_CHANNELS as readonly string[]).includes(channel)
				? channel
				: 'phone') as Contact['channel'],
			value,
			// What the form does not show (opening hours, the words a value reads as, the caveat
			// for adults) is kept from the row it stood in, so editing a number loses none of it.
			...(before?.hours ? { hours: before.hours } : {}),
			...(before?.label ? { label: before.label } : {}),
			...(before?.caveat ? { caveat: before.caveat } : {}),
			...(note ? { note: { ...before?.note, sv: note } } : {})
		});
	}
	next.contacts = contacts;

	const website = text(form, 'website');
	next.website = website || undefined;

	const age = (name: string) => {
		const value = text(form, name);
		if (!value) return undefined;
		if (!/^\d{1,3}$/.test(value)) {
			errors[name] = messages.invalidNumber;
			return undefined;
		}
		return Number(value);
	};
	const eligibilityNote = text(form, 'eligibility-note');
	next.eligibility = {
		...current.eligibility,
		minAge: age('min-age'),
		maxAge: age('max-age'),
		note: eligibilityNote ? { ...current.eligibility.note, sv: eligibilityNote } : undefined
	};

	// The boxes come back in the vocabulary's order; the service's own order is kept (its first
	// need is what it is mainly for), so ticking nothing new proposes no change.
	next.needs = inCurrentOrder(chosen(form, 'needs', NEED_CODES), current.needs);
	const audience = inCurrentOrder(chosen(form, 'audience', AUDIENCES), current.audience ?? []);
	next.audience = audience.length > 0 ? audience : undefined;

	const scope = text(form, 'scope');
	const areaCodes = codes(text(form, 'area-codes'));
	next.serviceArea =
		scope === 'regional'
			? { scope, counties: areaCodes }
			: scope === 'local'
				? { scope, municipalities: areaCodes }
				: { scope: 'national' };

	const languages = codes(text(form, 'languages')).map((code) => code.toLowerCase());
	next.languages = languages.length > 0 ? languages : undefined;
	for (const field of ['anonymous', 'free', 'requiresReferral'] as const) {
		next[field] = triState(text(form, field));
	}
	const caveats = text(form, 'caveats');
	next.caveats = caveats ? { ...current.caveats, sv: caveats } : undefined;

	const advanced = text(form, 'advanced');
	if (advanced) {
		try {
			const parsed = JSON.parse(advanced) as Record<string, unknown>;
			for (const field of ADVANCED_FIELDS) next[field] = parsed[field];
		} catch {
			errors.advanced = messages.invalidJson;
		}
	} else {
		for (const field of ADVANCED_FIELDS) next[field] = undefined;
	}

	const changes: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(next)) {
		const before = (current as Record<string, unknown>)[field];
		// Undefined members of an object are not part of it: compare what JSON would send.
		const cleaned: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
		if (canonical(cleaned) === canonical(before)) continue;
		changes[field] = cleaned === undefined ? null : cleaned;
	}

	const url = text(form, 'source-url');
	const date = text(form, 'source-date');
	const note = text(form, 'note');
	return {
		changes,
		sources: url || date ? [{ url, date }] : [],
		...(note ? { note } : {}),
		errors
	};
}

/** The known codes ticked in a group of checkboxes. */
function chosen(form: FormData, name: string, known: readonly string[]): string[] {
	return form
		.getAll(name)
		.filter((code): code is string => typeof code === 'string' && known.includes(code));
}

/** The ticked codes, those the service already had first and in its order, new ones after. */
function inCurrentOrder(ticked: string[], current: readonly string[]): string[] {
	const kept = current.filter((code) => ticked.includes(code));
	return [...kept, ...ticked.filter((code) => !kept.includes(code))];
}
