import {
	exportHsds,
	fromHsdsService,
	hsdsId,
	hsdsRecordSource,
	importNote,
	importProvenance,
	importSources,
	importedChanges,
	planImportProposals,
	toPublicService,
	withImportedDate,
	type Catalogue,
	type Contact,
	type ImportAction,
	type Organization,
	type Service
} from '@stodkartan/core';
import {
	buildCatalogue,
	buildOrganization,
	buildService,
	fixtureCatalogue,
	testGeography
} from '../support/domain.js';
import { dataCatalogue, HSDS_TEST_DAY, standardOnly, testHsdsContext } from '../support/hsds.js';

/** The records an HSDS file would carry for these services, read back as the importer reads them. */
function read(
	services: Service[],
	options: { extension?: boolean; organizations?: Organization[]; file?: string } = {}
) {
	const exported = exportHsds(
		buildCatalogue(services, options.organizations ?? [buildOrganization()]),
		testHsdsContext()
	).services;
	return exported.map((record) =>
		fromHsdsService(
			JSON.parse(
				JSON.stringify(options.extension === false ? standardOnly(record) : record)
			) as Record<string, unknown>,
			{ regions: testGeography(), file: options.file ?? 'fil.json' }
		)
	);
}

const one = (service: Service, options: Parameters<typeof read>[1] = {}) =>
	read([service], options)[0] as ReturnType<typeof read>[number];

const changesOf = (current: Service, incoming: Service, extension = false) =>
	importedChanges(current, one(incoming, { extension }), { today: HSDS_TEST_DAY });

describe.each([
	['data/', dataCatalogue],
	['the fixture', async () => fixtureCatalogue()]
])('our own export of %s, imported again', (_name, load) => {
	test.each([
		['with the extension', true],
		['as standard fields only (another tool that republished it)', false]
	])('%s proposes nothing: every service is the same as the catalogue', async (_how, extension) => {
		const catalogue: Catalogue = await load();
		const records = exportHsds(catalogue, testHsdsContext()).services.map((record) =>
			fromHsdsService(
				JSON.parse(JSON.stringify(extension ? record : standardOnly(record))) as Record<
					string,
					unknown
				>,
				{ regions: testGeography(), file: 'export.json' }
			)
		);
		const actions = planImportProposals(records, catalogue, HSDS_TEST_DAY);
		const notIdentical = actions
			.filter((action) => action.kind !== 'identical')
			.map((action) => ({
				kind: action.kind,
				id: action.entry.draft.id,
				...(action.kind === 'change' ? { changes: action.changes } : {})
			}));
		expect(notIdentical).toEqual([]);
		expect(actions).toHaveLength(catalogue.services.length);
	});
});

describe('what an imported record proposes for a service we hold', () => {
	const ours = buildService({
		id: 'linjen',
		name: { sv: 'Linjen', en: 'The line' },
		description: { sv: 'Vi lyssnar.', en: 'We listen.' },
		eligibility: { minAge: 10, maxAge: 25, genders: ['female'] },
		contacts: [
			{
				channel: 'phone',
				value: '020-00 00 00',
				note: { sv: 'Kvällar.', en: 'Evenings.' },
				hours: { weekly: [{ days: [7, 1], opens: '18:00', closes: '22:00' }] }
			},
			{ channel: 'email', value: 'hej@linjen.example.org' },
			{ channel: 'in-person', value: 'Storgatan 1, Umeå' }
		],
		afterContact: { anonymity: 'anonymous' },
		caveats: { sv: 'Ring inte i nödläge.', en: 'Do not call in an emergency.' },
		confidence: 'high',
		keywords: { sv: ['stödlinje'] }
	});

	test('a record that says the same as far as HSDS can say proposes nothing', () => {
		expect(changesOf(ours, ours)).toEqual({});
		expect(changesOf(ours, ours, true)).toEqual({});
	});

	test('a new number replaces ours in its place; the e-mail and the visit, which the record does not list, stay', () => {
		const changes = changesOf(ours, {
			...ours,
			contacts: [{ channel: 'phone', value: '020-11 11 11' }]
		});
		expect(changes).toEqual({
			contacts: [
				{ channel: 'phone', value: '020-11 11 11' },
				{ channel: 'email', value: 'hej@linjen.example.org' },
				{ channel: 'in-person', value: 'Storgatan 1, Umeå' }
			]
		});
	});

	test('our own export with one number changed changes that one route, where it is', () => {
		const changed = { ...ours.contacts[0], value: '020-11 11 11' } as Contact;
		const changes = changesOf(
			ours,
			{ ...ours, contacts: [changed, ...ours.contacts.slice(1)] },
			true
		);
		expect(changes).toEqual({ contacts: [changed, ...ours.contacts.slice(1)] });
	});

	test('our own export speaks for every route: one it no longer lists is removed', () => {
		const changes = changesOf(
			ours,
			{ ...ours, contacts: [{ channel: 'phone', value: '020-00 00 00' }] },
			true
		);
		expect(changes.contacts).toEqual([ours.contacts[0]]);
	});

	test('a record without phone numbers says nothing about ours; a record without texts in English keeps ours', () => {
		const changes = changesOf(ours, {
			...ours,
			name: { sv: 'Linjen för unga' },
			contacts: [{ channel: 'email', value: 'hej@linjen.example.org' }]
		});
		expect(changes).toEqual({ name: { sv: 'Linjen för unga', en: 'The line' } });
	});

	test('a same route keeps our English note and takes the record’s new hours', () => {
		const changes = changesOf(ours, {
			...ours,
			contacts: [
				{
					channel: 'phone',
					value: '020-00 00 00',
					note: { sv: 'Kvällar.' },
					hours: { weekly: [{ days: [1, 2], opens: '18:00', closes: '23:00' }] }
				}
			]
		});
		expect(changes.contacts?.[0]).toEqual({
			channel: 'phone',
			value: '020-00 00 00',
			note: { sv: 'Kvällar.', en: 'Evenings.' },
			hours: { weekly: [{ days: [1, 2], opens: '18:00', closes: '23:00' }] }
		});
	});

	test('ages the record gives are proposed, genders and fields HSDS cannot hold are kept', () => {
		const changes = changesOf(ours, {
			...ours,
			eligibility: { maxAge: 20 },
			afterContact: undefined,
			caveats: undefined,
			confidence: undefined
		});
		expect(changes).toEqual({ eligibility: { minAge: 10, maxAge: 20, genders: ['female'] } });
	});

	test('a closure and a new website are proposed; the confidence our export shows today is no change', () => {
		const old = { ...ours, lastVerified: '2019-01-01' };
		// Served low (its sources are over five years old), which says nothing new.
		expect(changesOf(old, old, true)).toEqual({});
		expect(
			changesOf(ours, { ...ours, status: 'inactive', website: 'https://linjen.example.org' })
		).toEqual({ status: 'inactive', website: 'https://linjen.example.org' });
	});

	test('another publisher’s alternate name joins our search words instead of replacing them', () => {
		const [record] = exportHsds(buildCatalogue([ours]), testHsdsContext()).services;
		const raw = { ...standardOnly(record), alternate_name: 'Hjälplinjen' } as Record<
			string,
			unknown
		>;
		const entry = fromHsdsService(raw, { regions: testGeography(), file: 'fil.json' });
		expect(importedChanges(ours, entry, { today: HSDS_TEST_DAY })).toEqual({
			keywords: { sv: ['stödlinje', 'Hjälplinjen'] }
		});
	});

	test('a protected place is never touched, and the record’s public place replaces ours', () => {
		const shelter = buildService({
			id: 'jouren',
			needs: ['safe-housing'],
			serviceArea: { scope: 'local', municipalities: ['2480'] },
			locations: [
				{ name: 'Boendet', municipality: '2480', lat: 63.82, lon: 20.26 },
				{
					name: 'Kontoret',
					municipality: '2480',
					lat: 63.825,
					lon: 20.263,
					addressVisibility: 'public'
				}
			]
		});
		const moved = {
			...shelter,
			locations: [
				{
					name: 'Nya kontoret',
					municipality: '2480',
					lat: 63.83,
					lon: 20.27,
					addressVisibility: 'public' as const
				}
			]
		};
		const changes = changesOf(shelter, moved, true);
		expect(changes.locations).toEqual([
			shelter.locations?.[0],
			{ name: 'Nya kontoret', municipality: '2480', lat: 63.83, lon: 20.27 }
		]);
		// Without places in the record, ours stay as they are.
		expect(changesOf(shelter, { ...shelter, locations: [] }, true)).toEqual({});
	});

	test('a hidden place stays hidden: neither a record without safe housing among its needs nor one showing the place reveals it', () => {
		const hidden = { name: 'Boendet', municipality: '2480', lat: 63.82, lon: 20.26 };
		const shelter = buildService({
			id: 'jouren',
			needs: ['safe-housing', 'someone-to-talk-to'],
			serviceArea: { scope: 'local', municipalities: ['2480'] },
			locations: [hidden]
		});
		// Another publisher lists the service without safe housing, and shows the house nearby.
		const republished = {
			...shelter,
			needs: ['someone-to-talk-to' as const],
			locations: [
				{
					...hidden,
					name: 'Jouren',
					lat: 63.8203,
					lon: 20.2605,
					addressVisibility: 'public' as const
				}
			]
		};
		for (const extension of [false, true]) {
			const changes = changesOf(shelter, republished, extension);
			expect(changes.needs).toEqual(['someone-to-talk-to']);
			const approved = { ...shelter, ...changes } as Service;
			expect(approved.locations).toEqual([{ ...hidden, addressVisibility: 'hidden' }]);
			expect(
				toPublicService(approved, buildOrganization(), HSDS_TEST_DAY).locations
			).toBeUndefined();
		}
	});
});

describe('which service a record is', () => {
	const ours = buildService({
		id: 'var-tjanst',
		serviceArea: { scope: 'regional', counties: ['24'] }
	});

	test('ours by the UUID v5 of our id; one we imported before by the record its sources name', () => {
		const theirs = one(buildService({ id: 'deras-tjanst', name: { sv: 'Deras' } }), {
			extension: false,
			file: 'region.json'
		});
		const imported = buildService({
			id: 'importerad',
			sources: [hsdsRecordSource('forra.json', theirs.hsdsId)]
		});
		const actions = planImportProposals(
			[one({ ...ours, website: 'https://ny.example.org' }), theirs],
			{ services: [ours, imported], organizations: [buildOrganization()] },
			HSDS_TEST_DAY
		);
		expect(
			actions.map((action) => [action.kind, 'current' in action && action.current.id])
		).toEqual([
			['change', 'var-tjanst'],
			['change', 'importerad']
		]);
	});

	test('a record we do not hold is a new service, with its organization when the catalogue lacks it', () => {
		const organization = buildOrganization({ id: 'ny-org', name: 'Ny organisation' });
		const record = one(buildService({ id: 'ny', organizationId: 'ny-org' }), {
			organizations: [organization]
		});
		const [action] = planImportProposals(
			[record],
			{ services: [ours], organizations: [buildOrganization()] },
			HSDS_TEST_DAY
		);
		expect(action).toMatchObject({ kind: 'new', service: { id: 'ny' }, organization });
	});

	test('another publisher’s record naming our organization needs no organization type to be proposed', () => {
		const record = one(buildService({ id: 'ny' }), { extension: false });
		expect(record.service).toBeUndefined();
		expect(record.problems.map((problem) => problem.path)).toEqual(['$.organization']);
		const [action] = planImportProposals(
			[record],
			{ services: [], organizations: [buildOrganization()] },
			HSDS_TEST_DAY
		);
		expect(action).toMatchObject({ kind: 'new', service: { organizationId: 'org' } });
		expect(action).not.toHaveProperty('organization');
	});

	test('a record whose id is another service’s, or that comes twice, is not proposed', () => {
		const record = one(ours);
		const impostor = { ...record, hsdsId: '6f1c7d8e-1111-4222-8333-944455556666' };
		const actions = planImportProposals(
			[impostor, record, record],
			{ services: [ours], organizations: [buildOrganization()] },
			HSDS_TEST_DAY
		);
		expect(actions.map((action) => action.kind)).toEqual(['unmapped', 'identical', 'unmapped']);
		expect((actions[0] as Extract<ImportAction, { kind: 'unmapped' }>).reasons[0]).toMatch(
			/another service's/
		);
		expect((actions[2] as Extract<ImportAction, { kind: 'unmapped' }>).reasons[0]).toMatch(
			/more than once/
		);
	});
});

describe('an imported proposal’s source and note', () => {
	const service = buildService({
		id: 'kallan',
		lastVerified: '2026-03-01',
		website: 'https://kallan.example.org',
		sources: ['https://kallan.example.org/om', 'Telefonsamtal med mottagningen 2026-03-01']
	});

	test('our export’s sources, or another publisher’s web address, dated when the record was checked', () => {
		expect(importSources(one(service))).toEqual([
			{ url: 'https://kallan.example.org/om', date: '2026-03-01' }
		]);
		expect(importSources(one(service, { extension: false }))).toEqual([
			{ url: 'https://kallan.example.org', date: '2026-03-01' }
		]);
		const { website: _website, ...bare } = service;
		expect(importSources(one(bare, { extension: false }))).toEqual([]);
	});

	test('the note names the file and record, says when there is no address to check, and warns when the file is older than we are', () => {
		const { website: _website, ...bare } = service;
		const entry = one({ ...bare, lastVerified: '2025-01-01' }, { extension: false });
		const provenance = importProvenance(entry, '2026-12-01');
		expect(provenance).toEqual({
			file: 'fil.json',
			hsdsId: hsdsId('service', 'kallan'),
			organizationHsdsId: hsdsId('organization', 'org'),
			lastModified: '2026-11-30T12:00:00.000Z',
			assuredDate: '2025-01-01',
			importedOn: '2026-12-01'
		});
		const note = importNote(
			{ kind: 'change', entry, current: service, changes: {}, remarks: [] },
			provenance,
			[]
		);
		expect(note).toMatch(/^Import av HSDS-filen fil\.json, läst 2026-12-01\./);
		expect(note).toMatch(/Källa: filen själv/);
		expect(note).toMatch(/kontrollerades 2025-01-01, före katalogens uppgift \(2026-03-01\)/);
		expect(note).toMatch(/inte Stödkartans egen export/);
	});

	test('on approval a new service is dated as its record, a service we hold only ever forward', () => {
		expect(withImportedDate(service, '2025-01-01', true, '2026-12-01').lastVerified).toBe(
			'2025-01-01'
		);
		expect(withImportedDate(service, '2025-01-01', false, '2026-12-01').lastVerified).toBe(
			'2026-03-01'
		);
		expect(withImportedDate(service, '2026-06-01', false, '2026-12-01').lastVerified).toBe(
			'2026-06-01'
		);
		expect(withImportedDate(service, '2027-01-01', true, '2026-12-01').lastVerified).toBe(
			'2026-03-01'
		);
	});
});
