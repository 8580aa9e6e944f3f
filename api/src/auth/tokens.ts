import { createHash, randomBytes } from 'node:crypto';

/** A new secret token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

/** What the store keeps of a token: its SHA-256, so a copy of the store opens nothing. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function newId(): string {
	return randomBytes(12).toString('base64url');
}
