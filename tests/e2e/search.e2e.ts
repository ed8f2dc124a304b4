import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { holdScripts, hydrated } from '../support/scripts';

/** The search form of the results page (the header has its own search landmark). */
const pageSearch = (page: Page) => page.getByRole('search', { name: 'Search', exact: true });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

test.describe('results page', () => {
	test('ranks the entry first and says what matched', async ({ page }) => {
		await page.goto(`/search?q=${encodeURIComponent('raengmyŏn')}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “raengmyŏn”');
		const first = results(page).getByRole('listitem').first();
		await expect(first.getByRole('link')).toHaveAttribute('href', '/entries/naengmyeon');
		await expect(first).toContainText('Northern name 랭면 · McCune–Reischauer raengmyŏn');
		await expect(first.locator('[lang="ko-KP"]', { hasText: '랭면' }).first()).toBeVisible();
	});

	test('the page form searches, also for keys typed in English mode', async ({
		page,
		javaScriptEnabled
	}) => {
		// With JavaScript, the text goes in before the page hydrates and must survive it.
		const release = javaScriptEnabled === false ? undefined : await holdScripts(page);
		await page.goto('/search', { waitUntil: 'domcontentloaded' });
		const input = pageSearch(page).getByRole('searchbox', { name: 'Search entries' });
		await input.fill('sodaus');
		if (release) {
			release();
			await hydrated(page);
			await expect(input).toHaveValue('sodaus');
		}
		await input.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=sodaus$/);
		const first = results(page).getByRole('listitem').first();
		await expect(first).toContainText('typed with the keyboard in English mode');
		await first.getByRole('link').click();
		await expect(page).toHaveURL(/\/entries\/naengmyeon$/);
	});

	test('a query pasted decomposed (NFD, as macOS pastes it) finds the composed name', async ({
		page
	}) => {
		const decomposed = '냉면'.normalize('NFD');
		await page.goto('/search');
		const input = pageSearch(page).getByRole('searchbox', { name: 'Search entries' });
		await input.fill(decomposed);
		await input.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “냉면”');
		const first = results(page).getByRole('listitem').first();
		await expect(first.getByRole('link')).toHaveAttribute('href', '/entries/naengmyeon');
		await expect(first.locator('[lang="ko-KR"]', { hasText: '냉면' }).first()).toBeVisible();
	});

	test('the empty page offers examples that work', async ({ page }) => {
		await page.goto('/search');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
		await page.getByRole('link', { name: 'ㄴㅁ', exact: true }).click();
		await expect(page).toHaveURL(/\/search\?q=/);
		await expect(results(page).getByRole('listitem').first()).toContainText('initial consonants');
		await expect(results(page).getByRole('link').first()).toHaveAttribute(
			'href',
			'/entries/naengmyeon'
		);
	});

	test('no result: says so and offers the closest names', async ({ page }) => {
		// 함흥냉멍이 is 함흥냉면 with a slip and a syllable too many: too far for a typo, close.
		await page.goto(`/search?q=${encodeURIComponent('함흥냉멍이')}`);
		await expect(page.getByRole('status')).toContainText('Nothing matches “함흥냉멍이”');
		const suggestion = page.getByRole('link', { name: '함흥냉면', exact: true });
		await expect(suggestion).toHaveAttribute('lang', 'ko-KR');
		await suggestion.click();
		await expect(page).toHaveURL(/\/entries\/hamheung-naengmyeon$/);
	});

	test('in Korean', async ({ page }) => {
		await page.goto(`/ko/search?q=${encodeURIComponent('cold noodles')}`);
		const first = page.getByRole('list', { name: '검색 결과' }).getByRole('listitem').first();
		await expect(first.getByRole('link')).toHaveAttribute('href', '/ko/entries/naengmyeon');
		await expect(first).toContainText('영어 뜻풀이');
	});

	test('the header form submits to the results page, with or without JavaScript', async ({
		page
	}) => {
		await page.goto('/about');
		const header = page.getByRole('search', { name: 'Search entries' });
		const input = header.getByRole('combobox', { name: 'Search entries' });
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await input.fill('ㅂㅂㅂ');
		await header.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\?q=/);
		await expect(results(page).getByRole('link').first()).toHaveAttribute(
			'href',
			'/entries/bibimbap'
		);
	});
});

test.describe('API', () => {
	test('answers with ranked results and what matched', async ({ request }) => {
		const res = await request.get(`/api/v1/search?q=${encodeURIComponent('랭면')}&limit=3`);
		expect(res.status()).toBe(200);
		const body = await res.json();
		expect(body.query).toBe('랭면');
		expect(body.results.length).toBeLessThanOrEqual(3);
		expect(body.results[0]).toMatchObject({
			slug: 'naengmyeon',
			matched: { hangul: '랭면', side: 'north', form: 'hangul', system: null },
			entry: { slug: 'naengmyeon', english: 'cold noodles in chilled broth' }
		});
		expect(body.results[0].entry.north.map((n: { hangul: string }) => n.hangul)).toContain('랭면');
		expect(body.results[0].entry.south[0].romanizations.rr).toBe('naengmyeon');
	});

	for (const [query, why] of [
		['', 'no query'],
		['q=', 'empty query'],
		['q=%20%20', 'blank query'],
		[`q=${'가'.repeat(101)}`, 'over 100 characters'],
		['q=x&limit=0', 'limit below 1'],
		['q=x&limit=51', 'limit over 50'],
		['q=x&limit=abc', 'limit not a number'],
		['q=x&limit=-3', 'negative limit']
	]) {
		test(`400 for ${why}`, async ({ request }) => {
			const res = await request.get(`/api/v1/search?${query}`);
			expect(res.status()).toBe(400);
			expect(typeof (await res.json()).error).toBe('string');
		});
	}

	test('limit defaults to 10 and may be 50', async ({ request }) => {
		// ㄱ begins far more than 50 names, so both limits are reached exactly.
		const ten = await (await request.get('/api/v1/search?q=%E3%84%B1')).json();
		expect(ten.results).toHaveLength(10);
		const fifty = await (await request.get('/api/v1/search?q=%E3%84%B1&limit=50')).json();
		expect(fifty.results).toHaveLength(50);
	});
});

test.describe('header combobox', () => {
	const combobox = (page: Page) => page.getByRole('combobox', { name: 'Search entries' });
	const listbox = (page: Page) => page.getByRole('listbox', { name: 'Suggestions' });

	test('type, arrow down, Enter opens the entry @js', async ({ page }) => {
		await page.goto('/about');
		const input = combobox(page);
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await input.pressSequentially('raengmyon');
		await expect(listbox(page)).toBeVisible();
		await expect(input).toHaveAttribute('aria-expanded', 'true');
		await expect(
			page.locator('[aria-live="polite"]', { hasText: /\d+ suggestions/ })
		).toBeAttached();
		const first = listbox(page).getByRole('option').first();
		await expect(first).toContainText('McCune–Reischauer');
		await input.press('ArrowDown');
		await expect(first).toHaveAttribute('aria-selected', 'true');
		await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
		await input.press('Enter');
		await expect(page).toHaveURL(/\/entries\/naengmyeon$/);
	});

	test('what was typed before the page hydrated gets its suggestions @js', async ({ page }) => {
		const release = await holdScripts(page);
		await page.goto('/about', { waitUntil: 'domcontentloaded' });
		const input = combobox(page);
		await input.pressSequentially('ㄴㅁ');
		// Not hydrated yet: no keyboard hint, no popup.
		await expect(input).not.toHaveAttribute('aria-describedby', 'header-search-hint');
		release();
		await hydrated(page);
		await expect(listbox(page)).toBeVisible();
		await expect(listbox(page).getByRole('option').first()).toBeAttached();
		await expect(input).toHaveValue('ㄴㅁ');
	});

	test('ArrowUp moves the active option back; aria-activedescendant follows @js', async ({
		page
	}) => {
		await page.goto('/about');
		const input = combobox(page);
		await input.pressSequentially('ㄴㅁ');
		const options = listbox(page).getByRole('option');
		await expect(options.nth(2)).toBeAttached();
		const ids = await options.evaluateAll((els) => els.map((el) => el.id));
		const selected = listbox(page).getByRole('option', { selected: true });

		await input.press('ArrowDown');
		await input.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(input).toHaveAttribute('aria-activedescendant', ids[1]!);
		await expect(selected).toHaveCount(1);

		await input.press('ArrowUp');
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'false');
		await expect(input).toHaveAttribute('aria-activedescendant', ids[0]!);
		await expect(selected).toHaveCount(1);
		// Focus never leaves the input; the text is untouched.
		await expect(input).toBeFocused();
		await expect(input).toHaveValue('ㄴㅁ');

		// From the first option ArrowUp wraps to the last.
		await input.press('ArrowUp');
		await expect(options.last()).toHaveAttribute('aria-selected', 'true');
		await expect(input).toHaveAttribute('aria-activedescendant', ids.at(-1)!);
		// ArrowDown wraps forward to the first again, and Enter opens it.
		await input.press('ArrowDown');
		await expect(input).toHaveAttribute('aria-activedescendant', ids[0]!);
		// ㄴㅁ are the initials of 냉면, the best-sourced entry they begin.
		await expect(options.first()).toContainText('cold noodles in chilled broth');
		await input.press('Enter');
		await expect(page).toHaveURL(/\/entries\/naengmyeon$/);
	});

	test('Escape closes the list and keeps the text @js', async ({ page }) => {
		await page.goto('/');
		const input = combobox(page);
		await input.pressSequentially('ㄴㅁ');
		await expect(listbox(page)).toBeVisible();
		await input.press('Escape');
		await expect(listbox(page)).toBeHidden();
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await expect(input).not.toHaveAttribute('aria-activedescendant');
		await expect(input).toHaveValue('ㄴㅁ');
		// Arrow down opens it again.
		await input.press('ArrowDown');
		await expect(listbox(page)).toBeVisible();
	});

	test('Enter without a chosen option submits the form @js', async ({ page }) => {
		await page.goto('/about');
		const input = combobox(page);
		await input.pressSequentially('cold noodles');
		await expect(listbox(page)).toBeVisible();
		await input.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=cold\+noodles$/);
		await expect(results(page).getByRole('link').first()).toHaveAttribute(
			'href',
			'/entries/naengmyeon'
		);
	});

	test('a pointer picks an option @js', async ({ page }) => {
		await page.goto('/about');
		await combobox(page).pressSequentially('sodaus');
		await listbox(page).getByRole('option').first().click();
		await expect(page).toHaveURL(/\/entries\/naengmyeon$/);
	});

	test('keys that finish an IME composition do nothing else @js', async ({ page }) => {
		await page.goto('/about');
		const input = combobox(page);
		await input.pressSequentially('naengmyeon');
		await expect(listbox(page)).toBeVisible();
		await input.press('ArrowDown');
		// What a Korean IME sends while 냉 is still being composed: Enter commits the syllable,
		// and must not also open the chosen option; the field's text is never rewritten.
		// The combobox takes an Enter it acts on with preventDefault(), synchronously, before any
		// navigation starts: dispatchEvent answering true is the proof it left this one alone (a
		// URL check alone would pass before a wrong navigation had time to happen).
		const untouched = await input.evaluate((el: HTMLInputElement) => {
			el.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
			el.value = 'naengmyeon 냉';
			el.dispatchEvent(new InputEvent('input', { data: '냉', isComposing: true }));
			return el.dispatchEvent(
				new KeyboardEvent('keydown', {
					key: 'Enter',
					isComposing: true,
					bubbles: true,
					cancelable: true
				})
			);
		});
		expect(untouched).toBe(true);
		await expect(page).toHaveURL(/\/about$/);
		await expect(input).toHaveValue('naengmyeon 냉');
		await input.evaluate((el: HTMLInputElement) => {
			el.dispatchEvent(new CompositionEvent('compositionend', { data: '냉' }));
		});
		await expect(input).toHaveValue('naengmyeon 냉');
	});

	test('a half-typed Hangul syllable already finds the entry @js', async ({ page }) => {
		await page.goto('/about');
		await combobox(page).fill('냉며');
		await expect(listbox(page).getByRole('option').first()).toContainText('냉면');
	});
});

test.describe('accessibility', () => {
	for (const path of [
		'/search',
		'/ko/search',
		'/search?q=냉면',
		'/ko/search?q=%EB%83%89%EB%AA%AC'
	]) {
		test(`axe on ${path}`, async ({ page }) => {
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}

	test('axe with the suggestions open @js', async ({ page }) => {
		await page.goto('/ko/search');
		await page.getByRole('combobox', { name: '항목 검색' }).pressSequentially('ㅂㅂㅂ');
		await expect(page.getByRole('listbox')).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expectNoAxeViolations(page);
	});
});
