#!/usr/bin/env node
// npm run bench: load tests at 10,000 and 100,000 services. A benchmark, not a test: it prints
// figures and fails only if the server does not start or answers errors.
//
// For each size it generates a catalogue with ../shared/bench/generate-catalogue.mjs, starts the
// built server on it (embedded store in a fresh folder), measures the time to a healthy
// /api/health and the server's memory, then runs ../shared/bench/load.mjs against it.
//   node scripts/bench.mjs [--sizes 10000,100000] [--seconds 10] [--port 3950] [--approvals]
// --approvals publishes an approved proposal every second while the load runs (curation under
// load: match throughput should not move beyond noise); the default sizes are then 10000 only.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared/bench');
const argument = (name, fallback) => {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? process.argv[at + 1] : fallback;
};
const approvals = process.argv.includes('--approvals');
const sizes = argument('sizes', approvals ? '10000' : '10000,100000')
	.split(',')
	.map(Number);
const seconds = argument('seconds', '10');

if (!existsSync(path.join(shared, 'load.mjs'))) {
	console.error('npm run bench needs ../shared/bench beside the project.');
	process.exit(2);
}
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], {
	stdio: 'inherit'
});

const rssMb = (pid) => {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

const rows = [];
for (const size of sizes) {
	const work = mkdtempSync(path.join(tmpdir(), `bench-${size}-`));
	const catalogue = path.join(work, 'catalogue.json');
	writeFileSync(
		catalogue,
		execFileSync(process.execPath, [path.join(shared, 'generate-catalogue.mjs'), String(size)], {
			maxBuffer: 1 << 30
		})
	);
	const port = Number(argument('port', '3950'));
	const started = performance.now();
	const server = spawn(process.execPath, [path.join(root, 'api/dist/server.js')], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: path.join(work, 'data'),
			CATALOGUE_FILE: catalogue,
			LOG_LEVEL: 'warn',
			NODE_ENV: 'production',
			// The load comes from one address, far above what one client may send: the limit is
			// raised (not turned off), so its cost per request stays in the figures.
			RATE_LIMIT_REQUESTS: '10000000',
			RATE_LIMIT_WINDOW_SECONDS: '60'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	let healthy = false;
	while (!healthy && server.exitCode === null && performance.now() - started < 120_000) {
		try {
			healthy = (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
		} catch {
			// still starting
		}
		if (!healthy) await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const startup = (performance.now() - started) / 1000;
	if (!healthy) {
		console.error(`${size}: the server did not become healthy`);
		process.exit(1);
	}
	const rssAfterStart = rssMb(server.pid);
	const approver = approvals
		? spawn(
				process.execPath,
				[
					path.join(root, 'scripts/bench-approvals.mjs'),
					'--base',
					`http://127.0.0.1:${port}`,
					'--data',
					path.join(work, 'data')
				],
				{ cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
			)
		: undefined;
	let approverOutput = '';
	if (approver) {
		await new Promise((resolve, reject) => {
			approver.stdout.on('data', (chunk) => {
				approverOutput += chunk;
				if (approverOutput.includes('ready\n')) resolve();
			});
			approver.once('exit', () => reject(new Error('the approver stopped before the load')));
		});
		approverOutput = approverOutput.slice(approverOutput.indexOf('ready\n') + 6);
	}
	// Asynchronous, so the approver's output is read while the load runs.
	const output = await new Promise((resolve, reject) =>
		execFile(
			process.execPath,
			[path.join(shared, 'load.mjs'), '--base', `http://127.0.0.1:${port}`, '--seconds', seconds],
			{ cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 },
			(error, stdout) => (error ? reject(error) : resolve(stdout))
		)
	);
	if (approver) {
		approver.kill('SIGTERM');
		await new Promise((resolve) => approver.once('exit', resolve));
	}
	const rssAfterLoad = rssMb(server.pid);
	server.kill('SIGTERM');
	await new Promise((resolve) => server.once('exit', resolve));
	rmSync(work, { recursive: true, force: true });
	const result = JSON.parse(output.split('\n').find((line) => line.startsWith('{')) ?? '{}');
	const row = {
		size,
		startupSeconds: +startup.toFixed(1),
		rssMbAfterStart: rssAfterStart,
		rssMbAfterLoad: rssAfterLoad,
		...result,
		...(approver ? { approvals: JSON.parse(approverOutput.trim() || '{}') } : {})
	};
	rows.push(row);
	console.log(JSON.stringify(row));
	console.log(output.split('\n').find((line) => /^(PASS|FAIL)/.test(line)));
	if (row.approvals) {
		console.log(
			`approvals published during the load: ${row.approvals.approvals} (failures ${row.approvals.failures}; propose + approve p50 ${row.approvals.p50} ms, p99 ${row.approvals.p99} ms)`
		);
	}
}

console.log('\nservices   start-up  RSS (MB)  match req/s  p50  p99 (ms)  health req/s  ratio');
for (const row of rows) {
	console.log(
		`${String(row.size).padEnd(10)} ${`${row.startupSeconds} s`.padEnd(9)} ${String(row.rssMbAfterLoad).padEnd(9)} ${String(row.match?.rps).padEnd(12)} ${String(row.match?.p50).padEnd(4)} ${String(row.match?.p99).padEnd(9)} ${String(row.health?.rps).padEnd(13)} ${row.ratio}`
	);
}
if (rows.some((row) => row.match?.non2xx > 0 || row.match?.errors > 0)) process.exit(1);
if (
	approvals &&
	rows.some((row) => !(row.approvals?.approvals > 0) || row.approvals.failures > 0)
) {
	console.error('approvals failed during the load');
	process.exit(1);
}
