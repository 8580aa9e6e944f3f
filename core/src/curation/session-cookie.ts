/**
 * The staff session cookie's names. Behind HTTPS it is `__Host-…`, which browsers accept only
 * from a secure origin, with `Path=/` and no `Domain`; over plain HTTP (a developer's machine)
 * it cannot be. Only staff ever get it; public pages never set a cookie.
 */
export const SESSION_COOKIE = 'stodkartan-staff';
export const SECURE_SESSION_COOKIE = '__Host-stodkartan-staff';

export function sessionCookieName(secure: boolean): string {
	return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/** The session token a Cookie header carries, if any (the secure name first). */
export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
	if (!cookieHeader) return undefined;
	const cookies = new Map<string, string>();
	for (const part of cookieHeader.split(';')) {
		const at = part.indexOf('=');
		if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
	}
	const token = cookies.get(SECURE_SESSION_COOKIE) ?? cookies.get(SESSION_COOKIE);
	return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}
