import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { EmbeddedCatalogueRepository } from '@stodkartan/api';
import { buildCatalogue, buildOrganization, buildService, ROOT } from '../support/domain.js';
import { createUserInStore } from '../support/staff.js';

interface Received {
	to: string[];
	text: string;
}

let dataDir: string;
let smtp: SMTPServer;
let received: Received[];
let smtpPort: number;

beforeEach(async () => {
	dataDir = mkdtempSync(path.join(tmpdir(), 'stodkartan-reminders-'));
	received = [];
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			let text = '';
			stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), text });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	smtpPort = (smtp.server.address() as AddressInfo).port;

	const store = EmbeddedCatalogueRepository.open(path.join(dataDir, 'catalogue'));
	await store.replaceCatalogue(
		buildCatalogue(
			[
				buildService({
					id: 'stale',
					organizationId: 'org',
					lastVerified: '2024-01-10',
					name: { sv: 'Gammal jour' }
				}),
				buildService({ id: 'orphan', organizationId: 'other', lastVerified: '2023-01-10' }),
				buildService({
					id: 'fresh',
					organizationId: 'org',
					lastVerified: new Date().toISOString().slice(0, 10)
				})
			],
			[buildOrganization(), buildOrganization({ id: 'other', name: 'Annan' })]
		),
		'data/'
	);
	await store.close();
	await createUserInStore(dataDir, {
		email: 'editor@example.org',
		role: 'editor',
		organizationId: 'org',
		password: 'purple ducks wander north'
	});
});
afterEach(async () => {
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
	rmSync(dataDir, { recursive: true, force: true });
});

/** Runs a command without blocking this process, which is the SMTP server too. */
function runAsync(script: string, env: Record<string, string>) {
	return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
		const child = spawn(process.execPath, [path.join(ROOT, script)], {
			cwd: ROOT,
			env: { ...process.env, LOG_LEVEL: 'warn', ...env }
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('exit', (status) => resolve({ status, stdout, stderr }));
	});
}

const smtpEnv = () => ({
	DATA_DIR: dataDir,
	SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
	SMTP_FROM: 'Stödkartan <noreply@stodkartan.test>',
	ORIGIN: 'https://stodkartan.test'
});

describe('npm run reminders', () => {
	test('e-mails a stale service’s editors a link, lists the rest, and waits three weeks before asking again', async () => {
		const first = await runAsync('seed/dist/reminders.js', smtpEnv());
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(received).toHaveLength(1);
		expect(received[0]?.to).toEqual(['editor@example.org']);
		expect(received[0]?.text).toContain('https://stodkartan.test/redigera/tjanster/stale');
		expect(first.stdout).toMatch(/2 service\(s\) not verified in 12 months/);
		expect(first.stdout).toMatch(
			/Reminded by e-mail:\n {2}stale \(Gammal jour\), last verified 2024-01-10, over 18 months: propose deactivation: 1 editor\(s\)/
		);
		expect(first.stdout).toMatch(/For the curators:\n {2}orphan .*: no editor/);
		expect(first.stdout).not.toMatch(/fresh/);

		const second = await runAsync('seed/dist/reminders.js', smtpEnv());
		expect(second.status).toBe(0);
		expect(received).toHaveLength(1);
		expect(second.stdout).toMatch(/Reminded less than 21 days ago:\n {2}stale/);

		const store = EmbeddedCatalogueRepository.open(path.join(dataDir, 'catalogue'));
		try {
			const [entry] = await store.curation.auditEntries({ limit: 1 });
			expect(entry).toMatchObject({
				action: 'reminders.sent',
				actor: { kind: 'system' },
				details: { services: 1 }
			});
		} finally {
			await store.close();
		}
	});

	test('without SMTP it lists every stale service for the curators', async () => {
		const result = await runAsync('seed/dist/reminders.js', { DATA_DIR: dataDir });
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/SMTP is not configured .*for the curators:\n {2}orphan[^\n]*\n {2}stale/
		);
		expect(received).toEqual([]);
	});
});
