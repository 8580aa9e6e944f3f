#!/usr/bin/env node
// Builds everything `npm start` runs: the TypeScript packages (tsc -b) and the site (vite).
//   node scripts/build.mjs             build
//   node scripts/build.mjs --if-stale  build only when a source changed since the last build
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stampFile = path.join(root, 'node_modules', '.stodkartan-build-stamp');
const sources = [
	'core/src',
	'api/src',
	'seed/src',
	'site/src',
	'site/static',
	'data/geo',
	'site/svelte.config.js',
	'site/vite.config.ts',
	'site/package.json',
	'tsconfig.json',
	'tsconfig.base.json',
	'core/tsconfig.json',
	'api/tsconfig.json',
	'seed/tsconfig.json',
	'package-lock.json'
];
const outputs = [
	'core/dist/index.js',
	'api/dist/server.js',
	'seed/dist/seed.js',
	'site/build/handler.js'
];

/** What the build writes into the sources itself (the map's outlines, from data/geo). */
const GENERATED = path.join('site', 'static', 'geo');

function* files(entry) {
	const full = path.join(root, entry);
	if (!existsSync(full) || entry === GENERATED) return;
	if (statSync(full).isDirectory()) {
		for (const name of readdirSync(full).sort()) yield* files(path.join(entry, name));
	} else yield entry;
}

function fingerprint() {
	const hash = createHash('sha256');
	for (const source of sources) {
		for (const file of files(source)) hash.update(file).update(readFileSync(path.join(root, file)));
	}
	return hash.digest('hex');
}

function run(command, args, cwd = root) {
	const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: false });
	if (result.status !== 0) {
		console.error(`build failed: ${command} ${args.join(' ')}`);
		process.exit(result.status ?? 1);
	}
}

const current = fingerprint();
const built = outputs.every((file) => existsSync(path.join(root, file)));
if (
	process.argv.includes('--if-stale') &&
	built &&
	existsSync(stampFile) &&
	readFileSync(stampFile, 'utf8') === current
) {
	process.exit(0);
}

console.log('building…');
run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b']);
/** The map's outlines for the site, with coordinates rounded to about 10 m: a third of the bytes. */
function writeMapOutlines() {
	const round = (value) =>
		Array.isArray(value) ? value.map(round) : Math.round(value * 1e4) / 1e4;
	const target = path.join(root, GENERATED);
	mkdirSync(target, { recursive: true });
	for (const [file, keep] of [
		['municipalities.geojson', ['id', 'kom_namn', 'lan_code']],
		['counties.geojson', ['l_id', 'name']]
	]) {
		const geojson = JSON.parse(readFileSync(path.join(root, 'data/geo', file), 'utf8'));
		for (const feature of geojson.features) {
			feature.geometry.coordinates = round(feature.geometry.coordinates);
			feature.properties = Object.fromEntries(keep.map((key) => [key, feature.properties[key]]));
		}
		writeFileSync(path.join(target, file), JSON.stringify(geojson));
	}
}

writeMapOutlines();
// The site's tools live in its own workspace.
const site = createRequire(path.join(root, 'site/package.json'));
const bin = (name, file) => path.join(path.dirname(site.resolve(`${name}/package.json`)), file);
const cwd = path.join(root, 'site');
run(process.execPath, [bin('@sveltejs/kit', 'svelte-kit.js'), 'sync'], cwd);
run(process.execPath, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], cwd);
writeFileSync(stampFile, current);
console.log('built.');
