import type {
	Actor,
	AuditAction,
	AuditEntry,
	Organization,
	ProposalView,
	Service,
	ServiceVersion,
	StaffRole
} from '@stodkartan/core';
import type { CatalogueRevision } from './catalogue-repository.js';

/** A staff account as stored. Only the argon2id hash of the password is kept. */
export interface UserRecord {
	id: string;
	/** Lower case; unique. */
	email: string;
	role: StaffRole;
	organizationId?: string;
	counties?: string[];
	passwordHash: string;
	/** The TOTP secret (base32), once enrolled. */
	totpSecret?: string;
	/** The last TOTP time step used, so a code cannot be used twice. */
	totpLastStep?: number;
	active: boolean;
	createdAt: string;
	updatedAt?: string;
}

/** A login. The store keeps only the SHA-256 of the token the cookie carries. */
export interface SessionRecord {
	tokenHash: string;
	userId: string;
	createdAt: string;
	lastSeenAt: string;
	/** The absolute end of the session. */
	expiresAt: string;
	/** An admin or curator who has not enrolled a second factor may only enrol one. */
	mustEnrolTotp: boolean;
}

export interface InvitationRecord {
	id: string;
	/** The SHA-256 of the one-time token in the link. */
	tokenHash: string;
	email: string;
	role: StaffRole;
	organizationId?: string;
	counties?: string[];
	invitedBy: Actor;
	createdAt: string;
	expiresAt: string;
	acceptedAt?: string;
	revokedAt?: string;
}

export type ProposalRecord = ProposalView;

/** An audit entry before the store numbers and chains it. */
export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/**
 * One change of one service, published with others in one transaction: the service (null
 * removes it), a new version of it, and the proposal it came from.
 */
export interface ServicePublication {
	serviceId: string;
	/** The version the change was made against; another version now means a conflict. */
	expectedVersion: number;
	service: Service | null;
	actor: Actor;
	action: ServiceVersion['action'];
	/** What an import brought, when the service published differs from it (conflicts). */
	imported?: Service;
	/** A pending proposal this publishes: it must still be pending, and becomes approved. */
	approve?: { proposalId: string; review: NonNullable<ProposalRecord['review']> };
	/** An already approved proposal recorded with it (import, verification, revert). */
	record?: ProposalRecord;
}

export interface Publication {
	at: string;
	changes: ServicePublication[];
	/** Organizations to add or replace (an import). */
	organizations?: Organization[];
	/** Organizations to remove (an import), when no service names them any more. */
	removeOrganizations?: string[];
	audit: AuditDraft[];
}

/** A write that could not be made because the store changed under it. */
export class StoreConflictError extends Error {
	constructor(
		readonly reason: 'version' | 'not-pending' | 'exists' | 'gone',
		message: string
	) {
		super(message);
		this.name = 'StoreConflictError';
	}
}

/**
 * What curation keeps beside the catalogue, in the same store so that a publication is one
 * transaction: accounts, sessions, invitations, proposals, service versions, the audit log, and
 * counters for throttling. Two implementations, one contract (`test/contract`).
 */
export interface CurationRepository {
	// Accounts
	createUser(user: UserRecord, audit: AuditDraft[]): Promise<void>;
	findUserById(id: string): Promise<UserRecord | null>;
	findUserByEmail(email: string): Promise<UserRecord | null>;
	listUsers(): Promise<UserRecord[]>;
	/** Replaces the account; its sessions end when `endSessions` (deactivation, new password). */
	updateUser(user: UserRecord, audit: AuditDraft[], endSessions?: boolean): Promise<void>;

	// Sessions
	createSession(session: SessionRecord): Promise<void>;
	findSession(tokenHash: string): Promise<SessionRecord | null>;
	touchSession(tokenHash: string, lastSeenAt: string): Promise<void>;
	deleteSession(tokenHash: string): Promise<void>;
	deleteUserSessions(userId: string): Promise<number>;
	deleteExpiredSessions(now: string, idleBefore: string): Promise<number>;

	// Invitations
	createInvitation(invitation: InvitationRecord, audit: AuditDraft[]): Promise<void>;
	findInvitation(tokenHash: string): Promise<InvitationRecord | null>;
	listInvitations(): Promise<InvitationRecord[]>;
	/** Marks the invitation used and creates its account, at once; refuses a used one. */
	acceptInvitation(tokenHash: string, user: UserRecord, audit: AuditDraft[]): Promise<void>;
	revokeInvitation(id: string, at: string, audit: AuditDraft[]): Promise<void>;
	/** Removes invitations used, revoked or expired before `before`. */
	deleteOldInvitations(before: string): Promise<number>;

	// Proposals and versions
	createProposal(proposal: ProposalRecord, audit: AuditDraft[]): Promise<void>;
	findProposal(id: string): Promise<ProposalRecord | null>;
	/** Newest first. */
	listProposals(filter: {
		status?: ProposalRecord['status'];
		serviceId?: string;
		limit: number;
	}): Promise<ProposalRecord[]>;
	rejectProposal(
		id: string,
		review: NonNullable<ProposalRecord['review']>,
		audit: AuditDraft[]
	): Promise<void>;
	/** The service's current version: 0 until curation first changes it. */
	serviceVersion(serviceId: string): Promise<number>;
	/** Oldest first. */
	serviceVersions(serviceId: string): Promise<ServiceVersion[]>;
	/**
	 * Publishes changes of services with their versions, proposals and audit entries, and a new
	 * catalogue revision, in one transaction: all of it or none of it.
	 */
	publish(publication: Publication): Promise<CatalogueRevision>;
	/** Whether curation has ever proposed or changed anything in this store. */
	isCurated(): Promise<boolean>;

	// Audit
	appendAudit(entries: AuditDraft[]): Promise<void>;
	/** Newest first, before the entry `before` when given. */
	auditEntries(filter: { limit: number; before?: number }): Promise<AuditEntry[]>;

	// Counters
	/** Counts a hit for `key` in a fixed window of `windowMs` starting at its first hit. */
	hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }>;
	unhit(key: string): Promise<void>;
	resetHits(key: string): Promise<void>;
	/** Small per-service notes: when a reminder was last sent. */
	remindedAt(serviceId: string): Promise<string | null>;
	setRemindedAt(serviceIds: readonly string[], at: string): Promise<void>;
}

export type { AuditAction };
