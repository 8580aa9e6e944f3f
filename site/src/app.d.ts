// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			lang: import('$lib/i18n').Lang;
		}
	}
}

export {};
