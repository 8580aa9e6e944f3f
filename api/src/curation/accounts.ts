import {
	mayInvite,
	type Actor,
	type StaffMember,
	type StaffRole,
	type invitationRequestSchema,
	type userUpdateRequestSchema
} from '@stodkartan/core';
import type { z } from 'zod';
import { deny, ConflictError, ForbiddenError } from '../auth/errors.js';
import type { Mailer } from '../auth/mailer.js';
import { hashPassword, passwordProblem, type PasswordProblem } from '../auth/passwords.js';
import { actorOfUser } from '../auth/staff-auth.js';
import { hashToken, newId, newToken } from '../auth/tokens.js';
import { isBase32Secret } from '../auth/totp.js';
import { InvalidRequestError, NotFoundError } from '../http/errors.js';
import {
	StoreConflictError,
	type CurationRepository,
	type InvitationRecord,
	type UserRecord
} from '../store/curation-repository.js';

/** An invitation link is valid this long. */
export const INVITATION_HOURS = 72;

const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
	'too-short': 'must be at least 12 characters (a few words make a good one)',
	'too-long': 'must be at most 256 characters',
	common: 'is one of the passwords people choose most often',
	'contains-email': 'must not contain your e-mail address'
};

export function requireGoodPassword(password: string, email: string, path = 'password'): void {
	const problem = passwordProblem(password, email);
	if (problem) {
		throw new InvalidRequestError('Choose another password.', [
			{ path, message: PASSWORD_MESSAGES[problem] }
		]);
	}
}

export interface AccountsContext {
	repository: CurationRepository;
	now: () => Date;
	mailer: Mailer | undefined;
	/** The site's origin for links in e-mails; without it the link is given as a path. */
	origin: string | undefined;
	organizationExists: (id: string) => Promise<boolean>;
}

type InvitationRequest = z.infer<typeof invitationRequestSchema>;

async function requireOrganization(context: AccountsContext, id: string | undefined | null) {
	if (id && !(await context.organizationExists(id))) {
		throw new InvalidRequestError('The organization is not in the catalogue.', [
			{ path: 'organizationId', message: `there is no organization "${id}"` }
		]);
	}
}

/**
 * Invites someone by a one-time link valid 72 hours: sent by e-mail when SMTP is configured,
 * otherwise given to the inviter this once. Only the token's hash is stored. Admins may invite
 * any role; curators editors only.
 */
export async function invite(
	context: AccountsContext,
	member: StaffMember,
	request: InvitationRequest
): Promise<{ invitation: InvitationRecord; link: string; sent: boolean }> {
	if (!mayInvite(member, request.role)) throw deny('role');
	await requireOrganization(context, request.organizationId);
	if (await context.repository.findUserByEmail(request.email)) {
		throw new ConflictError('exists', 'There is already an account with that e-mail.');
	}
	const token = newToken();
	const now = context.now();
	const invitedBy: Actor = { kind: 'user', id: member.id, email: member.email, role: member.role };
	const invitation: InvitationRecord = {
		id: newId(),
		tokenHash: hashToken(token),
		email: request.email,
		role: request.role,
		...(request.organizationId ? { organizationId: request.organizationId } : {}),
		...(request.counties ? { counties: request.counties } : {}),
		invitedBy,
		createdAt: now.toISOString(),
		expiresAt: new Date(now.getTime() + INVITATION_HOURS * 3_600_000).toISOString()
	};
	await context.repository.createInvitation(invitation, [
		{
			at: invitation.createdAt,
			actor: invitedBy,
			action: 'invitation.created',
			target: { type: 'invitation', id: invitation.id },
			after: {
				email: invitation.email,
				role: invitation.role,
				organizationId: invitation.organizationId,
				counties: invitation.counties
			}
		}
	]);
	const link = `${context.origin ?? ''}/redigera/inbjudan?token=${token}`;
	if (!context.mailer) return { invitation, link, sent: false };
	await context.mailer.send({
		to: invitation.email,
		subject: 'Inbjudan till Stödkartan / Invitation to Stödkartan',
		text: [
			`Du är inbjuden att hjälpa till att hålla Stödkartan aktuell (roll: ${invitation.role}).`,
			`Välj ditt lösenord här inom ${INVITATION_HOURS} timmar:`,
			link,
			'',
			`You are invited to help keep Stödkartan current (role: ${invitation.role}).`,
			`Choose your password here within ${INVITATION_HOURS} hours:`,
			link,
			'',
			'Om du inte väntade dig detta kan du bortse från meddelandet. / If you did not expect this, ignore it.'
		].join('\n')
	});
	return { invitation, link: '', sent: true };
}

/** The open invitation of a token, or a clear reason why it cannot be used. */
export async function openInvitation(
	context: AccountsContext,
	token: string
): Promise<InvitationRecord> {
	const invitation = await context.repository.findInvitation(hashToken(token));
	if (!invitation || invitation.acceptedAt || invitation.revokedAt) {
		throw new NotFoundError('This invitation has been used or withdrawn. Ask for a new one.');
	}
	if (invitation.expiresAt <= context.now().toISOString()) {
		throw new ConflictError('expired', 'This invitation has expired. Ask for a new one.');
	}
	return invitation;
}

/** Sets the password of an invited account and creates it; the link then stops working. */
export async function acceptInvitation(
	context: AccountsContext,
	token: string,
	password: string
): Promise<UserRecord> {
	const invitation = await openInvitation(context, token);
	requireGoodPassword(password, invitation.email);
	const at = context.now().toISOString();
	const user: UserRecord = {
		id: newId(),
		email: invitation.email,
		role: invitation.role,
		...(invitation.organizationId ? { organizationId: invitation.organizationId } : {}),
		...(invitation.counties ? { counties: invitation.counties } : {}),
		passwordHash: await hashPassword(password),
		active: true,
		createdAt: at
	};
	try {
		await context.repository.acceptInvitation(invitation.tokenHash, user, [
			{
				at,
				actor: actorOfUser(user),
				action: 'invitation.accepted',
				target: { type: 'invitation', id: invitation.id },
				details: { invitedBy: invitation.invitedBy }
			}
		]);
	} catch (error) {
		if (error instanceof StoreConflictError) throw new ConflictError(error.reason, error.message);
		throw error;
	}
	return user;
}

/**
 * Creates an account directly (the `npm run admin -- create-user` command, for the first admin).
 * A TOTP secret given is enrolled at once; admins and curators without one enrol at first login.
 */
export async function createUser(
	context: AccountsContext,
	request: {
		email: string;
		role: StaffRole;
		organizationId?: string;
		counties?: string[];
		password: string;
		totpSecret?: string;
	}
): Promise<UserRecord> {
	requireGoodPassword(request.password, request.email);
	await requireOrganization(context, request.organizationId);
	if (request.totpSecret !== undefined && !isBase32Secret(request.totpSecret)) {
		throw new InvalidRequestError('The TOTP secret is not valid.', [
			{ path: 'totp-secret', message: 'must be base32 (A–Z, 2–7), at least 16 characters' }
		]);
	}
	const at = context.now().toISOString();
	const user: UserRecord = {
		id: newId(),
		email: request.email,
		role: request.role,
		...(request.organizationId ? { organizationId: request.organizationId } : {}),
		...(request.counties ? { counties: request.counties } : {}),
		passwordHash: await hashPassword(request.password),
		...(request.totpSecret ? { totpSecret: request.totpSecret } : {}),
		active: true,
		createdAt: at
	};
	try {
		await context.repository.createUser(user, [
			{
				at,
				actor: { kind: 'system' },
				action: 'user.created',
				target: { type: 'user', id: user.id },
				after: {
					email: user.email,
					role: user.role,
					organizationId: user.organizationId,
					counties: user.counties,
					totpEnrolled: Boolean(user.totpSecret)
				}
			}
		]);
	} catch (error) {
		if (error instanceof StoreConflictError) throw new ConflictError(error.reason, error.message);
		throw error;
	}
	return user;
}

/** An admin changes an account's role, scope or state; audited with before and after. */
export async function updateUser(
	context: AccountsContext,
	member: StaffMember,
	id: string,
	update: z.infer<typeof userUpdateRequestSchema>
): Promise<UserRecord> {
	if (member.role !== 'admin') throw deny('role');
	const user = await context.repository.findUserById(id);
	if (!user) throw new NotFoundError('There is no such account.');
	if (id === member.id && (update.active === false || (update.role && update.role !== 'admin'))) {
		throw new ForbiddenError(
			'Admins cannot demote or close their own account: ask another admin.',
			'own_account'
		);
	}
	const next: UserRecord = { ...user, updatedAt: context.now().toISOString() };
	if (update.role) next.role = update.role;
	if (update.organizationId !== undefined) {
		if (update.organizationId === null) delete next.organizationId;
		else next.organizationId = update.organizationId;
	}
	if (update.counties !== undefined) {
		if (update.counties === null) delete next.counties;
		else next.counties = update.counties;
	}
	if (next.role !== 'editor') delete next.organizationId;
	if (next.role !== 'curator') delete next.counties;
	if (next.role === 'editor' && !next.organizationId) {
		throw new InvalidRequestError('An editor belongs to an organization.', [
			{ path: 'organizationId', message: 'is required for an editor' }
		]);
	}
	await requireOrganization(context, next.organizationId);
	if (update.active !== undefined) next.active = update.active;
	if (update.resetTotp) {
		delete next.totpSecret;
		delete next.totpLastStep;
	}
	const view = (record: UserRecord) => ({
		role: record.role,
		organizationId: record.organizationId ?? null,
		counties: record.counties ?? null,
		active: record.active,
		totpEnrolled: Boolean(record.totpSecret)
	});
	const actor: Actor = { kind: 'user', id: member.id, email: member.email, role: member.role };
	// A change of power ends the account's sessions: the next login gets the new scope.
	await context.repository.updateUser(
		next,
		[
			{
				at: next.updatedAt as string,
				actor,
				action: 'user.updated',
				target: { type: 'user', id },
				before: view(user),
				after: view(next)
			}
		],
		true
	);
	return next;
}

/** An invitation as the API shows it: never its token's hash. */
export function invitationView({ tokenHash: _hash, ...invitation }: InvitationRecord) {
	return invitation;
}

/** Withdraws an open invitation: admins any, curators their own; audited. */
export async function revokeInvitation(
	context: AccountsContext,
	member: StaffMember,
	id: string
): Promise<void> {
	if (member.role === 'editor') throw deny('role');
	const invitation = (await context.repository.listInvitations()).find((entry) => entry.id === id);
	const mine = invitation?.invitedBy.kind === 'user' && invitation.invitedBy.id === member.id;
	if (!invitation || (member.role !== 'admin' && !mine)) {
		throw new NotFoundError('There is no such invitation.');
	}
	const at = context.now().toISOString();
	const actor: Actor = { kind: 'user', id: member.id, email: member.email, role: member.role };
	try {
		await context.repository.revokeInvitation(id, at, [
			{ at, actor, action: 'invitation.revoked', target: { type: 'invitation', id } }
		]);
	} catch (error) {
		if (error instanceof StoreConflictError) {
			throw new ConflictError('not_open', 'The invitation is no longer open.');
		}
		throw error;
	}
}
