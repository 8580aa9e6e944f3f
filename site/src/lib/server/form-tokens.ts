/**
 * One-time tokens for the search forms, so that a search sent without JavaScript cannot be shown
 * again by sending the same form twice: Back to it, then "resend" (or a browser that resends by
 * itself). The token is random and says nothing about the search; this process remembers only
 * the tokens already used, for a day, and at most MAX_REMEMBERED of them.
 */

const REMEMBER_MS = 24 * 60 * 60 * 1000;
const MAX_REMEMBERED = 200_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type TokenCheck = 'fresh' | 'used' | 'missing';

export class FormTokens {
	/** Used tokens and when they may be forgotten, oldest first. */
	readonly #used = new Map<string, number>();
	readonly #now: () => number;

	constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	issue(): string {
		return crypto.randomUUID();
	}

	/** Marks a token used; says whether it was fresh, already used, or not a token at all. */
	use(token: string | undefined): TokenCheck {
		if (!token || !UUID.test(token)) return 'missing';
		const now = this.#now();
		this.#forgetOld(now);
		if (this.#used.has(token)) return 'used';
		this.#used.set(token, now + REMEMBER_MS);
		if (this.#used.size > MAX_REMEMBERED) {
			const oldest = this.#used.keys().next().value;
			if (oldest !== undefined) this.#used.delete(oldest);
		}
		return 'fresh';
	}

	#forgetOld(now: number) {
		for (const [token, until] of this.#used) {
			if (until > now) break;
			this.#used.delete(token);
		}
	}
}

/** The tokens of this server process. */
export const formTokens = new FormTokens();
