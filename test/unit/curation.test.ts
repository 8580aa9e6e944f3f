import {
	addMonths,
	diffServices,
	mergeChanges,
	needsSource,
	proposalDenial,
	reviewDenial,
	serviceChangesSchema,
	verificationStateOf,
	withProvenance,
	type StaffMember
} from '@stodkartan/core';
import { buildOrganization, buildService, testGeography } from '../support/domain.js';

const editor: StaffMember = { id: 'e', email: 'e@x.se', role: 'editor', organizationId: 'org' };
const curator: StaffMember = { id: 'c', email: 'c@x.se', role: 'curator' };
const county: StaffMember = { id: 'k', email: 'k@x.se', role: 'curator', counties: ['24'] };
const admin: StaffMember = { id: 'a', email: 'a@x.se', role: 'admin' };
const byEditor = {
	proposedBy: { kind: 'user' as const, id: 'e', email: 'e@x.se', role: 'editor' as const }
};

const national = buildService({ serviceArea: { scope: 'national' } });
const umea = buildService({ serviceArea: { scope: 'local', municipalities: ['2480'] } });
const stockholm = buildService({ serviceArea: { scope: 'regional', counties: ['01'] } });
const both = buildService({ serviceArea: { scope: 'regional', counties: ['01', '24'] } });

describe('who may review a proposal', () => {
	test.each([
		['an editor', editor, umea, umea, ['description'], 'role'],
		[
			'the proposer',
			{ ...editor, role: 'curator' as const },
			umea,
			umea,
			['description'],
			'own-proposal'
		],
		['a national curator, a local service', curator, umea, umea, ['contacts'], undefined],
		[
			'a national curator, a national line’s wording',
			curator,
			national,
			national,
			['description'],
			undefined
		],
		[
			'a national curator, a national line’s number',
			curator,
			national,
			national,
			['contacts'],
			'national-contact-needs-admin'
		],
		[
			'a national curator, a national line’s website',
			curator,
			national,
			national,
			['website'],
			'national-contact-needs-admin'
		],
		[
			'a national curator, making a line national with a number',
			curator,
			umea,
			national,
			['serviceArea', 'contacts'],
			'national-contact-needs-admin'
		],
		['an admin, a national line’s number', admin, national, national, ['contacts'], undefined],
		['a county curator, inside', county, umea, umea, ['contacts'], undefined],
		['a county curator, outside', county, stockholm, stockholm, ['contacts'], 'county'],
		['a county curator, partly outside', county, both, both, ['description'], 'county'],
		['a county curator, moving a service in', county, stockholm, umea, ['serviceArea'], 'county'],
		['a county curator, a national line', county, national, national, ['description'], 'county']
	] as const)('%s', (_name, member, current, next, fields, expected) => {
		expect(reviewDenial(member, byEditor, current, next, fields)).toBe(expected);
	});

	test('an import is no person: any reviewer in scope may decide it, except the one who ran it', () => {
		const imported = { proposedBy: { kind: 'import' as const, name: 'hsds:region.json' } };
		const run = {
			proposedBy: { ...imported.proposedBy, operator: { id: admin.id, email: admin.email } }
		};
		expect(reviewDenial(curator, imported, umea, umea, ['contacts'])).toBeUndefined();
		expect(reviewDenial(admin, imported, national, national, ['contacts'])).toBeUndefined();
		expect(reviewDenial(admin, run, umea, umea, ['contacts'])).toBe('own-proposal');
		expect(reviewDenial(curator, run, umea, umea, ['contacts'])).toBeUndefined();
		// The same rules as for anyone's proposal: roles, counties, national lines.
		expect(reviewDenial(editor, imported, umea, umea, ['description'])).toBe('role');
		expect(reviewDenial(county, imported, stockholm, stockholm, ['contacts'])).toBe('county');
		expect(reviewDenial(curator, imported, national, national, ['contacts'])).toBe(
			'national-contact-needs-admin'
		);
		expect(reviewDenial(curator, imported, undefined, national, ['name'])).toBe(
			'national-contact-needs-admin'
		);
	});

	test('a new service counts as a contact change', () => {
		expect(reviewDenial(curator, byEditor, undefined, national, ['name'])).toBe(
			'national-contact-needs-admin'
		);
		expect(reviewDenial(curator, byEditor, undefined, umea, ['name'])).toBeUndefined();
	});

	test('a location in another county takes a service outside a county curator’s scope', () => {
		const located = buildService({
			serviceArea: { scope: 'local', municipalities: ['2480'] },
			locations: [{ municipality: '0180', lat: 59.3, lon: 18.0 }]
		});
		expect(reviewDenial(county, byEditor, located, located, ['description'])).toBe('county');
	});
});

describe('who may propose', () => {
	test.each([
		['an editor, own organisation', editor, umea, umea, undefined],
		[
			'an editor, another organisation',
			editor,
			{ ...umea, organizationId: 'other' },
			{ ...umea, organizationId: 'other' },
			'organization'
		],
		[
			'an editor, moving it away',
			editor,
			umea,
			{ ...umea, organizationId: 'other' },
			'organization'
		],
		['an editor, a new service of their own', editor, undefined, umea, undefined],
		['a county curator, outside', county, stockholm, stockholm, 'county'],
		['an admin, anything', admin, stockholm, national, undefined]
	] as const)('%s', (_name, member, current, next, expected) => {
		expect(proposalDenial(member, current, next)).toBe(expected);
	});
});

describe('changes', () => {
	const context = {
		regions: testGeography(),
		organization: (id: string) => (id === 'org' ? buildOrganization() : undefined),
		today: '2026-03-01'
	};

	test('are laid onto the service, replacing fields whole; null removes an optional field', () => {
		const service = buildService({
			id: 's',
			keywords: { sv: ['a'] },
			contacts: [
				{ channel: 'phone', value: '1' },
				{ channel: 'chat', value: 'https://x.se' }
			]
		});
		const changes = serviceChangesSchema.parse({
			contacts: [{ channel: 'sms', value: '2' }],
			keywords: null
		});
		const merged = mergeChanges('s', service, changes, context);
		expect(merged.ok && merged.service.contacts).toEqual([{ channel: 'sms', value: '2' }]);
		expect(merged.ok && 'keywords' in merged.service).toBe(false);
	});

	test('are refused with paths into the changes', () => {
		const service = buildService({ id: 's' });
		const merged = mergeChanges('s', service, { organizationId: 'nobody' }, context);
		expect(merged).toEqual({
			ok: false,
			problems: [{ path: 'changes.organizationId', message: 'unknown organization "nobody"' }]
		});
		expect(serviceChangesSchema.safeParse({ lastVerified: '2026-01-01' }).success).toBe(false);
		expect(serviceChangesSchema.safeParse({ name: null }).success).toBe(false);
		expect(serviceChangesSchema.safeParse({ colour: 'red' }).success).toBe(false);
	});

	test('need a source when they are facts', () => {
		expect(needsSource({ contacts: [] }, false)).toBe(true);
		expect(needsSource({ description: { sv: 'x' } }, false)).toBe(false);
		expect(needsSource({ status: 'inactive' }, false)).toBe(false);
		expect(needsSource({ status: 'active' }, false)).toBe(true);
		expect(needsSource({ description: { sv: 'x' } }, true)).toBe(true);
	});

	test('carry their sources into the service on approval', () => {
		const service = buildService({ lastVerified: '2025-01-01', sources: ['https://old.se'] });
		const next = withProvenance(
			service,
			[
				{ url: 'https://new.se', date: '2026-02-01' },
				{ url: 'https://old.se', date: '2024-01-01' }
			],
			true
		);
		expect(next).toMatchObject({
			lastVerified: '2026-02-01',
			verifiedBy: 'provider',
			sources: ['https://new.se', 'https://old.se']
		});
		expect(
			withProvenance(service, [{ url: 'https://x.se', date: '2020-01-01' }], false).lastVerified
		).toBe('2025-01-01');
	});
});

describe('the diff', () => {
	test('highlights phone numbers, web and e-mail addresses, wherever they are', () => {
		const before = buildService({
			contacts: [
				{ channel: 'phone', value: '020-11' },
				{ channel: 'email', value: 'a@x.se' }
			],
			website: 'https://a.se'
		});
		const after = buildService({
			...before,
			contacts: [
				{ channel: 'phone', value: '020-22' },
				{ channel: 'email', value: 'b@x.se' }
			],
			website: 'https://b.se',
			description: { sv: 'Ring 070-123 45 67' }
		});
		const diff = diffServices(before, after);
		expect(diff).toEqual(
			expect.arrayContaining([
				{ path: 'contacts[0].value', before: '020-11', after: '020-22', highlight: 'phone' },
				{ path: 'contacts[1].value', before: 'a@x.se', after: 'b@x.se', highlight: 'email' },
				{ path: 'website', before: 'https://a.se', after: 'https://b.se', highlight: 'web' }
			])
		);
		expect(diff.find((entry) => entry.path === 'description.sv')?.highlight).toBeUndefined();
		expect(diffServices(before, before)).toEqual([]);
	});

	test('a number added in a note is highlighted as a phone number', () => {
		const before = buildService({ contacts: [{ channel: 'chat', value: 'https://c.se' }] });
		const after = {
			...before,
			contacts: [{ channel: 'chat' as const, value: 'https://c.se', note: { sv: '0701234567' } }]
		};
		expect(diffServices(before, after)).toEqual([
			{ path: 'contacts[0].note.sv', after: '0701234567', highlight: 'phone' }
		]);
	});
});

describe('verification', () => {
	test.each([
		['2025-03-01', '2026-02-28', 'current'],
		['2025-03-01', '2026-03-01', 'due'],
		['2024-09-01', '2026-02-28', 'due'],
		['2024-09-01', '2026-03-01', 'lapsed']
	])('verified %s, on %s: %s', (lastVerified, today, state) => {
		expect(verificationStateOf(lastVerified, today)).toBe(state);
	});

	test('months keep to the end of shorter months', () => {
		expect(addMonths('2024-08-31', 18)).toBe('2026-02-28');
		expect(addMonths('2023-12-15', 12)).toBe('2024-12-15');
	});
});
