import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createUser, logIn, uniqueName } from '../support/accounts';

// Logins hash with argon2 and pages are rendered on a busy CI machine: allow for it.
test.describe.configure({ timeout: 120_000 });

/** Every moderator and admin page, and the role each needs. */
const PAGES = [
	['/moderate', 'moderator'],
	['/moderate/1', 'moderator'],
	['/ko/moderate', 'moderator'],
	['/moderate/photos', 'moderator'],
	['/ko/moderate/photos', 'moderator'],
	['/admin', 'admin'],
	['/admin/users', 'admin'],
	['/admin/audit', 'admin']
] as const;

/** Every moderator and admin action, with a plausible form body. */
const ACTIONS = [
	['/moderate/1?/approve', {}, 'moderator'],
	['/moderate/1?/changes', { message: 'x' }, 'moderator'],
	['/moderate/1?/reject', { message: 'x' }, 'moderator'],
	['/moderate/photos?/approve', { id: '1' }, 'moderator'],
	['/moderate/photos?/reject', { id: '1', message: 'x' }, 'moderator'],
	['/moderate/photos?/remove', { id: '1' }, 'moderator'],
	['/entries/naengmyeon/history?/revert', { version: '1', expectedVersion: '1' }, 'moderator'],
	['/entries/naengmyeon/history?/review', {}, 'moderator'],
	['/admin/users?/role', { userId: '1', role: 'admin' }, 'admin']
] as const;

/** Every route file under the moderator and admin trees, as [route, its source]. */
function protectedRoutes(): [string, string][] {
	const found: [string, string][] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, e.name);
			if (e.isDirectory()) walk(path);
			else if (/^\+(page\.server|server)\.ts$/.test(e.name))
				found.push([
					'/' + relative('src/routes', dir).replace(/\[[^\]]+\]/g, '1'),
					readFileSync(path, 'utf8')
				]);
		}
	};
	walk('src/routes/moderate');
	walk('src/routes/admin');
	return found;
}

test('the lists below cover every moderator and admin page and action in the source tree', () => {
	for (const [route, source] of protectedRoutes()) {
		expect(
			PAGES.map(([p]) => p),
			`page ${route}`
		).toContain(route);
		const actions = /export const actions[^{]*\{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
		for (const [, name] of actions.matchAll(/^\t(\w+):/gm)) {
			const path = name === 'default' ? route : `${route}?/${name}`;
			expect(
				ACTIONS.map(([p]) => p),
				`action ${path}`
			).toContain(path);
		}
	}
});

async function statusOf(
	page: Page,
	origin: string,
	method: 'GET' | 'POST',
	path: string,
	form = {}
) {
	// Asking for HTML, as a browser's form post does (SvelteKit answers `*/*` with JSON).
	const response =
		method === 'GET'
			? await page.request.get(path, { maxRedirects: 0, headers: { accept: 'text/html' } })
			: await page.request.post(path, {
					form,
					maxRedirects: 0,
					headers: { origin, accept: 'text/html' }
				});
	return { status: response.status(), location: response.headers()['location'] ?? '' };
}

test('anonymous visitors are sent to the login page from every moderator and admin page and action', async ({
	page,
	baseURL
}) => {
	for (const [path] of PAGES) {
		const r = await statusOf(page, baseURL!, 'GET', path);
		expect(r, path).toMatchObject({ status: 303 });
		expect(r.location, path).toMatch(/^\/(ko\/)?login\?redirectTo=/);
	}
	for (const [path, form] of ACTIONS) {
		const r = await statusOf(page, baseURL!, 'POST', path, form);
		expect(r, path).toMatchObject({ status: 303 });
		expect(r.location, path).toMatch(/^\/login\?redirectTo=/);
	}
	// Proposing needs an account too, and the login page brings the visitor back.
	for (const path of ['/contribute', '/entries/naengmyeon/edit', '/account']) {
		const r = await statusOf(page, baseURL!, 'GET', path);
		expect(r.location, path).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
	}
});

test('contributors get 403 from every moderator and admin page and action; moderators from admin ones', async ({
	browser,
	baseURL
}, info) => {
	const contributor = uniqueName('cont', info);
	const moderator = uniqueName('modr', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	for (const [user, role] of [
		[contributor, 'contributor'],
		[moderator, 'moderator']
	] as const) {
		const page = await (await browser.newContext()).newPage();
		await logIn(page, user);
		for (const [path, needs] of PAGES) {
			if (role === 'moderator' && needs === 'moderator') continue;
			const r = await statusOf(page, baseURL!, 'GET', path);
			expect(r.status, `${user} GET ${path}`).toBe(403);
		}
		for (const [path, form, needs] of ACTIONS) {
			if (role === 'moderator' && needs === 'moderator') continue;
			const r = await statusOf(page, baseURL!, 'POST', path, form);
			expect(r.status, `${user} POST ${path}`).toBe(403);
		}
		await page.goto('/moderate');
		await expect(
			page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Admin' })
		).toHaveCount(0);
		await page.context().close();
	}
});

test("SvelteKit's CSRF origin check refuses cross-site form posts", async ({ page }) => {
	const response = await page.request.post('/login', {
		form: { username: 'someone', password: 'whatever password' },
		headers: { origin: 'https://evil.example' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	expect(await response.text()).toContain('Cross-site');
});

test('session cookie is httpOnly, SameSite=Lax, path /, and login never keeps a planted session id', async ({
	page,
	browser,
	baseURL
}, info) => {
	const user = uniqueName('jo', info);
	createUser(user, 'contributor');
	// A session id planted before login (session fixation) is replaced, not adopted.
	await page
		.context()
		.addCookies([{ name: 'session', value: 'planted-by-someone-else', url: baseURL! }]);
	await logIn(page, user);
	const cookie = (await page.context().cookies()).find((c) => c.name === 'session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	expect(cookie?.value).not.toBe('planted-by-someone-else');
	expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000 + 13 * 24 * 3600);

	const other = await (await browser.newContext()).newPage();
	await logIn(other, user);
	const otherCookie = (await other.context().cookies()).find((c) => c.name === 'session');
	expect(otherCookie?.value).not.toBe(cookie?.value);
	// Logging out ends that session on the server: its token no longer logs anyone in.
	const token = otherCookie!.value;
	await other.getByRole('button', { name: 'Log out' }).click();
	await other.context().addCookies([{ name: 'session', value: token, url: baseURL! }]);
	await other.goto('/account');
	await expect(other).toHaveURL(/\/login\?redirectTo=/);
});

/** Contributor text in every free-text field, each carrying a marker element if it ever became markup. */
const XSS = {
	english: '<img src=x onerror=alert(1)> gloss',
	description: '<script>alert(2)</script><xss-desc></xss-desc>',
	descriptionKo: '<iframe srcdoc="<script>alert(3)</script>"></iframe><xss-ko></xss-ko>',
	note: '<svg onload=alert(4)><xss-note></xss-note>',
	noteKo: '<svg onload=alert(10)><xss-note-ko></xss-note-ko>',
	glossKo: '<img src=x onerror=alert(11)><xss-gloss-ko></xss-gloss-ko>',
	hanja: '<xss-h onclick=alert(5)>',
	attested: '<xss-at>1990</xss-at>',
	citation: '<img src=x onerror=alert(6)><xss-cite></xss-cite>',
	publisher: '<xss-pub></xss-pub>',
	year: '<xss-y>1</xss-y>',
	summary: '<img src=x onerror=alert(8)><xss-sum></xss-sum>',
	message: '<img src=x onerror=alert(9)><xss-msg></xss-msg>'
};
const INJECTED =
	'img[src="x"], svg[onload], iframe[srcdoc], xss-desc, xss-ko, xss-note, xss-note-ko, xss-gloss-ko, xss-h, xss-at, xss-cite, xss-pub, xss-y, xss-sum, xss-msg';

async function expectInert(page: Page, dialogs: string[], visible: string) {
	await expect(page.getByText(visible, { exact: false }).first()).toBeVisible();
	await expect(page.locator(INJECTED)).toHaveCount(0);
	expect(dialogs).toEqual([]);
}

test('contributor text stays text in the entry, the moderation diff and the history', async ({
	browser
}, info) => {
	const contributor = uniqueName('mallory', info);
	const moderator = uniqueName('modx', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const slug = info.project.name === 'no-js' ? 'bokkeumbap' : 'bongsa';
	const summary = `${XSS.summary} ${contributor}`;

	const page = await (await browser.newContext()).newPage();
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await logIn(page, contributor);
	await page.goto(`/entries/${slug}/edit`);
	await page.getByLabel('English gloss').fill(XSS.english);
	await page.getByLabel('Description (English)').fill(XSS.description);
	await page.getByLabel('Description (Korean)').fill(XSS.descriptionKo);
	const name1 = page.getByRole('group', { name: 'Name 1', exact: true });
	await page.getByLabel('Korean gloss').fill(XSS.glossKo);
	await name1.getByLabel('Note', { exact: true }).fill(XSS.note);
	await name1.getByLabel('Note (Korean)').fill(XSS.noteKo);
	await name1.getByLabel('Hanja').fill(XSS.hanja);
	await name1.getByLabel('Attested (years)').fill(XSS.attested);
	const sourceGroups = page.getByRole('group', { name: /^Source \d+$/ });
	const newSource = sourceGroups.last();
	const newSourceName = (await newSource.getAttribute('aria-label'))!;
	await newSource.getByLabel('Citation').fill(XSS.citation);
	await newSource.getByLabel('Publisher').fill(XSS.publisher);
	await newSource.getByLabel('Year').fill(XSS.year);
	await name1.getByLabel(newSourceName).check();
	await page.getByLabel('Summary of your change').fill(summary);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page).toHaveURL(/submitted=/);
	await expectInert(page, dialogs, XSS.english);

	const mod = await (await browser.newContext()).newPage();
	mod.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	await logIn(mod, moderator);
	await mod.goto('/moderate');
	await expectInert(mod, dialogs, summary);
	await mod
		.getByRole('article')
		.filter({ hasText: summary })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	await expectInert(mod, dialogs, XSS.citation);
	await mod.getByRole('button', { name: 'Approve' }).click();
	await expect(mod.getByText('Approved.')).toBeVisible();

	await mod.goto(`/entries/${slug}`);
	await expectInert(mod, dialogs, XSS.note);
	await expect(mod.getByText(XSS.citation).first()).toBeVisible();
	await mod.goto(`/ko/entries/${slug}`);
	await expectInert(mod, dialogs, XSS.descriptionKo);
	await expectInert(mod, dialogs, XSS.noteKo);
	await expectInert(mod, dialogs, XSS.glossKo);

	await mod.goto(`/entries/${slug}/history`);
	await expectInert(mod, dialogs, summary);
	await mod
		.getByRole('link', { name: /^Changes in version \d+$/ })
		.first()
		.click();
	await expectInert(mod, dialogs, XSS.hanja);
	await expect(mod.getByRole('table')).toContainText(XSS.description);

	// A moderator's message is contributor-facing text too.
	await page.goto(`/entries/${slug}/edit`);
	// A real change: an edit that changes nothing is refused.
	await page.getByLabel('English gloss').fill(`second gloss by ${contributor}`);
	await page.getByLabel('Summary of your change').fill(`second by ${contributor}`);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page).toHaveURL(/submitted=/);
	await mod.goto('/moderate');
	await mod
		.getByRole('article')
		.filter({ hasText: `second by ${contributor}` })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	await mod.getByLabel('Reason for rejecting').fill(XSS.message);
	await mod.getByRole('button', { name: 'Reject' }).click();
	await page.goto('/account');
	await expectInert(page, dialogs, XSS.message);
});

test('a filled honeypot looks accepted but stores nothing', async ({ page, baseURL }, info) => {
	const user = uniqueName('bot', info);
	createUser(user, 'contributor');
	await logIn(page, user);
	const response = await page.request.post('/contribute', {
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0,
		form: {
			nameRows: '2',
			sourceRows: '1',
			relatedRows: '1',
			website: 'https://spam.example',
			english: 'spam dish',
			category: 'rice',
			difference: 'same',
			confidence: 'medium',
			'names.0.side': 'both',
			'names.0.hangul': '스팸밥',
			'names.0.status': 'current',
			'names.0.sources': '1',
			'sources.0.citation': 'Spam'
		}
	});
	expect(response.status()).toBe(303);
	expect(response.headers()['location']).toBe('/account');
	await page.goto('/account');
	await expect(page.getByText('You have not proposed anything yet.')).toBeVisible();
});

test('an admin grants and revokes the moderator role; the audit log records it', async ({
	browser
}, info) => {
	const admin = uniqueName('root', info);
	const member = uniqueName('lee', info);
	createUser(admin, 'admin');
	createUser(member, 'contributor');

	const memberPage = await (await browser.newContext()).newPage();
	await logIn(memberPage, member);
	expect((await memberPage.goto('/moderate'))?.status()).toBe(403);

	const adminPage = await (await browser.newContext()).newPage();
	await logIn(adminPage, admin);
	await adminPage
		.getByRole('navigation', { name: 'Account' })
		.getByRole('link', { name: 'Admin' })
		.click();
	await adminPage.getByLabel(`Role of ${member}`).selectOption('moderator');
	await adminPage.getByRole('button', { name: `Save role of ${member}` }).click();
	await expect(adminPage.getByText('The role was changed.')).toBeVisible();

	// Roles are read on every request: no new login needed.
	expect((await memberPage.goto('/moderate'))?.status()).toBe(200);
	await expect(
		memberPage.getByRole('heading', { level: 1, name: 'Moderation queue' })
	).toBeVisible();

	await adminPage.getByLabel(`Role of ${member}`).selectOption('contributor');
	await adminPage.getByRole('button', { name: `Save role of ${member}` }).click();
	await expect(adminPage.getByText('The role was changed.')).toBeVisible();
	expect((await memberPage.goto('/moderate'))?.status()).toBe(403);

	await adminPage.getByRole('link', { name: 'Audit log' }).click();
	const rows = adminPage.getByRole('row').filter({ hasText: `user:${member}` });
	await expect(rows).toHaveCount(2);
	await expect(rows.first()).toContainText('moderator → contributor');
	await expect(rows.nth(1)).toContainText('contributor → moderator');
	await expect(rows.first()).toContainText(admin);
});

test('a query value never indexes an object: ?done=__proto__ and friends', async ({
	page
}, info) => {
	const moderator = uniqueName('modq', info);
	createUser(moderator, 'moderator');
	await logIn(page, moderator);
	for (const path of ['/moderate/photos', '/moderate']) {
		for (const done of ['__proto__', '__defineGetter__', 'toString', 'constructor']) {
			const response = await page.goto(`${path}?done=${done}`);
			expect(response?.status(), `${path}?done=${done}`).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('main')).not.toContainText('[object');
			// No "done" message for a word the page does not know (the layout has its own live region).
			await expect(page.locator('main p.card[role="status"]')).toHaveCount(0);
		}
	}
});

test('a moderator’s own proposal needs another moderator; the edit that changes nothing is refused', async ({
	page
}, info) => {
	const moderator = uniqueName('mods', info);
	createUser(moderator, 'moderator');
	await logIn(page, moderator);
	const slug = info.project.name === 'no-js' ? 'japchae' : 'tteokbokki';
	await page.goto(`/entries/${slug}/edit`);
	await page.getByLabel('Summary of your change').fill('Nothing changed');
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByRole('alert').first()).toContainText('This changes nothing');

	await page.getByLabel('English gloss').fill(`own gloss by ${moderator}`);
	await page.getByLabel('Summary of your change').fill(`Own edit by ${moderator}`);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page).toHaveURL(/submitted=/);
	const id = new URL(page.url()).searchParams.get('submitted');
	await page.goto(`/moderate/${id}`);
	await expect(
		page.getByText('You wrote this proposal, so another moderator must approve it.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
	// A crafted approval is refused too.
	const revision = 'x';
	const response = await page.request.post(`/moderate/${id}?/approve`, {
		form: { revision },
		headers: { origin: new URL(page.url()).origin, accept: 'application/json' }
	});
	expect(response.status()).toBeLessThan(500);
	await page.goto(`/entries/${slug}`);
	await expect(page.getByText(`own gloss by ${moderator}`)).toHaveCount(0);
});
