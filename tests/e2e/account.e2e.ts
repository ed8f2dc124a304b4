import { expect, test, type Page } from '@playwright/test';
import { createUser, logIn, logOut, PASSWORD, uniqueName } from '../support/accounts';

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

/** Submits the login form and waits for the server's answer. */
async function attemptLogin(page: Page, username: string, password: string) {
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password').fill(password);
	await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/login')),
		page.getByRole('button', { name: 'Log in' }).click()
	]);
}

test('wrong passwords from one browser lock that browser, not the owner who logged in here before', async ({
	page,
	browser
}, info) => {
	const owner = uniqueName('own', info);
	createUser(owner, 'admin');
	// The owner's browser has logged in before: it keeps a device cookie for this account.
	await logIn(page, owner);
	await logOut(page);

	// Someone else, from the same IP (every e2e browser is 127.0.0.1), guesses five times.
	const guesser = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.use.javaScriptEnabled
	});
	const guesserPage = await guesser.newPage();
	try {
		await guesserPage.goto('/login');
		for (let i = 0; i < 5; i++) await attemptLogin(guesserPage, owner, `a wrong guess ${i}`);
		await expect(guesserPage.getByRole('alert')).toHaveText(
			'Too many failed attempts. Try again in 1 minute.'
		);
		// The guesser stays locked out of this name, even with the right password …
		await attemptLogin(guesserPage, owner, PASSWORD);
		await expect(guesserPage.getByRole('alert')).toContainText('Too many failed attempts');
		await expect(guesserPage.getByRole('navigation', { name: 'Account' })).not.toContainText(owner);
	} finally {
		await guesser.close();
	}
	// … but the owner is not: their browser has no failures of its own (logIn checks the header).
	await logIn(page, owner);
});

test('sign-up refuses look-alike and invisible names, and weak passwords, with a message', async ({
	page
}, info) => {
	const taken = uniqueName('mia', info);
	createUser(taken, 'contributor');
	const signUp = async (username: string, password: string) => {
		await page.goto('/signup');
		await page.getByLabel('Username').fill(username);
		await page.getByLabel('Password', { exact: true }).fill(password);
		await page.getByLabel('Repeat the password').fill(password);
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/signup')),
			page.getByRole('button', { name: 'Create account' }).click()
		]);
	};
	const username = page.getByLabel('Username');
	const password = page.getByLabel('Password', { exact: true });

	// The taken name with a Cyrillic а in it: Latin and Cyrillic letters mixed.
	await signUp(taken.replace('a', '\u0430'), PASSWORD);
	await expect(username).toHaveAccessibleDescription(/in one script/);
	// "rn" for "m": another name, the same look (TR39 skeleton).
	await signUp(taken.replace('mia', 'rnia'), PASSWORD);
	await expect(username).toHaveAccessibleDescription(/looks like one that is taken/);
	// The taken name followed by a Hangul filler, and a name of fillers only.
	await signUp(`${taken}\u3164`, PASSWORD);
	await expect(username).toHaveAccessibleDescription(/invisible or blank characters/);
	await signUp('\u3164\u3164\u3164\u3164', PASSWORD);
	await expect(username).toHaveAccessibleDescription(/invisible or blank characters/);

	const fresh = uniqueName('new', info);
	await signUp(fresh, ' '.repeat(12));
	await expect(password).toHaveAccessibleDescription(/cannot be only spaces/);
	await signUp(fresh, 'Password123');
	await expect(password).toHaveAccessibleDescription(/one of the most common/);
	await signUp(fresh, fresh.toUpperCase());
	await expect(password).toHaveAccessibleDescription(/cannot be your username/);
	// None of these made an account: the name is still free.
	await signUp(fresh, PASSWORD);
	await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(fresh);
});
