import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedCatalogueRepository, totpCode } from '@stodkartan/api';
import { FIXTURES } from '../support/domain.js';
import { runCommand, startServer, stopStartedServers } from '../support/processes.js';

const port = 43000 + (process.pid % 1000);
let dataDir: string;

beforeEach(() => {
	dataDir = mkdtempSync(path.join(tmpdir(), 'stodkartan-admin-'));
});
afterEach(async () => {
	await stopStartedServers();
	rmSync(dataDir, { recursive: true, force: true });
});

const admin = (args: string[], env: Record<string, string> = {}) =>
	runCommand('seed/dist/admin.js', { DATA_DIR: dataDir, ...env }, args);

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('npm run admin -- create-user', () => {
	test('creates the first admin while the server runs; it can log in at once with its TOTP', async () => {
		const server = await startServer(
			{ DATA_DIR: dataDir, CATALOGUE_FILE: path.join(FIXTURES, 'fixture-catalogue.json') },
			port
		);
		const created = admin(
			[
				'create-user',
				'--email',
				'First.Admin@example.org',
				'--role',
				'admin',
				'--totp-secret',
				SECRET
			],
			{ STODKARTAN_PASSWORD: 'a long first admin passphrase' }
		);
		expect(created.stderr).toBe('');
		expect(created.status).toBe(0);
		expect(created.stdout).toMatch(
			/Created admin first\.admin@example\.org\. Its second factor \(TOTP\) is set up\./
		);
		const login = await fetch(`${server.base}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				email: 'first.admin@example.org',
				password: 'a long first admin passphrase',
				totp: totpCode(SECRET, Date.now())
			})
		});
		expect(login.status).toBe(200);
		expect(login.headers.get('set-cookie')).toMatch(/^stodkartan-staff=/);
		const cookie = (login.headers.get('set-cookie') as string).split(';')[0] as string;
		const audit = await fetch(`${server.base}/api/admin/audit?limit=5`, { headers: { cookie } });
		const entries = (
			(await audit.json()) as {
				entries: { action: string; actor: { kind: string; email?: string } }[];
			}
		).entries;
		expect(entries.map((entry) => entry.action)).toEqual(
			expect.arrayContaining(['login', 'user.created'])
		);
		expect(entries.find((entry) => entry.action === 'login')?.actor.email).toBe(
			'first.admin@example.org'
		);
	});

	test('an editor belongs to an organization of the catalogue; curators may have counties', async () => {
		await startServer(
			{ DATA_DIR: dataDir, CATALOGUE_FILE: path.join(FIXTURES, 'fixture-catalogue.json') },
			port
		).then((server) => {
			server.child.kill('SIGTERM');
			return server.exited;
		});
		const env = { STODKARTAN_PASSWORD: 'another long passphrase here' };
		const unknownOrganization = admin(
			[
				'create-user',
				'--email',
				'e@example.org',
				'--role',
				'editor',
				'--organization',
				'no-such-org'
			],
			env
		);
		expect(unknownOrganization.status).toBe(1);
		expect(unknownOrganization.stderr).toMatch(
			/organizationId: there is no organization "no-such-org"/
		);
		const curator = admin(
			['create-user', '--email', 'c@example.org', '--role', 'curator', '--counties', '22,03'],
			env
		);
		expect(curator.status).toBe(0);
		expect(curator.stdout).toMatch(/sets up its second factor \(TOTP\) at its first login/);
		const store = EmbeddedCatalogueRepository.open(path.join(dataDir, 'catalogue'));
		try {
			const user = await store.curation.findUserByEmail('c@example.org');
			expect(user).toMatchObject({ role: 'curator', counties: ['22', '03'], active: true });
			expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
			expect(JSON.stringify(user)).not.toContain('another long passphrase');
		} finally {
			await store.close();
		}
	});

	test('refuses what is wrong, with the reason', () => {
		const env = { STODKARTAN_PASSWORD: 'a long enough passphrase' };
		const cases: [string[], Record<string, string>, RegExp][] = [
			[
				['create-user', '--email', 'x', '--role', 'admin'],
				env,
				/--email: must be an e-mail address/
			],
			[
				['create-user', '--email', 'a@example.org', '--role', 'boss'],
				env,
				/--role: must be admin, curator or editor/
			],
			[
				['create-user', '--email', 'a@example.org', '--role', 'editor'],
				env,
				/an editor belongs to an organization/
			],
			[
				['create-user', '--email', 'a@example.org', '--role', 'admin', '--counties', '22'],
				env,
				/only curators have counties/
			],
			[
				['create-user', '--email', 'a@example.org', '--role', 'admin'],
				{},
				/STODKARTAN_PASSWORD: set it/
			]
		];
		for (const [args, extra, message] of cases) {
			const result = admin(args, extra);
			expect(result.status).toBe(2);
			expect(result.stderr).toMatch(message);
		}
		const weak = admin(['create-user', '--email', 'a@example.org', '--role', 'admin'], {
			STODKARTAN_PASSWORD: 'password123456'
		});
		expect(weak.status).toBe(1);
		expect(weak.stderr).toMatch(/one of the passwords people choose most often/);
		const badSecret = admin(
			[
				'create-user',
				'--email',
				'a@example.org',
				'--role',
				'admin',
				'--totp-secret',
				'not base32!'
			],
			env
		);
		expect(badSecret.status).toBe(1);
		expect(admin(['create-user', '--email', 'a@example.org', '--role', 'admin'], env).status).toBe(
			0
		);
		const twice = admin(['create-user', '--email', 'A@example.org', '--role', 'admin'], env);
		expect(twice.status).toBe(1);
		expect(twice.stderr).toMatch(/already an account/);
		expect(admin(['verify-audit']).stdout).toMatch(/The audit log is whole: 1 entries/);
	});
});
