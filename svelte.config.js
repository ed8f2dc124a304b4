import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ precompress: true }),
		// Absolute asset paths: offline, the service worker answers any address with the saved
		// travel page, whose relative ./_app/ paths (and base) would resolve against that address.
		paths: { relative: false },
		// Hashes rather than nonces: a page is rendered once and served from the page cache to
		// many readers, and a nonce must never be reused.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes (transitions, the app shell); no inline scripts.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../drizzle.config.ts',
					'../drizzle-pg.config.ts',
					'../playwright.config.ts',
					'../tests/**/*.ts',
					'../scripts/**/*.ts',
					'../bench/**/*.ts'
				);
				return tsconfig;
			}
		}
	}
};

export default config;
