import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Validation } from '../catalogue/verify-catalogue.js';
import type { CatalogueRevision } from './catalogue-repository.js';
import { readRevisionNote } from './embedded-repository.js';

/** What a check of a store found, before anything serves it. */
export type StoreCheck =
	| { state: 'ok'; revision: CatalogueRevision }
	| { state: 'empty' }
	| {
			state: 'damaged';
			reason: string;
			/** Where its catalogue came from, when the store or the note beside it still says. */
			source: string | undefined;
	  };

const CHILD = fileURLToPath(new URL('./embedded-check-child.js', import.meta.url));

/** A check that has not finished by then has met a store it cannot read. */
const CHECK_TIMEOUT_MS = 120_000;

/**
 * Checks the embedded store in `directory` in a child process, before this process maps it.
 *
 * Why a child: LMDB reads its file through memory mapping. A file cut short kills the reader
 * with SIGBUS, zeroed pages with SIGSEGV, and flipped bytes give garbled records or none of
 * these (LMDB keeps no checksums). Only a process that may die can read such a file safely,
 * so the child reads the whole catalogue, checks its hash against its revision and validates
 * it; the parent opens the store only when the child says it is whole. A store whose file is
 * gone or empty although the note beside it names a revision has lost its catalogue.
 */
export async function checkEmbeddedStore(
	directory: string,
	dataPath: string,
	validate: Validation
): Promise<StoreCheck> {
	const note = readRevisionNote(directory);
	const file = path.join(directory, 'data.mdb');
	const size = existsSync(file) ? statSync(file).size : 0;
	if (size === 0) {
		return note?.id
			? damaged(
					`its data file is ${existsSync(file) ? 'empty' : 'missing'}, but it held revision ${note.id}`,
					note.source
				)
			: { state: 'empty' };
	}
	const answer = await runChild(directory, dataPath, validate);
	if ('failure' in answer) return damaged(answer.failure, note?.source);
	const result = answer.result;
	if (result.state === 'empty' && note?.id) {
		return damaged(`it holds nothing, but it held revision ${note.id}`, note.source);
	}
	if (result.state === 'damaged') {
		return damaged(result.reason, result.revision?.source ?? note?.source);
	}
	return result.state === 'ok' ? { state: 'ok', revision: result.revision } : { state: 'empty' };
}

/** What the child prints: the outcome of readVerifiedCatalogue, without the catalogue. */
export type ChildResult =
	| { state: 'ok'; revision: CatalogueRevision }
	| { state: 'empty' }
	| { state: 'damaged'; reason: string; revision: CatalogueRevision | null };

function damaged(reason: string, source: unknown): StoreCheck {
	return { state: 'damaged', reason, source: typeof source === 'string' ? source : undefined };
}

function runChild(
	directory: string,
	dataPath: string,
	validate: Validation
): Promise<{ result: ChildResult } | { failure: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CHILD, directory, dataPath, validate], {
			stdio: ['ignore', 'pipe', 'ignore']
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), CHECK_TIMEOUT_MS);
		let timedOut = false;
		timer.unref();
		child.once('error', (error) => {
			clearTimeout(timer);
			resolve({ failure: `it could not be checked (${error.name})` });
		});
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			timedOut = signal === 'SIGKILL';
			if (timedOut) {
				return resolve({
					failure: `reading it did not finish within ${CHECK_TIMEOUT_MS / 1000} s`
				});
			}
			if (signal) {
				return resolve({
					failure: `reading it killed the checking process (${signal}): the file is cut short or damaged`
				});
			}
			const line = output.split('\n').find((text) => text.startsWith('{'));
			try {
				if (code === 0 && line) return resolve({ result: JSON.parse(line) as ChildResult });
			} catch {
				// an unreadable answer is a failed check, below
			}
			resolve({ failure: `the check of it failed (exit code ${code})` });
		});
	});
}
