/**
 * Issue 14, item 8: entry addresses by name redirect (301) to the entry's slug; a name of several
 * entries goes to the results page; the 404 page pre-fills its search box with the missing slug.
 */
import { expect, test, type Page } from '@playwright/test';

const errorSearch = (page: Page) =>
	page.getByRole('search', { name: 'Or search for what you were looking for:' });

test.describe('entry addresses by name', () => {
	for (const [name, target] of [
		['냉면', '/entries/naengmyeon'],
		['랭면', '/entries/naengmyeon'],
		['raengmyeon', '/entries/naengmyeon'],
		['에스키모', '/entries/aiseukeurim']
	] as const) {
		test(`/entries/${name} is a 301 to ${target}`, async ({ request }) => {
			const res = await request.get(`/entries/${encodeURIComponent(name)}`, { maxRedirects: 0 });
			expect(res.status()).toBe(301);
			expect(res.headers()['location']).toBe(target);
		});
	}

	test('the Korean site keeps its prefix', async ({ request }) => {
		const res = await request.get(`/ko/entries/${encodeURIComponent('랭면')}`, {
			maxRedirects: 0
		});
		expect(res.status()).toBe(301);
		expect(res.headers()['location']).toBe('/ko/entries/naengmyeon');
	});

	test('a browser lands on the entry page', async ({ page }) => {
		await page.goto(`/entries/${encodeURIComponent('랭면')}`);
		await expect(page).toHaveURL(/\/entries\/naengmyeon$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('냉면');
	});

	test('a name of several entries goes to the results page', async ({ page, request }) => {
		const res = await request.get(`/entries/${encodeURIComponent('단묵')}`, { maxRedirects: 0 });
		expect(res.status()).toBe(302);
		expect(res.headers()['location']).toBe(`/search?q=${encodeURIComponent('단묵')}`);
		await page.goto(`/entries/${encodeURIComponent('단묵')}`);
		const results = page.getByRole('list', { name: 'Search results' });
		await expect(results.locator('a[href="/entries/jelli"]')).toBeVisible();
		await expect(results.locator('a[href="/entries/yanggaeng"]')).toBeVisible();
	});
});

test.describe('the 404 page', () => {
	test('pre-fills its search box with the missing slug', async ({ page }) => {
		const res = await page.goto('/entries/naengmyun-jip');
		expect(res?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		const box = errorSearch(page).getByRole('searchbox');
		await expect(box).toHaveValue('naengmyun-jip');
		await errorSearch(page).getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\?q=naengmyun-jip$/);
		await expect(
			page.getByRole('list', { name: 'Search results' }).locator('a[href="/entries/naengmyeon"]')
		).toBeVisible();
	});

	test('Hangul slugs too, and in Korean', async ({ page }) => {
		const res = await page.goto(`/ko/entries/${encodeURIComponent('없는낱말')}`);
		expect(res?.status()).toBe(404);
		await expect(
			page.getByRole('search', { name: '찾던 것을 검색해 보십시오:' }).getByRole('searchbox')
		).toHaveValue('없는낱말');
	});

	test('odd addresses are a 404, never a 500', async ({ request }) => {
		for (const slug of ['x'.repeat(300), '%3Cscript%3E', '%E2%80%8B', '..%2F..%2Fetc']) {
			const res = await request.get(`/entries/${slug}`, { maxRedirects: 0 });
			expect(res.status(), slug).toBe(404);
		}
	});
});
