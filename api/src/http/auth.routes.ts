import type { Router } from 'express';
import { z } from 'zod';
import {
	acceptInvitationRequestSchema,
	invitationTokenSchema,
	loginRequestSchema,
	passwordChangeRequestSchema,
	totpConfirmRequestSchema
} from '@stodkartan/core';
import { UnauthenticatedError } from '../auth/errors.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { userView } from '../auth/staff-auth.js';
import { isBase32Secret, newTotpSecret } from '../auth/totp.js';
import { acceptInvitation, openInvitation, requireGoodPassword } from '../curation/accounts.js';
import { InvalidRequestError, parseInput } from './errors.js';
import {
	clearSessionCookie,
	requireSession,
	setSessionCookie,
	staffOf,
	type StaffDependencies
} from './staff.js';
import { addressThrottle, loginThrottles } from './throttle.js';

/**
 * `/api/auth`: logging in (password, then TOTP once enrolled), out, out everywhere; enrolling
 * the second factor; changing the password; accepting an invitation. The cookie is set here and
 * nowhere else.
 */
export function registerAuthRoutes(router: Router, staff: StaffDependencies): void {
	const { auth, accounts, origin } = staff;
	const session = requireSession(auth);
	const invitationThrottle = addressThrottle(15 * 60_000, 30);

	router.post('/api/auth/login', ...loginThrottles(auth.repository, auth.now), async (req, res) => {
		const { email, password, totp } = parseInput(loginRequestSchema, req.body ?? {}, 'body');
		const { token, session: created, user } = await auth.login(email, password, totp);
		setSessionCookie(req, res, token, origin);
		res.json(auth.describe({ user, session: created, tokenHash: created.tokenHash }));
	});

	router.get('/api/auth/session', session, (_req, res) => {
		res.json(auth.describe(staffOf(res)));
	});

	router.post('/api/auth/logout', session, async (req, res) => {
		await auth.logout(staffOf(res));
		clearSessionCookie(req, res, origin);
		res.json({ loggedOut: true });
	});

	router.post('/api/auth/logout-everywhere', session, async (req, res) => {
		const sessions = await auth.logoutEverywhere(staffOf(res));
		clearSessionCookie(req, res, origin);
		res.json({ loggedOut: true, sessions });
	});

	router.post('/api/auth/totp/setup', session, (_req, res) => {
		res.json(newTotpSecret(staffOf(res).user.email));
	});

	router.post('/api/auth/totp/confirm', session, async (req, res) => {
		const { secret, totp } = parseInput(totpConfirmRequestSchema, req.body ?? {}, 'body');
		const current = staffOf(res);
		if (current.user.totpSecret) {
			throw new InvalidRequestError('A second factor is already set up; an admin can reset it.');
		}
		if (!isBase32Secret(secret)) {
			throw new InvalidRequestError('The secret is not valid.', [
				{ path: 'body.secret', message: 'must be base32' }
			]);
		}
		const enrolled = await auth.enrolTotp(current, secret, totp);
		if (!enrolled) {
			throw new InvalidRequestError(
				'The code does not match. Check the time on your phone and try the next code.',
				[{ path: 'body.totp', message: 'does not match the secret' }]
			);
		}
		res.json(auth.describe(enrolled));
	});

	router.post('/api/auth/password', session, async (req, res) => {
		const { currentPassword, newPassword } = parseInput(
			passwordChangeRequestSchema,
			req.body ?? {},
			'body'
		);
		const current = staffOf(res);
		if (!(await verifyPassword(current.user.passwordHash, currentPassword))) {
			throw new UnauthenticatedError('The current password is wrong.', 'invalid_credentials');
		}
		requireGoodPassword(newPassword, current.user.email, 'body.newPassword');
		await auth.changePassword(current, await hashPassword(newPassword));
		res.json({ changed: true });
	});

	// A POST, so the token never stands in a URL that a log could keep.
	router.post('/api/auth/invitation', invitationThrottle, async (req, res) => {
		const { token } = parseInput(
			z.strictObject({ token: invitationTokenSchema }),
			req.body ?? {},
			'body'
		);
		const invitation = await openInvitation(accounts, token);
		res.json({
			email: invitation.email,
			role: invitation.role,
			...(invitation.organizationId ? { organizationId: invitation.organizationId } : {}),
			...(invitation.counties ? { counties: invitation.counties } : {}),
			expiresAt: invitation.expiresAt
		});
	});

	router.post('/api/auth/invitation/accept', invitationThrottle, async (req, res) => {
		const { token, password } = parseInput(acceptInvitationRequestSchema, req.body ?? {}, 'body');
		const user = await acceptInvitation(accounts, token, password);
		res.status(201).json({ user: userView(user) });
	});
}
