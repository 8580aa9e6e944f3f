// Lint with zero warnings (npm run lint). Type-aware rules for TypeScript; layer rules keep the
// domain core pure and the HTTP tier away from the database.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noImports = (...patterns) => [
	'error',
	{
		patterns: patterns.map((group) => ({
			group: [group],
			message: 'Keep the layers apart (see README, Architecture).'
		}))
	}
];

export default tseslint.config(
	{
		ignores: [
			'**/dist/**',
			'**/build/**',
			'**/.svelte-kit/**',
			'**/node_modules/**',
			'.data/**',
			'coverage/**'
		]
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			curly: ['error', 'multi-line'],
			eqeqeq: ['error', 'always'],
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/await-thenable': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			// Store methods are async to keep one interface with MongoDB, even where LMDB reads synchronously.
			'@typescript-eslint/require-await': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } }
	},
	{
		// Types in components (props from ./$types) are checked by svelte-check --fail-on-warnings.
		files: ['**/*.svelte'],
		...tseslint.configs.disableTypeChecked,
		rules: {
			...tseslint.configs.disableTypeChecked.rules,
			// Links are built by localize(); the site has no base path to resolve.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{ files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
	{
		// The quick exit's inline script runs in the browser, before the app and without it.
		files: ['site/src/lib/quick-exit/*.js'],
		languageOptions: { globals: { ...globals.browser } }
	},
	{
		files: ['core/src/**'],
		rules: {
			'no-restricted-imports': noImports(
				'express',
				'mongoose',
				'lmdb',
				'pino',
				'node:*',
				'@stodkartan/api'
			)
		}
	},
	{
		files: ['api/src/http/**', 'api/src/app.ts'],
		rules: { 'no-restricted-imports': noImports('mongoose', 'lmdb', '**/store/*-repository.js') }
	},
	{
		files: ['site/src/**'],
		rules: { 'no-restricted-imports': noImports('@stodkartan/api', 'mongoose', 'lmdb') }
	},
	{
		// Tests check outcomes with loosely typed HTTP bodies.
		files: ['test/**'],
		rules: {
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/unbound-method': 'off'
		}
	}
);
