import type { Request, RequestHandler, Response } from 'express';
import { sessionCookieName, sessionTokenFrom, type StaffMember } from '@stodkartan/core';
import { ForbiddenError, UnauthenticatedError } from '../auth/errors.js';
import { memberOf, type StaffAuth, type StaffSession } from '../auth/staff-auth.js';
import type { AccountsContext } from '../curation/accounts.js';
import type { CurationContext } from '../curation/proposals.js';

/** What the staff routes need; absent, the app has no staff routes. */
export interface StaffDependencies {
	auth: StaffAuth;
	curation: CurationContext;
	accounts: AccountsContext;
	/** The configured ORIGIN, if any. */
	origin: string | undefined;
}

/** The visitor's address the site's server passes on with its calls (for the login throttle). */
const ADDRESS_HEADER = 'x-stodkartan-client-address';

/**
 * Sets `res.locals.clientAddress`: the site's word for it when the call carries the site's
 * token (issue 10's per-process secret), the connection's otherwise.
 */
export function clientAddressOf(isSiteCall: (req: Request) => boolean): RequestHandler {
	return (req, res, next) => {
		const passed = req.get(ADDRESS_HEADER);
		res.locals.clientAddress = passed && isSiteCall(req) ? passed : req.ip;
		next();
	};
}

/** Whether the session cookie must be `Secure` (and so `__Host-`): behind HTTPS. */
export function isSecure(req: Request, origin: string | undefined): boolean {
	return req.secure || (origin?.startsWith('https:') ?? false);
}

export function setSessionCookie(
	req: Request,
	res: Response,
	token: string,
	origin: string | undefined
) {
	const secure = isSecure(req, origin);
	// No Max-Age: the cookie ends with the browser; the server ends the session before that.
	res.cookie(sessionCookieName(secure), token, {
		httpOnly: true,
		sameSite: 'strict',
		secure,
		path: '/'
	});
}

export function clearSessionCookie(req: Request, res: Response, origin: string | undefined) {
	const secure = isSecure(req, origin);
	res.clearCookie(sessionCookieName(secure), {
		httpOnly: true,
		sameSite: 'strict',
		secure,
		path: '/'
	});
}

/** The request's live session, looked up once. */
export async function sessionOf(
	req: Request,
	res: Response,
	auth: StaffAuth
): Promise<StaffSession | null> {
	if (res.locals.staff !== undefined) return res.locals.staff as StaffSession | null;
	const staff = await auth.authenticate(sessionTokenFrom(req.get('cookie')));
	res.locals.staff = staff;
	return staff;
}

/** 401 without a live session. Does not require the second factor (for enrolment itself). */
export function requireSession(auth: StaffAuth): RequestHandler {
	return async (req, res, next) => {
		if (!(await sessionOf(req, res, auth))) throw new UnauthenticatedError();
		next();
	};
}

/** 401 without a session; 403 until an admin or curator has enrolled a second factor. */
export function requireStaff(auth: StaffAuth): RequestHandler {
	return async (req, res, next) => {
		const staff = await sessionOf(req, res, auth);
		if (!staff) throw new UnauthenticatedError();
		if (staff.session.mustEnrolTotp) {
			throw new ForbiddenError(
				'Set up your second factor (an authenticator app) first.',
				'totp_enrolment_required'
			);
		}
		next();
	};
}

export function staffOf(res: Response): StaffSession {
	return res.locals.staff as StaffSession;
}

export function memberFrom(res: Response): StaffMember {
	return memberOf(staffOf(res).user);
}
