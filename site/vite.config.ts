import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		sourcemap: false,
		rollupOptions: {
			// zod's own annotations and cycle are known and harmless; keep the build output for ours.
			onwarn(warning, warn) {
				if (warning.message.includes('node_modules/zod/')) return;
				warn(warning);
			}
		}
	}
});
