import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter(),
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push(
					'../drizzle.config.ts',
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
