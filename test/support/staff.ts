import path from 'node:path';
import supertest from 'supertest';
import {
	createUser,
	EmbeddedCatalogueRepository,
	newTotpSecret,
	totpCode,
	type UserRecord
} from '@stodkartan/api';
import type { StaffRole } from '@stodkartan/core';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct horse battery staple';

export interface StaffAccount {
	user: UserRecord;
	password: string;
	totpSecret?: string;
	/** A client that keeps the session cookie. */
	agent: ReturnType<typeof supertest.agent>;
}

let counter = 0;

/** Creates an account directly (as `npm run admin -- create-user` does); admins and curators with TOTP. */
export async function createAccount(
	app: TestApp,
	role: StaffRole,
	scope: {
		organizationId?: string;
		counties?: string[];
		withoutTotp?: boolean;
		email?: string;
	} = {}
): Promise<StaffAccount> {
	counter += 1;
	const totpSecret =
		role !== 'editor' && !scope.withoutTotp ? newTotpSecret('x').secret : undefined;
	const user = await createUser(app.staff.accounts, {
		email: scope.email ?? `${role}${counter}@example.org`,
		role,
		...(scope.organizationId ? { organizationId: scope.organizationId } : {}),
		...(scope.counties ? { counties: scope.counties } : {}),
		password: PASSWORD,
		...(totpSecret ? { totpSecret } : {})
	});
	return {
		user,
		password: PASSWORD,
		...(totpSecret ? { totpSecret } : {}),
		agent: supertest.agent(app.app)
	};
}

/**
 * A TOTP code not used before: each code is accepted once, so tests that log in twice within
 * 30 seconds use the next step's code (the server accepts one step of drift).
 */
const lastStep = new Map<string, number>();
export function freshCode(secret: string, now = Date.now()): string {
	const step = Math.floor(now / 30_000);
	const used = lastStep.get(secret) ?? -Infinity;
	const next = step > used ? step : used + 1;
	lastStep.set(secret, next);
	return totpCode(secret, next * 30_000 + 1000);
}

/** Logs the account's agent in; the agent keeps the cookie. */
export async function logIn(account: StaffAccount, now?: number) {
	const response = await account.agent.post('/api/auth/login').send({
		email: account.user.email,
		password: account.password,
		...(account.totpSecret ? { totp: freshCode(account.totpSecret, now) } : {})
	});
	if (response.status !== 200) {
		throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
	}
	return response;
}

/** Creates an account straight in a store folder (the first admin of a server a test started). */
export async function createUserInStore(
	dataDir: string,
	request: Parameters<typeof createUser>[1]
): Promise<UserRecord> {
	const store = EmbeddedCatalogueRepository.open(path.join(dataDir, 'catalogue'));
	try {
		return await createUser(
			{
				repository: store.curation,
				now: () => new Date(),
				mailer: undefined,
				origin: undefined,
				organizationExists: async () => true
			},
			request
		);
	} finally {
		await store.close();
	}
}
