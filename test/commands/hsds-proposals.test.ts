import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportHsds, hsdsId, type Service } from '@stodkartan/core';
import { buildCatalogue, buildOrganization, buildService } from '../support/domain.js';
import { hsdsExample, standardOnly, testHsdsContext } from '../support/hsds.js';
import { runCommand } from '../support/processes.js';
import { createAccount, logIn, type StaffAccount } from '../support/staff.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * `npm run hsds:import -- FILE` against a real embedded store in a temporary folder, while the
 * real app (the "running server") has the same store open: the file's changes become pending
 * proposals of the import actor, the public sees nothing of them until a curator or admin
 * approves, and the four-eyes rules hold for them as for anyone's.
 */

const organization = buildOrganization();
const helpline = buildService({
	id: 'hjalplinjen',
	name: { sv: 'Hjälplinjen', en: 'The helpline' },
	serviceArea: { scope: 'national' },
	contacts: [{ channel: 'phone', value: '020-00 00 00' }]
});
const clinic = buildService({
	id: 'mottagningen',
	name: { sv: 'Mottagningen i Umeå' },
	serviceArea: { scope: 'local', municipalities: ['2480'] },
	contacts: [{ channel: 'phone', value: '090-00 00 00' }]
});
const steady = buildService({
	id: 'oforandrad',
	serviceArea: { scope: 'regional', counties: ['24'] },
	contacts: [{ channel: 'phone', value: '090-22 22 22' }]
});

const newOrganization = buildOrganization({
	id: 'nya-jouren',
	name: 'Nya jouren',
	website: 'https://nya-jouren.example.org'
});
const newService = buildService({
	id: 'nya-jouren-umea',
	organizationId: 'nya-jouren',
	name: { sv: 'Nya jouren i Umeå' },
	serviceArea: { scope: 'local', municipalities: ['2480'] },
	contacts: [{ channel: 'phone', value: '090-33 33 33' }],
	lastVerified: '2026-10-01',
	sources: ['https://nya-jouren.example.org/kontakt']
});

/**
 * The file: the helpline with a new number as a third party would publish it (standard fields
 * only, checked 2026-11-02), the clinic with a new number and website from our own export (with
 * the extension), the steady service as it is, a service we do not have with its organization,
 * and the official example, which our contract cannot hold without a curator.
 */
function hsdsFile(directory: string): string {
	const changed: Service[] = [
		{
			...helpline,
			contacts: [{ channel: 'phone', value: '020-11 11 11' }],
			lastVerified: '2026-11-02'
		},
		{
			...clinic,
			contacts: [{ channel: 'phone', value: '090-11 11 11' }],
			website: 'https://mottagningen.example.org'
		},
		steady,
		newService
	];
	const exported = exportHsds(
		buildCatalogue(changed, [organization, newOrganization]),
		testHsdsContext()
	).services;
	const records = exported.map((record) =>
		record.id === hsdsId('service', helpline.id) ? standardOnly(record) : record
	);
	const example = hsdsExample('service_list.json') as { contents: unknown[] };
	const file = path.join(directory, 'region.json');
	writeFileSync(file, JSON.stringify([...records, ...example.contents]));
	return file;
}

let dataDir: string;
let app: TestApp;
let file: string;

beforeEach(async () => {
	dataDir = mkdtempSync(path.join(tmpdir(), 'stodkartan-hsds-store-'));
	app = await createTestApp(buildCatalogue([helpline, clinic, steady], [organization]), {
		directory: path.join(dataDir, 'catalogue')
	});
	file = hsdsFile(dataDir);
});
afterEach(async () => {
	await app.close();
	rmSync(dataDir, { recursive: true, force: true });
});

const hsdsImport = (args: string[]) =>
	runCommand('seed/dist/hsds-import.js', { DATA_DIR: dataDir }, args);

const publicPhone = async (id: string) =>
	((await app.request.get(`/api/services/${id}`)).body as { contacts: { value: string }[] })
		.contacts[0]?.value;

interface Proposal {
	id: string;
	kind: string;
	serviceId: string;
	status: string;
	proposedBy: { kind: string; name?: string; operator?: { email: string } };
	provenance?: { file: string; hsdsId: string; assuredDate?: string; importedOn: string };
	sources: { url: string; date: string }[];
	changes: Record<string, unknown>;
	note?: string;
	diff: { path: string; before?: string; after?: string; highlight?: string }[];
	canReview: boolean;
	reviewDenial?: string;
}

async function pending(account: StaffAccount): Promise<Proposal[]> {
	const response = await account.agent.get('/api/admin/proposals?status=pending');
	expect(response.status).toBe(200);
	return (response.body as { proposals: Proposal[] }).proposals;
}

const byService = (proposals: Proposal[], serviceId: string) =>
	proposals.find((proposal) => proposal.serviceId === serviceId) as Proposal;

describe('npm run hsds:import -- FILE, into the store the server uses', () => {
	test('proposes changes and new services for review, publishes nothing, and lists what it skipped and could not map', async () => {
		const operator = await createAccount(app, 'admin', { email: 'operator@example.org' });
		const revision = await app.repository.revision();

		const result = hsdsImport([file, '--by', 'Operator@Example.org']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Read 5 HSDS service(s)');
		expect(result.stdout).toMatch(
			/Proposed 3 for review, made by the import actor \(run by operator@example\.org/
		);
		expect(result.stdout).toMatch(
			/change: hjalplinjen \([0-9a-f-]{36}\): contacts; a nationwide line’s contacts: an admin must approve/
		);
		expect(result.stdout).toMatch(/change: mottagningen \([0-9a-f-]{36}\): contacts, website\n/);
		expect(result.stdout).toMatch(
			/new service: nya-jouren-umea \([0-9a-f-]{36}\), with its new organization nya-jouren/
		);
		expect(result.stdout).toMatch(/Skipped, the same as the catalogue: 1\.\n {2}oforandrad /);
		expect(result.stdout).toMatch(/Could not be mapped, not proposed: 1 /);
		expect(result.stdout).toMatch(/missing \$\.needs: the catalogue requires/);

		// Nothing public changed: same revision, the old numbers, no new service.
		expect(await app.repository.revision()).toEqual(revision);
		expect(await publicPhone('hjalplinjen')).toBe('020-00 00 00');
		expect(await publicPhone('mottagningen')).toBe('090-00 00 00');
		expect((await app.request.get('/api/services/nya-jouren-umea')).status).toBe(404);

		await logIn(operator);
		const proposals = await pending(operator);
		expect(proposals).toHaveLength(3);
		for (const proposal of proposals) {
			expect(proposal).toMatchObject({
				kind: 'import',
				status: 'pending',
				proposedBy: {
					kind: 'import',
					name: 'hsds:region.json',
					operator: { email: 'operator@example.org' }
				},
				provenance: {
					file: 'region.json',
					importedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
				}
			});
		}
		// Only the fields that differ are proposed, with the file's provenance and source.
		const line = byService(proposals, 'hjalplinjen');
		expect(Object.keys(line.changes)).toEqual(['contacts']);
		expect(line.provenance).toMatchObject({
			hsdsId: hsdsId('service', 'hjalplinjen'),
			assuredDate: '2026-11-02'
		});
		expect(line.sources).toEqual([]);
		expect(line.note).toMatch(/Källa: filen själv/);
		expect(line.diff).toContainEqual({
			path: 'contacts[0].value',
			before: '020-00 00 00',
			after: '020-11 11 11',
			highlight: 'phone'
		});
		const clinicProposal = byService(proposals, 'mottagningen');
		expect(Object.keys(clinicProposal.changes).sort()).toEqual(['contacts', 'website']);
		expect(clinicProposal.sources).toEqual([{ url: 'https://example.org', date: '2026-01-15' }]);
		const added = byService(proposals, 'nya-jouren-umea');
		expect(added.diff).toContainEqual({
			path: 'organization.website',
			after: 'https://nya-jouren.example.org',
			highlight: 'web'
		});

		// The audit log names the import actor and the provenance.
		const audit = await operator.agent.get('/api/admin/audit?limit=10');
		const created = (
			audit.body as {
				entries: { action: string; actor: { kind: string }; details: { provenance?: unknown } }[];
			}
		).entries.filter((entry) => entry.action === 'proposal.created');
		expect(created).toHaveLength(3);
		expect(created.every((entry) => entry.actor.kind === 'import')).toBe(true);
		expect(created.map((entry) => entry.details.provenance)).toContainEqual(
			expect.objectContaining({ file: 'region.json', hsdsId: hsdsId('service', 'hjalplinjen') })
		);

		// Run again: nothing is proposed twice.
		const again = hsdsImport([file, '--by', 'operator@example.org']);
		expect(again.status).toBe(0);
		expect(again.stdout).toMatch(/Proposed 0 for review/);
		expect(again.stdout).toMatch(/Already waiting for review with the same changes/);
		expect(await pending(operator)).toHaveLength(3);
	});

	test('four eyes: the one who ran the import may not approve it, a curator publishes a local change, a national line’s number needs an admin', async () => {
		const operator = await createAccount(app, 'admin', { email: 'operator@example.org' });
		const curator = await createAccount(app, 'curator');
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		const admin = await createAccount(app, 'admin');
		expect(hsdsImport([file, '--by', 'operator@example.org']).status).toBe(0);
		for (const account of [operator, curator, editor, admin]) await logIn(account);
		const proposals = await pending(curator);
		const line = byService(proposals, 'hjalplinjen');
		const local = byService(proposals, 'mottagningen');
		const added = byService(proposals, 'nya-jouren-umea');

		// The operator is an admin, but the import is theirs.
		const own = await operator.agent.post(`/api/admin/proposals/${local.id}/approve`).send({});
		expect(own.status).toBe(403);
		expect(own.body.error.code).toBe('own_proposal');
		expect(byService(await pending(operator), 'mottagningen').reviewDenial).toBe('own-proposal');
		// Editors review nothing, not even their own organisation's imported changes.
		expect(
			(await editor.agent.post(`/api/admin/proposals/${local.id}/approve`).send({})).status
		).toBe(403);
		// A national curator may not approve a nationwide line's new number, nor a new nationwide service's.
		const national = await curator.agent.post(`/api/admin/proposals/${line.id}/approve`).send({});
		expect(national.status).toBe(403);
		expect(national.body.error.code).toBe('national_contact_needs_admin');
		expect(await publicPhone('hjalplinjen')).toBe('020-00 00 00');

		// A curator approves the local change: published at once.
		const approved = await curator.agent
			.post(`/api/admin/proposals/${local.id}/approve`)
			.send({ comment: 'Stämmer med mottagningens webbplats.' });
		expect(approved.status).toBe(200);
		expect(await publicPhone('mottagningen')).toBe('090-11 11 11');
		// An admin approves the national line's number.
		expect(
			(await admin.agent.post(`/api/admin/proposals/${line.id}/approve`).send({})).status
		).toBe(200);
		expect(await publicPhone('hjalplinjen')).toBe('020-11 11 11');
		const published = (await app.request.get('/api/services/hjalplinjen')).body as Service;
		// The record's own date, not the day it was approved.
		expect(published.lastVerified).toBe('2026-11-02');

		// The new service and its organization are published on approval, dated as its record.
		expect(
			(await curator.agent.post(`/api/admin/proposals/${added.id}/approve`).send({})).status
		).toBe(200);
		const created = (await app.request.get('/api/services/nya-jouren-umea')).body as Service & {
			organization: { id: string; name: string };
		};
		expect(created.organization).toMatchObject({ id: 'nya-jouren', name: 'Nya jouren' });
		expect(created.lastVerified).toBe('2026-10-01');
		expect(created.contacts[0]?.value).toBe('090-33 33 33');

		const audit = await admin.agent.get('/api/admin/audit?limit=20');
		const approvals = (
			audit.body as {
				entries: {
					action: string;
					actor: { email?: string };
					details: { proposedBy?: { kind: string } };
				}[];
			}
		).entries.filter((entry) => entry.action === 'proposal.approved');
		expect(approvals).toHaveLength(3);
		expect(approvals.every((entry) => entry.details.proposedBy?.kind === 'import')).toBe(true);
		expect(approvals.map((entry) => entry.actor.email)).not.toContain('operator@example.org');
	});

	test('without --by any curator or admin in scope may review; a county curator only inside their counties', async () => {
		const elsewhere = await createAccount(app, 'curator', { counties: ['01'] });
		const vasterbotten = await createAccount(app, 'curator', { counties: ['24'] });
		const result = hsdsImport([file]);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Nobody was named as running this import/);
		for (const account of [elsewhere, vasterbotten]) await logIn(account);
		// A curator of Stockholm does not even see Umeå's proposals.
		expect(await pending(elsewhere)).toEqual([]);
		const local = byService(await pending(vasterbotten), 'mottagningen');
		expect(local.proposedBy).toEqual({ kind: 'import', name: 'hsds:region.json' });
		const outside = await elsewhere.agent.post(`/api/admin/proposals/${local.id}/approve`).send({});
		expect(outside.status).toBe(403);
		expect(
			(await vasterbotten.agent.post(`/api/admin/proposals/${local.id}/approve`).send({})).status
		).toBe(200);
		expect(await publicPhone('mottagningen')).toBe('090-11 11 11');
	});

	test('an unknown --by, an editor as --by, or no store at all, is refused before anything is proposed', async () => {
		const unknown = hsdsImport([file, '--by', 'nobody@example.org']);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toMatch(/--by: nobody@example\.org is not an active staff account/);
		// An editor proposes for their own organization only; an import is curation work.
		await createAccount(app, 'editor', { email: 'editor@example.org', organizationId: 'org' });
		const editor = hsdsImport([file, '--by', 'editor@example.org']);
		expect(editor.status).toBe(1);
		expect(editor.stderr).toMatch(/--by: editor@example\.org is an editor/);
		expect(await app.repository.curation.listProposals({ limit: 10 })).toEqual([]);

		const empty = mkdtempSync(path.join(tmpdir(), 'stodkartan-hsds-nostore-'));
		try {
			const none = runCommand('seed/dist/hsds-import.js', { DATA_DIR: empty }, [file]);
			expect(none.status).toBe(1);
			expect(none.stderr).toMatch(
				/There is no store in .*: start the server or run npm run seed first/
			);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});
