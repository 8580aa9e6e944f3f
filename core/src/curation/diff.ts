import type { Organization, Service } from '../catalogue/schema.js';

/** What a changed value is, when it is one a child would use to get in touch. */
export type Highlight = 'phone' | 'web' | 'email';

/** One changed value: a path such as `contacts[0].value`, with the value before and after. */
export interface DiffEntry {
	path: string;
	before?: string;
	after?: string;
	highlight?: Highlight;
}

type Leaf = string | number | boolean;

/** Arrays of plain values (needs, languages, sources) are one value; arrays of objects are not. */
function flatten(value: unknown, path: string, into: Map<string, Leaf>): void {
	if (value === undefined || value === null) return;
	if (Array.isArray(value)) {
		if (value.every((item) => typeof item !== 'object' || item === null)) {
			into.set(path, value.join(', '));
			return;
		}
		value.forEach((item, index) => flatten(item, `${path}[${index}]`, into));
		return;
	}
	if (typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			flatten(item, path ? `${path}.${key}` : key, into);
		}
		return;
	}
	into.set(path, value as Leaf);
}

const PHONE_CHANNELS = new Set(['phone', 'sms']);
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
const looksLikeWeb = (text: string) => /^(https?:\/\/|www\.)/i.test(text);
const looksLikePhone = (text: string) =>
	/^[+\d][\d\s\-()]{4,}$/.test(text) && text.replace(/\D/g, '').length >= 3;

/**
 * Whether a changed value is a way to get in touch, by what the path holds (the channel of a
 * contact, a website, sources) and by what the value looks like, on either side of the change:
 * a number typed into a note is highlighted too.
 */
function highlightOf(
	path: string,
	values: readonly (Leaf | undefined)[],
	channelAt: (index: number) => string | undefined
): Highlight | undefined {
	const contact = /^contacts\[(\d+)\]\.value$/.exec(path);
	if (contact) {
		const channel = channelAt(Number(contact[1]));
		if (channel && PHONE_CHANNELS.has(channel)) return 'phone';
		if (channel === 'email') return 'email';
	}
	if (path === 'website' || path === 'sources') return 'web';
	const texts = values.filter((value): value is string => typeof value === 'string');
	if (texts.some(looksLikeEmail)) return 'email';
	if (texts.some(looksLikeWeb)) return 'web';
	if (texts.some(looksLikePhone)) return 'phone';
	return undefined;
}

/**
 * The changes between two versions of a service, value by value, in the order of the fields.
 * Ways to get in touch (phone numbers, web addresses, e-mail) are highlighted: a reviewer must
 * not miss a changed number in a long proposal.
 */
export function diffServices(before: Service | undefined, after: Service): DiffEntry[] {
	const old = new Map<string, Leaf>();
	const next = new Map<string, Leaf>();
	flatten(before ?? {}, '', old);
	flatten(after, '', next);
	const paths = [...new Set([...next.keys(), ...old.keys()])];
	const entries: DiffEntry[] = [];
	for (const path of paths) {
		const was = old.get(path);
		const now = next.get(path);
		if (was === now) continue;
		const highlight = highlightOf(path, [was, now], (index) =>
			[after.contacts[index]?.channel, before?.contacts[index]?.channel].find(Boolean)
		);
		entries.push({
			path,
			...(was !== undefined ? { before: String(was) } : {}),
			...(now !== undefined ? { after: String(now) } : {}),
			...(highlight ? { highlight } : {})
		});
	}
	return entries;
}

/**
 * An organization a proposal adds (an imported new service brings its own), as diff entries under
 * `organization.`: its website and e-mail are ways to get in touch too, and highlighted so.
 */
export function diffOrganization(organization: Organization): DiffEntry[] {
	const values = new Map<string, Leaf>();
	flatten(organization, 'organization', values);
	return [...values].map(([path, value]) => {
		const highlight = highlightOf(path, [value], () => undefined);
		return { path, after: String(value), ...(highlight ? { highlight } : {}) };
	});
}
