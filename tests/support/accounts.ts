/**
 * Accounts for e2e tests. Moderators and admins are made with the real CLI
 * (`npm run user -- create NAME --role …`, password on stdin) against the e2e server's database:
 * the server and the CLI open the same SQLite file, which WAL makes safe.
 */
import { execFileSync } from 'node:child_process';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const PASSWORD = 'correct horse battery staple';
/** The server's database, as playwright.config.ts gives it to the web server. */
const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_DATABASE =
	process.env.E2E_DATABASE_PATH ?? `${E2E_PORT === 4173 ? '.e2e' : `.e2e-${E2E_PORT}`}/e2e.sqlite`;

/** A username unique to this test run and project (both projects share one server and database). */
export function uniqueName(prefix: string, info: TestInfo): string {
	const project = info.project.name === 'no-js' ? 'n' : 'j';
	return `${prefix}-${project}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export function createUser(username: string, role: 'contributor' | 'moderator' | 'admin'): void {
	execFileSync('npm', ['run', '--silent', 'user', '--', 'create', username, '--role', role], {
		input: `${PASSWORD}\n`,
		env: { ...process.env, DATABASE_PATH: E2E_DATABASE },
		stdio: ['pipe', 'pipe', 'pipe']
	});
}

export async function logIn(page: Page, username: string, password = PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(username);
}

export async function logOut(page: Page): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Account' })
		.getByRole('button', { name: 'Log out' })
		.click();
	await expect(
		page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Log in' })
	).toBeVisible();
}

/** A few random Hangul syllables: a name no other test or seed entry uses. */
export function randomHangul(length = 4): string {
	let s = '';
	for (let i = 0; i < length; i++)
		s += String.fromCharCode(0xac00 + Math.floor(Math.random() * 11172));
	return s;
}
