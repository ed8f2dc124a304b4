/**
 * Travel mode (issue 18): a reader opens the site once, the service worker saves the glossary in
 * the background, and in airplane mode search, entry pages and the decoder still work, from the
 * saved copy;
 * back online, an approval by a moderator reaches both the page and the saved copy. Each test
 * has a fresh browser context, so no worker outlives its test to serve other tests stale pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { createUser, logIn, uniqueName } from '../support/accounts';
import { expectNoAxeViolations } from './axe';

// playwright.config.ts blocks service workers for every other test.
test.use({ serviceWorkers: 'allow' });

const SAVED = /Saved for offline use: [\d,]+ entries, data of \d{4}-\d{2}-\d{2}\./;

/** Opens /travel and waits until the worker is active and says the glossary is saved. */
async function saveForTravel(page: Page): Promise<string> {
	await page.goto('/travel');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const status = page.getByRole('region', { name: 'On this device' });
	await expect(status).toContainText(SAVED, { timeout: 30_000 });
	// The page is controlled once the worker has claimed it: from now on navigations go through it.
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	return (await status.textContent()) ?? '';
}

test('offline, search and entries work from the saved glossary; an approval reaches the device @js', async ({
	page,
	context,
	browser
}, info) => {
	test.setTimeout(120_000);
	const status = await saveForTravel(page);
	const total = await page.evaluate(async () => {
		const response = await fetch('/api/v1/offline.json');
		return ((await response.json()) as { count: number }).count;
	});
	expect(status).toContain(`${total.toLocaleString('en')} entries`);

	// A page read online is kept as it was served.
	await page.goto('/entries/sikhye');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('식혜');

	await context.setOffline(true);

	// Search from the header, as a reader would.
	await page.goto('/travel');
	const search = page.getByRole('combobox', { name: /Search/ }).first();
	await search.fill('랭면');
	await search.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=/);
	const results = page.getByRole('list', { name: 'Saved entries for “랭면”' });
	await expect(results).toBeVisible();
	await expect(results.getByRole('link').first()).toContainText('냉면');

	// An entry never opened online: rendered from the saved glossary.
	await results.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/entries\/naengmyeon$/);
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading).toContainText('냉면');
	await expect(heading).toContainText('랭면');
	await expect(page.getByRole('region', { name: 'North' })).toContainText('raengmyŏn');
	await expect(page.getByText('Saved copy of the glossary.')).toBeVisible();

	// The page read online: the full page, as it was.
	await page.goto('/entries/sikhye');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('식혜');
	await expect(page.getByText('Saved copy of the glossary.')).toHaveCount(0);

	// The Korean shell for Korean addresses.
	await page.goto('/ko/entries/naengmyeon');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('랭면');
	await expect(page.getByText('저장된 용어집 사본입니다.')).toBeVisible();

	// The decoder, saved when the worker installed, reads a menu with the saved glossary.
	await page.goto('/decode');
	await page.getByLabel('Korean text').fill('평양랭면 한 그릇, 닭알말이와 강냉이술');
	await expect(page.getByRole('heading', { name: /Words found: [1-9]/ })).toBeVisible();
	await expect(
		page.getByText('Detected: Northern spelling (문화어).', { exact: true })
	).toBeVisible();
	await expect(page.locator('mark', { hasText: '닭알' }).first()).toBeVisible();

	// Signed-in pages are never served from the device.
	await page.goto('/account');
	await expect(page.getByRole('alert')).toContainText('not saved on this device');

	await context.setOffline(false);

	// A contributor changes the gloss of 식혜, a moderator approves it.
	const contributor = uniqueName('trav', info);
	const moderator = uniqueName('modt', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const gloss = `travel gloss ${contributor}`;
	const other = await (await browser.newContext()).newPage();
	await logIn(other, contributor);
	await other.goto('/entries/sikhye/edit');
	await other.getByLabel('English gloss').fill(gloss);
	await other.getByRole('button', { name: 'Submit for review' }).click();
	await expect(other).toHaveURL(/submitted=/);
	await other.context().close();
	const mod = await (await browser.newContext()).newPage();
	await logIn(mod, moderator);
	await mod.goto('/moderate');
	await mod
		.getByRole('article')
		.filter({ hasText: gloss })
		.getByRole('link', { name: /Review proposal/ })
		.click();
	await mod.getByRole('button', { name: 'Approve' }).click();
	await expect(mod.getByText('Approved. The entry now shows the change.')).toBeVisible();
	await mod.context().close();

	// Online, the reader gets the page from the network: the change is there.
	await page.goto('/entries/sikhye');
	await expect(page.getByText(gloss).first()).toBeVisible();

	// The saved glossary is brought up to date (its ETag changed) ...
	await page.goto('/travel');
	const region = page.getByRole('region', { name: 'On this device' });
	await expect(region).toContainText(SAVED);
	const before = await page.evaluate(async () => {
		const cache = await caches.open('nambuk-offline-data');
		return ((await (await cache.match('/__offline/meta.json'))!.json()) as { version: string })
			.version;
	});
	await region.getByRole('button', { name: 'Check for updates' }).click();
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const cache = await caches.open('nambuk-offline-data');
					return (
						(await (await cache.match('/__offline/meta.json'))!.json()) as { version: string }
					).version;
				}),
			{ timeout: 30_000 }
		)
		.not.toBe(before);

	// ... so offline, the saved copy finds the entry by its new gloss.
	await context.setOffline(true);
	await page.goto(`/search?q=${encodeURIComponent(gloss)}`);
	await expect(
		page
			.getByRole('list', { name: `Saved entries for “${gloss}”` })
			.getByRole('link')
			.first()
	).toContainText('식혜');
	await context.setOffline(false);
});

test('the travel page and the offline views pass axe in both languages @js', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	await saveForTravel(page);
	await expectNoAxeViolations(page);
	await context.setOffline(true);
	for (const path of [
		'/ko/travel',
		'/entries/naengmyeon',
		'/ko/entries/naengmyeon',
		'/search?q=냉면',
		'/ko/search?q=냉면'
	]) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page);
	}
	await context.setOffline(false);
});

test('without JavaScript the site is as before and the travel page explains what it needs', async ({
	page,
	request
}, info) => {
	test.skip(info.project.name !== 'no-js', 'the js project saves the glossary above');
	await page.goto('/travel');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Travel mode');
	await expect(page.getByRole('region', { name: 'On this device' })).toContainText(
		'Travel mode needs JavaScript'
	);
	await page.goto('/ko/travel');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('여행 모드');
	await page.goto('/entries/naengmyeon');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('냉면');
	await page.goto('/search?q=%EB%9E%AD%EB%A9%B4');
	await expect(page.getByRole('link', { name: /냉면/ }).first()).toBeVisible();

	const icon = await request.get('/favicon.ico');
	expect(icon.status()).toBe(200);
	expect((await icon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
	const manifest = await request.get('/manifest.webmanifest');
	expect(manifest.status()).toBe(200);
	const app = (await manifest.json()) as {
		name: string;
		display: string;
		icons: { src: string }[];
	};
	expect(app.name).toContain('남북 메뉴');
	expect(app.display).toBe('standalone');
	for (const { src } of app.icons) expect((await request.get(src)).status()).toBe(200);
});

test('the offline glossary answers 304 to its own ETag', async ({ request }) => {
	const first = await request.get('/api/v1/offline.json');
	expect(first.status()).toBe(200);
	const etag = first.headers()['etag']!;
	expect(etag).toBeTruthy();
	const again = await request.get('/api/v1/offline.json', { headers: { 'If-None-Match': etag } });
	expect(again.status()).toBe(304);
});
