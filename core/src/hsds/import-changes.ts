import { effectiveConfidence } from '../catalogue/confidence.js';
import { visibilityOf } from '../catalogue/public-service.js';
import type {
	Contact,
	Eligibility,
	LocalizedText,
	Location,
	OpeningHours,
	Service
} from '../catalogue/schema.js';
import { sameContent, SYSTEM_FIELDS, type ServiceChanges } from '../curation/changes.js';
import { hasStandardPlace, type ImportedService } from './from-hsds.js';
import { describeEligibility } from './to-hsds.js';

/**
 * What an imported HSDS record says differently about a service we hold, as a proposal's
 * changes: only the fields that differ. A record is read for what it says, never for what it
 * leaves out: a field it lacks (HSDS has no place for it, or its publisher does not know it) is
 * left as it is, texts in other languages than Swedish are kept, and a protected location, which
 * no export carries, is never touched. Removing is for the routes and places a record speaks
 * for: a record that lists phone numbers speaks for the service's phone numbers (a number gone
 * from it is proposed for removal), and our own export, with its extension, for every route.
 */
export function importedChanges(
	current: Service,
	imported: Pick<ImportedService, 'draft' | 'hasExtension'>,
	options: {
		/** The organization the record names, when it is one of the catalogue's. */
		organizationId?: string;
		/** The day the confidence that our export would show is judged on. */
		today: string;
	}
): ServiceChanges {
	const draft = imported.draft as Partial<Service>;
	const next: Service = {
		...current,
		organizationId: options.organizationId ?? current.organizationId,
		name: mergeText(current.name, draft.name) as LocalizedText,
		description: mergeText(current.description, draft.description) as LocalizedText,
		eligibility: mergeEligibility(current.eligibility, draft.eligibility),
		contacts: mergeContacts(current.contacts, draft.contacts ?? [], imported.hasExtension),
		status: draft.status ?? current.status
	};
	const set = <K extends keyof Service>(field: K, value: Service[K] | undefined) => {
		if (value !== undefined) next[field] = value;
	};
	const given = <T>(values: T[] | undefined) => (values && values.length > 0 ? values : undefined);
	set('needs', given(draft.needs));
	set('serviceArea', draft.serviceArea);
	set('locations', mergeLocations(current, draft.locations ?? []));
	set('languages', given(draft.languages));
	set('audience', given(draft.audience));
	set('keywords', mergeKeywords(current.keywords, draft.keywords, imported.hasExtension));
	set('caveats', mergeText(current.caveats, draft.caveats));
	set(
		'afterContact',
		draft.afterContact ? { ...current.afterContact, ...draft.afterContact } : undefined
	);
	// Our export shows the confidence that holds today; the same value says nothing new.
	if (draft.confidence && draft.confidence !== effectiveConfidence(current, options.today)) {
		next.confidence = draft.confidence;
	}
	for (const field of [
		'anonymous',
		'free',
		'requiresReferral',
		'emergency',
		'kind',
		'role',
		'website'
	] as const) {
		set(field, draft[field]);
	}
	set('locations', keepHidden(current, next));
	const changes: Record<string, unknown> = {};
	const ignored = new Set<string>([...SYSTEM_FIELDS, 'sources']);
	for (const field of new Set([...Object.keys(current), ...Object.keys(next)])) {
		if (ignored.has(field)) continue;
		const before = (current as Record<string, unknown>)[field];
		const after = (next as Record<string, unknown>)[field];
		if (!sameContent(before, after)) changes[field] = after ?? null;
	}
	return changes;
}

const isText = (value: unknown): value is LocalizedText =>
	typeof value === 'object' && value !== null && typeof (value as { sv?: unknown }).sv === 'string';

/** The record's languages replace ours; languages it does not have are kept. */
function mergeText(current: LocalizedText | undefined, incoming: unknown) {
	return isText(incoming) ? { ...current, ...incoming } : current;
}

function mergeEligibility(current: Eligibility, incoming: Partial<Eligibility> | undefined) {
	if (!incoming) return current;
	const next: Eligibility = {
		...current,
		...(incoming.minAge !== undefined ? { minAge: incoming.minAge } : {}),
		...(incoming.maxAge !== undefined ? { maxAge: incoming.maxAge } : {}),
		...(incoming.genders ? { genders: incoming.genders } : {})
	};
	// Without the extension a record cannot say genders, so our own wording of ages and genders
	// comes back as a note: it is no note.
	const { note: _note, ...plain } = next;
	if (incoming.note && incoming.note.sv !== describeEligibility(plain)) {
		next.note = mergeText(current.note, incoming.note);
	}
	return next;
}

const routeOf = (contact: Contact) => `${contact.channel} ${contact.value}`;

/**
 * Our routes in our order, each merged with the record's same route (its hours and note win,
 * what it lacks is kept). A route the record could carry but does not is removed: any, from our
 * own export (its extension lists every route); otherwise only when the record lists routes of
 * that channel (a record with phone numbers and no e-mail does not say the e-mail address is
 * gone). A new route of the same channel takes a removed one's place, as it is in the record, so
 * a changed number reads as one change to the reviewer; the record's other new routes come last.
 */
function mergeContacts(current: Contact[], incoming: Contact[], whole: boolean): Contact[] {
	if (incoming.length === 0) return current;
	const byRoute = new Map(incoming.map((contact) => [routeOf(contact), contact]));
	const ours = new Set(current.map(routeOf));
	const fresh = incoming.filter((contact) => !ours.has(routeOf(contact)));
	const channels = new Set(incoming.map((contact) => contact.channel));
	const merged: Contact[] = [];
	const used = new Set<string>();
	for (const contact of current) {
		const route = routeOf(contact);
		const match = used.has(route) ? undefined : byRoute.get(route);
		if (match) {
			used.add(route);
			merged.push(mergeContact(contact, match));
			continue;
		}
		if (!whole && !(hasStandardPlace(contact) && channels.has(contact.channel))) {
			merged.push(contact);
			continue;
		}
		const replacement = fresh.find(
			(candidate) => candidate.channel === contact.channel && !used.has(routeOf(candidate))
		);
		if (replacement) {
			used.add(routeOf(replacement));
			merged.push(replacement);
		}
	}
	for (const contact of incoming) {
		if (used.has(routeOf(contact))) continue;
		used.add(routeOf(contact));
		merged.push(contact);
	}
	return merged;
}

function mergeContact(current: Contact, incoming: Contact): Contact {
	const merged: Contact = { ...current, ...incoming };
	const note = mergeText(current.note, incoming.note);
	if (note) merged.note = note;
	for (const field of ['label', 'caveat'] as const) {
		const value = incoming[field] ?? current[field];
		if (value) merged[field] = value;
	}
	const hours =
		incoming.hours && !sameHours(incoming.hours, current.hours) ? incoming.hours : current.hours;
	if (hours) merged.hours = hours;
	return merged;
}

/** The same opening hours, whatever order the days of a row are written in (HSDS sorts them). */
function sameHours(a: OpeningHours, b: OpeningHours | undefined): boolean {
	const sorted = (hours: OpeningHours | undefined) =>
		hours && 'weekly' in hours
			? {
					...hours,
					weekly: hours.weekly.map((row) => ({ ...row, days: [...row.days].sort() }))
				}
			: hours;
	return sameContent(sorted(a), sorted(b));
}

const placeOf = (location: Pick<Location, 'municipality' | 'lat' | 'lon'>) =>
	`${location.municipality} ${location.lat} ${location.lon}`;

/**
 * The record's places in place of our public ones (each merged with ours at the same spot); our
 * protected places, which no export shows, are kept whatever the record says. A record without
 * places says nothing about ours.
 */
function mergeLocations(current: Service, incoming: Location[]): Location[] | undefined {
	if (incoming.length === 0) return undefined;
	const byPlace = new Map(incoming.map((location) => [placeOf(location), location]));
	const used = new Set<string>();
	const merged: Location[] = [];
	for (const location of current.locations ?? []) {
		if (visibilityOf(current, location) !== 'public') {
			merged.push(location);
			continue;
		}
		const match = byPlace.get(placeOf(location));
		if (match && !used.has(placeOf(location))) {
			used.add(placeOf(location));
			merged.push({ ...location, ...match });
		}
	}
	const hidden = (current.locations ?? []).filter(
		(location) => visibilityOf(current, location) !== 'public'
	);
	for (const location of incoming) {
		if (used.has(placeOf(location))) continue;
		// Another publisher may show a place we keep protected; its record never reveals ours.
		if (hidden.some((place) => isSamePlace(place, location))) continue;
		merged.push(location);
	}
	return merged;
}

const street = (location: Location) => location.address?.street?.trim().toLowerCase();

/** About the same spot (within some 100 metres) or the same street address, in one municipality. */
function isSamePlace(a: Location, b: Location): boolean {
	if (a.municipality !== b.municipality) return false;
	if (street(a) && street(a) === street(b)) return true;
	return Math.abs(a.lat - b.lat) < 0.001 && Math.abs(a.lon - b.lon) < 0.002;
}

/**
 * The places hidden today stay hidden whatever else changes. A safe-housing service hides its
 * addresses without saying so on each place, so a record whose needs lack safe housing (another
 * publisher's taxonomy may not have it) would reveal them on approval: such a place gets the
 * visibility it has today written out.
 */
function keepHidden(current: Service, next: Service): Location[] | undefined {
	const before = new Map(
		(current.locations ?? []).map((location) => [location, visibilityOf(current, location)])
	);
	return next.locations?.map((location) => {
		const visibility = before.get(location);
		return visibility && visibility !== 'public' && visibilityOf(next, location) !== visibility
			? { ...location, addressVisibility: visibility }
			: location;
	});
}

/** Our own export carries our search words whole; another record's alternate name is added to them. */
function mergeKeywords(
	current: Service['keywords'],
	incoming: Service['keywords'],
	whole: boolean
): Service['keywords'] {
	if (!incoming) return current;
	if (whole) return incoming;
	const merged: Record<string, string[]> = { ...current };
	for (const [language, words] of Object.entries(incoming)) {
		merged[language] = [...new Set([...(merged[language] ?? []), ...words])];
	}
	return merged;
}
