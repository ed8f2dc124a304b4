// ESLint flat config. Prettier owns layout (eslint-config-prettier turns the layout rules off);
// ESLint keeps the rules that catch bugs. Type-aware rules run on TypeScript files only: they
// need the project's tsconfig, and the Svelte files' scripts are type-checked by svelte-check.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'src/lib/paraglide/',
			'static/',
			'db/migrations/',
			'db/migrations-pg/',
			'.data/',
			'.e2e/',
			'.e2e-*/',
			'test-results/',
			'playwright-report/',
			'reports/',
			'.stryker-tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript reports undefined names itself, and knows the globals of each file's target.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			],
			// The server logs through its logger; stray console calls are debugging leftovers.
			'no-console': 'error',
			'svelte/valid-compile': 'error',
			'svelte/no-at-html-tags': 'error',
			// The site is served at the root (no paths.base) and its links go through paraglide's
			// localizeHref, which adds the /ko prefix; resolve() would add nothing to a link or a goto().
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true }]
		}
	},
	{
		files: ['**/*.ts'],
		ignores: ['**/*.d.ts'],
		languageOptions: {
			parserOptions: {
				// SvelteKit keeps the service worker out of the app's tsconfig (it runs in a worker,
				// with other globals); it is linted with the default project.
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
			'@typescript-eslint/await-thenable': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Command-line tools and benchmarks talk to their user on the console.
		files: ['scripts/**', 'bench/**'],
		rules: { 'no-console': 'off' }
	}
);
