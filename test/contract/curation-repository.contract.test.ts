import {
	brokenLinks,
	catalogueHash,
	StoreConflictError,
	type AuditDraft,
	type CatalogueRepository,
	type ProposalRecord,
	type UserRecord
} from '@stodkartan/api';
import type { Actor } from '@stodkartan/core';
import { buildCatalogue, buildService } from '../support/domain.js';
import { describeBothStores, type StoreUnderTest } from '../support/stores.js';

const admin: Actor = { kind: 'user', id: 'u-admin', email: 'admin@example.org', role: 'admin' };
const editor: Actor = { kind: 'user', id: 'u-editor', email: 'editor@example.org', role: 'editor' };
const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const audit = (action: AuditDraft['action'], actor: Actor = admin): AuditDraft => ({
	at: at(0),
	actor,
	action
});

function user(overrides: Partial<UserRecord> = {}): UserRecord {
	return {
		id: 'u-editor',
		email: 'editor@example.org',
		role: 'editor',
		organizationId: 'org',
		passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA',
		active: true,
		createdAt: at(0),
		...overrides
	};
}

function proposal(overrides: Partial<ProposalRecord> = {}): ProposalRecord {
	return {
		id: 'p1',
		kind: 'change',
		serviceId: 'line',
		status: 'pending',
		changes: { contacts: [{ channel: 'phone', value: '020-11 11 11' }] },
		sources: [{ url: 'https://example.org/kontakt', date: '2026-02-28' }],
		proposedBy: editor,
		createdAt: at(1),
		baseVersion: 0,
		...overrides
	};
}

/** What any store must do to keep curation safe: the same suite for both stores. */
function curationContract(makeStore: () => StoreUnderTest) {
	let store: StoreUnderTest;
	let repository: CatalogueRepository;
	const line = buildService({
		id: 'line',
		contacts: [{ channel: 'phone', value: '020-00 00 00' }]
	});

	beforeEach(async () => {
		store = makeStore();
		repository = await store.open();
		await repository.replaceCatalogue(
			buildCatalogue([line, buildService({ id: 'other' })]),
			'data/'
		);
	});
	afterEach(async () => {
		await store.destroy(repository);
	});

	describe('accounts', () => {
		test('an account is found by id and e-mail; an e-mail is taken only once', async () => {
			await repository.curation.createUser(user(), [audit('user.created')]);
			expect(await repository.curation.findUserByEmail('editor@example.org')).toEqual(user());
			expect(await repository.curation.findUserById('u-editor')).toEqual(user());
			await expect(
				repository.curation.createUser(user({ id: 'u-2' }), [audit('user.created')])
			).rejects.toBeInstanceOf(StoreConflictError);
			expect(await repository.curation.listUsers()).toHaveLength(1);
			// the refused account left no audit entry either
			expect(await repository.curation.auditEntries({ limit: 10 })).toHaveLength(1);
		});

		test('e-mails and ids that look like query operators find nothing', async () => {
			await repository.curation.createUser(user(), []);
			expect(
				await repository.curation.findUserByEmail({ $ne: '' } as unknown as string)
			).toBeNull();
			expect(await repository.curation.findUserById({ $gt: '' } as unknown as string)).toBeNull();
			expect(await repository.curation.findSession({ $ne: null } as unknown as string)).toBeNull();
			expect(
				await repository.curation.findInvitation({ $ne: null } as unknown as string)
			).toBeNull();
			expect(await repository.curation.findProposal({ $ne: null } as unknown as string)).toBeNull();
		});

		test('updating an account can end all its sessions', async () => {
			await repository.curation.createUser(user(), []);
			for (const tokenHash of ['a', 'b']) {
				await repository.curation.createSession({
					tokenHash,
					userId: 'u-editor',
					createdAt: at(0),
					lastSeenAt: at(0),
					expiresAt: at(59),
					mustEnrolTotp: false
				});
			}
			await repository.curation.updateUser(user({ active: false }), [audit('user.updated')], true);
			expect(await repository.curation.findSession('a')).toBeNull();
			expect((await repository.curation.findUserById('u-editor'))?.active).toBe(false);
		});
	});

	describe('sessions', () => {
		const session = (tokenHash: string, lastSeenAt: string, expiresAt: string) => ({
			tokenHash,
			userId: 'u-editor',
			createdAt: at(0),
			lastSeenAt,
			expiresAt,
			mustEnrolTotp: false
		});

		test('are found by token hash, touched, and deleted one by one or all for a user', async () => {
			await repository.curation.createSession(session('h1', at(0), at(50)));
			await repository.curation.createSession(session('h2', at(0), at(50)));
			await repository.curation.touchSession('h1', at(5));
			expect((await repository.curation.findSession('h1'))?.lastSeenAt).toBe(at(5));
			await repository.curation.deleteSession('h1');
			expect(await repository.curation.findSession('h1')).toBeNull();
			expect(await repository.curation.deleteUserSessions('u-editor')).toBe(1);
			expect(await repository.curation.findSession('h2')).toBeNull();
		});

		test('expired and idle sessions are cleared, live ones kept', async () => {
			await repository.curation.createSession(session('live', at(20), at(50)));
			await repository.curation.createSession(session('idle', at(1), at(50)));
			await repository.curation.createSession(session('over', at(29), at(30)));
			expect(await repository.curation.deleteExpiredSessions(at(30), at(10))).toBe(2);
			expect(await repository.curation.findSession('live')).not.toBeNull();
		});
	});

	describe('invitations', () => {
		const invitation = {
			id: 'i1',
			tokenHash: 'th1',
			email: 'new@example.org',
			role: 'editor' as const,
			organizationId: 'org',
			invitedBy: admin,
			createdAt: at(0),
			expiresAt: '2026-03-04T10:00:00.000Z'
		};

		test('an invitation is accepted once: its account is created with it', async () => {
			await repository.curation.createInvitation(invitation, [audit('invitation.created')]);
			const account = user({ id: 'u-new', email: 'new@example.org', createdAt: at(3) });
			await repository.curation.acceptInvitation('th1', account, [audit('invitation.accepted')]);
			expect((await repository.curation.findInvitation('th1'))?.acceptedAt).toBe(at(3));
			expect(await repository.curation.findUserByEmail('new@example.org')).toEqual(account);
			await expect(
				repository.curation.acceptInvitation('th1', { ...account, id: 'u-again' }, [])
			).rejects.toBeInstanceOf(StoreConflictError);
			expect(await repository.curation.findUserById('u-again')).toBeNull();
		});

		test('a revoked invitation cannot be accepted; old ones are cleared', async () => {
			await repository.curation.createInvitation(invitation, []);
			await repository.curation.revokeInvitation('i1', at(2), [audit('invitation.revoked')]);
			await expect(
				repository.curation.acceptInvitation('th1', user({ email: 'new@example.org' }), [])
			).rejects.toBeInstanceOf(StoreConflictError);
			expect(await repository.curation.listInvitations()).toHaveLength(1);
			expect(await repository.curation.deleteOldInvitations('2026-03-02T00:00:00.000Z')).toBe(1);
			expect(await repository.curation.listInvitations()).toEqual([]);
		});
	});

	const contentHash = async () =>
		catalogueHash({
			organizations: await repository.allOrganizations(),
			services: await repository.allServices()
		});

	describe('proposals and publication', () => {
		const changed = { ...line, contacts: [{ channel: 'phone' as const, value: '020-11 11 11' }] };

		test('a new store is not curated; a proposal makes it so', async () => {
			expect(await repository.curation.isCurated()).toBe(false);
			await repository.curation.createProposal(proposal(), [audit('proposal.created', editor)]);
			expect(await repository.curation.isCurated()).toBe(true);
			expect(await repository.curation.listProposals({ status: 'pending', limit: 10 })).toEqual([
				proposal()
			]);
			expect(await repository.curation.listProposals({ status: 'approved', limit: 10 })).toEqual(
				[]
			);
		});

		test('approval publishes the service, its versions, the proposal, a new revision and the audit entry together', async () => {
			const before = await repository.revision();
			await repository.curation.createProposal(proposal(), []);
			const revision = await repository.curation.publish({
				at: at(5),
				changes: [
					{
						serviceId: 'line',
						expectedVersion: 0,
						service: changed,
						actor: admin,
						action: 'approved',
						approve: { proposalId: 'p1', review: { by: admin, at: at(5) } }
					}
				],
				audit: [{ ...audit('proposal.approved'), target: { type: 'proposal', id: 'p1' } }]
			});
			expect(revision.id).not.toBe(before?.id);
			expect(revision).toMatchObject({ services: 2, source: 'data/', loadedAt: at(5) });
			// Still the content hash of what the store holds, so a check of the store holds.
			expect(revision.id).toBe(await contentHash());
			expect(await repository.revision()).toEqual(revision);
			expect(await repository.findServiceById('line')).toEqual(changed);
			expect(await repository.curation.findProposal('p1')).toMatchObject({
				status: 'approved',
				publishedVersion: 1
			});
			const versions = await repository.curation.serviceVersions('line');
			expect(versions.map((version) => [version.version, version.service])).toEqual([
				[0, line],
				[1, changed]
			]);
			expect(await repository.curation.serviceVersion('line')).toBe(1);
			expect(await repository.curation.serviceVersion('other')).toBe(0);
			const [entry] = await repository.curation.auditEntries({ limit: 1 });
			expect(entry).toMatchObject({ action: 'proposal.approved', actor: admin });
		});

		test('a publication against an older version, or of a proposal no longer pending, changes nothing at all', async () => {
			await repository.curation.createProposal(proposal(), []);
			const first = {
				serviceId: 'line',
				expectedVersion: 0,
				service: changed,
				actor: admin,
				action: 'approved'
			};
			await repository.curation.publish({ at: at(5), changes: [first], audit: [] });
			const revision = await repository.revision();
			const entries = await repository.curation.auditEntries({ limit: 100 });
			// stale version, with another valid change in the same publication
			await expect(
				repository.curation.publish({
					at: at(6),
					changes: [
						{
							...first,
							serviceId: 'other',
							expectedVersion: 0,
							service: buildService({ id: 'other' })
						},
						{ ...first, service: line }
					],
					audit: [audit('proposal.approved')]
				})
			).rejects.toMatchObject({ reason: 'version' });
			await repository.curation.rejectProposal('p1', { by: admin, at: at(7), comment: 'nej' }, []);
			await expect(
				repository.curation.publish({
					at: at(8),
					changes: [
						{
							...first,
							expectedVersion: 1,
							approve: { proposalId: 'p1', review: { by: admin, at: at(8) } }
						}
					],
					audit: [audit('proposal.approved')]
				})
			).rejects.toMatchObject({ reason: 'not-pending' });
			expect(await repository.revision()).toEqual(revision);
			expect(await repository.curation.serviceVersion('other')).toBe(0);
			expect(await repository.findServiceById('line')).toEqual(changed);
			expect(await repository.curation.auditEntries({ limit: 100 })).toEqual(entries);
			await expect(
				repository.curation.rejectProposal('p1', { by: admin, at: at(9) }, [])
			).rejects.toMatchObject({ reason: 'not-pending' });
		});

		test('a publication can add and remove services and organizations', async () => {
			const revision = await repository.curation.publish({
				at: at(5),
				changes: [
					{
						serviceId: 'fresh',
						expectedVersion: 0,
						service: buildService({ id: 'fresh', organizationId: 'neworg' }),
						actor: { kind: 'import', name: 'data/' },
						action: 'imported'
					},
					{
						serviceId: 'other',
						expectedVersion: 0,
						service: null,
						actor: { kind: 'import', name: 'data/' },
						action: 'removed'
					}
				],
				organizations: [{ id: 'neworg', name: 'Ny', type: 'public' }],
				audit: []
			});
			expect(revision.services).toBe(2);
			expect(revision.id).toBe(await contentHash());
			expect(await repository.findServiceById('other')).toBeNull();
			expect((await repository.allOrganizations()).map((org) => org.id).sort()).toEqual([
				'neworg',
				'org'
			]);
			const versions = await repository.curation.serviceVersions('other');
			expect(versions.map((version) => version.service?.id ?? null)).toEqual(['other', null]);
		});
	});

	describe('audit log', () => {
		test('is numbered and hash-chained, newest first, paged, and kept across a restart', async () => {
			for (const action of ['login', 'logout', 'login'] as const) {
				await repository.curation.appendAudit([audit(action)]);
			}
			await repository.curation.appendAudit([audit('user.created'), audit('user.updated')]);
			const entries = await repository.curation.auditEntries({ limit: 10 });
			expect(entries.map((entry) => entry.seq)).toEqual([5, 4, 3, 2, 1]);
			expect(brokenLinks(entries)).toEqual([]);
			expect(
				(await repository.curation.auditEntries({ limit: 2, before: 4 })).map((entry) => entry.seq)
			).toEqual([3, 2]);
			await repository.close();
			repository = await store.reopen();
			expect(await repository.curation.auditEntries({ limit: 10 })).toEqual(entries);
		});

		test('an edited entry breaks the chain', async () => {
			await repository.curation.appendAudit([audit('login'), audit('logout'), audit('login')]);
			const entries = await repository.curation.auditEntries({ limit: 10 });
			const tampered = entries.map((entry) =>
				entry.seq === 2 ? { ...entry, actor: editor } : entry
			);
			expect(brokenLinks(tampered)).toEqual([2]);
		});
	});

	describe('counters', () => {
		test('count hits in a window that starts again once it has passed', async () => {
			const { curation } = repository;
			expect(await curation.hit('k', 1000, 0)).toEqual({ count: 1, resetAt: 1000 });
			expect(await curation.hit('k', 1000, 500)).toEqual({ count: 2, resetAt: 1000 });
			await curation.unhit('k');
			expect(await curation.hit('k', 1000, 900)).toEqual({ count: 2, resetAt: 1000 });
			expect(await curation.hit('k', 1000, 1000)).toEqual({ count: 1, resetAt: 2000 });
			await curation.resetHits('k');
			expect(await curation.hit('k', 1000, 1500)).toEqual({ count: 1, resetAt: 2500 });
		});

		test('remember when a reminder was sent', async () => {
			expect(await repository.curation.remindedAt('line')).toBeNull();
			await repository.curation.setRemindedAt(['line'], '2026-03-01');
			expect(await repository.curation.remindedAt('line')).toBe('2026-03-01');
		});
	});
}

describeBothStores('curation', curationContract);
