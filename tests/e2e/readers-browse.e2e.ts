import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/*
 * Issue 16, browse: no empty parameters in the list's addresses, a page past the end shows the
 * last page, and with scripts a filter applies as soon as it changes (the Apply button is for
 * no-JS readers).
 */

for (const prefix of ['', '/ko']) {
	test(`${prefix || '/'}entries drops empty parameters and the default sort`, async ({ page }) => {
		await page.goto(`${prefix}/entries?category=&region=&difference=initial-sound-law&sort=south`);
		await expect(page).toHaveURL(new RegExp(`${prefix}/entries\\?difference=initial-sound-law$`));
		await page.goto(`${prefix}/entries?category=&region=&difference=&confidence=&sort=south`);
		await expect(page).toHaveURL(new RegExp(`${prefix}/entries$`));
	});

	test(`${prefix || '/'}entries?page=99 shows the last page`, async ({ page }) => {
		await page.goto(`${prefix}/entries?difference=initial-sound-law&page=99`);
		await expect(page).toHaveURL(/difference=initial-sound-law&page=\d$/);
		const last = Number(new URL(page.url()).searchParams.get('page'));
		expect(last).toBeGreaterThan(1);
		expect(last).toBeLessThan(99);
		// The last page has no "next" link.
		await expect(page.getByRole('link', { name: /Next page|다음/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: /Previous page|이전/ })).toBeVisible();
	});
}

test('a filter applies on change, and the address has only what is chosen @js', async ({
	page
}) => {
	await page.goto('/entries');
	await expect(page.getByRole('button', { name: 'Apply' })).toBeHidden();
	await page.getByLabel('Kind of difference').selectOption('saisiot');
	await expect(page).toHaveURL(/\/entries\?difference=saisiot$/);
	await page.getByLabel('Category').selectOption('noodles');
	await expect(page).toHaveURL(/\/entries\?category=noodles&difference=saisiot$/);
	await page.getByLabel('Kind of difference').selectOption('');
	await expect(page).toHaveURL(/\/entries\?category=noodles$/);
	await expectNoAxeViolations(page);
});

test('without scripts the Apply button sends the filters to a clean address', async ({ page }) => {
	test.skip(test.info().project.use.javaScriptEnabled !== false, 'the no-JS path');
	await page.goto('/ko/entries');
	await page.getByLabel('차이의 종류').selectOption('saisiot');
	await page.getByRole('button', { name: '적용' }).click();
	await expect(page).toHaveURL(/\/ko\/entries\?difference=saisiot$/);
});
