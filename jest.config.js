// Every test of the project: `npm test`. Projects group them by kind; all share one TypeScript transform.
const transform = {
	'^.+\\.ts$': [
		'@swc/jest',
		{
			jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
			module: { type: 'es6' },
			sourceMaps: 'inline'
		}
	]
};

const moduleNameMapper = {
	'^@stodkartan/(core|api|seed)$': '<rootDir>/$1/src/index.ts',
	'^@stodkartan/core/names$': '<rootDir>/core/src/catalogue/display-names.ts',
	// The site's plain TypeScript modules (presenters, form reading) are unit-tested too.
	'^\\$lib/(.*)$': '<rootDir>/site/src/lib/$1',
	'^(\\.{1,2}/.*)\\.js$': '$1'
};

const project = (name, options = {}) => ({
	displayName: name,
	rootDir: import.meta.dirname,
	testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
	testEnvironment: 'node',
	extensionsToTreatAsEsm: ['.ts'],
	transform,
	moduleNameMapper,
	...options
});

export default {
	projects: [
		project('unit'),
		project('site'),
		project('api'),
		project('contract'),
		project('relevance'),
		project('scenarios'),
		project('texts'),
		project('data'),
		project('commands'),
		project('hsds'),
		project('e2e')
	],
	testTimeout: 30_000
};
