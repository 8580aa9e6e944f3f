import path from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { brokenLinks, createUser, loadConfig, type CatalogueRepository } from '@stodkartan/api';
import {
	countiesSchema,
	emailSchema,
	idSchema,
	staffRoleSchema,
	type AuditEntry
} from '@stodkartan/core';
import { run } from './run.js';
import { openStore } from './store.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const USAGE = `Usage:
  npm run admin -- create-user --email E --role admin|curator|editor [--organization ORG_ID] [--counties 22,03] [--totp-secret BASE32]
      The password comes from STODKARTAN_PASSWORD, or is asked for on a terminal.
      Admins and curators created without --totp-secret set up their second factor at first login.
  npm run admin -- verify-audit
      Checks that the audit log's hash chain is whole.`;

/** Reads a password on the terminal without showing it. */
async function promptPassword(question: string): Promise<string> {
	let muted = false;
	const output = new Writable({
		write(chunk: Buffer, _encoding, done) {
			if (!muted) process.stdout.write(chunk);
			done();
		}
	});
	const readline = createInterface({ input: process.stdin, output, terminal: true });
	return new Promise((resolve) => {
		readline.question(question, (answer) => {
			readline.close();
			process.stdout.write('\n');
			resolve(answer);
		});
		muted = true;
	});
}

async function password(): Promise<string | undefined> {
	if (process.env.STODKARTAN_PASSWORD) return process.env.STODKARTAN_PASSWORD;
	if (!process.stdin.isTTY) return undefined;
	const first = await promptPassword('Password (at least 12 characters): ');
	const again = await promptPassword('The same password again: ');
	if (first !== again) throw new Error('The passwords differ.');
	return first;
}

async function createUserCommand(args: string[], store: CatalogueRepository): Promise<number> {
	const { values } = parseArgs({
		args,
		options: {
			email: { type: 'string' },
			role: { type: 'string' },
			organization: { type: 'string' },
			counties: { type: 'string' },
			'totp-secret': { type: 'string' }
		},
		strict: true
	});
	const problems: string[] = [];
	const email = emailSchema.safeParse(values.email ?? '');
	const role = staffRoleSchema.safeParse(values.role);
	const organization =
		values.organization === undefined ? undefined : idSchema.safeParse(values.organization);
	const counties =
		values.counties === undefined
			? undefined
			: countiesSchema.safeParse(values.counties.split(',').map((code) => code.trim()));
	if (!email.success) problems.push('--email: must be an e-mail address');
	if (!role.success) problems.push('--role: must be admin, curator or editor');
	if (organization && !organization.success) {
		problems.push('--organization: must be an organization id');
	}
	if (counties && !counties.success) {
		problems.push('--counties: must be two-digit county codes, e.g. 22,03');
	}
	if (role.data === 'editor' && !organization) {
		problems.push('--organization: an editor belongs to an organization');
	}
	if (role.data !== 'editor' && organization) {
		problems.push('--organization: only editors belong to one');
	}
	if (role.data !== 'curator' && counties) problems.push('--counties: only curators have counties');
	const secret = await password();
	if (!secret) {
		problems.push('STODKARTAN_PASSWORD: set it, or run the command on a terminal to be asked');
	}
	if (problems.length > 0 || !email.success || !role.success || !secret) {
		console.error(`${problems.map((problem) => `  ${problem}`).join('\n')}\n\n${USAGE}`);
		return 2;
	}
	const user = await createUser(
		{
			repository: store.curation,
			now: () => new Date(),
			mailer: undefined,
			origin: undefined,
			organizationExists: async (id) =>
				(await store.allOrganizations()).some((org) => org.id === id)
		},
		{
			email: email.data,
			role: role.data,
			...(organization?.data ? { organizationId: organization.data } : {}),
			...(counties?.data ? { counties: counties.data } : {}),
			password: secret,
			...(values['totp-secret']
				? { totpSecret: values['totp-secret'].replace(/\s+/g, '').toUpperCase() }
				: {})
		}
	);
	const second = user.totpSecret
		? 'Its second factor (TOTP) is set up.'
		: role.data === 'editor'
			? ''
			: 'It sets up its second factor (TOTP) at its first login.';
	console.log(`Created ${user.role} ${user.email}. ${second}`.trim());
	return 0;
}

async function verifyAudit(store: CatalogueRepository): Promise<number> {
	const entries: AuditEntry[] = [];
	let before: number | undefined;
	for (;;) {
		const page = await store.curation.auditEntries({ limit: 1000, ...(before ? { before } : {}) });
		entries.push(...page);
		if (page.length < 1000) break;
		before = page.at(-1)?.seq;
	}
	const broken = brokenLinks(entries);
	const gaps = entries.filter(
		(entry, index) => index > 0 && (entries[index - 1]?.seq ?? 0) - entry.seq !== 1
	);
	if (broken.length > 0 || gaps.length > 0) {
		console.error(
			`The audit log is not whole: entries ${[...broken, ...gaps.map((entry) => entry.seq)].join(', ')} were changed or removed.`
		);
		return 1;
	}
	console.log(`The audit log is whole: ${entries.length} entries, chained.`);
	return 0;
}

/**
 * `npm run admin -- …`: account administration from the server's shell, against the configured
 * store (DATA_DIR or MONGODB_URI, as the server). Safe while the server runs: LMDB takes several
 * processes, and the server reads accounts from the store at every login.
 */
async function main(): Promise<number> {
	const [command, ...args] = process.argv.slice(2);
	if (command !== 'create-user' && command !== 'verify-audit') {
		console.error(USAGE);
		return 2;
	}
	const config = loadConfig(process.env, ROOT);
	const store = await openStore(config);
	try {
		return command === 'create-user'
			? await createUserCommand(args, store)
			: await verifyAudit(store);
	} catch (error) {
		const issues = (error as { issues?: { path: string; message: string }[] }).issues ?? [];
		console.error(
			[
				(error as Error).message,
				...issues.map((issue) => `  ${issue.path}: ${issue.message}`)
			].join('\n')
		);
		return 1;
	} finally {
		await store.close();
	}
}

run(main);
