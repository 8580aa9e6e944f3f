import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './domain.js';

/** Runs one of the project's built commands (seed/dist/seed.js …) to its end. */
export function runCommand(script: string, env: Record<string, string>, args: string[] = []) {
	const result = spawnSync(process.execPath, [path.join(ROOT, script), ...args], {
		cwd: ROOT,
		env: { ...process.env, LOG_LEVEL: 'warn', ...env },
		encoding: 'utf8',
		timeout: 60_000
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const running = new Set<ChildProcess>();

/** Stops every server a test started and has not stopped, so a failed test cannot hang the run. */
export async function stopStartedServers(): Promise<void> {
	await Promise.all(
		[...running].map(
			(child) =>
				new Promise<void>((resolve) => {
					if (child.exitCode !== null || child.signalCode !== null) return resolve();
					child.once('exit', () => resolve());
					child.kill('SIGKILL');
				})
		)
	);
	running.clear();
}

export interface ServerProcess {
	child: ChildProcess;
	base: string;
	stderr: () => string;
	/** What it logged (JSON lines, LOG_LEVEL warn unless the test sets it). */
	stdout: () => string;
	exited: Promise<number | null>;
}

/** Starts the built server; resolves once it is healthy, or rejects with what it printed. */
export async function startServer(
	env: Record<string, string>,
	port: number
): Promise<ServerProcess> {
	const child = spawn(process.execPath, [path.join(ROOT, 'api/dist/server.js')], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	running.add(child);
	child.once('exit', () => running.delete(child));
	let stderr = '';
	let stdout = '';
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	const base = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr}`);
		try {
			if ((await fetch(`${base}/api/health`)).ok) {
				return { child, base, stderr: () => stderr, stdout: () => stdout, exited };
			}
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`not healthy in time: ${stderr}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** Runs the server until it exits by itself (a start that must fail). */
export function runServerToExit(env: Record<string, string>, port: number) {
	const result = spawnSync(process.execPath, [path.join(ROOT, 'api/dist/server.js')], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
		encoding: 'utf8',
		timeout: 30_000
	});
	return { status: result.status, stderr: result.stderr };
}
