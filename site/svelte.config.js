import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The quick exit's inline script (src/lib/quick-exit/early.js) is allowed by its hash. */
const earlyExit = readFileSync(new URL('./src/lib/quick-exit/early.js', import.meta.url));
const earlyExitHash = `sha256-${createHash('sha256').update(earlyExit).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build', precompress: true }),
		// Nothing from any other origin: no fonts, scripts, tiles, analytics. Inline styles and
		// scripts only with SvelteKit's own nonces or hashes, and the quick exit's hash.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', earlyExitHash],
				// SvelteKit's route announcer is the only inline style: allowed by its exact hash.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['none'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'object-src': ['none'],
				'worker-src': ['none'],
				'manifest-src': ['none']
			}
		},
		version: { pollInterval: 0 }
	}
};
