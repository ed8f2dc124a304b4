/**
 * Issue 14, item 4: questions ("what do north koreans call ice cream", "아이스크림의 북한말") are
 * searched for their word and answered in a line, through the API, the results page (JS on and
 * off) and the header combobox.
 */
import { expect, test, type Page } from '@playwright/test';

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search entries' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' });

test.describe('questions', () => {
	test('API: the word, the side and the answer', async ({ request }) => {
		const q = 'what do north koreans call ice cream';
		const res = await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
		expect(res.status()).toBe(200);
		const body = await res.json();
		expect(body.question).toEqual({ term: 'ice cream', side: 'north' });
		expect(body.answer).toEqual({
			term: 'ice cream',
			side: 'north',
			slug: 'aiseukeurim',
			names: ['에스키모']
		});
		expect(body.results[0].slug).toBe('aiseukeurim');
	});

	test('results page: "North Korean for ice cream: 에스키모"', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('what do north koreans call ice cream')}`);
		const answer = page.getByText('North Korean for ice cream:');
		await expect(answer).toBeVisible();
		const link = page.getByRole('link', { name: '에스키모', exact: true });
		await expect(link).toHaveAttribute('href', '/entries/aiseukeurim');
		await expect(link).toHaveAttribute('lang', 'ko-KP');
	});

	test('results page in Korean: a Korean question, a Korean answer', async ({ page }) => {
		await page.goto(`/ko/search?q=${encodeURIComponent('북한에서 오징어를 뭐라고 해?')}`);
		await expect(page.getByText('오징어의 북한말:')).toBeVisible();
		await expect(page.getByRole('link', { name: '낙지', exact: true }).first()).toHaveAttribute(
			'href',
			'/ko/entries/ojingeo'
		);
	});

	test('north korean word for squid, and the South asked about', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('north korean word for squid')}`);
		await expect(page.getByText('North Korean for squid:')).toBeVisible();
		await page.goto(`/search?q=${encodeURIComponent('랭면의 남한말')}`);
		await expect(page.getByText('South Korean for 랭면:')).toBeVisible();
		await expect(page.getByRole('link', { name: '냉면', exact: true }).first()).toHaveAttribute(
			'lang',
			'ko-KR'
		);
	});

	test('header combobox: the answer heads the suggestions and is announced @js', async ({
		page
	}) => {
		await page.goto('/');
		await combobox(page).fill('아이스크림의 북한말');
		await expect(listbox(page).getByRole('option').first()).toContainText('아이스크림');
		await expect(page.locator('[aria-live="polite"]')).toContainText(
			'North Korean for 아이스크림: 에스키모'
		);
	});
});
