import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { createUser, logIn, logOut, PASSWORD, uniqueName } from '../support/accounts';
import { expectNoAxeViolations } from './axe';

/** axe skips the whole test without JavaScript: check with it only where it runs. */
const axeWhereItRuns = async (page: Page, info: TestInfo) => {
	if (info.project.use.javaScriptEnabled !== false) await expectNoAxeViolations(page);
};

// Sign-ups hash ten recovery codes with argon2, recoveries check them: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const NEW_PASSWORD = 'a different long passphrase';

async function signUp(page: Page, username: string): Promise<string[]> {
	await expect(page.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('Repeat the password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	const codes = page.getByRole('region', { name: 'Your recovery codes' }).getByRole('listitem');
	await expect(codes).toHaveCount(10);
	return (await codes.allInnerTexts()).map((t) => t.trim());
}

async function recover(page: Page, username: string, code: string, password: string) {
	await page.goto('/login/recover');
	await page.getByLabel('Username').fill(username);
	await page.getByLabel('Recovery code').fill(code);
	await page.getByLabel('New password').fill(password);
	await page.getByLabel('Repeat the password').fill(password);
	await page.getByRole('button', { name: 'Set the new password' }).click();
}

test('a reader finds how to contribute from the home page, and signing up brings them back to the form', async ({
	page
}, info) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Contribute' })
		.click();
	await expect(page).toHaveURL(/\/contribute\/how$/);
	await expect(page.getByRole('heading', { level: 1, name: 'How to contribute' })).toBeVisible();
	const grades = page.getByRole('region', { name: 'What a good source is' });
	for (const grade of ['A', 'B', 'C', 'D'])
		await expect(grades.getByRole('term').filter({ hasText: `Grade ${grade}` })).toBeVisible();
	await expect(grades).toContainText('dictionary-grade or official');
	await expect(page.getByRole('region', { name: 'What moderators check' })).toContainText(
		'the kind of difference, the confidence'
	);
	await axeWhereItRuns(page, info);

	await page.getByRole('link', { name: 'Suggest an entry' }).first().click();
	// Not a bare login form: it says why an account is needed and links back to the explanation.
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fcontribute$/);
	await expect(page.getByRole('main')).toContainText('You need an account to suggest entries');
	await expect(
		page.getByRole('main').getByRole('link', { name: 'How contributing works' })
	).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
	await expect(page.getByRole('main')).toContainText('No e-mail address is needed');
	const codes = await signUp(page, uniqueName('newbie', info));
	expect(new Set(codes).size).toBe(10);
	await axeWhereItRuns(page, info);
	await page.getByRole('link', { name: 'I have saved my codes, continue' }).click();
	await expect(page).toHaveURL(/\/contribute$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Suggest an entry' })).toBeVisible();
});

test('the Korean how-to page is Korean and passes axe', async ({ page }) => {
	await page.goto('/ko/contribute/how');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1, name: '참여 방법' })).toBeVisible();
	await expect(page.getByRole('region', { name: '좋은 출처란' })).toContainText('A 등급');
	await expect(page.getByRole('region', { name: '검토자가 확인하는 것' })).toBeVisible();
	await expectNoAxeViolations(page);
});

const EVIL = ['//evil.example/', 'https://evil.example/', '/\\evil.example', '/.//evil.example/'];
for (const evil of EVIL) {
	test(`login and sign-up never send the reader off the site (redirectTo=${evil})`, async ({
		page
	}, info) => {
		const name = uniqueName('redir', info);
		createUser(name, 'contributor');
		await page.goto(`/login?redirectTo=${encodeURIComponent(evil)}`);
		await page.getByLabel('Username').fill(name);
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Log in' }).click();
		await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(name);
		expect(new URL(page.url()).origin).toBe(new URL(info.project.use.baseURL!).origin);
		expect(new URL(page.url()).pathname).toBe('/');
		await logOut(page);

		// Sign-ups are costly (ten argon2 hashes): the first target stands for the others there.
		if (evil !== EVIL[0]) return;
		await page.goto(`/signup?redirectTo=${encodeURIComponent(evil)}`);
		await signUp(page, uniqueName('redir2', info));
		await expect(
			page.getByRole('link', { name: 'I have saved my codes, continue' })
		).toHaveAttribute('href', '/account');
	});
}

test('a recovery code sets a new password once, and ends every session of the account', async ({
	page,
	browser
}, info) => {
	const name = uniqueName('forgetful', info);
	await page.goto('/signup');
	const codes = await signUp(page, name);
	await page.getByRole('link', { name: 'I have saved my codes, continue' }).click();
	await expect(page.getByRole('region', { name: 'Recovery codes', exact: true })).toContainText(
		'You have 10 unused recovery codes'
	);
	// Another browser logged in to the same account.
	const other = await browser.newContext({
		baseURL: info.project.use.baseURL,
		javaScriptEnabled: info.project.use.javaScriptEnabled
	});
	const otherPage = await other.newPage();
	try {
		await logIn(otherPage, name);
		await logOut(page);

		await page.goto('/login');
		await page.getByRole('link', { name: /Use a recovery code/ }).click();
		await expect(page).toHaveURL(/\/login\/recover$/);
		await axeWhereItRuns(page, info);
		// Typed in capitals with a space instead of the dash: still the code.
		await recover(page, name, codes[0]!.toUpperCase().replace('-', ' '), NEW_PASSWORD);
		await expect(page).toHaveURL(/\/account\?recovered=9$/);
		await expect(page.getByText('9 recovery codes are left')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Account' })).toContainText(name);

		// The other browser's session has ended.
		await otherPage.goto('/account');
		await expect(otherPage).toHaveURL(/\/login\?redirectTo=%2Faccount$/);

		// The same code again: refused, the password stays the new one.
		await logOut(page);
		await recover(page, name, codes[0]!, 'yet another passphrase!');
		await expect(page.getByRole('alert')).toContainText('or the code was already used');
		await expect(page.getByLabel('Username')).toHaveValue(name);
		await expect(page.getByLabel('Recovery code')).toHaveValue('');
		await logIn(page, name, NEW_PASSWORD);
		await logOut(page);
		// A wrong name with a right code is refused with the same words.
		await recover(page, `${name}x`, codes[1]!, 'yet another passphrase!');
		await expect(page.getByRole('alert')).toContainText('or the code was already used');
		// The next code works.
		await recover(page, name, codes[1]!, 'yet another passphrase!');
		await expect(page).toHaveURL(/\/account\?recovered=8$/);
	} finally {
		await other.close();
	}
});

test('new recovery codes from the account page replace the old ones', async ({ page }, info) => {
	const name = uniqueName('renew', info);
	await page.goto('/signup');
	const old = await signUp(page, name);
	await page.getByRole('link', { name: 'I have saved my codes, continue' }).click();
	const section = page.getByRole('region', { name: 'Recovery codes', exact: true });
	await section.getByLabel('Your password (to make new codes)').fill('not my password!');
	await section.getByRole('button', { name: 'Make new recovery codes' }).click();
	await expect(section.getByLabel('Your password (to make new codes)')).toHaveAccessibleDescription(
		/.+/
	);
	await section.getByLabel('Your password (to make new codes)').fill(PASSWORD);
	await section.getByRole('button', { name: 'Make new recovery codes' }).click();
	const fresh = page.getByRole('region', { name: 'Your recovery codes' }).getByRole('listitem');
	await expect(fresh).toHaveCount(10);
	const codes = (await fresh.allInnerTexts()).map((t) => t.trim());
	expect(codes.some((c) => old.includes(c))).toBe(false);

	await logOut(page);
	await recover(page, name, old[2]!, NEW_PASSWORD);
	await expect(page.getByRole('alert')).toContainText('or the code was already used');
	await recover(page, name, codes[2]!, NEW_PASSWORD);
	await expect(page).toHaveURL(/\/account\?recovered=9$/);
});
