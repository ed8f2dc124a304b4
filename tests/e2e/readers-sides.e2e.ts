import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/*
 * Issue 16, "South and North, unmistakable": every listed name carries its 남/북 tag, in the
 * same two colours on every page, a one-line legend says what the tags mean, and a screen reader
 * hears "South: 냉면, North: 랭면", not "냉면 랭면".
 */

/** A pattern whose spaces match any space: a tag and its name are joined by a no-break space. */
const spaced = (pattern: string) => new RegExp(pattern.replace(/ /g, '\\s'));

const LOCALES = [
	{ prefix: '', south: 'South', north: 'North', legend: /the South Korean name/ },
	{ prefix: '/ko', south: '남', north: '북', legend: /남한 표준어 이름/ }
] as const;

/** The colour a reader sees on the first element matching `selector` inside `scope`. */
const colour = (scope: Locator, selector: string) =>
	scope
		.locator(selector)
		.first()
		.evaluate((el) => getComputedStyle(el).color);

/** South names and tags share one colour, North ones another, and the two differ. */
async function expectSideColours(scope: Locator) {
	const southName = await colour(scope, '[lang="ko-KR"]');
	const northName = await colour(scope, '[lang="ko-KP"]');
	expect(southName).not.toBe(northName);
	expect(await colour(scope, '.side-tag-south')).toBe(southName);
	expect(await colour(scope, '.side-tag-north')).toBe(northName);
	return { south: southName, north: northName };
}

test.describe.configure({ timeout: 90_000 });

for (const l of LOCALES) {
	const pair = `${l.south}: 냉면, ${l.north}: 랭면`;

	test.describe(`${l.prefix || '/'} names with their sides`, () => {
		test('browse: each pair is tagged and read out by side, under a legend', async ({ page }) => {
			// 냉면's own category, narrowed to its kind of difference, so the pair is on the first page.
			await page.goto(`${l.prefix}/entries/naengmyeon`);
			const category = await page
				.locator('dl a[href*="/entries?category="]')
				.first()
				.getAttribute('href');
			await page.goto(`${category}&difference=initial-sound-law`);
			const link = page.getByRole('link', { name: new RegExp(`^${pair}`) });
			await expect(link).toBeVisible();
			await expect(link).toContainText(spaced(`${l.south}: 냉면`));
			await expect(page.getByText(l.legend)).toBeVisible();
			const colours = await expectSideColours(link);
			// The same two colours on the search page.
			await page.goto(`${l.prefix}/search?q=${encodeURIComponent('냉면')}`);
			const result = page
				.getByRole('list', { name: /Search results|검색 결과/ })
				.getByRole('link', { name: new RegExp(`^${pair}`) })
				.first();
			await expect(result).toBeVisible();
			expect(await expectSideColours(result)).toEqual(colours);
			await expect(page.getByText(l.legend)).toBeVisible();
			await expectNoAxeViolations(page);
		});

		test('search results list several names with a comma and a space', async ({ page }) => {
			await page.goto(`${l.prefix}/search?q=${encodeURIComponent('아이스크림')}`);
			const result = page
				.getByRole('list', { name: /Search results|검색 결과/ })
				.getByRole('listitem')
				.filter({ has: page.getByRole('link', { name: new RegExp(`^${l.south}: 아이스크림`) }) })
				.first();
			await expect(result.getByRole('link')).toContainText('에스키모, 아이스크림');
			await expect(result.getByRole('link')).toHaveAccessibleName(
				spaced(`^${l.south}: 아이스크림, ${l.north}: 에스키모, 아이스크림`)
			);
		});

		test('home: the featured pair is tagged', async ({ page }) => {
			await page.goto(l.prefix || '/');
			const featured = page.getByRole('region', { name: /Today’s pair|오늘의 짝/ });
			await expect(featured.locator('.side-tag-south').first()).toHaveText(l.south + ':');
			await expect(featured.locator('.side-tag-north').first()).toHaveText(l.north + ':');
			await expect(featured.getByText(l.legend)).toBeVisible();
			await expectSideColours(featured.locator('.pair'));
			await expectNoAxeViolations(page);
		});

		test('entry: related entries are tagged', async ({ page }) => {
			await page.goto(`${l.prefix}/entries/naengmyeon`);
			const related = page.getByRole('region', { name: /Related entries|관련 항목/ });
			const link = related.getByRole('link').first();
			await expect(link).toHaveAccessibleName(spaced(`^${l.south}: .+, ${l.north}: .+$`));
			await expectSideColours(link);
		});

		test('compare: both columns are tagged', async ({ page }) => {
			await page.goto(`${l.prefix}/compare?a=naengmyeon&b=aiseukeurim`);
			const table = page.getByRole('table');
			await expect(table.getByRole('link', { name: pair, exact: true })).toBeVisible();
			// The headers and the South and North rows: two columns, each side tagged twice.
			await expect(table.locator('.side-tag-south')).toHaveCount(4);
			await expectSideColours(table.getByRole('columnheader').nth(1));
			await expectNoAxeViolations(page);
		});

		test('quiz: the feedback names both sides', async ({ page }) => {
			await page.goto(`${l.prefix}/quiz`);
			await page.getByRole('button', { name: /Start a round|시작하기/ }).click();
			await expect(page).toHaveURL(/quiz\?s=/);
			await page.getByRole('button', { name: /^(Both|남북 모두|남북 공통)/ }).click();
			const feedback = page.locator('#quiz-feedback');
			await expect(feedback).toBeVisible();
			await expect(feedback.locator('.name-pair')).toHaveText(
				spaced(`^${l.south}: [^\\s,]+, ↔ ${l.north}: [^\\s,]+$`)
			);
			await expectSideColours(feedback.locator('.name-pair'));
			await expectNoAxeViolations(page);
		});

		test('suggestions: each option is tagged and read out by side @js', async ({ page }) => {
			await page.goto(`${l.prefix}/about`);
			const input = page.getByRole('combobox').first();
			await input.pressSequentially('냉면');
			const option = page.getByRole('option').filter({ hasText: '랭면' }).first();
			await expect(option).toBeVisible();
			await expect(option).toHaveAccessibleName(spaced(`^${l.south}: 냉면, ${l.north}: 랭면 `));
			await expectSideColours(option);
		});
	});
}
