import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/*
 * Issue 13's fields as readers meet them: the Korean gloss and notes on Korean pages, each entry's
 * own "why" sentence, "seen in North sources", the citation with its "via" line, and the API.
 * Facts pinned here are the seed's (db/seed/entries.json, sources.json).
 */

test('an entry says why its names differ under the pair, in English and in Korean', async ({
	page
}) => {
	// Issue 16: the entry's own sentence sits in the page head, under the names and the gloss.
	await page.goto('/entries/aiseukeurim');
	const head = page.locator('header.entry-head');
	await expect(head.locator('.why')).toHaveText(
		'Why the names differ: The North named ice cream after Эскимо, a Soviet ice-cream bar brand, rather than borrowing the English word.'
	);

	await page.goto('/ko/entries/aiseukeurim');
	await expect(page.locator('header.entry-head .why')).toHaveText(
		"이름이 다른 까닭: 북한은 영어 '아이스크림' 대신 소련의 아이스크림 상표 에스키모(Эскимо)에서 이름을 따왔다."
	);
});

test('an entry shows only the badges that differ from the normal case, and the letters only for one word', async ({
	page
}) => {
	await page.goto('/entries/aiseukeurim');
	const north = page.locator('.side', { has: page.getByRole('heading', { name: /North Korea/ }) });
	const eskimo = north.locator('.name', {
		has: page.locator('[lang="ko-KP"]', { hasText: '에스키모' })
	});
	// A current, sourced, not yet reviewed name carries no badge at all.
	await expect(eskimo.locator('.badge')).toHaveCount(0);
	const dated = north.locator('.name', {
		has: page.locator('[lang="ko-KP"]', { hasText: '얼음보숭이' })
	});
	await expect(dated.locator('.badge')).toHaveText(['dated']);
	// 아이스크림 and 에스키모 are two words: no letter-by-letter comparison.
	await expect(page.locator('figure.jamo-diff')).toHaveCount(0);
	// The grades are explained where they appear.
	await expect(page.getByRole('region', { name: 'Sources' })).toContainText(
		'Reliability grades: A, a dictionary or official source'
	);
	// A same-word entry names its kind without the explanation of a difference.
	await page.goto('/entries/anju');
	await expect(page.getByRole('region', { name: 'About this entry' })).not.toContainText(
		'The South'
	);
});

test('Korean pages show the Korean gloss and the Korean name notes', async ({ page }) => {
	await page.goto('/ko/entries/naengmyeon');
	const gloss = page.locator('.entry-head .gloss');
	await expect(gloss).toHaveText('차가운 육수에 만 국수');
	await expect(gloss).not.toHaveAttribute('lang', 'en');

	await page.goto('/ko/entries/aiseukeurim');
	const note = page.locator('.note', { hasText: '현대조선말사전' });
	await expect(note).toContainText('1981년 《현대조선말사전》에만 실렸고');
	await expect(note).not.toHaveAttribute('lang', 'en');
	await expect(page.getByText('soft ice cream is also called')).toHaveCount(0);

	// English pages keep the English gloss and notes.
	await page.goto('/entries/aiseukeurim');
	await expect(page.locator('.entry-head .gloss')).toHaveText('ice cream');
	await expect(page.locator('.note', { hasText: 'soft ice cream' })).toBeVisible();
});

test('browse and search results show the Korean gloss on Korean pages', async ({ page }) => {
	await page.goto('/ko/entries?category=noodles&difference=initial-sound-law');
	const row = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: /냉면.*랭면/ }) });
	await expect(row.first().locator('.gloss')).toHaveText('차가운 육수에 만 국수');

	await page.goto('/ko/search?q=%EB%9E%AD%EB%A9%B4');
	await expect(page.locator('.gloss', { hasText: '차가운 육수에 만 국수' }).first()).toBeVisible();
});

test('a dated North name says when North sources saw it', async ({ page }) => {
	await page.goto('/entries/haembeogeo');
	const north = page.locator('.side', { has: page.getByRole('heading', { name: /North Korea/ }) });
	await expect(north.getByText('Seen in North sources 2004')).toBeVisible();
	await page.goto('/ko/entries/haembeogeo');
	await expect(page.getByText('2004년 북한 문헌에 쓰임')).toBeVisible();
});

test('a citation reads author, title, publisher; how it was read is a second line', async ({
	page
}) => {
	await page.goto('/entries/aiseukeurim');
	const source = page
		.getByRole('region', { name: 'Sources' })
		.getByRole('listitem')
		.filter({ hasText: '얼음보숭이·에스키모' });
	// The author first, the link on the title only (issue 16).
	await expect(source).toContainText('김태훈, 「북녘말」: 얼음보숭이·에스키모 (Hankyoreh column)');
	await expect(source.getByRole('link')).toHaveText(
		'「북녘말」: 얼음보숭이·에스키모 (Hankyoreh column)'
	);
	await expect(source).toContainText('한겨레');
	await expect(source.locator('small.via')).toHaveText('Read via the mirror at nownforever.co.kr');
});

test('the JSON API carries the new fields and /api documents them', async ({ request, page }) => {
	const res = await request.get('/api/v1/entries/aiseukeurim');
	expect(res.status()).toBe(200);
	const entry = await res.json();
	expect(entry.glossKo).toBe('아이스크림');
	expect(entry.why.ko).toContain('에스키모(Эскимо)');
	const dated = entry.north.find((n: { hangul: string }) => n.hangul === '얼음보숭이');
	expect(dated.noteKo).toContain('《조선말대사전》');
	const column = entry.sources.find((s: { author: string | null }) => s.author === '김태훈');
	expect(column).toMatchObject({ publisher: '한겨레', via: 'the mirror at nownforever.co.kr' });

	await page.goto('/api');
	const fields = page.getByRole('heading', { name: 'Fields of an entry' });
	await expect(fields).toBeVisible();
	for (const name of ['glossKo', 'why', 'noteKo', 'attested'])
		await expect(page.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) })).toBeVisible();
});

// Its own test: axe is a script, so under no-JS it is skipped, and the checks above must still run.
test('pages with the new fields pass axe', async ({ page }) => {
	// Four full axe runs: more than the default 30 s on a loaded two-core machine.
	test.setTimeout(120_000);
	for (const path of [
		'/entries/aiseukeurim',
		'/ko/entries/aiseukeurim',
		'/ko/search?q=랭면',
		'/api'
	]) {
		await page.goto(path);
		await expectNoAxeViolations(page);
	}
});
