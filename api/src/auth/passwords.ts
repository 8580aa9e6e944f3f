import { readFileSync } from 'node:fs';
import path from 'node:path';
import argon2 from 'argon2';

/**
 * argon2id with the argon2 package's defaults (64 MiB, 3 passes, 4 lanes): above OWASP's
 * minimum (19 MiB, 2 passes), about 0.1–0.3 s on a small server.
 */
const HASH_OPTIONS = {
	type: argon2.argon2id,
	memoryCost: 65_536,
	timeCost: 3,
	parallelism: 4
} as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

let common: Set<string> | undefined;

/** The common passwords the API ships (api/data/common-passwords.txt, from zxcvbn; MIT). */
function commonPasswords(): Set<string> {
	common ??= new Set(
		readFileSync(path.resolve(import.meta.dirname, '../../data/common-passwords.txt'), 'utf8')
			.split('\n')
			.filter(Boolean)
	);
	return common;
}

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-email';

/**
 * Why a new password is refused, if it is: shorter than 12 characters, one of the passwords
 * people choose most often (also with digits or symbols added at the end, or doubled), or
 * built from the account's own e-mail. No rules about character classes (NIST SP 800-63B).
 */
export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
	if ([...password].length < MIN_PASSWORD_LENGTH) return 'too-short';
	if (password.length > MAX_PASSWORD_LENGTH) return 'too-long';
	const lower = password.toLowerCase();
	const stem = lower.replace(/[\d\W_]+$/u, '');
	const half = lower.slice(0, lower.length / 2);
	const list = commonPasswords();
	if (
		list.has(lower) ||
		list.has(stem) ||
		(lower === half + half && list.has(half)) ||
		new Set(lower).size <= 2
	) {
		return 'common';
	}
	const local = email.toLowerCase().split('@')[0] ?? '';
	if (local.length >= 4 && lower.includes(local)) return 'contains-email';
	return undefined;
}

export function hashPassword(password: string): Promise<string> {
	return argon2.hash(password, HASH_OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Whether the password matches the hash. Without a hash (no such account) a dummy hash is
 * checked all the same, so an unknown e-mail takes as long as a wrong password.
 */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
	dummy ??= hashPassword('not a password of anyone');
	try {
		const matches = await argon2.verify(hash ?? (await dummy), password);
		return hash !== undefined && matches;
	} catch {
		return false;
	}
}

/** Whether a stored hash was made with weaker settings than today's and should be renewed. */
export function needsRehash(hash: string): boolean {
	return argon2.needsRehash(hash, HASH_OPTIONS);
}
