import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/*
 * Issue 16, "Korean pages in Korean": on /ko the entry's history lines, the badge note, related
 * glosses, <title> and meta description are Korean, with no English the site wrote itself; the
 * English page says the same in English.
 */

const LATIN_WORD = /[A-Za-z]{3,}/;

test('a Korean entry page reads in Korean: title, description, history, marks, related', async ({
	page
}) => {
	await page.goto('/ko/entries/naengmyeon');
	const gloss = (await page.locator('.entry-head .gloss').textContent())!.trim();
	expect(gloss).not.toMatch(LATIN_WORD);
	await expect(page).toHaveTitle(`냉면 / 랭면 — ${gloss} — 남북 메뉴`);
	const description = await page.locator('meta[name="description"]').getAttribute('content');
	expect(description).toMatch(
		new RegExp(`^남한에서는 냉면, 북한에서는 랭면이라고 부르는 ${gloss}입니다\\. `)
	);
	expect(description).not.toMatch(LATIN_WORD);

	const history = page.getByRole('region', { name: '고친 내력' });
	await expect(history.getByRole('listitem').first()).toContainText('사이트 기본 자료로 추가');
	await expect(history.getByRole('listitem').first()).toContainText('남북 메뉴');
	await expect(history).not.toContainText('curated seed');
	await expect(history).not.toContainText('seed import');
	// The note explains the marks a name can carry today; "출처 있음" is no longer one of them.
	await expect(history).not.toContainText('출처 있음');
	await expect(history).toContainText('검토됨');

	const related = page.getByRole('region', { name: '관련 항목' }).getByRole('listitem');
	await expect(related.first()).toBeVisible();
	for (const text of await related.allTextContents()) {
		expect(text, text).not.toMatch(LATIN_WORD);
	}
	await expectNoAxeViolations(page);
});

test('the English entry page says the same in English', async ({ page }) => {
	await page.goto('/entries/naengmyeon');
	await expect(page).toHaveTitle(/^냉면 \/ 랭면 — .+ — Nambuk Menu$/);
	const description = await page.locator('meta[name="description"]').getAttribute('content');
	expect(description).toMatch(
		/^South Koreans say 냉면 \(naengmyeon\), North Koreans 랭면 \(raengmyŏn\): .+\. /
	);
	const history = page.getByRole('region', { name: 'History' });
	await expect(history.getByRole('listitem').first()).toContainText(
		"added from the site's curated data — Nambuk Menu"
	);
	await expect(history).not.toContainText('db/seed');
});

test('the full history page names the seed in the page’s language', async ({ page }) => {
	await page.goto('/ko/entries/naengmyeon/history');
	await expect(page.getByText('사이트 기본 자료로 추가').first()).toBeVisible();
	await expect(page.getByText(/curated seed/)).toHaveCount(0);
});
