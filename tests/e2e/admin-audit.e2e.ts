/**
 * The audit log page: paged (50 a page, links that work without scripts) and filtered by user and
 * action through a GET form. The rows are written straight into the server's database: no UI
 * makes sixty log entries quickly.
 */
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createUser, E2E_DATABASE, logIn, uniqueName } from '../support/accounts';

test('an admin pages through the audit log and filters it by user and action', async ({
	page
}, info) => {
	const admin = uniqueName('auditor', info);
	const busy = uniqueName('busy', info);
	createUser(admin, 'admin');
	const db = new Database(E2E_DATABASE);
	const insert = db.prepare(
		'INSERT INTO audit_log (actor_name, action, target, detail) VALUES (?, ?, ?, ?)'
	);
	db.transaction(() => {
		for (let i = 1; i <= 55; i++) insert.run(busy, 'photo.approve', `photo:${i}`, '');
		for (let i = 1; i <= 5; i++) insert.run(busy, 'photo.remove', `photo:${100 + i}`, '');
	})();
	db.close();

	await logIn(page, admin);
	await page.goto('/admin/audit');
	await page.getByLabel('User').fill(busy);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByRole('status')).toHaveText('Showing 1–50 of 60');
	const rows = page.getByRole('table', { name: 'Audit log' }).getByRole('row');
	await expect(rows).toHaveCount(51);
	// Newest first: the last five written were removals.
	await expect(rows.nth(1)).toContainText('photo:105');

	const pages = page.getByRole('navigation', { name: 'Pages' });
	await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
	await pages.getByRole('link', { name: 'Next page' }).click();
	await expect(page.getByRole('status')).toHaveText('Showing 51–60 of 60');
	await expect(rows).toHaveCount(11);
	await expect(page.getByLabel('User')).toHaveValue(busy);
	await pages.getByRole('link', { name: 'Previous page' }).click();
	await expect(page.getByRole('status')).toHaveText('Showing 1–50 of 60');

	await page.getByLabel('Action').selectOption('photo.remove');
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByRole('status')).toHaveText('Showing 1–5 of 5');
	await expect(pages).toHaveCount(0);
	const url = new URL(page.url());
	expect(url.searchParams.get('user')).toBe(busy);
	expect(url.searchParams.get('action')).toBe('photo.remove');

	await page.getByLabel('User').fill(`${busy}-nobody`);
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page.getByText('No log entry matches these filters.')).toBeVisible();
});

test('a bad page or an unknown action gets a clear answer, never a 500', async ({ page }, info) => {
	const admin = uniqueName('auditor', info);
	createUser(admin, 'admin');
	await logIn(page, admin);
	const db = new Database(E2E_DATABASE);
	const one = uniqueName('one', info);
	db.prepare(
		"INSERT INTO audit_log (actor_name, action, target, detail) VALUES (?, 'user.role', 'user:x', '')"
	).run(one);
	db.close();
	// Not a page number: the first page; past the end: the last. Never an error.
	for (const bad of ['abc', '0', '-1', '1e3', '2.5', '99999999999', '999999']) {
		const response = await page.goto(`/admin/audit?user=${one}&page=${bad}`);
		expect(response?.status(), `page=${bad}`).toBe(200);
		await expect(page.getByRole('status')).toHaveText('Showing 1–1 of 1');
	}

	expect((await page.goto('/admin/audit?action=entry.delete'))?.status()).toBe(200);
	await expect(page.getByRole('alert')).toHaveText(
		'There is no action called “entry.delete” in the log. Choose one from the list.'
	);
	await expect(page.getByRole('table')).toHaveCount(0);
});
