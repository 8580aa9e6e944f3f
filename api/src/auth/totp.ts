import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;
const ISSUER = 'Stödkartan';

function totpFor(secret: string, label = ''): TOTP {
	return new TOTP({
		issuer: ISSUER,
		label,
		algorithm: 'SHA1',
		digits: 6,
		period: PERIOD,
		secret: Secret.fromBase32(secret)
	});
}

/** A new shared secret (160 bits, base32) and the otpauth:// URI of it. */
export function newTotpSecret(email: string): { secret: string; uri: string } {
	const secret = new Secret({ size: 20 }).base32;
	return { secret, uri: totpFor(secret, email).toString() };
}

export function isBase32Secret(secret: string): boolean {
	try {
		return /^[A-Z2-7]+=*$/.test(secret) && Secret.fromBase32(secret).bytes.length >= 10;
	} catch {
		return false;
	}
}

/**
 * The time step a code belongs to, if it is valid now (one step of clock drift either way), or
 * undefined. The caller refuses a step already used, so a code seen once cannot be used again.
 */
export function totpStep(secret: string, code: string, now: number): number | undefined {
	const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
	return delta === null ? undefined : Math.floor(now / 1000 / PERIOD) + delta;
}

/** The code of a secret at a time (for tests and the first-admin command's check). */
export function totpCode(secret: string, now: number): string {
	return totpFor(secret).generate({ timestamp: now });
}
