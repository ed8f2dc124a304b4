import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// Under vitest the messages are compiled beforehand (npm run i18n); the plugin's file
		// watcher would otherwise keep the test process alive after the run.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				// The URL alone decides the language: /… is English, /ko/… is Korean. No cookie or
				// Accept-Language redirect, so every page has one stable address per language.
				strategy: ['url', 'baseLocale']
			}),
		sveltekit()
	],
	test: {
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
