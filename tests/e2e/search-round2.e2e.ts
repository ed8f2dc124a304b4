/**
 * Search, round 2 (issue 14) through every surface: /api/v1/search, the results page (with and
 * without JavaScript) and the header combobox.
 *
 * The e2e database is shared by every e2e file, and other files create entries and proposals;
 * so each assertion here is about seed entries no other test renames, and asks for what must be
 * among the results, not for an exact list.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search entries' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' });

interface ApiResult {
	slug: string;
	matched: { form: string; hangul: string; side: string };
}

async function api(request: import('@playwright/test').APIRequestContext, q: string) {
	const res = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}&limit=20`);
	expect(res.status()).toBe(200);
	return ((await res.json()) as { results: ApiResult[] }).results;
}

test.describe('inside words and compounds', () => {
	test('API: 냉면 and naengmyun bring the longer names below the exact entry', async ({
		request
	}) => {
		for (const q of ['냉면', 'naengmyun']) {
			const found = await api(request, q);
			expect(found[0]!.slug).toBe('naengmyeon');
			const inside = found.find((r) => r.slug === 'pyeongyang-naengmyeon');
			expect(inside?.matched).toMatchObject({ form: 'inside', hangul: '평양냉면' });
			expect(found.map((r) => r.slug)).toEqual(
				expect.arrayContaining(['hamheung-naengmyeon', 'hoe-naengmyeon'])
			);
		}
	});

	test('API: 물냉면, 냉면집 and mulnaengmyeon offer 냉면', async ({ request }) => {
		for (const q of ['물냉면', '냉면집', 'mulnaengmyeon']) {
			const [first] = await api(request, q);
			expect(first).toMatchObject({ slug: 'naengmyeon', matched: { form: 'compound' } });
		}
	});

	test('results page: 냉면 lists 평양냉면 and says it matched inside it', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('냉면')}`);
		const first = results(page).getByRole('listitem').first();
		await expect(first.getByRole('link').first()).toHaveAttribute('href', '/entries/naengmyeon');
		const inside = results(page)
			.getByRole('listitem')
			.filter({ has: page.locator('a[href="/entries/pyeongyang-naengmyeon"]') });
		await expect(inside).toContainText(
			'Southern name 평양냉면 · what you typed is inside this name'
		);
		await expect(inside.locator('[lang="ko-KR"]', { hasText: '평양냉면' }).first()).toBeVisible();
	});

	test('results page: 물냉면 offers 냉면, naming the part', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('물냉면')}`);
		const first = results(page).getByRole('listitem').first();
		await expect(first.getByRole('link').first()).toHaveAttribute('href', '/entries/naengmyeon');
		await expect(first).toContainText('this name is inside what you typed 물냉면');
	});

	test('results page: naeng puts 냉면 first', async ({ page }) => {
		await page.goto('/search?q=naeng');
		await expect(results(page).getByRole('link').first()).toHaveAttribute(
			'href',
			'/entries/naengmyeon'
		);
	});

	test('the page passes axe with inside matches', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('냉면')}`);
		await expect(results(page)).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('header combobox: 냉면집 suggests 냉면 @js', async ({ page }) => {
		await page.goto('/about');
		await combobox(page).pressSequentially('냉면집');
		await expect(listbox(page).getByRole('option').first()).toContainText('냉면');
		await expect(listbox(page).getByRole('option').first()).toContainText(
			'this name is inside what you typed'
		);
	});

	test('header combobox: naengmyun suggests 평양냉면 too @js', async ({ page }) => {
		await page.goto('/about');
		await combobox(page).pressSequentially('naengmyun');
		await expect(
			listbox(page).getByRole('option').filter({ hasText: 'what you typed is inside this name' })
		).not.toHaveCount(0);
	});
});

test.describe('typo precision', () => {
	// Words of no seed entry and of none of the import files; no e2e test creates them.
	test('API: a slip finds its entry, a foreign word finds nothing', async ({ request }) => {
		const [first] = await api(request, 'jokbla');
		expect(first).toMatchObject({ slug: 'jokbal', matched: { form: 'typo' } });
		expect(await api(request, 'soju')).toHaveLength(1);
		for (const q of ['taco', 'xylophone', '코끼리']) expect(await api(request, q)).toEqual([]);
	});

	test('results page: taco finds nothing instead of junk', async ({ page }) => {
		await page.goto('/search?q=taco');
		await expect(page.getByRole('status')).toContainText('Nothing matches “taco”');
		await expect(results(page)).toHaveCount(0);
	});

	test('header combobox: naengmyoen suggests 냉면 as a close spelling @js', async ({ page }) => {
		await page.goto('/about');
		await combobox(page).pressSequentially('naengmyoen');
		const first = listbox(page).getByRole('option').first();
		await expect(first).toContainText('냉면');
		await expect(first).toContainText('close spelling');
	});
});
