#!/usr/bin/env node
// Publishes an approved proposal every second against a running server, until SIGTERM; then
// prints what it did as one line of JSON. Used by `npm run bench -- --approvals` so that match
// throughput can be measured while the catalogue changes under it.
//   node scripts/bench-approvals.mjs --base http://127.0.0.1:3950 --data <DATA_DIR>
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const api = await import(path.join(root, 'api/dist/index.js'));
const argument = (name) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const base = argument('base');
const dataDir = argument('data');

// Two admins (a proposer and a reviewer: nobody approves their own), with TOTP.
const secrets = {
	proposer: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
	reviewer: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWC4TF'
};
const password = 'bench passphrase for approvals';
const store = api.EmbeddedCatalogueRepository.open(path.join(dataDir, 'catalogue'));
const services = (await store.allServices()).map((service) => service.id);
const accounts = {
	repository: store.curation,
	now: () => new Date(),
	mailer: undefined,
	origin: undefined,
	organizationExists: async () => true
};
for (const [role, secret] of Object.entries(secrets)) {
	await api.createUser(accounts, {
		email: `${role}@bench.example`,
		role: 'admin',
		password,
		totpSecret: secret
	});
}
await store.close();

let step = Math.floor(Date.now() / 30_000);
async function login(role) {
	step += 1;
	const response = await fetch(`${base}/api/auth/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			email: `${role}@bench.example`,
			password,
			totp: api.totpCode(secrets[role], step * 30_000 - 29_000)
		})
	});
	if (!response.ok) throw new Error(`login ${role}: ${response.status}`);
	return response.headers.get('set-cookie').split(';')[0];
}
const cookies = { proposer: await login('proposer'), reviewer: await login('reviewer') };
const post = (role, route, body) =>
	fetch(`${base}${route}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', cookie: cookies[role] },
		body: JSON.stringify(body)
	});

// Accounts and logins (argon2, on purpose slow) are done before the load starts.
console.log('ready');
// The generated catalogue has services that fail the catalogue's own checks (a minimum age above
// the maximum): any proposal for one is refused until that is mended, so they are passed over.
const result = { approvals: 0, failures: 0, passedOver: 0, ms: [], why: {} };
let next = 0;
const failed = (reason) => {
	result.failures += 1;
	result.why[reason] = (result.why[reason] ?? 0) + 1;
};
let running = true;
process.on('SIGTERM', () => (running = false));
while (running) {
	const started = performance.now();
	try {
		const serviceId = services[next++ % services.length];
		const proposed = await post('proposer', '/api/admin/proposals', {
			serviceId,
			changes: { description: { sv: `Ändrad beskrivning ${result.approvals} (${Date.now()})` } }
		});
		const { id, error } = await proposed.json();
		if (proposed.status === 400 && error?.code === 'invalid_request') {
			result.passedOver += 1;
			continue;
		}
		if (!proposed.ok) throw new Error(`propose ${proposed.status} ${error?.code}`);
		const approved = await post('reviewer', `/api/admin/proposals/${id}/approve`, {});
		if (approved.ok) result.approvals += 1;
		else failed(`approve ${approved.status} ${(await approved.json()).error?.code}`);
		result.ms.push(performance.now() - started);
	} catch (error) {
		failed(error instanceof Error ? error.message : String(error));
	}
	await new Promise((resolve) =>
		setTimeout(resolve, Math.max(0, 1000 - (performance.now() - started)))
	);
}
const sorted = result.ms.sort((a, b) => a - b);
console.log(
	JSON.stringify({
		approvals: result.approvals,
		failures: result.failures,
		passedOver: result.passedOver,
		...(result.failures > 0 ? { why: result.why } : {}),
		p50: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
		p99: Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0)
	})
);
process.exit(0);
