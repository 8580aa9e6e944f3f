import {
	ROLES_REQUIRING_TOTP,
	type SessionResponse,
	type StaffMember,
	type StaffUser
} from '@stodkartan/core';
import type {
	AuditDraft,
	CurationRepository,
	SessionRecord,
	UserRecord
} from '../store/curation-repository.js';
import { UnauthenticatedError } from './errors.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { hashToken, newToken } from './tokens.js';
import { totpStep } from './totp.js';

export interface SessionPolicy {
	idleMinutes: number;
	absoluteHours: number;
}

/** A signed-in staff member, as the routes see them. */
export interface StaffSession {
	user: UserRecord;
	session: SessionRecord;
	tokenHash: string;
}

/** Touching a session writes to the store; once a minute is enough for an idle timeout in minutes. */
const TOUCH_AFTER_MS = 60_000;

export function memberOf(user: UserRecord): StaffMember {
	return {
		id: user.id,
		email: user.email,
		role: user.role,
		...(user.organizationId ? { organizationId: user.organizationId } : {}),
		...(user.counties ? { counties: user.counties } : {})
	};
}

export function userView(user: UserRecord): StaffUser {
	return {
		id: user.id,
		email: user.email,
		role: user.role,
		...(user.organizationId ? { organizationId: user.organizationId } : {}),
		...(user.counties ? { counties: user.counties } : {}),
		totpEnrolled: user.totpSecret !== undefined,
		active: user.active,
		createdAt: user.createdAt
	};
}

export function mustEnrolTotp(user: UserRecord): boolean {
	return ROLES_REQUIRING_TOTP.includes(user.role) && user.totpSecret === undefined;
}

/**
 * Logging in and out, and the sessions in between. Sessions live in the store (so every
 * instance knows them, and logout ends them everywhere); the cookie carries a random token, the
 * store its hash. Time comes from `now`, so tests can move the clock.
 */
export class StaffAuth {
	constructor(
		readonly repository: CurationRepository,
		readonly policy: SessionPolicy,
		readonly now: () => Date = () => new Date()
	) {}

	/**
	 * Checks e-mail, password and (once enrolled) the TOTP code. Every failure is the same 401,
	 * so an answer never says which part was wrong. Failed attempts on a known account are
	 * audited; the e-mail typed for an unknown one is not (it may be a password typed in the
	 * wrong field).
	 */
	async login(
		email: string,
		password: string,
		totp: string | undefined
	): Promise<{ token: string; session: SessionRecord; user: UserRecord }> {
		const found = await this.repository.findUserByEmail(email);
		const user = found?.active ? found : undefined;
		const passwordMatches = await verifyPassword(user?.passwordHash, password);
		const now = this.now();
		const at = now.toISOString();
		if (!user || !passwordMatches) {
			if (user) await this.#auditFailure(user, at, 'password');
			throw new UnauthenticatedError('Wrong e-mail, password or code.', 'invalid_credentials');
		}
		let totpLastStep = user.totpLastStep;
		if (user.totpSecret) {
			const step = totp ? totpStep(user.totpSecret, totp, now.getTime()) : undefined;
			if (step === undefined || (user.totpLastStep !== undefined && step <= user.totpLastStep)) {
				await this.#auditFailure(user, at, totp ? 'totp' : 'totp-missing');
				throw new UnauthenticatedError('Wrong e-mail, password or code.', 'invalid_credentials');
			}
			totpLastStep = step;
		}
		const renewed = needsRehash(user.passwordHash)
			? { passwordHash: await hashPassword(password) }
			: {};
		const updated: UserRecord = {
			...user,
			...renewed,
			...(totpLastStep !== undefined ? { totpLastStep } : {})
		};
		await this.repository.updateUser(updated, [
			{ at, actor: actorOfUser(user), action: 'login', target: { type: 'user', id: user.id } }
		]);
		const token = newToken();
		const session: SessionRecord = {
			tokenHash: hashToken(token),
			userId: user.id,
			createdAt: at,
			lastSeenAt: at,
			expiresAt: new Date(now.getTime() + this.policy.absoluteHours * 3_600_000).toISOString(),
			mustEnrolTotp: mustEnrolTotp(user)
		};
		await this.repository.createSession(session);
		return { token, session, user: updated };
	}

	async #auditFailure(user: UserRecord, at: string, reason: string): Promise<void> {
		await this.repository.appendAudit([
			{
				at,
				actor: actorOfUser(user),
				action: 'login.failed',
				target: { type: 'user', id: user.id },
				details: { reason }
			}
		]);
	}

	/** The live session of a token, or null: unknown, idle too long, too old, or account closed. */
	async authenticate(token: string | undefined): Promise<StaffSession | null> {
		if (!token) return null;
		const tokenHash = hashToken(token);
		const session = await this.repository.findSession(tokenHash);
		if (!session) return null;
		const now = this.now();
		const idleSince = now.getTime() - Date.parse(session.lastSeenAt);
		if (now.toISOString() >= session.expiresAt || idleSince >= this.policy.idleMinutes * 60_000) {
			await this.repository.deleteSession(tokenHash);
			return null;
		}
		const user = await this.repository.findUserById(session.userId);
		if (!user?.active) {
			await this.repository.deleteSession(tokenHash);
			return null;
		}
		if (idleSince >= TOUCH_AFTER_MS) {
			session.lastSeenAt = now.toISOString();
			await this.repository.touchSession(tokenHash, session.lastSeenAt);
		}
		return { user, session, tokenHash };
	}

	describe({ user, session }: StaffSession): SessionResponse {
		const idleEnds = Date.parse(session.lastSeenAt) + this.policy.idleMinutes * 60_000;
		return {
			user: userView(user),
			mustEnrolTotp: session.mustEnrolTotp,
			expiresAt: session.expiresAt,
			idleExpiresAt: new Date(Math.min(idleEnds, Date.parse(session.expiresAt))).toISOString()
		};
	}

	async logout(staff: StaffSession): Promise<void> {
		await this.repository.deleteSession(staff.tokenHash);
		await this.repository.appendAudit([this.#entry(staff.user, 'logout')]);
	}

	async logoutEverywhere(staff: StaffSession): Promise<number> {
		const ended = await this.repository.deleteUserSessions(staff.user.id);
		await this.repository.appendAudit([
			{ ...this.#entry(staff.user, 'logout.everywhere'), details: { sessions: ended } }
		]);
		return ended;
	}

	/**
	 * Enrols a second factor: the code proves the app holds the secret. The session that asked
	 * for it stays; every other session of the account ends.
	 */
	async enrolTotp(
		staff: StaffSession,
		secret: string,
		code: string
	): Promise<StaffSession | undefined> {
		const now = this.now();
		const step = totpStep(secret, code, now.getTime());
		if (step === undefined) return undefined;
		const user = {
			...staff.user,
			totpSecret: secret,
			totpLastStep: step,
			updatedAt: now.toISOString()
		};
		await this.repository.updateUser(user, [this.#entry(staff.user, 'totp.enrolled')], true);
		const session = { ...staff.session, mustEnrolTotp: false };
		await this.repository.createSession(session);
		return { user, session, tokenHash: staff.tokenHash };
	}

	async changePassword(staff: StaffSession, passwordHash: string): Promise<void> {
		const at = this.now().toISOString();
		await this.repository.updateUser(
			{ ...staff.user, passwordHash, updatedAt: at },
			[this.#entry(staff.user, 'password.changed')],
			true
		);
		await this.repository.createSession({ ...staff.session, lastSeenAt: at });
	}

	#entry(user: UserRecord, action: AuditDraft['action']): AuditDraft {
		return {
			at: this.now().toISOString(),
			actor: actorOfUser(user),
			action,
			target: { type: 'user', id: user.id }
		};
	}
}

export function actorOfUser(user: Pick<UserRecord, 'id' | 'email' | 'role'>) {
	return { kind: 'user' as const, id: user.id, email: user.email, role: user.role };
}
