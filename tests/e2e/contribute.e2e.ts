import { expect, test, type Page } from '@playwright/test';
import { createUser, logIn, logOut, PASSWORD, randomHangul, uniqueName } from '../support/accounts';
import { expectNoAxeViolations } from './axe';
import { holdScripts, hydrated } from '../support/scripts';

// Logins hash with argon2 and these flows visit many pages: allow for a busy CI machine.
test.describe.configure({ timeout: 120_000 });

const submit = (page: Page) => page.getByRole('button', { name: 'Submit for review' }).click();
const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

test('a new contributor proposes an entry, a moderator approves it, readers find it with its history', async ({
	page
}, info) => {
	const contributor = uniqueName('alice', info);
	const moderator = uniqueName('mod', info);
	createUser(moderator, 'moderator');
	const south = randomHangul();
	const north = randomHangul();
	const gloss = `test soup of ${contributor}`;

	// Proposing needs an account: the login page sends a newcomer to sign-up and back.
	await page.goto('/contribute');
	await expect(page).toHaveURL(/\/login\?redirectTo=%2Fcontribute$/);
	await page.getByRole('main').getByRole('link', { name: 'Sign up' }).click();
	// With JS the router swaps the page in place: the login form also has a Username field, so
	// wait for the sign-up page before typing, or the text goes into the page being replaced.
	await expect(page.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
	await page.getByLabel('Username').fill(contributor);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('Repeat the password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	// The recovery codes are shown once; then on to where the reader was going.
	await expect(page.getByRole('region', { name: 'Your recovery codes' })).toBeVisible();
	await page.getByRole('link', { name: 'I have saved my codes, continue' }).click();
	await expect(page).toHaveURL(/\/contribute$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Suggest an entry' })).toBeVisible();

	await page.getByLabel('English gloss').fill(gloss);
	await page.getByLabel('Category').selectOption('soup-stew');
	await page.getByLabel('Kind of difference').selectOption('native-coinage');
	await group(page, 'Name 1').getByLabel('Hangul').fill(south);
	await group(page, 'Name 2').getByLabel('Hangul').fill(north);
	await group(page, 'Source 1').getByLabel('Citation').fill('Test dictionary of food words, p. 12');
	await group(page, 'Name 1').getByLabel('Source 1').check();

	// The Northern name has no source yet and no "why" sentence is written in either language:
	// refused, nothing lost, each message beside its field. (The English gloss alone is enough.)
	await submit(page);
	await expect(page.getByLabel('Korean gloss')).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Why the names differ (Korean)')).toHaveAccessibleDescription(
		/one is enough/
	);
	await page.getByLabel('Korean gloss').fill('시험용 국');
	await page
		.getByLabel('Why the names differ (English)')
		.fill('A test entry: both names are made up.');
	await page
		.getByLabel('Why the names differ (Korean)')
		.fill('시험용 항목이라 두 이름 모두 지어냈다.');
	const northSources = group(page, 'Name 2').getByRole('group', { name: 'Sources for this name' });
	await expect(northSources.getByText('Tick at least one source for this name.')).toBeVisible();
	await expect(page.getByRole('alert').first()).toContainText('Some fields need attention');
	await expect(page.getByLabel('English gloss')).toHaveValue(gloss);
	await expect(group(page, 'Name 1').getByLabel('Hangul')).toHaveValue(south);
	await expect(group(page, 'Name 2').getByLabel('Hangul')).toHaveValue(north);
	await expect(group(page, 'Name 1').getByLabel('Source 1')).toBeChecked();
	await expect(page.getByLabel('Category')).toHaveValue('soup-stew');

	// One more source row, without JavaScript too: a submit button that re-renders the form.
	await page.getByRole('button', { name: 'Add another source' }).click();
	await group(page, 'Source 3')
		.getByLabel('Web address')
		.fill('https://example.org/north-korean-menu');
	await group(page, 'Name 2').getByLabel('Source 3').check();
	await expect(page.getByLabel('English gloss')).toHaveValue(gloss);
	await submit(page);

	await expect(page).toHaveURL(/\/account\?submitted=\d+$/);
	await expect(page.getByText('Your proposal is waiting for a moderator.')).toBeVisible();
	const mine = page
		.getByRole('region', { name: 'Your proposals' })
		.getByRole('listitem')
		.filter({ hasText: gloss });
	await expect(mine).toContainText('Pending review');
	// Nothing is public before review.
	await page.goto(`/search?q=${encodeURIComponent(north)}`);
	await expect(page.getByRole('link', { name: new RegExp(north) })).toHaveCount(0);
	await logOut(page);

	await logIn(page, moderator);
	await page
		.getByRole('navigation', { name: 'Account' })
		.getByRole('link', { name: 'Moderate' })
		.click();
	const proposal = page.getByRole('article').filter({ hasText: gloss });
	// One line says what is proposed; every field is one click away.
	await expect(proposal).toContainText(
		`Proposed names: ${south} (South Korea) · ${north} (North Korea)`
	);
	await expect(proposal.getByRole('table')).toBeHidden();
	await proposal.getByText('Every change, field by field').click();
	await expect(proposal.getByRole('table')).toContainText('Test dictionary of food words, p. 12');
	await expect(proposal.getByRole('table')).toContainText(north);
	await proposal.getByRole('link', { name: /Review proposal/ }).click();
	await page.getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByText('Approved. The entry now shows the change.')).toBeVisible();
	await expect(page.getByRole('article').filter({ hasText: gloss })).toHaveCount(0);

	// Browse (newest first) and search both find it.
	await page.goto('/entries?sort=recent');
	await page
		.getByRole('link', { name: new RegExp(south) })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(south);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(north);
	const northSide = page.locator('.side', {
		has: page.getByRole('heading', { name: /North Korea/ })
	});
	// Sourced is the normal case and carries no badge; "Reviewed" is said once a moderator vouched.
	await expect(northSide.getByText('Not sourced', { exact: true })).toHaveCount(0);
	await expect(northSide.getByText('Reviewed', { exact: true })).toBeVisible();
	const entryUrl = page.url();

	await page.goto(`/search?q=${encodeURIComponent(north)}`);
	await expect(page.getByRole('link', { name: new RegExp(north) }).first()).toBeVisible();

	await page.goto(entryUrl);
	await page.getByRole('link', { name: 'Full history and changes' }).click();
	const versions = page.getByRole('region', { name: 'All versions' }).getByRole('listitem');
	await expect(versions).toHaveCount(1);
	await expect(versions.first()).toContainText('Version 1');
	await expect(versions.first()).toContainText(contributor);
	await expect(versions.first()).toContainText(`approved by ${moderator}`);

	// The contributor sees the outcome.
	await logOut(page);
	await logIn(page, contributor);
	await page.goto('/account');
	await expect(
		page
			.getByRole('region', { name: 'Your proposals' })
			.getByRole('listitem')
			.filter({ hasText: gloss })
	).toContainText('Approved');
});

test('an edit conflict between two moderators ends in the conflict view, not a lost edit', async ({
	browser
}, info) => {
	const contributor = uniqueName('carol', info);
	const first = uniqueName('moda', info);
	const second = uniqueName('modb', info);
	for (const [name, role] of [
		[contributor, 'contributor'],
		[first, 'moderator'],
		[second, 'moderator']
	] as const)
		createUser(name, role);
	const slug = info.project.name === 'no-js' ? 'bibimbap' : 'bingsu';

	const contributorPage = await (await browser.newContext()).newPage();
	await logIn(contributorPage, contributor);
	for (const label of ['A', 'B']) {
		await contributorPage.goto(`/entries/${slug}/edit`);
		await expect(contributorPage.getByRole('heading', { level: 1 })).toContainText(
			'Suggest an edit'
		);
		await contributorPage.getByLabel('English gloss').fill(`gloss ${label} by ${contributor}`);
		await contributorPage.getByLabel('Summary of your change').fill(`Edit ${label}`);
		await submit(contributorPage);
		await expect(contributorPage).toHaveURL(/submitted=/);
	}

	// Both moderators open a proposal before either approves.
	const openProposal = async (moderator: string, label: string) => {
		const page = await (await browser.newContext()).newPage();
		await logIn(page, moderator);
		await page.goto('/moderate');
		await page
			.getByRole('article')
			.filter({ hasText: `gloss ${label} by ${contributor}` })
			.getByRole('link', { name: /Review proposal/ })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(
			`gloss ${label} by ${contributor}`
		);
		return page;
	};
	const pageA = await openProposal(first, 'A');
	const pageB = await openProposal(second, 'B');

	await pageA.getByRole('button', { name: 'Approve' }).click();
	await expect(pageA.getByText('Approved. The entry now shows the change.')).toBeVisible();

	await pageB.getByRole('button', { name: 'Approve' }).click();
	const conflict = pageB.getByRole('region', { name: 'Edit conflict' });
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText(/based on version \d+, but the entry is now at version \d+/);
	await expect(conflict.getByRole('table').first()).toContainText(`gloss A by ${contributor}`);
	await expect(conflict.getByRole('table').nth(1)).toContainText(`gloss B by ${contributor}`);
	await expect(pageB.getByRole('button', { name: 'Approve' })).toHaveCount(0);

	// A's edit stands; B is still pending and can be sent back.
	await pageB.goto(`/entries/${slug}`);
	await expect(pageB.getByText(`gloss A by ${contributor}`).first()).toBeVisible();
	await pageB.goto('/moderate');
	await expect(
		pageB.getByRole('article').filter({ hasText: `gloss B by ${contributor}` })
	).toContainText('Edit conflict');
});

test('history compares any two versions and a moderator reverts, as a new version', async ({
	page
}, info) => {
	const contributor = uniqueName('kim', info);
	const moderator = uniqueName('modr', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const slug = info.project.name === 'no-js' ? 'chaetguk' : 'chaeso';

	await logIn(page, contributor);
	await page.goto(`/entries/${slug}`);
	const original = (await page.locator('.gloss').textContent())!.trim();
	await page.getByRole('link', { name: 'Suggest an edit' }).click();
	await page.getByLabel('English gloss').fill(`changed by ${contributor}`);
	await submit(page);
	await logOut(page);

	await logIn(page, moderator);
	await page.goto('/moderate');
	await page
		.getByRole('article')
		.filter({ hasText: `changed by ${contributor}` })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	await page.getByRole('button', { name: 'Approve' }).click();
	await expect(page.getByText('Approved.')).toBeVisible();

	await page.goto(`/entries/${slug}/history`);
	await page.getByLabel('From').selectOption('1');
	await page.getByLabel('To').selectOption('2');
	await page.getByRole('button', { name: 'Compare' }).click();
	const diff = page.getByRole('table', { name: 'Changes from version 1 to version 2' });
	await expect(diff.getByRole('row', { name: /English gloss/ })).toContainText(original);
	await expect(diff.getByRole('row', { name: /English gloss/ })).toContainText(
		`changed by ${contributor}`
	);

	await page.getByRole('button', { name: 'Revert to version 1' }).click();
	await expect(page.getByText('Reverted. The revert is itself a new version.')).toBeVisible();
	const versions = page.getByRole('region', { name: 'All versions' }).getByRole('listitem');
	await expect(versions).toHaveCount(3);
	await expect(versions.first()).toContainText('reverted to version 1');
	await page.goto(`/entries/${slug}`);
	await expect(page.locator('.gloss')).toHaveText(original);
	// Every name the revert wrote is now reviewed by the moderator.
	const names = page.locator('.name');
	await expect(names.locator('.badge.reviewed')).toHaveCount(await names.count());
});

test('a moderator asks for changes; the contributor revises the same proposal', async ({
	page
}, info) => {
	const contributor = uniqueName('dan', info);
	const moderator = uniqueName('modc', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const slug = info.project.name === 'no-js' ? 'bogeo' : 'bokda';

	await logIn(page, contributor);
	await page.goto(`/entries/${slug}/edit`);
	await page.getByLabel('Summary of your change').fill(`first try by ${contributor}`);
	await page.getByLabel('Description (English)').fill('A first description.');
	await submit(page);
	await logOut(page);

	await logIn(page, moderator);
	await page.goto('/moderate');
	const queued = page.getByRole('article').filter({ hasText: `first try by ${contributor}` });
	await expect(queued).toContainText('What changes: Description (English)');
	await queued.getByRole('link', { name: /Review proposal/ }).click();
	// A message is required.
	await page.getByRole('button', { name: 'Request changes' }).click();
	await expect(page.getByText('Write a message for the contributor.')).toBeVisible();
	await page.getByLabel('Message to the contributor').fill('Please cite a dictionary page.');
	await page.getByRole('button', { name: 'Request changes' }).click();
	await expect(page.getByText('Sent back to the contributor with your message.')).toBeVisible();
	await logOut(page);

	await logIn(page, contributor);
	await page.goto('/account');
	// The answer is announced once, and the proposal it answered is marked.
	await expect(page.getByRole('status')).toContainText(
		'A moderator has answered 1 of your proposals since your last visit'
	);
	const item = page.getByRole('region', { name: 'Your proposals' }).getByRole('listitem').first();
	await expect(item).toContainText('Changes requested');
	await expect(item).toContainText('New answer');
	await expect(item).toContainText('Please cite a dictionary page.');
	await page.reload();
	await expect(page.getByText(/answered 1 of your proposals/)).toHaveCount(0);
	await expect(item).not.toContainText('New answer');
	await item.getByRole('link', { name: 'Revise and resubmit' }).click();
	await expect(page.getByLabel('Description (English)')).toHaveValue('A first description.');
	await page.getByLabel('Summary of your change').fill(`second try by ${contributor}`);
	await submit(page);
	await expect(
		page.getByRole('region', { name: 'Your proposals' }).getByRole('listitem').first()
	).toContainText('Pending review');
	await expect(
		page.getByRole('region', { name: 'Your proposals' }).getByRole('listitem')
	).toHaveCount(1);
});

test('Hangul fields accept only Hangul, sources only http(s), and an unknown relation is named', async ({
	page
}, info) => {
	const contributor = uniqueName('erin', info);
	createUser(contributor, 'contributor');
	await logIn(page, contributor);
	await page.goto('/contribute');
	await page.getByLabel('English gloss').fill('bad input');
	await page.getByLabel('Category').selectOption('rice');
	await page.getByLabel('Kind of difference').selectOption('spelling');
	await group(page, 'Name 1').getByLabel('Hangul').fill('bap');
	await group(page, 'Name 2').getByLabel('Hangul').fill('밥');
	await group(page, 'Source 1').getByLabel('Web address').fill('javascript:alert(1)');
	await group(page, 'Name 1').getByLabel('Source 1').check();
	await group(page, 'Name 2').getByLabel('Source 1').check();
	await page.getByLabel('Related entry 1').fill('no-such-entry');
	await submit(page);

	const hangul = group(page, 'Name 1').getByLabel('Hangul');
	await expect(hangul).toHaveAttribute('aria-invalid', 'true');
	await expect(hangul).toHaveAccessibleDescription(/Hangul syllables and single spaces only/);
	const url = group(page, 'Source 1').getByLabel('Web address');
	await expect(url).toHaveAttribute('aria-invalid', 'true');
	await expect(url).toHaveValue('javascript:alert(1)');
	await expect(page.getByLabel('Related entry 1')).toHaveAccessibleDescription(
		'There is no entry with this address.'
	);
	await page.goto('/account');
	await expect(page.getByText('You have not proposed anything yet.')).toBeVisible();
});

test('@js typing a Hangul name shows its readings and warns when the name exists', async ({
	page
}, info) => {
	const contributor = uniqueName('fay', info);
	createUser(contributor, 'contributor');
	await logIn(page, contributor);
	await page.goto('/contribute');
	const name2 = group(page, 'Name 2');
	await name2.getByLabel('Hangul').fill('랭면');
	await expect(name2.getByText('raengmyŏn').first()).toBeVisible();
	const warning = name2.getByText('is already a name in:');
	await expect(warning).toBeVisible();
	await expect(name2.getByRole('link', { name: /cold noodles/ })).toHaveAttribute(
		'href',
		'/entries/naengmyeon'
	);
	await name2.getByLabel('Hangul').fill('랭면국수처럼');
	await expect(warning).toHaveCount(0);
});

test('login failures lock the name, and never tell whether it exists (auth.spec.ts times the delays)', async ({
	page
}, info) => {
	const real = uniqueName('gil', info);
	createUser(real, 'contributor');
	const ghost = uniqueName('ghost', info);
	/** Submits and waits for the server's answer, so an earlier message is never mistaken for it. */
	const attempt = async (username: string, password: string) => {
		await page.getByLabel('Username').fill(username);
		await page.getByLabel('Password').fill(password);
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/login')),
			page.getByRole('button', { name: 'Log in' }).click()
		]);
	};
	for (const username of [real, ghost]) {
		await page.goto('/login');
		for (let i = 0; i < 4; i++) {
			await attempt(username, `wrong password ${i}`);
			await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
		}
		await attempt(username, 'wrong again');
		// The first lock lasts one minute, in the singular (issue 12.19).
		await expect(page.getByRole('alert')).toHaveText(
			'Too many failed attempts. Try again in 1 minute.'
		);
	}
	// While locked, even the right password is refused.
	await attempt(real, PASSWORD);
	await expect(page.getByRole('alert')).toContainText('Too many failed attempts');
});

test('redirectTo after login only follows local paths', async ({ page }, info) => {
	const user = uniqueName('hal', info);
	createUser(user, 'contributor');
	for (const evil of [
		'//evil.example/x',
		'/\\evil.example',
		'https://evil.example/',
		'javascript:alert(1)'
	]) {
		await page.goto(`/login?redirectTo=${encodeURIComponent(evil)}`);
		await page.getByLabel('Username').fill(user);
		await page.getByLabel('Password').fill(PASSWORD);
		await page.getByRole('button', { name: 'Log in' }).click();
		await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		await logOut(page);
	}
	await page.goto(`/login?redirectTo=${encodeURIComponent('/entries/naengmyeon?x=1')}`);
	await page.getByLabel('Username').fill(user);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Log in' }).click();
	await expect(page).toHaveURL(/\/entries\/naengmyeon\?x=1$/);
});

test('sign-up refuses a username that differs only in case', async ({ page }, info) => {
	const name = uniqueName('Ivy', info);
	createUser(name, 'contributor');
	await page.goto('/signup');
	await page.getByLabel('Username').fill(name.toUpperCase());
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('Repeat the password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByLabel('Username')).toHaveAccessibleDescription(/This username is taken/);
	await expect(page.getByLabel('Username')).toHaveValue(name.toUpperCase());
	await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
});

for (const path of ['/login', '/signup', '/ko/login']) {
	test(`axe: ${path}`, async ({ page }) => {
		await page.goto(path);
		await expectNoAxeViolations(page);
	});
}

for (const path of [
	'/contribute',
	'/entries/naengmyeon/edit',
	'/entries/naengmyeon/history?from=1&to=1',
	'/moderate',
	'/account',
	'/ko/contribute'
]) {
	test(`axe (signed in as moderator): ${path}`, async ({ page }, info) => {
		const moderator = uniqueName('modx', info);
		createUser(moderator, 'moderator');
		await logIn(page, moderator);
		await page.goto(path);
		await expectNoAxeViolations(page);
	});
}

test('a respelled name shows in the moderation diff as the one letter that changed', async ({
	browser
}, info) => {
	const contributor = uniqueName('respell', info);
	const moderator = uniqueName('modsp', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const summary = `Respell 냉면 by ${contributor}`;

	const page = await (await browser.newContext()).newPage();
	await logIn(page, contributor);
	await page.goto('/entries/naengmyeon/edit');
	const name1 = group(page, 'Name 1');
	await expect(name1.getByLabel('Hangul')).toHaveValue('냉면');
	await name1.getByLabel('Hangul').fill('랭면');
	await page.getByLabel('Summary of your change').fill(summary);
	await submit(page);
	await expect(page).toHaveURL(/submitted=/);

	const mod = await (await browser.newContext()).newPage();
	await logIn(mod, moderator);
	await mod.goto('/moderate');
	await mod
		.getByRole('article')
		.filter({ hasText: summary })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	const row = mod
		.getByRole('row')
		.filter({ has: mod.getByRole('rowheader', { name: /Spelling changed/ }) });
	await expect(row).toHaveCount(1);
	await expect(row.getByRole('cell').first().locator('del')).toHaveText('냉');
	await expect(row.getByRole('cell').nth(1).locator('ins')).toHaveText('랭');
	await expect(row.getByRole('cell').nth(1)).toContainText('Letters changed: ㄴ → ㄹ');
	// Not a removal and an addition.
	await expect(mod.getByRole('rowheader', { name: /Name (added|removed)/ })).toHaveCount(0);
	await mod.getByLabel('Reason for rejecting').fill('Keep the Southern spelling.');
	await mod.getByRole('button', { name: 'Reject' }).click();
	await expect(mod).toHaveURL(/done=rejected/);
});

test('/moderation leads to the moderation queue', async ({ page }, info) => {
	const moderator = uniqueName('modq', info);
	createUser(moderator, 'moderator');
	await logIn(page, moderator);
	await page.goto('/moderation');
	await expect(page).toHaveURL(/\/moderate$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Moderation queue' })).toBeVisible();
	await page.goto('/ko/moderation/photos');
	await expect(page).toHaveURL(/\/ko\/moderate\/photos$/);
});

test('what a contributor typed before the form hydrated survives it @js', async ({
	page
}, info) => {
	const contributor = uniqueName('early', info);
	createUser(contributor, 'contributor');
	await logIn(page, contributor);
	const release = await holdScripts(page);
	await page.goto('/contribute', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('English gloss').fill('typed early');
	await page.getByLabel('Description (English)').fill('Typed before the scripts arrived.');
	await page.getByLabel('Description (Korean)').fill('스크립트보다 먼저 썼다.');
	release();
	await hydrated(page);
	await expect(page.getByLabel('English gloss')).toHaveValue('typed early');
	await expect(page.getByLabel('Description (English)')).toHaveValue(
		'Typed before the scripts arrived.'
	);
	await expect(page.getByLabel('Description (Korean)')).toHaveValue('스크립트보다 먼저 썼다.');
});
