/**
 * Issue 14, item 3: common English names and loanwords (the synonym table), other spellings and
 * plurals, through the API, the results page (JS on and off) and the header combobox.
 */
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search entries' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' });

async function firstResult(request: import('@playwright/test').APIRequestContext, q: string) {
	const res = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
	expect(res.status()).toBe(200);
	return (await res.json()).results[0];
}

test.describe('English as readers write it', () => {
	test('API: ramen, icecream, ice-cream, bbq, soy sauce, dumplings, pancakes', async ({
		request
	}) => {
		for (const [q, slug] of [
			['ramen', 'ramyeon'],
			['icecream', 'aiseukeurim'],
			['ice-cream', 'aiseukeurim'],
			['bbq', 'bulgogi'],
			['soy sauce', 'ganjang'],
			['dumplings', 'mandu'],
			['pancakes', 'buchimgae'],
			['burgers', 'haembeogeo']
		] as const) {
			expect((await firstResult(request, q))?.slug, q).toBe(slug);
		}
		expect(await firstResult(request, 'ramen')).toMatchObject({
			matched: { form: 'synonym', text: 'ramen', hangul: '라면' }
		});
		// 치킨 came with the core batch (issue 13); its gloss says fried chicken.
		expect(await firstResult(request, 'fried chicken')).toMatchObject({
			slug: 'chikin',
			matched: { form: 'english' }
		});
	});

	test('results page: ramen finds 라면 and says why', async ({ page }) => {
		await page.goto('/search?q=ramen');
		const first = results(page).getByRole('listitem').first();
		await expect(first.getByRole('link').first()).toHaveAttribute('href', '/entries/ramyeon');
		await expect(first).toContainText('common English name ramen');
		await expect(first.locator('[lang="en"]', { hasText: 'ramen' })).toBeVisible();
	});

	test('results page in Korean: fried chicken finds 치킨', async ({ page }) => {
		await page.goto(`/ko/search?q=${encodeURIComponent('fried chicken')}`);
		const first = page.getByRole('list', { name: '검색 결과' }).getByRole('listitem').first();
		await expect(first.getByRole('link').first()).toHaveAttribute('href', '/ko/entries/chikin');
		await expect(first).toContainText('치킨');
	});

	test('header combobox: icecream suggests 아이스크림 @js', async ({ page }) => {
		await page.goto('/');
		await combobox(page).fill('icecream');
		const first = listbox(page).getByRole('option').first();
		await expect(first).toContainText('아이스크림');
		await expect(first).toContainText('common English name');
	});
});
