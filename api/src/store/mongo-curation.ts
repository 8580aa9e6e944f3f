import mongoose, { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
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
import { mixed, SCHEMA_OPTIONS as OPTIONS } from './mongo-options.js';
import { catalogueHash, nextRevision, type RecordChange } from './revision.js';

const text = { type: String };
const required = (type: unknown) => ({ type, required: true });

type Stored<T> = T & { _id: string };
type StoredAudit = AuditEntry & { _id: number };
function plain<T>({ _id, ...rest }: T & { _id: unknown }): T {
	return rest as unknown as T;
}

const userSchema = new Schema(
	{
		_id: required(String),
		id: required(String),
		email: { type: String, required: true, unique: true },
		role: required(String),
		organizationId: text,
		counties: { type: [String], default: undefined },
		passwordHash: required(String),
		totpSecret: text,
		totpLastStep: Number,
		active: required(Boolean),
		createdAt: required(String),
		updatedAt: text
	} satisfies Record<keyof UserRecord | '_id', unknown>,
	{ ...OPTIONS, collection: 'users' }
);
const sessionSchema = new Schema(
	{
		_id: required(String),
		tokenHash: required(String),
		userId: { type: String, required: true, index: true },
		createdAt: required(String),
		lastSeenAt: required(String),
		expiresAt: required(String),
		mustEnrolTotp: required(Boolean)
	} satisfies Record<keyof SessionRecord | '_id', unknown>,
	{ ...OPTIONS, collection: 'sessions' }
);
const invitationSchema = new Schema(
	{
		_id: required(String),
		id: { type: String, required: true, index: true },
		tokenHash: required(String),
		email: required(String),
		role: required(String),
		organizationId: text,
		counties: { type: [String], default: undefined },
		invitedBy: { ...mixed, required: true },
		createdAt: required(String),
		expiresAt: required(String),
		acceptedAt: text,
		revokedAt: text
	} satisfies Record<keyof InvitationRecord | '_id', unknown>,
	{ ...OPTIONS, collection: 'invitations' }
);
const proposalSchema = new Schema(
	{
		_id: required(String),
		id: required(String),
		kind: required(String),
		serviceId: { type: String, required: true, index: true },
		status: { type: String, required: true, index: true },
		changes: { ...mixed, required: true },
		sources: mixed,
		note: text,
		proposedBy: { ...mixed, required: true },
		createdAt: { type: String, required: true, index: true },
		baseVersion: required(Number),
		review: mixed,
		publishedVersion: Number,
		provenance: mixed,
		organization: mixed
	} satisfies Record<keyof ProposalRecord | '_id', unknown>,
	{ ...OPTIONS, collection: 'proposals' }
);
const versionSchema = new Schema(
	{
		_id: required(String),
		serviceId: required(String),
		version: required(Number),
		service: mixed,
		imported: mixed,
		at: required(String),
		actor: { ...mixed, required: true },
		proposalId: text,
		action: required(String)
	} satisfies Record<keyof ServiceVersion | '_id', unknown>,
	{ ...OPTIONS, collection: 'service_versions' }
);
versionSchema.index({ serviceId: 1, version: -1 });
const auditSchema = new Schema(
	{
		_id: required(Number),
		seq: required(Number),
		at: required(String),
		actor: { ...mixed, required: true },
		action: required(String),
		target: mixed,
		before: mixed,
		after: mixed,
		details: mixed,
		prevHash: required(String),
		hash: required(String)
	} satisfies Record<keyof AuditEntry | '_id', unknown>,
	{ ...OPTIONS, collection: 'audit' }
);
const counterSchema = new Schema(
	{ _id: required(String), count: required(Number), resetAt: required(Number) },
	{ ...OPTIONS, collection: 'counters' }
);
const noteSchema = new Schema(
	{ _id: required(String), value: mixed },
	{ ...OPTIONS, collection: 'curation_notes' }
);

interface Note {
	_id: string;
	value: unknown;
}
interface Counter {
	_id: string;
	count: number;
	resetAt: number;
}
interface MetaDocument {
	_id: string;
	revision: CatalogueRevision;
}

/** The catalogue's own models, shared so that a publication is one transaction. */
export interface CatalogueModels {
	services: Model<Stored<Service>>;
	organizations: Model<Stored<Organization>>;
	meta: Model<MetaDocument>;
}

const REVISION_ID = 'catalogue';
const CURATED_ID = 'curated';
const versionId = (serviceId: string, version: number) => `${serviceId}:${version}`;
const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

/**
 * Curation in MongoDB. On a replica set (or Atlas) each group of writes that must happen
 * together runs in one transaction. A standalone server has none: the writes are then made one
 * by one in the least harmful order (audit entries first, the proposal's status last), which
 * docs/threat-model.md states as a limitation.
 */
export class MongoCurationRepository implements CurationRepository {
	readonly #connection: Connection;
	readonly #catalogue: CatalogueModels;
	readonly #users: Model<Stored<UserRecord>>;
	readonly #sessions: Model<Stored<SessionRecord>>;
	readonly #invitations: Model<Stored<InvitationRecord>>;
	readonly #proposals: Model<Stored<ProposalRecord>>;
	readonly #versions: Model<Stored<ServiceVersion>>;
	readonly #audit: Model<StoredAudit>;
	readonly #counters: Model<Counter>;
	readonly #notes: Model<Note>;

	constructor(connection: Connection, catalogue: CatalogueModels) {
		this.#connection = connection;
		this.#catalogue = catalogue;
		this.#users = connection.model<Stored<UserRecord>>('User', userSchema);
		this.#sessions = connection.model<Stored<SessionRecord>>('Session', sessionSchema);
		this.#invitations = connection.model<Stored<InvitationRecord>>('Invitation', invitationSchema);
		this.#proposals = connection.model<Stored<ProposalRecord>>('Proposal', proposalSchema);
		this.#versions = connection.model<Stored<ServiceVersion>>('ServiceVersion', versionSchema);
		this.#audit = connection.model<StoredAudit>('AuditEntry', auditSchema);
		this.#counters = connection.model<Counter>('Counter', counterSchema);
		this.#notes = connection.model<Note>('CurationNote', noteSchema);
	}

	async syncIndexes(): Promise<void> {
		await Promise.all([
			this.#users.syncIndexes(),
			this.#sessions.syncIndexes(),
			this.#invitations.syncIndexes(),
			this.#proposals.syncIndexes(),
			this.#versions.syncIndexes()
		]);
	}

	/** Runs `write` in a transaction, or without one on a standalone server. */
	async #transaction<T>(write: (session: ClientSession | undefined) => Promise<T>): Promise<T> {
		for (let attempt = 0; ; attempt += 1) {
			const session = await this.#connection.startSession();
			try {
				let result: T | undefined;
				await session.withTransaction(async () => {
					result = await write(session);
				});
				return result as T;
			} catch (error) {
				// A standalone server has no transactions (IllegalOperation, code 20).
				if ((error as { code?: number }).code === 20) return write(undefined);
				// Two audit appends raced for the same sequence number: try again.
				if (isDuplicate(error) && attempt < 5 && !(error instanceof StoreConflictError)) continue;
				throw error;
			} finally {
				await session.endSession();
			}
		}
	}

	async #append(drafts: readonly AuditDraft[], session: ClientSession | undefined): Promise<void> {
		if (drafts.length === 0) return;
		const last = await this.#audit
			.findOne({}, null, { session })
			.sort({ _id: -1 })
			.lean<StoredAudit>();
		let seq = last?.seq ?? 0;
		let prevHash = last?.hash ?? GENESIS_HASH;
		const entries = drafts.map((draft) => {
			seq += 1;
			const entry = chainEntry(draft, seq, prevHash);
			prevHash = entry.hash;
			return { _id: entry.seq, ...entry };
		});
		await this.#audit.insertMany(entries, { session });
	}

	async createUser(user: UserRecord, audit: AuditDraft[]): Promise<void> {
		await this.#transaction(async (session) => {
			if (await this.#users.exists({ email: user.email }).session(session ?? null)) {
				throw new StoreConflictError('exists', 'There is already an account with that e-mail.');
			}
			await this.#append(audit, session);
			await this.#users.create([{ _id: user.id, ...user }], { session });
		});
	}

	async findUserById(id: string): Promise<UserRecord | null> {
		if (typeof id !== 'string') return null;
		const found = await this.#users.findById(id).lean<Stored<UserRecord>>();
		return found ? plain(found) : null;
	}

	async findUserByEmail(email: string): Promise<UserRecord | null> {
		if (typeof email !== 'string') return null;
		const found = await this.#users.findOne({ email }).lean<Stored<UserRecord>>();
		return found ? plain(found) : null;
	}

	async listUsers(): Promise<UserRecord[]> {
		return (await this.#users.find({}).lean<Stored<UserRecord>[]>()).map(plain);
	}

	async updateUser(user: UserRecord, audit: AuditDraft[], endSessions = false): Promise<void> {
		await this.#transaction(async (session) => {
			const current = await this.#users
				.findById(user.id, null, { session })
				.lean<Stored<UserRecord>>();
			if (!current) throw new StoreConflictError('gone', 'There is no such account.');
			if (current.email !== user.email) {
				throw new StoreConflictError('exists', 'An account keeps its e-mail.');
			}
			await this.#append(audit, session);
			await this.#users.replaceOne({ _id: user.id }, { _id: user.id, ...user }, { session });
			if (endSessions) await this.#sessions.deleteMany({ userId: user.id }, { session });
		});
	}

	async createSession(record: SessionRecord): Promise<void> {
		await this.#sessions.create({ _id: record.tokenHash, ...record });
	}

	async findSession(tokenHash: string): Promise<SessionRecord | null> {
		if (typeof tokenHash !== 'string') return null;
		const found = await this.#sessions.findById(tokenHash).lean<Stored<SessionRecord>>();
		return found ? plain(found) : null;
	}

	async touchSession(tokenHash: string, lastSeenAt: string): Promise<void> {
		await this.#sessions.updateOne({ _id: tokenHash }, { $set: { lastSeenAt } });
	}

	async deleteSession(tokenHash: string): Promise<void> {
		await this.#sessions.deleteOne({ _id: tokenHash });
	}

	async deleteUserSessions(userId: string): Promise<number> {
		return (await this.#sessions.deleteMany({ userId })).deletedCount;
	}

	async deleteExpiredSessions(now: string, idleBefore: string): Promise<number> {
		const filter = {
			$or: [
				{ expiresAt: mongoose.trusted({ $lte: now }) },
				{ lastSeenAt: mongoose.trusted({ $lte: idleBefore }) }
			]
		};
		return (await this.#sessions.deleteMany(mongoose.trusted(filter))).deletedCount;
	}

	async createInvitation(invitation: InvitationRecord, audit: AuditDraft[]): Promise<void> {
		await this.#transaction(async (session) => {
			await this.#append(audit, session);
			await this.#invitations.create([{ _id: invitation.tokenHash, ...invitation }], { session });
		});
	}

	async findInvitation(tokenHash: string): Promise<InvitationRecord | null> {
		if (typeof tokenHash !== 'string') return null;
		const found = await this.#invitations.findById(tokenHash).lean<Stored<InvitationRecord>>();
		return found ? plain(found) : null;
	}

	async listInvitations(): Promise<InvitationRecord[]> {
		return (
			await this.#invitations.find({}).sort({ createdAt: -1 }).lean<Stored<InvitationRecord>[]>()
		).map(plain);
	}

	async acceptInvitation(tokenHash: string, user: UserRecord, audit: AuditDraft[]): Promise<void> {
		await this.#transaction(async (session) => {
			const invitation = await this.#invitations
				.findById(tokenHash, null, { session })
				.lean<Stored<InvitationRecord>>();
			if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
				throw new StoreConflictError('gone', 'The invitation has been used or withdrawn.');
			}
			if (await this.#users.exists({ email: user.email }).session(session ?? null)) {
				throw new StoreConflictError('exists', 'There is already an account with that e-mail.');
			}
			await this.#append(audit, session);
			await this.#users.create([{ _id: user.id, ...user }], { session });
			// Only while still open: a second acceptance racing this one finds nothing to update.
			const marked = await this.#invitations.updateOne(
				{ _id: tokenHash, acceptedAt: mongoose.trusted({ $exists: false }) },
				{ $set: { acceptedAt: user.createdAt } },
				{ session }
			);
			if (marked.modifiedCount !== 1) {
				throw new StoreConflictError('gone', 'The invitation has been used or withdrawn.');
			}
		});
	}

	async revokeInvitation(id: string, at: string, audit: AuditDraft[]): Promise<void> {
		await this.#transaction(async (session) => {
			const open = await this.#invitations
				.findOne({
					id,
					acceptedAt: mongoose.trusted({ $exists: false }),
					revokedAt: mongoose.trusted({ $exists: false })
				})
				.session(session ?? null)
				.lean<Stored<InvitationRecord>>();
			if (!open) throw new StoreConflictError('gone', 'There is no open invitation with that id.');
			await this.#append(audit, session);
			await this.#invitations.updateOne(
				{ _id: open._id },
				{ $set: { revokedAt: at } },
				{ session }
			);
		});
	}

	async deleteOldInvitations(before: string): Promise<number> {
		const all = await this.#invitations.find({}).lean<Stored<InvitationRecord>[]>();
		const old = all
			.filter((value) => (value.acceptedAt ?? value.revokedAt ?? value.expiresAt) < before)
			.map((value) => value._id);
		if (old.length === 0) return 0;
		return (await this.#invitations.deleteMany({ _id: mongoose.trusted({ $in: old }) }))
			.deletedCount;
	}

	async createProposal(proposal: ProposalRecord, audit: AuditDraft[]): Promise<void> {
		await this.#transaction(async (session) => {
			await this.#append(audit, session);
			await this.#proposals.create([{ _id: proposal.id, ...proposal }], { session });
			await this.#notes.updateOne(
				{ _id: CURATED_ID },
				{ $set: { value: true } },
				{ session, upsert: true }
			);
		});
	}

	async findProposal(id: string): Promise<ProposalRecord | null> {
		if (typeof id !== 'string') return null;
		const found = await this.#proposals.findById(id).lean<Stored<ProposalRecord>>();
		return found ? plain(found) : null;
	}

	async listProposals(filter: {
		status?: ProposalRecord['status'];
		serviceId?: string;
		limit: number;
	}): Promise<ProposalRecord[]> {
		const query: Record<string, string> = {};
		if (filter.status) query.status = filter.status;
		if (filter.serviceId) query.serviceId = filter.serviceId;
		return (
			await this.#proposals
				.find(query)
				.sort({ createdAt: -1, _id: -1 })
				.limit(filter.limit)
				.lean<Stored<ProposalRecord>[]>()
		).map(plain);
	}

	async rejectProposal(
		id: string,
		review: NonNullable<ProposalRecord['review']>,
		audit: AuditDraft[]
	): Promise<void> {
		await this.#transaction(async (session) => {
			const pending = await this.#proposals
				.exists({ _id: id, status: 'pending' })
				.session(session ?? null);
			if (!pending) {
				throw new StoreConflictError('not-pending', 'The proposal is no longer pending.');
			}
			await this.#append(audit, session);
			const updated = await this.#proposals.updateOne(
				{ _id: id, status: 'pending' },
				{ $set: { status: 'rejected', review } },
				{ session }
			);
			if (updated.modifiedCount !== 1) {
				throw new StoreConflictError('not-pending', 'The proposal is no longer pending.');
			}
		});
	}

	async #latestVersion(serviceId: string, session: ClientSession | undefined) {
		return this.#versions
			.findOne({ serviceId }, null, { session })
			.sort({ version: -1 })
			.lean<Stored<ServiceVersion>>();
	}

	async serviceVersion(serviceId: string): Promise<number> {
		if (typeof serviceId !== 'string') return 0;
		return (await this.#latestVersion(serviceId, undefined))?.version ?? 0;
	}

	async serviceVersions(serviceId: string): Promise<ServiceVersion[]> {
		if (typeof serviceId !== 'string') return [];
		return (
			await this.#versions.find({ serviceId }).sort({ version: 1 }).lean<Stored<ServiceVersion>[]>()
		).map(plain);
	}

	async publish(publication: Publication): Promise<CatalogueRevision> {
		return this.#transaction(async (session) => {
			const options = { session };
			const meta = await this.#catalogue.meta
				.findById(REVISION_ID, null, options)
				.lean<MetaDocument>();
			const previous = meta?.revision ?? null;
			let services =
				previous?.services ?? (await this.#catalogue.services.countDocuments({}, options));
			const { at } = publication;
			// Every precondition first: on a standalone server nothing is written unless all hold.
			const plans = [];
			for (const change of publication.changes) {
				const latest = await this.#latestVersion(change.serviceId, session);
				const version = latest?.version ?? 0;
				if (version !== change.expectedVersion) {
					throw new StoreConflictError(
						'version',
						`The service ${change.serviceId} changed since (version ${version}, not ${change.expectedVersion}).`
					);
				}
				if (change.approve) {
					const pending = await this.#proposals
						.exists({ _id: change.approve.proposalId, status: 'pending' })
						.session(session ?? null);
					if (!pending) {
						throw new StoreConflictError('not-pending', 'The proposal is no longer pending.');
					}
				}
				const current = await this.#catalogue.services
					.findById(change.serviceId, null, options)
					.lean<Stored<Service>>();
				plans.push({ change, latest, version, current: current ? plain(current) : null });
			}
			await this.#append(publication.audit, session);
			const records: RecordChange[] = [];
			for (const { change, latest, version, current } of plans) {
				records.push({ kind: 'service', before: current, after: change.service });
				if (!latest && current) {
					await this.#versions.create(
						[
							{
								_id: versionId(change.serviceId, 0),
								serviceId: change.serviceId,
								version: 0,
								service: current,
								at: previous?.loadedAt ?? at,
								actor: { kind: 'import', name: previous?.source ?? 'store' },
								action: 'imported'
							}
						],
						options
					);
				}
				const proposalId = change.approve?.proposalId ?? change.record?.id;
				// A unique _id per version: a racing publication of the same version fails here.
				await this.#versions.create(
					[
						{
							_id: versionId(change.serviceId, version + 1),
							serviceId: change.serviceId,
							version: version + 1,
							service: change.service,
							at,
							actor: change.actor,
							...(change.imported ? { imported: change.imported } : {}),
							...(proposalId ? { proposalId } : {}),
							action: change.action
						}
					],
					options
				);
				if (change.service) {
					await this.#catalogue.services.replaceOne(
						{ _id: change.serviceId },
						{ _id: change.serviceId, ...change.service },
						{ ...options, upsert: true }
					);
					if (!current) services += 1;
				} else if (current) {
					await this.#catalogue.services.deleteOne({ _id: change.serviceId }, options);
					services -= 1;
				}
			}
			const organizationsBefore = new Map(
				(
					await this.#catalogue.organizations.find({}, null, options).lean<Stored<Organization>[]>()
				).map((organization) => [organization._id, plain(organization)])
			);
			for (const organization of publication.organizations ?? []) {
				records.push({
					kind: 'organization',
					before: organizationsBefore.get(organization.id),
					after: organization
				});
				await this.#catalogue.organizations.replaceOne(
					{ _id: organization.id },
					{ _id: organization.id, ...organization },
					{ ...options, upsert: true }
				);
			}
			for (const id of publication.removeOrganizations ?? []) {
				records.push({
					kind: 'organization',
					before: organizationsBefore.get(id),
					after: undefined
				});
			}
			if (publication.removeOrganizations?.length) {
				await this.#catalogue.organizations.deleteMany(
					{ _id: mongoose.trusted({ $in: publication.removeOrganizations }) },
					options
				);
			}
			const organizations = (
				await this.#catalogue.organizations.find({}, null, options).lean<Stored<Organization>[]>()
			).map(plain);
			// Only a store without a revision (never loaded) is hashed whole.
			const allServices = previous
				? []
				: (await this.#catalogue.services.find({}, null, options).lean<Stored<Service>[]>()).map(
						plain
					);
			const revision = nextRevision(
				previous,
				records,
				{ services, organizations: organizations.length },
				at,
				() => catalogueHash({ organizations, services: allServices })
			);
			await this.#catalogue.meta.replaceOne(
				{ _id: REVISION_ID },
				{ _id: REVISION_ID, revision },
				{ ...options, upsert: true }
			);
			await this.#notes.updateOne(
				{ _id: CURATED_ID },
				{ $set: { value: true } },
				{ ...options, upsert: true }
			);
			for (const { change, version } of plans) {
				if (change.record) {
					await this.#proposals.create(
						[{ _id: change.record.id, ...change.record, publishedVersion: version + 1 }],
						options
					);
				}
				if (change.approve) {
					const updated = await this.#proposals.updateOne(
						{ _id: change.approve.proposalId, status: 'pending' },
						{
							$set: {
								status: 'approved',
								review: change.approve.review,
								publishedVersion: version + 1
							}
						},
						options
					);
					if (updated.modifiedCount !== 1) {
						throw new StoreConflictError('not-pending', 'The proposal is no longer pending.');
					}
				}
			}
			return revision;
		});
	}

	async isCurated(): Promise<boolean> {
		return (await this.#notes.findById(CURATED_ID).lean<Note>())?.value === true;
	}

	async appendAudit(entries: AuditDraft[]): Promise<void> {
		await this.#transaction((session) => this.#append(entries, session));
	}

	async auditEntries(filter: { limit: number; before?: number }): Promise<AuditEntry[]> {
		const query =
			filter.before !== undefined ? { _id: mongoose.trusted({ $lt: filter.before }) } : {};
		return (
			await this.#audit.find(query).sort({ _id: -1 }).limit(filter.limit).lean<StoredAudit[]>()
		).map(plain);
	}

	async hit(key: string, windowMs: number, now: number) {
		// Two steps, each atomic: a window that has ended starts again; then the hit is counted.
		await this.#counters.updateOne(
			{ _id: key, resetAt: mongoose.trusted({ $lte: now }) },
			{ $set: { count: 0, resetAt: now + windowMs } }
		);
		const counter = await this.#counters
			.findOneAndUpdate(
				{ _id: key },
				{ $inc: { count: 1 }, $setOnInsert: { resetAt: now + windowMs } },
				{ upsert: true, new: true }
			)
			.lean<Counter>();
		return { count: counter?.count ?? 1, resetAt: counter?.resetAt ?? now + windowMs };
	}

	async unhit(key: string): Promise<void> {
		await this.#counters.updateOne(
			{ _id: key, count: mongoose.trusted({ $gt: 0 }) },
			{ $inc: { count: -1 } }
		);
	}

	async resetHits(key: string): Promise<void> {
		await this.#counters.deleteOne({ _id: key });
	}

	async remindedAt(serviceId: string): Promise<string | null> {
		const note = await this.#notes.findById(`reminded:${serviceId}`).lean<Note>();
		return typeof note?.value === 'string' ? note.value : null;
	}

	async setRemindedAt(serviceIds: readonly string[], at: string): Promise<void> {
		if (serviceIds.length === 0) return;
		await this.#notes.bulkWrite(
			serviceIds.map((id) => ({
				updateOne: {
					filter: { _id: `reminded:${id}` },
					update: { $set: { value: at } },
					upsert: true
				}
			}))
		);
	}
}
