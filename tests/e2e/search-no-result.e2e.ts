/**
 * Issue 14, item 7: a search that finds nothing offers the closest entries, or says nothing is
 * close, and "Propose this word" leads to /contribute with the query in the right field. Through
 * the API, the results page (JS on and off) and the header combobox.
 */
import { expect, test, type Page } from '@playwright/test';
import { createUser, logIn, uniqueName } from '../support/accounts';
import { expectNoAxeViolations } from './axe';

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search entries' });
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' });
const group = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const searchFor = (page: Page, q: string, prefix = '') =>
	page.goto(`${prefix}/search?q=${encodeURIComponent(q)}`);

test.describe('API', () => {
	test('no result: the closest entries and where to propose the word', async ({ request }) => {
		const res = await request.get(`/api/v1/search?q=${encodeURIComponent('평양랭멍이')}`);
		expect(res.status()).toBe(200);
		const body = await res.json();
		expect(body.results).toEqual([]);
		expect(body.closest[0]).toMatchObject({
			slug: 'pyeongyang-naengmyeon',
			matched: { form: 'close', hangul: '평양랭면' }
		});
		expect(body.propose).toMatchObject({ field: 'south', value: '평양랭멍이' });
	});

	test('nothing close: closest is empty; a Northern spelling goes to the Northern field', async ({
		request,
		baseURL
	}) => {
		const body = await (await request.get(`/api/v1/search?q=${encodeURIComponent('랭킹')}`)).json();
		expect(body).toMatchObject({ results: [], closest: [], propose: { field: 'north' } });
		// Links in the API's JSON are absolute (issue 17).
		expect(body.propose.href).toBe(`${baseURL}/contribute?north=${encodeURIComponent('랭킹')}`);
	});

	test('results: no closest, no proposal', async ({ request }) => {
		const body = await (await request.get('/api/v1/search?q=naengmyeon')).json();
		expect(body.results.length).toBeGreaterThan(0);
		expect(body).toMatchObject({ closest: [], propose: null });
	});

	test('bad input is a 400 with a message', async ({ request }) => {
		for (const q of ['', 'x'.repeat(101)]) {
			const res = await request.get(`/api/v1/search?q=${q}`);
			expect(res.status()).toBe(400);
			expect((await res.json()).error).toMatch(/q /);
		}
	});
});

test.describe('results page', () => {
	test('lists the closest entries and links to propose the word', async ({ page }) => {
		await searchFor(page, '평양랭멍이');
		await expect(page.getByRole('status')).toContainText('Nothing matches “평양랭멍이”');
		const closest = page.getByRole('region', { name: 'Closest entries' });
		await expect(closest.getByRole('link', { name: '평양랭면' })).toHaveAttribute(
			'href',
			'/entries/pyeongyang-naengmyeon'
		);
		await expect(closest.getByRole('link', { name: '평양랭면' })).toHaveAttribute('lang', 'ko-KP');
		await expect(page.getByRole('link', { name: 'Propose this word' })).toHaveAttribute(
			'href',
			`/contribute?south=${encodeURIComponent('평양랭멍이')}`
		);
	});

	test('says nothing is close rather than guessing', async ({ page }) => {
		await searchFor(page, 'xkdfh');
		await expect(page.getByText('No entry comes close.')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Closest entries' })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Propose this word' })).toHaveAttribute(
			'href',
			'/contribute?english=xkdfh'
		);
	});

	test('Korean page: natural Korean, Korean link', async ({ page }) => {
		await searchFor(page, '호떡', '/ko');
		await expect(page.getByText('비슷한 항목도 없습니다.')).toBeVisible();
		await expect(page.getByRole('link', { name: '이 낱말 제안하기' })).toHaveAttribute(
			'href',
			`/ko/contribute?south=${encodeURIComponent('호떡')}`
		);
	});

	test('Propose this word: after logging in, the form has the word in its field', async ({
		page
	}, info) => {
		const name = uniqueName('propose', info);
		createUser(name, 'contributor');
		await searchFor(page, '랭킹');
		await page.getByRole('link', { name: 'Propose this word' }).click();
		await expect(page).toHaveURL(/\/login\?redirectTo=/);
		await page.getByLabel('Username').fill(name);
		await page.getByLabel('Password').fill('correct horse battery staple');
		await page.getByRole('button', { name: 'Log in' }).click();
		await expect(page).toHaveURL(/\/contribute\?north=/);
		await expect(group(page, 'Name 2').getByLabel('Hangul')).toHaveValue('랭킹');
		await expect(group(page, 'Name 1').getByLabel('Hangul')).toHaveValue('');
	});

	test('the form takes English and escapes markup', async ({ page }, info) => {
		const name = uniqueName('prefill', info);
		createUser(name, 'contributor');
		await logIn(page, name);
		const evil = '"><script>window.pwned=1</script>';
		await page.goto(
			`/contribute?english=${encodeURIComponent(evil)}&south=${encodeURIComponent('호떡')}`
		);
		await expect(page.getByLabel('English gloss')).toHaveValue(evil);
		await expect(group(page, 'Name 1').getByLabel('Hangul')).toHaveValue('호떡');
		expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
	});
});

test.describe('header combobox', () => {
	test('no result: closest entries and a propose option @js', async ({ page }) => {
		await page.goto('/');
		await combobox(page).fill('평양랭멍이');
		await expect(listbox(page).getByRole('option').first()).toContainText('평양랭면');
		const propose = listbox(page).getByRole('option', { name: 'Propose “평양랭멍이”' });
		await expect(propose).toBeVisible();
		await combobox(page).press('ArrowDown');
		await combobox(page).press('ArrowDown');
		await expect(propose).toHaveAttribute('aria-selected', 'true');
		await combobox(page).press('Enter');
		await expect(page).toHaveURL(/\/login\?redirectTo=/);
	});

	test('nothing close: only the propose option @js', async ({ page }) => {
		await page.goto('/');
		await combobox(page).fill('xkdfh');
		await expect(listbox(page).getByRole('option')).toHaveCount(1);
		await expect(listbox(page).getByRole('option')).toHaveText('Propose “xkdfh”');
	});
});

test.describe('accessibility', () => {
	for (const path of [
		`/search?q=${encodeURIComponent('평양랭멍이')}`,
		`/ko/search?q=${encodeURIComponent('호떡')}`,
		`/search?q=${encodeURIComponent('what do north koreans call ice cream')}`,
		'/entries/naengmyun-jip'
	]) {
		test(`axe on ${decodeURIComponent(path)}`, async ({ page }) => {
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}

	test('axe with the no-result suggestions open @js', async ({ page }) => {
		await page.goto('/');
		await combobox(page).fill('평양랭멍이');
		await expect(listbox(page).getByRole('option').first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
