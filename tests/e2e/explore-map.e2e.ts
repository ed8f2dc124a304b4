import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test.describe('regional map', () => {
	test('the regions are links on the map and in the list beside it', async ({ page }) => {
		await page.goto('/map');
		await expect(
			page.getByRole('heading', { name: 'Regional specialties on the map' })
		).toBeVisible();
		const map = page.getByRole('group', { name: /Map of the Korean peninsula/ });
		for (const name of [
			/Pyongyang/,
			/Hamhung/,
			/Kaesong/,
			/Haeju/,
			/Hamgyong provinces/,
			/Sokcho/
		]) {
			await expect(map.getByRole('link', { name })).toBeVisible();
		}
		await expect(page.getByText(/drawn by hand/)).toBeVisible();
		const list = page.getByRole('region', { name: 'Regions and their dishes' });
		await expect(list.getByRole('link', { name: 'Pyongyang', exact: true })).toHaveAttribute(
			'href',
			'/entries?region=pyongyang'
		);
		await expect(list.getByRole('link', { name: /냉면.*랭면/ })).toBeVisible();
	});

	test('the map works by keyboard, with a visible focus', async ({ page }) => {
		await page.goto('/map');
		// Tab from the top of the page until focus reaches a link drawn on the map.
		let onMap = false;
		for (let i = 0; i < 40 && !onMap; i++) {
			await page.keyboard.press('Tab');
			onMap = await page.evaluate(() => Boolean(document.activeElement?.closest('svg')));
		}
		expect(onMap).toBe(true);
		const focused = page.locator('svg a:focus');
		await expect(focused).toHaveCount(1);
		const stroke = await focused.locator('circle').evaluate((c) => getComputedStyle(c).strokeWidth);
		expect(stroke).toBe('6px');
		const href = await focused.getAttribute('href');
		expect(href).toMatch(/^\/entries\?region=[a-z]+$/);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${href!.replace('?', '\\?')}$`));
		await expect(page.getByRole('status')).toContainText(/Showing 1–\d+ of \d+/);
	});

	test('in Korean', async ({ page }) => {
		await page.goto('/ko/map');
		await expect(page.getByRole('heading', { name: '지도로 보는 지역 음식' })).toBeVisible();
		const map = page.getByRole('group', { name: /한반도 지도/ });
		await expect(map.getByRole('link', { name: /평양/ })).toHaveAttribute(
			'href',
			'/ko/entries?region=pyongyang'
		);
	});

	for (const path of ['/map', '/ko/map']) {
		test(`axe on ${path} @js`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}
});
