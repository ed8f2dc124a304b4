import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;
// Its own directory per port, so two runs side by side (E2E_PORT=4191) never share a database.
const DIR = PORT === 4173 ? '.e2e' : `.e2e-${PORT}`;

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
	// The travel-mode worker would install (about 200 files) in every test's fresh context; only
	// tests/e2e/offline.e2e.ts, which is about it, lets it run.
	use: { baseURL, trace: 'retain-on-failure', serviceWorkers: 'block' },
	projects: [
		{ name: 'js', use: { ...chromium, javaScriptEnabled: true } },
		{
			name: 'no-js',
			use: { ...chromium, javaScriptEnabled: false },
			// Tests that need scripts (combobox, as-you-type) are tagged @js and skipped here.
			grepInvert: /@js/
		},
		{
			// Kills, restarts and fuzzes built servers of its own (ports 4300–4399); the one test
			// that needs a browser (seed-upgrade: a moderator's edit) gets the same Chromium.
			name: 'faults',
			use: { ...chromium },
			testDir: 'tests/faults',
			testMatch: '**/*.spec.ts',
			timeout: 15 * 60_000
		}
	],
	webServer: {
		// A fresh empty database every run: the built server must migrate and seed it itself.
		command: `rm -rf ${DIR} && node build`,
		url: `${baseURL}/healthz`,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			DATABASE_PATH: `${DIR}/e2e.sqlite`,
			UPLOAD_DIR: `${DIR}/uploads`,
			// Photo uploads are up to 15 MB; adapter-node's default is 512K.
			BODY_SIZE_LIMIT: '16M',
			// Every e2e browser comes from 127.0.0.1: the per-IP login lock (unit-tested in
			// auth.spec.ts) would otherwise add up wrong passwords across unrelated tests. The
			// per-account lock, which the lockout test drives, keeps its default.
			RATE_LIMIT_LOGIN_IP: '1000',
			// Likewise sign-ups (ten an hour per IP, unit-tested in auth.spec.ts): the on-ramp and
			// recovery tests sign up new readers, as a first-time contributor does.
			RATE_LIMIT_SIGNUP_IP: '1000'
		},
		reuseExistingServer: false,
		timeout: 120_000
	}
});
