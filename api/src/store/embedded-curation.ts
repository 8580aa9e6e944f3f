import type { Database, RootDatabase } from 'lmdb';
import type { AuditEntry, Organization, Service, ServiceVersion } from '@stodkartan/core';
import { chainEntry, GENESIS_HASH } from './audit-chain.js';
import type { CatalogueRevision } from './catalogue-repository.js';
import {
	StoreConflictError,
	type AuditDraft,
	type CurationRepository,
	type InvitationRecord,
	type ProposalRecord,
	type Publication,
	type SessionRecord,
	type UserRecord
} from './curation-repository.js';
import { catalogueHash, nextRevision, type RecordChange } from './revision.js';

const REVISION_KEY = 'revision';
const CURATED_KEY = 'curated';
type VersionKey = [string, number];

/** The catalogue's own databases, shared so that a publication is one write transaction. */
export interface CatalogueDatabases {
	services: Database<Service, string>;
	organizations: Database<Organization, string>;
	meta: Database<CatalogueRevision, string>;
}

/**
 * Curation in the embedded store (LMDB): every write that must happen together runs in one
 * write transaction of the same environment as the catalogue, so a process killed at any moment
 * leaves either all of it or none of it. Synchronous transactions, because lmdb-js can abort
 * only those: an error thrown half-way (a conflict found) must undo the writes before it.
 */
export class EmbeddedCurationRepository implements CurationRepository {
	readonly #root: RootDatabase;
	readonly #catalogue: CatalogueDatabases;
	readonly #users: Database<UserRecord, string>;
	readonly #emails: Database<string, string>;
	readonly #sessions: Database<SessionRecord, string>;
	readonly #invitations: Database<InvitationRecord, string>;
	readonly #proposals: Database<ProposalRecord, string>;
	readonly #versions: Database<ServiceVersion, VersionKey>;
	readonly #audit: Database<AuditEntry, number>;
	readonly #counters: Database<{ count: number; resetAt: number }, string>;
	readonly #notes: Database<unknown, string>;

	readonly #published: (revision: CatalogueRevision) => void;

	/** `published` hears of every revision a publication wrote (the note beside the store). */
	constructor(
		root: RootDatabase,
		catalogue: CatalogueDatabases,
		published: (revision: CatalogueRevision) => void = () => {}
	) {
		this.#root = root;
		this.#catalogue = catalogue;
		this.#published = published;
		this.#users = root.openDB({ name: 'users' });
		this.#emails = root.openDB({ name: 'user-emails' });
		this.#sessions = root.openDB({ name: 'sessions' });
		this.#invitations = root.openDB({ name: 'invitations' });
		this.#proposals = root.openDB({ name: 'proposals' });
		this.#versions = root.openDB({ name: 'service-versions' });
		this.#audit = root.openDB({ name: 'audit' });
		this.#counters = root.openDB({ name: 'counters' });
		this.#notes = root.openDB({ name: 'curation-notes' });
	}

	/** Appends entries inside the running write transaction. */
	#append(drafts: readonly AuditDraft[]): void {
		if (drafts.length === 0) return;
		const last = [...this.#audit.getRange({ reverse: true, limit: 1 })][0]?.value;
		let seq = last?.seq ?? 0;
		let prevHash = last?.hash ?? GENESIS_HASH;
		for (const draft of drafts) {
			seq += 1;
			const entry = chainEntry(draft, seq, prevHash);
			void this.#audit.put(seq, entry);
			prevHash = entry.hash;
		}
	}

	async createUser(user: UserRecord, audit: AuditDraft[]): Promise<void> {
		this.#root.transactionSync(() => {
			if (this.#emails.get(user.email) !== undefined) {
				throw new StoreConflictError('exists', 'There is already an account with that e-mail.');
			}
			void this.#users.put(user.id, user);
			void this.#emails.put(user.email, user.id);
			this.#append(audit);
		});
	}

	async findUserById(id: string): Promise<UserRecord | null> {
		return typeof id === 'string' ? (this.#users.get(id) ?? null) : null;
	}

	async findUserByEmail(email: string): Promise<UserRecord | null> {
		if (typeof email !== 'string') return null;
		const id = this.#emails.get(email);
		return id === undefined ? null : (this.#users.get(id) ?? null);
	}

	async listUsers(): Promise<UserRecord[]> {
		return [...this.#users.getRange().map(({ value }) => value)];
	}

	async updateUser(user: UserRecord, audit: AuditDraft[], endSessions = false): Promise<void> {
		this.#root.transactionSync(() => {
			const current = this.#users.get(user.id);
			if (!current) throw new StoreConflictError('gone', 'There is no such account.');
			if (current.email !== user.email) {
				throw new StoreConflictError('exists', 'An account keeps its e-mail.');
			}
			void this.#users.put(user.id, user);
			if (endSessions) {
				for (const { key, value } of this.#sessions.getRange()) {
					if (value.userId === user.id) void this.#sessions.remove(key);
				}
			}
			this.#append(audit);
		});
	}

	async createSession(session: SessionRecord): Promise<void> {
		await this.#sessions.put(session.tokenHash, session);
	}

	async findSession(tokenHash: string): Promise<SessionRecord | null> {
		return typeof tokenHash === 'string' ? (this.#sessions.get(tokenHash) ?? null) : null;
	}

	async touchSession(tokenHash: string, lastSeenAt: string): Promise<void> {
		this.#root.transactionSync(() => {
			const session = this.#sessions.get(tokenHash);
			if (session) void this.#sessions.put(tokenHash, { ...session, lastSeenAt });
		});
	}

	async deleteSession(tokenHash: string): Promise<void> {
		await this.#sessions.remove(tokenHash);
	}

	async deleteUserSessions(userId: string): Promise<number> {
		return this.#root.transactionSync(() => {
			let removed = 0;
			for (const { key, value } of this.#sessions.getRange()) {
				if (value.userId !== userId) continue;
				void this.#sessions.remove(key);
				removed += 1;
			}
			return removed;
		});
	}

	async deleteExpiredSessions(now: string, idleBefore: string): Promise<number> {
		return this.#root.transactionSync(() => {
			let removed = 0;
			for (const { key, value } of this.#sessions.getRange()) {
				if (value.expiresAt > now && value.lastSeenAt > idleBefore) continue;
				void this.#sessions.remove(key);
				removed += 1;
			}
			return removed;
		});
	}

	async createInvitation(invitation: InvitationRecord, audit: AuditDraft[]): Promise<void> {
		this.#root.transactionSync(() => {
			void this.#invitations.put(invitation.tokenHash, invitation);
			this.#append(audit);
		});
	}

	async findInvitation(tokenHash: string): Promise<InvitationRecord | null> {
		return typeof tokenHash === 'string' ? (this.#invitations.get(tokenHash) ?? null) : null;
	}

	async listInvitations(): Promise<InvitationRecord[]> {
		return [...this.#invitations.getRange().map(({ value }) => value)].sort((a, b) =>
			b.createdAt.localeCompare(a.createdAt)
		);
	}

	async acceptInvitation(tokenHash: string, user: UserRecord, audit: AuditDraft[]): Promise<void> {
		this.#root.transactionSync(() => {
			const invitation = this.#invitations.get(tokenHash);
			if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
				throw new StoreConflictError('gone', 'The invitation has been used or withdrawn.');
			}
			if (this.#emails.get(user.email) !== undefined) {
				throw new StoreConflictError('exists', 'There is already an account with that e-mail.');
			}
			void this.#invitations.put(tokenHash, { ...invitation, acceptedAt: user.createdAt });
			void this.#users.put(user.id, user);
			void this.#emails.put(user.email, user.id);
			this.#append(audit);
		});
	}

	async revokeInvitation(id: string, at: string, audit: AuditDraft[]): Promise<void> {
		this.#root.transactionSync(() => {
			const found = [...this.#invitations.getRange()].find(
				({ value }) => value.id === id && !value.acceptedAt && !value.revokedAt
			);
			if (!found) throw new StoreConflictError('gone', 'There is no open invitation with that id.');
			void this.#invitations.put(found.key, { ...found.value, revokedAt: at });
			this.#append(audit);
		});
	}

	async deleteOldInvitations(before: string): Promise<number> {
		return this.#root.transactionSync(() => {
			let removed = 0;
			for (const { key, value } of this.#invitations.getRange()) {
				const ended = value.acceptedAt ?? value.revokedAt ?? value.expiresAt;
				if (ended >= before) continue;
				void this.#invitations.remove(key);
				removed += 1;
			}
			return removed;
		});
	}

	async createProposal(proposal: ProposalRecord, audit: AuditDraft[]): Promise<void> {
		this.#root.transactionSync(() => {
			if (this.#proposals.get(proposal.id)) {
				throw new StoreConflictError('exists', 'A proposal with that id exists.');
			}
			void this.#proposals.put(proposal.id, proposal);
			void this.#notes.put(CURATED_KEY, true);
			this.#append(audit);
		});
	}

	async findProposal(id: string): Promise<ProposalRecord | null> {
		return typeof id === 'string' ? (this.#proposals.get(id) ?? null) : null;
	}

	async listProposals(filter: {
		status?: ProposalRecord['status'];
		serviceId?: string;
		limit: number;
	}): Promise<ProposalRecord[]> {
		const found: ProposalRecord[] = [];
		for (const { value } of this.#proposals.getRange()) {
			if (filter.status && value.status !== filter.status) continue;
			if (filter.serviceId && value.serviceId !== filter.serviceId) continue;
			found.push(value);
		}
		return found
			.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
			.slice(0, filter.limit);
	}

	async rejectProposal(
		id: string,
		review: NonNullable<ProposalRecord['review']>,
		audit: AuditDraft[]
	): Promise<void> {
		this.#root.transactionSync(() => {
			const proposal = this.#proposals.get(id);
			if (!proposal || proposal.status !== 'pending') {
				throw new StoreConflictError('not-pending', 'The proposal is no longer pending.');
			}
			void this.#proposals.put(id, { ...proposal, status: 'rejected', review });
			this.#append(audit);
		});
	}

	#latestVersion(serviceId: string): ServiceVersion | undefined {
		const [latest] = this.#versions.getRange({
			start: [serviceId, Number.MAX_SAFE_INTEGER],
			end: [serviceId, -1],
			reverse: true,
			limit: 1
		});
		return latest?.value;
	}

	async serviceVersion(serviceId: string): Promise<number> {
		return typeof serviceId === 'string' ? (this.#latestVersion(serviceId)?.version ?? 0) : 0;
	}

	async serviceVersions(serviceId: string): Promise<ServiceVersion[]> {
		if (typeof serviceId !== 'string') return [];
		return [
			...this.#versions
				.getRange({ start: [serviceId, -1], end: [serviceId, Number.MAX_SAFE_INTEGER] })
				.map(({ value }) => value)
		];
	}

	async publish(publication: Publication): Promise<CatalogueRevision> {
		const revision = this.#root.transactionSync(() => {
			const previous = this.#catalogue.meta.get(REVISION_KEY) ?? null;
			let services = previous?.services ?? this.#catalogue.services.getKeysCount();
			const { at } = publication;
			const records: RecordChange[] = [];
			for (const change of publication.changes) {
				const latest = this.#latestVersion(change.serviceId);
				const version = latest?.version ?? 0;
				if (version !== change.expectedVersion) {
					throw new StoreConflictError(
						'version',
						`The service ${change.serviceId} changed since (version ${version}, not ${change.expectedVersion}).`
					);
				}
				const current = this.#catalogue.services.get(change.serviceId);
				if (!latest && current) {
					// The state it had before curation first changed it, so a revert can return to it.
					void this.#versions.put([change.serviceId, 0], {
						serviceId: change.serviceId,
						version: 0,
						service: current,
						at: previous?.loadedAt ?? at,
						actor: { kind: 'import', name: previous?.source ?? 'store' },
						action: 'imported'
					});
				}
				if (change.approve) {
					const proposal = this.#proposals.get(change.approve.proposalId);
					if (!proposal || proposal.status !== 'pending') {
						throw new StoreConflictError('not-pending', 'The proposal is no longer pending.');
					}
					void this.#proposals.put(proposal.id, {
						...proposal,
						status: 'approved',
						review: change.approve.review,
						publishedVersion: version + 1
					});
				}
				if (change.record) {
					void this.#proposals.put(change.record.id, {
						...change.record,
						publishedVersion: version + 1
					});
				}
				void this.#versions.put([change.serviceId, version + 1], {
					serviceId: change.serviceId,
					version: version + 1,
					service: change.service,
					at,
					actor: change.actor,
					...(change.imported ? { imported: change.imported } : {}),
					...(change.approve ? { proposalId: change.approve.proposalId } : {}),
					...(change.record ? { proposalId: change.record.id } : {}),
					action: change.action
				});
				records.push({ kind: 'service', before: current, after: change.service });
				if (change.service) {
					void this.#catalogue.services.put(change.serviceId, change.service);
					if (!current) services += 1;
				} else if (current) {
					void this.#catalogue.services.remove(change.serviceId);
					services -= 1;
				}
			}
			for (const organization of publication.organizations ?? []) {
				const before = this.#catalogue.organizations.get(organization.id);
				records.push({ kind: 'organization', before, after: organization });
				void this.#catalogue.organizations.put(organization.id, organization);
			}
			for (const id of publication.removeOrganizations ?? []) {
				const before = this.#catalogue.organizations.get(id);
				records.push({ kind: 'organization', before, after: undefined });
				void this.#catalogue.organizations.remove(id);
			}
			const revision = nextRevision(
				previous,
				records,
				{ services, organizations: this.#catalogue.organizations.getKeysCount() },
				at,
				() =>
					catalogueHash({
						organizations: [...this.#catalogue.organizations.getRange().map(({ value }) => value)],
						services: [...this.#catalogue.services.getRange().map(({ value }) => value)]
					})
			);
			void this.#catalogue.meta.put(REVISION_KEY, revision);
			void this.#notes.put(CURATED_KEY, true);
			this.#append(publication.audit);
			return revision;
		});
		this.#published(revision);
		return revision;
	}

	async isCurated(): Promise<boolean> {
		return this.#notes.get(CURATED_KEY) === true;
	}

	async appendAudit(entries: AuditDraft[]): Promise<void> {
		this.#root.transactionSync(() => this.#append(entries));
	}

	async auditEntries(filter: { limit: number; before?: number }): Promise<AuditEntry[]> {
		const range = this.#audit.getRange({
			reverse: true,
			limit: filter.limit,
			...(filter.before !== undefined ? { start: filter.before - 1 } : {})
		});
		return [...range].map(({ value }) => value);
	}

	async hit(key: string, windowMs: number, now: number) {
		return this.#root.transactionSync(() => {
			const current = this.#counters.get(key);
			const counter =
				current && current.resetAt > now
					? { count: current.count + 1, resetAt: current.resetAt }
					: { count: 1, resetAt: now + windowMs };
			void this.#counters.put(key, counter);
			return counter;
		});
	}

	async unhit(key: string): Promise<void> {
		this.#root.transactionSync(() => {
			const current = this.#counters.get(key);
			if (current && current.count > 0) {
				void this.#counters.put(key, { ...current, count: current.count - 1 });
			}
		});
	}

	async resetHits(key: string): Promise<void> {
		await this.#counters.remove(key);
	}

	async remindedAt(serviceId: string): Promise<string | null> {
		const value = this.#notes.get(`reminded:${serviceId}`);
		return typeof value === 'string' ? value : null;
	}

	async setRemindedAt(serviceIds: readonly string[], at: string): Promise<void> {
		this.#root.transactionSync(() => {
			for (const id of serviceIds) void this.#notes.put(`reminded:${id}`, at);
		});
	}
}
