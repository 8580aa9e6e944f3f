#!/usr/bin/env node
// npm run bench:hostile: how long a real person waits while someone hammers the server with the
// most expensive requests they can make, in one run. A benchmark, not a test: it prints figures
// and fails only if the server does not start or a normal search fails outright.
//
// It starts the built server (the real catalogue of data/, embedded store in a fresh folder, the
// rate limit at its default) and sends normal searches at a steady rate, as people do, measuring
// each one, through three phases:
//   1. quiet:        normal searches alone;
//   2. one attacker: plus 16 connections from one address (127.0.0.2) sending, as fast as they
//                    are answered, 80 random letters as a place, 2,000-letter words as a text and
//                    the like: the rate limit refuses nearly all of them;
//   3. many:         the same flood spread over 250 addresses (127.0.1.1 …), each one under the
//                    limit, as a botnet would send it: what remains is the cost of each request.
// The normal searches come from 250 addresses of their own. Everything runs on loopback; the load generator
// shares the machine's cores with the server, so compare phases of one run, not runs.
// --kinds picks the hostile requests (places, texts, words, or all): to see one cost at a time.
//   node scripts/bench-hostile.mjs [--seconds 10] [--rate 20] [--connections 16] [--port 3960]
//                                  [--kinds all|places|texts|words]
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const argument = (name, fallback) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? process.argv[at + 1] : fallback;
};
const seconds = Number(argument('seconds', '10'));
const rate = Number(argument('rate', '20'));
const connections = Number(argument('connections', '16'));
const port = Number(argument('port', '3960'));
const kinds = argument('kinds', 'all');

execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], {
	stdio: 'inherit'
});

// Deterministic inputs: the same run sends the same requests.
let state = 11;
const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const letters = (count) =>
	Array.from({ length: count }, () => pick([...'abcdefghijklmnopqrstuvwxyzåäö'])).join('');

const queries = JSON.parse(
	readFileSync(path.join(root, 'test/fixtures/dev-queries.json'), 'utf8')
).queries.map((query) => query.request);
const normal = Array.from({ length: 500 }, (_, i) => {
	const request = { ...queries[i % queries.length], limit: 10 };
	return { path: '/api/match', body: JSON.stringify(request) };
});
/** The most expensive requests found: a long place, long single words, many unknown words. */
const HOSTILE = {
	places: () => ({ path: '/api/places/search', body: JSON.stringify({ text: letters(80) }) }),
	texts: () =>
		pick([
			{ path: '/api/match', body: JSON.stringify({ text: letters(2000) }) },
			{ path: '/api/match', body: JSON.stringify({ text: 'våldtäkt'.repeat(250) }) },
			{ path: '/api/match', body: JSON.stringify({ text: 'å'.repeat(1000) }) }
		]),
	words: () => ({
		path: '/api/match',
		body: JSON.stringify({
			text: Array.from({ length: 300 }, () => letters(5))
				.join(' ')
				.slice(0, 2000),
			age: 15
		})
	})
};
const chosen = kinds === 'all' ? Object.keys(HOSTILE) : kinds.split(',');
if (chosen.some((kind) => !HOSTILE[kind])) {
	console.error(`--kinds: one or more of ${Object.keys(HOSTILE).join(', ')}, or all`);
	process.exit(2);
}
const hostile = Array.from({ length: 200 }, (_, i) => HOSTILE[chosen[i % chosen.length]]());

const agents = new Map();
function agentFor(address) {
	if (!agents.has(address)) {
		agents.set(address, new http.Agent({ keepAlive: true, localAddress: address, maxSockets: 64 }));
	}
	return agents.get(address);
}

/**
 * One POST; resolves with its status and the time it ended (status 0 for a failure). Normal
 * searches are people, each on a connection of their own; an attacker keeps its connections.
 */
function send({ path: target, body }, address, keepAlive = true) {
	return new Promise((resolve) => {
		const request = http.request(
			{
				host: '127.0.0.1',
				port,
				path: target,
				method: 'POST',
				agent: keepAlive ? agentFor(address) : false,
				localAddress: address,
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
			},
			(response) => {
				response.resume();
				response.on('end', () =>
					resolve({ status: response.statusCode, ended: performance.now() })
				);
			}
		);
		request.on('error', () => resolve({ status: 0, ended: performance.now() }));
		request.end(body);
	});
}

/** People are many, each at an address of their own (127.0.2.x): none comes near the limit. */
const PEOPLE = Array.from({ length: 250 }, (_, i) => `127.0.2.${i + 1}`);

/** Normal searches at a fixed rate, each timed from when it was due (no coordinated omission). */
async function normalLoad(until) {
	const results = [];
	const pending = [];
	const interval = 1000 / rate;
	let next = performance.now();
	let i = 0;
	while (next < until) {
		const wait = next - performance.now();
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		const due = next;
		pending.push(
			send(normal[i % normal.length], PEOPLE[i++ % PEOPLE.length], false).then(
				({ status, ended }) => results.push({ status, ms: ended - due })
			)
		);
		next += interval;
	}
	await Promise.all(pending);
	return results;
}

/** `connections` loops sending hostile requests as fast as they are answered. */
async function hostileLoad(until, addresses) {
	const statuses = new Map();
	let sent = 0;
	await Promise.all(
		Array.from({ length: connections }, async (_, connection) => {
			let i = connection;
			while (performance.now() < until) {
				const address = addresses[sent % addresses.length];
				sent++;
				const { status } = await send(hostile[i++ % hostile.length], address);
				statuses.set(status, (statuses.get(status) ?? 0) + 1);
			}
		})
	);
	return { sent, statuses: Object.fromEntries(statuses) };
}

const percentile = (sorted, share) =>
	sorted.length === 0
		? NaN
		: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
const round = (value) => Math.round(value * 10) / 10;

async function phase(name, addresses) {
	const until = performance.now() + seconds * 1000;
	const [results, attack] = await Promise.all([
		normalLoad(until),
		addresses ? hostileLoad(until, addresses) : undefined
	]);
	const times = results.map((result) => result.ms).sort((a, b) => a - b);
	const failed = results.filter((result) => result.status !== 200);
	return {
		phase: name,
		normal: {
			requests: results.length,
			p50: round(percentile(times, 0.5)),
			p99: round(percentile(times, 0.99)),
			max: round(times[times.length - 1] ?? NaN),
			failed: failed.length,
			...(failed.length > 0
				? {
						failures: Object.fromEntries(
							[...new Set(failed.map((result) => result.status))].map((status) => [
								status,
								failed.filter((result) => result.status === status).length
							])
						)
					}
				: {})
		},
		hostile: attack
			? { perSecond: Math.round(attack.sent / seconds), statuses: attack.statuses }
			: undefined
	};
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-hostile-'));
const server = spawn(process.execPath, [path.join(root, 'api/dist/server.js')], {
	cwd: root,
	env: {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: path.join(work, 'data'),
		LOG_LEVEL: 'warn',
		NODE_ENV: 'production',
		// The limits as they ship, whatever the caller's environment says.
		RATE_LIMIT_REQUESTS: '300',
		RATE_LIMIT_WINDOW_SECONDS: '60'
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
const rows = [];
let failure;
try {
	const deadline = performance.now() + 120_000;
	for (;;) {
		if (server.exitCode !== null) throw new Error('the server exited');
		try {
			if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
		} catch {
			// still starting
		}
		if (performance.now() > deadline) throw new Error('the server did not become healthy');
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	rows.push(await phase('quiet', undefined));
	rows.push(await phase('one attacker', ['127.0.0.2']));
	const many = Array.from({ length: 250 }, (_, i) => `127.0.1.${i + 1}`);
	rows.push(await phase('250 attackers', many));
} catch (error) {
	failure = error;
} finally {
	server.kill('SIGTERM');
	await new Promise((resolve) => server.once('exit', resolve));
	for (const agent of agents.values()) agent.destroy();
	rmSync(work, { recursive: true, force: true });
}

for (const row of rows) console.log(JSON.stringify(row));
console.log(
	`\nnormal searches at ${rate}/s, ${seconds} s a phase; hostile: ${connections} connections sending ${chosen.join(', ')}`
);
console.log('phase           normal p50  p99      max      failed  hostile req/s  hostile answers');
for (const { phase: name, normal: n, hostile: h } of rows) {
	console.log(
		`${name.padEnd(15)} ${`${n.p50} ms`.padEnd(11)} ${`${n.p99} ms`.padEnd(8)} ${`${n.max} ms`.padEnd(8)} ${String(n.failed).padEnd(7)} ${String(h?.perSecond ?? '–').padEnd(14)} ${h ? JSON.stringify(h.statuses) : '–'}`
	);
}
if (failure) {
	console.error(`FAIL ${failure.message}`);
	process.exit(2);
}
if (rows.some((row) => row.normal.failed > 0)) process.exit(1);
