import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brokenLinks, EmbeddedCatalogueRepository, newTotpSecret, totpCode } from '@stodkartan/api';
import type { Catalogue } from '@stodkartan/core';
import { FIXTURES } from '../support/domain.js';
import { startServer, stopStartedServers, type ServerProcess } from '../support/processes.js';
import { createUserInStore } from '../support/staff.js';

/**
 * An approval is one transaction: a server killed with SIGKILL at random moments while it
 * approves leaves a store in which every proposal is either fully published (service, version,
 * revision, proposal status, audit entry) or not at all.
 */
const port = 44000 + (process.pid % 1000);
const ROUNDS = 6;
const PER_ROUND = 6;
let dataDir: string;

beforeAll(() => {
	dataDir = mkdtempSync(path.join(tmpdir(), 'stodkartan-crash-'));
});
afterAll(async () => {
	await stopStartedServers();
	rmSync(dataDir, { recursive: true, force: true });
});

const fixture = JSON.parse(
	readFileSync(path.join(FIXTURES, 'fixture-catalogue.json'), 'utf8')
) as Catalogue;
const counts = new Map<string, number>();
for (const service of fixture.services) {
	counts.set(service.organizationId, (counts.get(service.organizationId) ?? 0) + 1);
}
const [organizationId] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
const services = fixture.services.filter(
	(service) => service.organizationId === organizationId && service.serviceArea.scope !== 'national'
);

const openStore = () => EmbeddedCatalogueRepository.open(path.join(dataDir, 'catalogue'));

async function login(base: string, body: object): Promise<string> {
	const response = await fetch(`${base}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (response.status !== 200) {
		throw new Error(`login: ${response.status} ${await response.text()}`);
	}
	return (response.headers.get('set-cookie') as string).split(';')[0] as string;
}

const post = (base: string, cookie: string, route: string, body: object) =>
	fetch(`${base}${route}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie },
		body: JSON.stringify(body)
	});

async function checkConsistency(): Promise<{ approved: number; pending: number }> {
	const store = openStore();
	try {
		const proposals = await store.curation.listProposals({ limit: 10_000 });
		const audit = await store.curation.auditEntries({ limit: 100_000 });
		expect(brokenLinks(audit)).toEqual([]);
		expect(audit.map((entry) => entry.seq)).toEqual(audit.map((_, index) => audit.length - index));
		const approvedInAudit = new Set(
			audit
				.filter((entry) => entry.action === 'proposal.approved')
				.map((entry) => String(entry.details?.proposalId))
		);
		let approved = 0;
		let pending = 0;
		for (const proposal of proposals.filter((entry) => entry.kind === 'change')) {
			const versions = await store.curation.serviceVersions(proposal.serviceId);
			const version = versions.find((entry) => entry.proposalId === proposal.id);
			if (proposal.status === 'approved') {
				approved += 1;
				expect(version).toBeDefined();
				expect(approvedInAudit.has(proposal.id)).toBe(true);
				expect(proposal.publishedVersion).toBe(version?.version);
			} else {
				pending += 1;
				expect(proposal.status).toBe('pending');
				expect(version).toBeUndefined();
				expect(approvedInAudit.has(proposal.id)).toBe(false);
			}
		}
		for (const service of services) {
			const versions = await store.curation.serviceVersions(service.id);
			if (versions.length === 0) continue;
			expect(await store.findServiceById(service.id)).toEqual(versions.at(-1)?.service);
			expect(versions.map((entry) => entry.version)).toEqual(versions.map((_, index) => index));
		}
		const revision = await store.revision();
		expect(revision?.services).toBe((await store.allServices()).length);
		return { approved, pending };
	} finally {
		await store.close();
	}
}

test('approvals survive kill -9 at random moments: each is all or nothing', async () => {
	const env = {
		DATA_DIR: dataDir,
		CATALOGUE_FILE: path.join(FIXTURES, 'fixture-catalogue.json'),
		CATALOGUE_POLL_SECONDS: '1'
	};
	let server: ServerProcess = await startServer(env, port);
	const totp = newTotpSecret('curator').secret;
	await createUserInStore(dataDir, {
		email: 'editor@example.org',
		role: 'editor',
		organizationId,
		password: 'twelve green apples fall'
	});
	await createUserInStore(dataDir, {
		email: 'curator@example.org',
		role: 'curator',
		password: 'nine slow rivers turn',
		totpSecret: totp
	});
	const editor = await login(server.base, {
		email: 'editor@example.org',
		password: 'twelve green apples fall'
	});
	const curator = await login(server.base, {
		email: 'curator@example.org',
		password: 'nine slow rivers turn',
		totp: totpCode(totp, Date.now())
	});

	const outcomes: string[] = [];
	for (let round = 0; round < ROUNDS; round += 1) {
		const ids: string[] = [];
		for (let index = 0; index < PER_ROUND; index += 1) {
			const service = services[(round * PER_ROUND + index) % services.length];
			const response = await post(server.base, editor, '/api/admin/proposals', {
				serviceId: service?.id,
				changes: { description: { sv: `Runda ${round}, ändring ${index}` } }
			});
			expect(response.status).toBe(201);
			ids.push(((await response.json()) as { id: string }).id);
		}
		// Approve all at once and kill the server somewhere in the middle.
		const answers = ids.map((id) =>
			post(server.base, curator, `/api/admin/proposals/${id}/approve`, {}).then(
				(response) => response.status,
				() => 0
			)
		);
		await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 120)));
		server.child.kill('SIGKILL');
		await server.exited;
		const statuses = await Promise.all(answers);
		const { approved, pending } = await checkConsistency();
		outcomes.push(
			`round ${round}: answered ${statuses.filter((status) => status === 200).length}/${ids.length}, store ${approved} approved, ${pending} pending`
		);
		server = await startServer({ ...env, CATALOGUE_FILE: '' }, port);
	}
	// Sessions live in the store: they outlived every crash.
	expect(
		(await fetch(`${server.base}/api/auth/session`, { headers: { cookie: curator } })).status
	).toBe(200);
	const final = await checkConsistency();
	console.log(`kill -9 during approvals:\n${outcomes.join('\n')}`);
	expect(final.approved + final.pending).toBe(ROUNDS * PER_ROUND);
	expect(final.approved).toBeGreaterThan(0);
	server.child.kill('SIGTERM');
	await server.exited;
}, 180_000);
