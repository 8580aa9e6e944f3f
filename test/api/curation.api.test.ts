import supertest from 'supertest';
import {
	brokenLinks,
	createProposal,
	InvalidRequestError,
	type Importer,
	type Mail
} from '@stodkartan/api';
import type { CreateProposalRequest } from '@stodkartan/core';
import {
	buildCatalogue,
	buildOrganization,
	buildService,
	testGeography
} from '../support/domain.js';
import { createAccount, freshCode, logIn, type StaffAccount } from '../support/staff.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let mails: Mail[];

const helpline = buildService({
	id: 'helpline',
	organizationId: 'org',
	serviceArea: { scope: 'national' },
	contacts: [{ channel: 'phone', value: '020-00 00 00' }]
});
const clinic = buildService({
	id: 'clinic',
	organizationId: 'org',
	serviceArea: { scope: 'local', municipalities: ['2480'] },
	contacts: [{ channel: 'phone', value: '090-00 00 00' }]
});
const elsewhere = buildService({
	id: 'elsewhere',
	organizationId: 'other',
	serviceArea: { scope: 'regional', counties: ['01'] }
});
const source = [{ url: 'https://example.org/kontakt', date: '2026-01-20' }];

beforeEach(async () => {
	mails = [];
	app = await createTestApp(
		buildCatalogue(
			[helpline, clinic, elsewhere],
			[buildOrganization(), buildOrganization({ id: 'other', name: 'Annan' })]
		),
		{ mailer: { send: async (mail) => void mails.push(mail) }, origin: 'http://stodkartan.test' }
	);
});
afterEach(() => app.close());

const publicPhone = async (id: string) =>
	(await app.request.get(`/api/services/${id}`)).body.contacts?.[0]?.value as string;

describe('the whole loop: invite → set password → TOTP → propose → review → published → audited → reverted', () => {
	test('works end to end, and every step is in the audit log', async () => {
		const admin = await createAccount(app, 'admin', { email: 'admin@example.org' });
		await logIn(admin);

		// invite an editor (by e-mail) and a curator of Västerbotten
		const invited = await admin.agent
			.post('/api/admin/invitations')
			.send({ email: 'Editor@Example.org', role: 'editor', organizationId: 'org' });
		expect(invited.status).toBe(201);
		expect(invited.body).toMatchObject({ email: 'editor@example.org', sent: true });
		expect(invited.body).not.toHaveProperty('link');
		expect(invited.body).not.toHaveProperty('tokenHash');
		const link = /https?:\/\/\S+/.exec(mails[0]?.text ?? '')?.[0] as string;
		expect(link).toMatch(
			/^http:\/\/stodkartan\.test\/redigera\/inbjudan\?token=[A-Za-z0-9_-]{43}$/
		);
		const token = new URL(link).searchParams.get('token') as string;

		const curatorInvite = await admin.agent
			.post('/api/admin/invitations')
			.send({ email: 'curator@example.org', role: 'curator', counties: ['24'] });
		const curatorToken = new URL(
			/https?:\/\/\S+/.exec(mails[1]?.text ?? '')?.[0] as string
		).searchParams.get('token') as string;
		expect(curatorInvite.status).toBe(201);

		// set passwords: a weak one is refused, the link works once
		const anonymous = supertest(app.app);
		expect((await anonymous.post('/api/auth/invitation').send({ token })).body).toMatchObject({
			email: 'editor@example.org',
			role: 'editor'
		});
		const weak = await anonymous
			.post('/api/auth/invitation/accept')
			.send({ token, password: 'password' });
		expect(weak.status).toBe(400);
		const accepted = await anonymous
			.post('/api/auth/invitation/accept')
			.send({ token, password: 'blue kettles sing at dawn' });
		expect(accepted.status).toBe(201);
		expect(
			(
				await anonymous
					.post('/api/auth/invitation/accept')
					.send({ token, password: 'blue kettles sing at dawn' })
			).status
		).toBe(404);
		await anonymous
			.post('/api/auth/invitation/accept')
			.send({ token: curatorToken, password: 'seven quiet lanterns glow' });

		// the editor logs in; the curator must enrol TOTP first
		const editor = supertest.agent(app.app);
		expect(
			(
				await editor
					.post('/api/auth/login')
					.send({ email: 'editor@example.org', password: 'blue kettles sing at dawn' })
			).status
		).toBe(200);
		const curator = supertest.agent(app.app);
		const curatorLogin = await curator
			.post('/api/auth/login')
			.send({ email: 'curator@example.org', password: 'seven quiet lanterns glow' });
		expect(curatorLogin.body.mustEnrolTotp).toBe(true);
		const { secret } = (await curator.post('/api/auth/totp/setup')).body as { secret: string };
		expect(
			(await curator.post('/api/auth/totp/confirm').send({ secret, totp: freshCode(secret) }))
				.status
		).toBe(200);

		// the editor proposes a new number for the clinic, with its source
		const proposed = await editor.post('/api/admin/proposals').send({
			serviceId: 'clinic',
			changes: { contacts: [{ channel: 'phone', value: '090-12 34 56' }] },
			sources: source,
			note: 'Nytt nummer från 1 februari'
		});
		expect(proposed.status).toBe(201);
		expect(proposed.body).toMatchObject({ id: expect.any(String), status: 'pending' });
		expect(await publicPhone('clinic')).toBe('090-00 00 00');

		// the queue shows the diff with the phone number highlighted; the editor cannot approve
		const queue = await curator.get('/api/admin/proposals?status=pending');
		expect(queue.status).toBe(200);
		const [item] = queue.body.proposals;
		expect(item).toMatchObject({
			id: proposed.body.id,
			serviceName: clinic.name.sv,
			canReview: true
		});
		expect(item.diff).toContainEqual({
			path: 'contacts[0].value',
			before: '090-00 00 00',
			after: '090-12 34 56',
			highlight: 'phone'
		});
		expect(
			(await editor.post(`/api/admin/proposals/${proposed.body.id}/approve`).send({})).status
		).toBe(403);

		// the curator approves: published at once, verified by the provider
		const approved = await curator
			.post(`/api/admin/proposals/${proposed.body.id}/approve`)
			.send({ comment: 'Stämmer med webbplatsen' });
		expect(approved.status).toBe(200);
		expect(approved.body.status).toBe('approved');
		expect(await publicPhone('clinic')).toBe('090-12 34 56');
		const published = (await app.request.get('/api/services/clinic')).body;
		expect(published).toMatchObject({ lastVerified: '2026-01-20', verifiedBy: 'provider' });
		expect(published.sources).toContain('https://example.org/kontakt');
		const match = await app.request.post('/api/match').send({ location: { municipality: '2480' } });
		expect(JSON.stringify(match.body)).toContain('090-12 34 56');

		// audited, with the actors' e-mails
		const audit = await admin.agent.get('/api/admin/audit?limit=50');
		expect(audit.status).toBe(200);
		const actions = audit.body.entries.map(
			(entry: { action: string; actor: { email?: string } }) =>
				`${entry.action} ${entry.actor.email ?? ''}`
		);
		expect(actions).toEqual(
			expect.arrayContaining([
				'invitation.created admin@example.org',
				'invitation.accepted editor@example.org',
				'login editor@example.org',
				'totp.enrolled curator@example.org',
				'proposal.created editor@example.org',
				'proposal.approved curator@example.org'
			])
		);
		const approval = audit.body.entries.find(
			(entry: { action: string }) => entry.action === 'proposal.approved'
		);
		expect(approval.before.contacts[0].value).toBe('090-00 00 00');
		expect(approval.after.contacts[0].value).toBe('090-12 34 56');
		expect(brokenLinks(audit.body.entries)).toEqual([]);

		// the admin reverts the clinic to the version before
		const detail = await admin.agent.get('/api/admin/services/clinic');
		expect(detail.body.versions.map((version: { version: number }) => version.version)).toEqual([
			0, 1
		]);
		const reverted = await admin.agent
			.post('/api/admin/services/clinic/revert')
			.send({ version: 0, reason: 'Fel nummer' });
		expect(reverted.status).toBe(200);
		expect(await publicPhone('clinic')).toBe('090-00 00 00');
		const after = await admin.agent.get('/api/admin/audit?limit=1');
		expect(after.body.entries[0]).toMatchObject({
			action: 'service.reverted',
			actor: { email: 'admin@example.org' },
			details: { toVersion: 0, reason: 'Fel nummer' }
		});

		// and the export
		const csv = await admin.agent.get('/api/admin/audit?limit=100&format=csv');
		expect(csv.headers['content-type']).toMatch(/^text\/csv/);
		expect(csv.headers['content-disposition']).toMatch(
			/attachment; filename="?stodkartan-audit\.csv"?/
		);
		expect(csv.text.split('\r\n')[0]).toBe(
			'seq,at,action,actor,role,target,details,before,after,hash'
		);
		expect(csv.text).toContain('"service.reverted","admin@example.org","admin"');
	});
});

describe('four eyes', () => {
	let admin: StaffAccount;
	let curator: StaffAccount;
	let editor: StaffAccount;

	beforeEach(async () => {
		admin = await createAccount(app, 'admin');
		curator = await createAccount(app, 'curator');
		editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await Promise.all([logIn(admin), logIn(curator), logIn(editor)]);
	});

	const propose = (
		account: StaffAccount,
		serviceId: string,
		changes: Record<string, unknown>,
		sources = source
	) => account.agent.post('/api/admin/proposals').send({ serviceId, changes, sources });

	test('nobody approves their own proposal, not even an admin', async () => {
		for (const account of [admin, curator]) {
			const { body } = await propose(account, 'clinic', {
				description: { sv: `Ny text ${account.user.role}` }
			});
			const own = await account.agent.post(`/api/admin/proposals/${body.id}/approve`).send({});
			expect(own.status).toBe(403);
			expect(own.body.error.code).toBe('own_proposal');
		}
	});

	test('nobody can pass as an import over the API: provenance, an organization or no source are refused', async () => {
		const provenance = {
			file: 'region.json',
			hsdsId: '6f1c7d8e-1111-4222-8333-944455556666',
			importedOn: '2026-01-20'
		};
		const changes = { contacts: [{ channel: 'phone', value: '020-99 99 99' }] };
		for (const extra of [
			{ provenance },
			{ organization: { id: 'x', name: 'X', type: 'public' } }
		]) {
			const refused = await admin.agent
				.post('/api/admin/proposals')
				.send({ serviceId: 'helpline', changes, sources: source, ...extra });
			expect(refused.status).toBe(400);
		}
		const sourceless = await propose(editor, 'clinic', changes, []);
		expect(sourceless.status).toBe(400);
		expect(sourceless.body.error.issues).toContainEqual(
			expect.objectContaining({ path: 'sources' })
		);
	});

	test('an importer is held to the same contract as staff: unknown fields, a malformed provenance or an overlong note are refused', async () => {
		const context = {
			repository: app.repository,
			geography: testGeography(),
			now: () => new Date(),
			published: async () => {}
		};
		const importer: Importer = {
			importer: 'hsds:region.json',
			provenance: {
				file: 'region.json',
				hsdsId: '6f1c7d8e-1111-4222-8333-944455556666',
				importedOn: '2026-01-20'
			}
		};
		const changes = { contacts: [{ channel: 'phone' as const, value: '090-11 11 11' }] };
		const refused: [Importer, CreateProposalRequest][] = [
			[
				importer,
				{ serviceId: 'clinic', changes: { ...changes, $where: '1' } as never, sources: [] }
			],
			[
				{ ...importer, provenance: { ...importer.provenance, hsdsId: '{"$gt": ""}' } },
				{ serviceId: 'clinic', changes, sources: [] }
			],
			[importer, { serviceId: 'clinic', changes, sources: [], note: 'x'.repeat(2001) }]
		];
		for (const [proposer, request] of refused) {
			await expect(createProposal(context, proposer, request)).rejects.toBeInstanceOf(
				InvalidRequestError
			);
		}
		expect(await app.repository.curation.listProposals({ limit: 10 })).toEqual([]);
		const made = await createProposal(context, importer, {
			serviceId: 'clinic',
			changes,
			sources: []
		});
		expect(made).toMatchObject({
			kind: 'import',
			status: 'pending',
			provenance: importer.provenance
		});
		expect(await publicPhone('clinic')).toBe('090-00 00 00');
	});

	test('a change to how a national line is reached needs an admin; its wording does not', async () => {
		const number = await propose(editor, 'helpline', {
			contacts: [{ channel: 'phone', value: '020-99 99 99' }]
		});
		const byCurator = await curator.agent
			.post(`/api/admin/proposals/${number.body.id}/approve`)
			.send({});
		expect(byCurator.status).toBe(403);
		expect(byCurator.body.error.code).toBe('national_contact_needs_admin');
		expect(await publicPhone('helpline')).toBe('020-00 00 00');
		expect(
			(await admin.agent.post(`/api/admin/proposals/${number.body.id}/approve`).send({})).status
		).toBe(200);
		const wording = await propose(editor, 'helpline', { description: { sv: 'Ny beskrivning' } });
		expect(
			(await curator.agent.post(`/api/admin/proposals/${wording.body.id}/approve`).send({})).status
		).toBe(200);
	});

	test('an editor proposes only for their own organisation, and cannot move a service out of it', async () => {
		const other = await propose(editor, 'elsewhere', { description: { sv: 'x' } });
		expect(other.status).toBe(403);
		expect(other.body.error.code).toBe('organization');
		const move = await propose(editor, 'clinic', { organizationId: 'other' });
		expect(move.status).toBe(403);
	});

	test('a county curator reviews only inside their counties', async () => {
		const county = await createAccount(app, 'curator', { counties: ['24'] });
		await logIn(county);
		const inside = await propose(editor, 'clinic', { description: { sv: 'Ny' } });
		const outside = await propose(admin, 'elsewhere', { description: { sv: 'Ny' } });
		const national = await propose(editor, 'helpline', { description: { sv: 'Ny' } });
		for (const id of [outside.body.id, national.body.id]) {
			const refused = await county.agent.post(`/api/admin/proposals/${id}/approve`).send({});
			expect(refused.status).toBe(403);
			expect(refused.body.error.code).toBe('county');
		}
		// nor can a proposal move a service into the curator's county from elsewhere
		const moved = await propose(admin, 'elsewhere', {
			serviceArea: { scope: 'regional', counties: ['24'] }
		});
		const movedApproval = await county.agent
			.post(`/api/admin/proposals/${moved.body.id}/approve`)
			.send({});
		expect(movedApproval.status).toBe(403);
		expect(
			(await county.agent.post(`/api/admin/proposals/${inside.body.id}/approve`).send({})).status
		).toBe(200);
		const queue = await county.agent.get('/api/admin/proposals?status=pending');
		expect(
			queue.body.proposals.map((proposal: { serviceId: string }) => proposal.serviceId)
		).toEqual([]);
	});

	test('a proposal is validated by the catalogue contract on the merged service', async () => {
		const cases: [Record<string, unknown>, RegExp][] = [
			[{ contacts: [] }, /changes\.contacts/],
			[{ contacts: [{ channel: 'pigeon', value: 'x' }] }, /changes\.contacts\[0\]\.channel/],
			[
				{ serviceArea: { scope: 'local', municipalities: ['9999'] } },
				/changes\.serviceArea\.municipalities\[0\]/
			],
			[{ eligibility: { minAge: 18, maxAge: 12 } }, /changes\.eligibility/],
			[{ lastVerified: '2026-01-01' }, /lastVerified/],
			[{ id: 'other' }, /id/],
			[{ website: 'javascript:alert(1)' }, /changes\.website/],
			[{ name: null }, /changes\.name/]
		];
		for (const [changes, path] of cases) {
			const response = await propose(editor, 'clinic', changes);
			expect(response.status).toBe(400);
			expect(JSON.stringify(response.body.error.issues)).toMatch(path);
		}
		const noSource = await propose(
			editor,
			'clinic',
			{ contacts: [{ channel: 'phone', value: '090-1' }] },
			[]
		);
		expect(noSource.status).toBe(400);
		expect(noSource.body.error.issues[0].path).toBe('sources');
		const future = await propose(editor, 'clinic', { free: true }, [
			{ url: 'https://example.org', date: '2999-01-01' }
		]);
		expect(future.status).toBe(400);
		const nothing = await propose(editor, 'clinic', { status: 'active' });
		expect(nothing.status).toBe(400);
		// wording needs no source; null removes an optional field
		expect((await propose(editor, 'clinic', { keywords: { sv: ['ord'] } }, [])).status).toBe(201);
		expect((await propose(editor, 'clinic', { sources: null }, [])).status).toBe(201);
	});

	test('a proposal overtaken by another change of the same field must be proposed again', async () => {
		const first = await propose(editor, 'clinic', {
			contacts: [{ channel: 'phone', value: '090-11' }]
		});
		const second = await propose(editor, 'clinic', {
			contacts: [{ channel: 'phone', value: '090-22' }]
		});
		const wording = await propose(editor, 'clinic', { description: { sv: 'Ny text' } }, []);
		expect(
			(await curator.agent.post(`/api/admin/proposals/${first.body.id}/approve`).send({})).status
		).toBe(200);
		const stale = await curator.agent
			.post(`/api/admin/proposals/${second.body.id}/approve`)
			.send({});
		expect(stale.status).toBe(409);
		expect(stale.body.error.code).toBe('stale_proposal');
		expect(await publicPhone('clinic')).toBe('090-11');
		// another field is fine
		expect(
			(await curator.agent.post(`/api/admin/proposals/${wording.body.id}/approve`).send({})).status
		).toBe(200);
		expect(await publicPhone('clinic')).toBe('090-11');
	});

	test('rejection needs a reason, is final, and publishes nothing', async () => {
		const { body } = await propose(editor, 'clinic', {
			contacts: [{ channel: 'phone', value: '090-66' }]
		});
		expect(
			(await curator.agent.post(`/api/admin/proposals/${body.id}/reject`).send({})).status
		).toBe(400);
		const rejected = await curator.agent
			.post(`/api/admin/proposals/${body.id}/reject`)
			.send({ reason: 'Ingen källa för numret' });
		expect(rejected.body).toMatchObject({
			status: 'rejected',
			review: { comment: 'Ingen källa för numret' }
		});
		expect(
			(await admin.agent.post(`/api/admin/proposals/${body.id}/approve`).send({})).status
		).toBe(409);
		expect(await publicPhone('clinic')).toBe('090-00 00 00');
	});

	test('"still correct" from the provider verifies the service today, audited', async () => {
		const verified = await editor.agent.post('/api/admin/services/clinic/verify').send({});
		expect(verified.status).toBe(200);
		const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
		expect((await app.request.get('/api/services/clinic')).body).toMatchObject({
			lastVerified: today,
			verifiedBy: 'provider'
		});
		expect((await editor.agent.post('/api/admin/services/elsewhere/verify').send({})).status).toBe(
			403
		);
		const [entry] = (await admin.agent.get('/api/admin/audit?limit=1')).body.entries;
		expect(entry).toMatchObject({ action: 'service.verified', target: { id: 'clinic' } });
	});

	test('a new service can be proposed whole, and is published on approval', async () => {
		const fresh = buildService({
			id: 'fresh',
			organizationId: 'org',
			serviceArea: { scope: 'local', municipalities: ['2480'] }
		});
		const { id: _id, lastVerified: _l, ...changes } = fresh;
		const proposed = await propose(editor, 'fresh', changes);
		expect(proposed.status).toBe(201);
		expect((await app.request.get('/api/services/fresh')).status).toBe(404);
		expect(
			(await curator.agent.post(`/api/admin/proposals/${proposed.body.id}/approve`).send({})).status
		).toBe(200);
		expect((await app.request.get('/api/services/fresh')).status).toBe(200);
	});
});

describe('suggestions from the public', () => {
	test('need no login and set no cookie, reach the curators and never the public', async () => {
		const response = await app.request
			.post('/api/services/clinic/suggestions')
			.send({ text: 'Numret verkar ha ändrats' });
		expect(response.status).toBe(201);
		expect(response.headers['set-cookie']).toBeUndefined();
		expect(JSON.stringify((await app.request.get('/api/services/clinic')).body)).not.toContain(
			'Numret verkar'
		);
		const curator = await createAccount(app, 'curator');
		const editor = await createAccount(app, 'editor', { organizationId: 'org' });
		await Promise.all([logIn(curator), logIn(editor)]);
		const queue = await curator.agent.get('/api/admin/proposals?status=pending');
		expect(queue.body.proposals).toEqual([
			expect.objectContaining({
				kind: 'suggestion',
				serviceId: 'clinic',
				note: 'Numret verkar ha ändrats',
				proposedBy: { kind: 'public' }
			})
		]);
		expect((await editor.agent.get('/api/admin/proposals')).body.proposals).toEqual([]);
		const id = queue.body.proposals[0].id;
		expect((await curator.agent.post(`/api/admin/proposals/${id}/approve`).send({})).status).toBe(
			409
		);
		expect(
			(await curator.agent.post(`/api/admin/proposals/${id}/reject`).send({ reason: 'Rättat' }))
				.status
		).toBe(200);
		expect(app.logs.join('\n')).not.toContain('Numret verkar');
	});

	test('are rate limited per address, and refuse nonsense', async () => {
		expect(
			(await app.request.post('/api/services/nope/suggestions').send({ text: 'Hej hej' })).status
		).toBe(404);
		expect(
			(
				await app.request
					.post('/api/services/clinic/suggestions')
					.send({ text: 'x', email: 'a@b.se' })
			).status
		).toBe(400);
		const statuses = [];
		for (let attempt = 0; attempt < 6; attempt += 1) {
			statuses.push(
				(
					await app.request
						.post('/api/services/clinic/suggestions')
						.send({ text: `Förslag ${attempt}` })
				).status
			);
		}
		expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(1);
	});
});

test('the OpenAPI document describes the staff routes of the contract', async () => {
	const { body } = await app.request.get('/api/openapi.json');
	const paths = Object.keys(body.paths as Record<string, unknown>);
	expect(paths).toEqual(
		expect.arrayContaining([
			'/api/auth/login',
			'/api/auth/logout',
			'/api/admin/proposals',
			'/api/admin/proposals/{id}/approve',
			'/api/admin/proposals/{id}/reject',
			'/api/admin/audit',
			'/api/services/{id}/suggestions'
		])
	);
	expect(body.paths['/api/auth/login'].post.responses).toHaveProperty('429');
});
