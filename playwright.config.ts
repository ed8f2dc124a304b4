import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--no-default-browser-check'
		]
	}
};

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: { baseURL, trace: 'retain-on-failure' },
	projects: [
		{ name: 'js', use: { ...chromium, javaScriptEnabled: true } },
		{
			name: 'no-js',
			use: { ...chromium, javaScriptEnabled: false },
			// Tests that need scripts (combobox, as-you-type) are tagged @js and skipped here.
			grepInvert: /@js/
		},
		{
			// Kills, restarts and fuzzes built servers of its own (ports 4300–4399); no browser.
			name: 'faults',
			testDir: 'tests/faults',
			testMatch: '**/*.spec.ts',
			timeout: 15 * 60_000
		}
	],
	webServer: {
		// A fresh empty database every run: the built server must migrate and seed it itself.
		command: `rm -rf .e2e && node build`,
		url: `${baseURL}/healthz`,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			DATABASE_PATH: '.e2e/e2e.sqlite',
			UPLOAD_DIR: '.e2e/uploads',
			// Photo uploads are up to 15 MB; adapter-node's default is 512K.
			BODY_SIZE_LIMIT: '16M'
		},
		reuseExistingServer: false,
		timeout: 120_000
	}
});
