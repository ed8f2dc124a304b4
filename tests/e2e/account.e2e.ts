import { expect, test, type Page } from '@playwright/test';
import { createUser, logIn, PASSWORD, uniqueName } from '../support/accounts';

// Every login and password change hashes with argon2: allow for a busy CI machine.
test.describe.configure({ timeout: 120_000 });

const NEW_PASSWORD = 'a brand new passphrase for tests';

const currentField = (page: Page) => page.getByLabel('Current password', { exact: true });
const newField = (page: Page) => page.getByLabel('New password', { exact: true });
const confirmField = (page: Page) => page.getByLabel('Repeat the password', { exact: true });

/** Fills the form and waits for the server's answer, so an earlier page is never mistaken for it. */
async function changePassword(page: Page, current: string, password: string, confirm: string) {
	await currentField(page).fill(current);
	await newField(page).fill(password);
	await confirmField(page).fill(confirm);
	await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/account')),
		page.getByRole('button', { name: 'Change password' }).click()
	]);
}

async function expectSignedIn(page: Page, username: string) {
	await page.goto('/account');
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(username);
}

test('a contributor changes their password; mistakes change nothing; other sessions end', async ({
	page,
	browser
}, info) => {
	const username = uniqueName('pat', info);
	createUser(username, 'contributor');

	// A second browser signed in as the same user, as the project's options say (JS on or off).
	const other = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.use.javaScriptEnabled
	});
	const otherPage = await other.newPage();
	try {
		await logIn(otherPage, username);
		await logIn(page, username);
		await page.goto('/account');
		await expect(page.getByRole('heading', { level: 2, name: 'Change password' })).toBeVisible();

		// A wrong current password: the message is beside that field, and nothing is sent back.
		await changePassword(page, 'not my password at all', NEW_PASSWORD, NEW_PASSWORD);
		await expect(page.getByRole('alert')).toContainText('Some fields need attention');
		await expect(currentField(page)).toHaveAttribute('aria-invalid', 'true');
		await expect(currentField(page)).toHaveAccessibleDescription(
			'The current password is not right.'
		);
		await expect(confirmField(page)).not.toHaveAttribute('aria-invalid', 'true');
		for (const field of [currentField, newField, confirmField])
			await expect(field(page)).toHaveValue('');
		await expect(page.getByText('Your password was changed.')).toHaveCount(0);

		// The right current password but a repeat that differs: the message is beside the repeat.
		await changePassword(page, PASSWORD, NEW_PASSWORD, `${NEW_PASSWORD}!`);
		await expect(confirmField(page)).toHaveAttribute('aria-invalid', 'true');
		await expect(confirmField(page)).toHaveAccessibleDescription('The two passwords differ.');
		await expect(currentField(page)).not.toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Your password was changed.')).toHaveCount(0);

		// Nothing changed: the other session is still signed in, and the old password still works.
		await expectSignedIn(otherPage, username);
		const probe = await browser.newContext({
			baseURL: info.project.use.baseURL,
			javaScriptEnabled: info.project.use.javaScriptEnabled
		});
		try {
			await logIn(await probe.newPage(), username, PASSWORD);
		} finally {
			await probe.close();
		}

		// The change itself.
		await changePassword(page, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
		await expect(page).toHaveURL(/\/account\?password-changed$/);
		await expect(page.getByRole('status')).toContainText(
			'Your password was changed. Other sessions were logged out.'
		);
		// This browser stays signed in (with a fresh session).
		await expectSignedIn(page, username);

		// The other browser's session has ended: /account sends it to the login page.
		await otherPage.goto('/account');
		await expect(otherPage).toHaveURL(/\/login\?redirectTo=%2Faccount$/);
		await expect(
			otherPage.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Log in' })
		).toBeVisible();

		// The old password no longer logs in; the new one does.
		await otherPage.getByLabel('Username').fill(username);
		await otherPage.getByLabel('Password').fill(PASSWORD);
		await Promise.all([
			otherPage.waitForResponse(
				(r) => r.request().method() === 'POST' && r.url().includes('/login')
			),
			otherPage.getByRole('button', { name: 'Log in' }).click()
		]);
		await expect(otherPage.getByRole('alert')).toHaveText('Wrong username or password.');
		await logIn(otherPage, username, NEW_PASSWORD);
		await expectSignedIn(otherPage, username);
	} finally {
		await other.close();
	}
});
