import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

test('home → browse → filter → entry → language switch', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Nambuk Menu/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// The pair of the day changes daily (featured.spec.ts); any day it shows a South and a North name.
	const featured = page.getByRole('region', { name: 'Today’s pair' });
	await expect(featured.locator('.pair [lang="ko-KR"]').first()).toBeVisible();
	await expect(featured.locator('.pair [lang="ko-KP"]').first()).toBeVisible();

	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Browse' })
		.click();
	await expect(page.getByRole('heading', { name: 'All entries', exact: true })).toBeVisible();
	const status = page.getByRole('status');
	await expect(status).toContainText(/Showing 1–24 of \d{3}/);

	await page.getByLabel('Category').selectOption('noodles');
	await page.getByLabel('Kind of difference').selectOption('initial-sound-law');
	// With scripts a filter applies on change; without, the Apply button sends the form.
	if (test.info().project.use.javaScriptEnabled === false) {
		await page.getByRole('button', { name: 'Apply' }).click();
	}
	await expect(page).toHaveURL(/category=noodles/);
	await expect(page).toHaveURL(/difference=initial-sound-law/);
	await expect(page.getByLabel('Category')).toHaveValue('noodles');

	await page.getByRole('link', { name: /냉면.*랭면/ }).click();
	await expect(page).toHaveURL(/\/entries\/naengmyeon$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('냉면');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('랭면');
	// Several Northern names, each with its language tag.
	const north = page.locator('.side', { has: page.getByRole('heading', { name: /North Korea/ }) });
	await expect(north.locator('[lang="ko-KP"]', { hasText: '찬국수' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'naengmyeon' }).first()).toBeVisible();
	const photo = page.getByRole('figure', { name: /^Photo:/ });
	await expect(photo).toContainText('N509FZ');
	await expect(photo).toContainText('CC BY-SA 4.0');
	// The caption reads as a sentence: credit, licence, changes, source.
	await expect(photo.locator('figcaption')).toHaveText(
		'Photo: N509FZ, CC BY-SA 4.0, cropped · source'
	);

	await page.getByRole('link', { name: /한국어/ }).click();
	await expect(page).toHaveURL(/\/ko\/entries\/naengmyeon$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { name: '출처' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
		'href',
		'/entries/naengmyeon'
	);
});

test('filters live in the URL and pagination keeps them', async ({ page }) => {
	await page.goto('/entries?confidence=high&sort=english');
	await expect(page.getByLabel('Confidence')).toHaveValue('high');
	await expect(page.getByLabel('Sort by')).toHaveValue('english');
	const next = page.getByRole('link', { name: /Next page/ });
	await expect(next).toHaveAttribute('href', /confidence=high/);
	await next.click();
	await expect(page).toHaveURL(/page=2/);
	await expect(page.getByText(/Page 2 of/)).toBeVisible();
});

test('bad browse parameters fall back to the defaults', async ({ page }) => {
	const response = await page.goto('/entries?category=%3Cscript%3E&page=abc&sort=zzz');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('status')).toContainText(/Showing 1–24/);
});

test("each name lists its own side's romanizations first; the table has every system", async ({
	page,
	request
}) => {
	type ApiName = {
		hangul: string;
		ipa: string;
		romanizations: Record<'rr' | 'mr' | 'dprk' | 'yale', string>;
	};
	const api = await (await request.get('/api/v1/entries/naengmyeon')).json();
	const byHangul = new Map<string, ApiName>(
		[...api.south, ...api.north].map((n: ApiName) => [n.hangul, n])
	);
	const SYSTEMS = ['Revised Romanization', 'McCune–Reischauer', 'DPRK official', 'Yale'];

	await page.goto('/entries/naengmyeon');
	const side = (name: RegExp) =>
		page.locator('.side', { has: page.getByRole('heading', { name, level: 3 }) });
	/** The name card of one headword: its readings as [system, value] in the order listed. */
	const readings = async (sideName: RegExp, hangul: string) => {
		const card = side(sideName)
			.locator('.name')
			.filter({ has: page.locator('.headword').getByText(hangul, { exact: true }) });
		await expect(card).toHaveCount(1);
		const terms = await card.getByRole('term').allTextContents();
		const values = await card.getByRole('definition').allTextContents();
		return terms
			.map((t, i) => [t.trim(), values[i]!.trim()] as const)
			.filter(([t]) => SYSTEMS.includes(t));
	};

	// The South: Revised Romanization, the South's own system, and only it. The values are
	// worked by hand from the rule texts, not read back from the API.
	expect(await readings(/^South Korea/, '냉면')).toEqual([['Revised Romanization', 'naengmyeon']]);
	// The North: the DPRK's official system first, then McCune–Reischauer. MR marks the
	// aspirate (ch') and parts n|g with an apostrophe; the DPRK system writes ㅊ ch and a hyphen.
	const northern = {
		랭면: { dprk: 'raengmyŏn', mr: 'raengmyŏn' },
		찬국수: { dprk: 'chan-guksu', mr: "ch'an'guksu" }
	};
	for (const [hangul, expected] of Object.entries(northern)) {
		expect(await readings(/^North Korea/, hangul)).toEqual([
			['DPRK official', expected.dprk],
			['McCune–Reischauer', expected.mr]
		]);
		expect(byHangul.get(hangul)!.romanizations).toMatchObject(expected);
	}

	// All four systems for every name in the Romanizations table.
	const table = page.getByRole('group', { name: 'Romanizations' }).getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveText([
		'Name',
		'Pronunciation',
		'IPA',
		...SYSTEMS
	]);
	const rows = table.getByRole('rowgroup').nth(1).getByRole('row');
	// Southern names first, then the Northern ones the South does not share.
	const order = [...byHangul.keys()];
	expect(new Set(order)).toEqual(new Set(['냉면', '랭면', '국수', '찬국수']));
	expect(order[0]).toBe('냉면');
	await expect(rows.getByRole('rowheader')).toHaveText(order);
	for (const [hangul, name] of byHangul) {
		const row = rows.filter({ has: page.getByRole('rowheader', { name: hangul, exact: true }) });
		const { rr, mr, dprk, yale } = name.romanizations;
		await expect(row.getByRole('cell')).toHaveText([/^\[.+\]$/, /^\[.+\]$/, rr, mr, dprk, yale]);
	}
	// IPA by each side's standard, worked by hand (src/lib/hangul/README.md, "IPA").
	const ipaOf = (hangul: string) =>
		rows
			.filter({ has: page.getByRole('rowheader', { name: hangul, exact: true }) })
			.getByRole('cell')
			.nth(1);
	await expect(ipaOf('냉면')).toHaveText('[nɛŋ.mjʌn]');
	await expect(ipaOf('랭면')).toHaveText('[ɾɛŋ.mjʌn]');
	expect(byHangul.get('랭면')!.ipa).toBe('ɾɛŋ.mjʌn');
});

test('false friends link both ways', async ({ page }) => {
	await page.goto('/entries/ojingeo');
	const related = page.getByRole('region', { name: 'Related entries' });
	await expect(related.getByText('False friend').first()).toBeVisible();
	await related.getByRole('link').first().click();
	await expect(
		page.getByRole('region', { name: 'Related entries' }).getByText('False friend').first()
	).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Related entries' }).getByRole('link', { name: /오징어/ })
	).toBeVisible();
});

test('unknown entry shows the helpful 404 page', async ({ page }) => {
	const response = await page.goto('/entries/no-such-dish');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('searchbox').first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	await page.goto('/ko/entries/no-such-dish');
	await expect(page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
});

test('interim search finds an entry by Hangul and by English', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('searchbox').first().fill('랭면');
	await page.getByRole('searchbox').first().press('Enter');
	await expect(page).toHaveURL(/\/search\?q=/);
	await expect(page.locator('main a[href="/entries/naengmyeon"]').first()).toBeVisible();
});

/** Every text in the page's main content, trimmed, with the language its nearest `lang` gives it. */
function textsWithLang(page: Page): Promise<{ text: string; lang: string }[]> {
	return page.evaluate(() => {
		const texts: { text: string; lang: string }[] = [];
		const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const text = n.textContent?.trim() ?? '';
			if (text)
				texts.push({ text, lang: n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '' });
		}
		return texts;
	});
}

test('every Hangul name on the entry page carries ko-KR or ko-KP, and all Korean is tagged', async ({
	page
}) => {
	await page.goto('/entries/naengmyeon');
	const hangul = /[\uAC00-\uD7A3]/;
	const untagged: string[] = [];
	const names: Record<string, string[]> = {};
	for (const { text, lang } of await textsWithLang(page)) {
		if (!hangul.test(text)) continue;
		if (!lang.startsWith('ko')) untagged.push(`${text} (${lang})`);
		if (['냉면', '랭면', '찬국수'].includes(text)) (names[text] ??= []).push(lang);
	}
	expect(untagged).toEqual([]);
	// Names, wherever they appear (headings, cards, tables, notes), carry their side's tag.
	expect(new Set(names['냉면'])).toEqual(new Set(['ko-KR']));
	expect(new Set(names['랭면'])).toEqual(new Set(['ko-KP']));
	expect(new Set(names['찬국수'])).toEqual(new Set(['ko-KP']));
});

test('on Korean pages, glosses and notes are Korean, and English-only content is tagged lang="en"', async ({
	page
}) => {
	for (const path of [
		'/ko/entries/ramyeon',
		'/ko/entries',
		'/ko/search?q=%EB%83%89%EB%A9%B4',
		'/ko'
	]) {
		await page.goto(path);
		// An English phrase: Latin words with a space, no Hangul (romanizations are one word, ko-Latn).
		const english = /^[A-Za-z][A-Za-z ,.'()/-]*\s[A-Za-z ,.'()/-]+$/;
		const untagged = (await textsWithLang(page))
			.filter(({ text, lang }) => english.test(text) && !lang.startsWith('en'))
			.map(({ text, lang }) => `${text} (${lang})`);
		expect(untagged, path).toEqual([]);
	}
	// Every entry now has a Korean gloss and every note its Korean twin (issue 13): Korean pages
	// show those, in the page's own language, and no English one.
	await page.goto('/ko/entries/ramyeon');
	await expect(page.locator('p.gloss')).toHaveText('인스턴트 라면');
	await expect(page.locator('p.gloss')).not.toHaveAttribute('lang', /./);
	await expect(page.locator('p.note', { hasText: '입말로 라면이라고도 한다' })).not.toHaveAttribute(
		'lang',
		/./
	);
	await expect(page.getByText('is also heard colloquially')).toHaveCount(0);
	// On English pages the page's own lang says it; no attribute is repeated.
	await page.goto('/entries/ramyeon');
	await expect(page.locator('p.gloss')).not.toHaveAttribute('lang', /./);
});

for (const path of ['/', '/entries', '/entries/naengmyeon', '/about', '/search?q=냉면']) {
	for (const prefix of ['', '/ko']) {
		test(`axe: ${prefix}${path}`, async ({ page }) => {
			await page.goto(`${prefix}${path}`);
			await expectNoAxeViolations(page);
		});
	}
}

test('hreflang alternates and html lang', async ({ page }) => {
	await page.goto('/ko/about');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', /\/about$/);
	await expect(page.locator('link[hreflang="ko"]')).toHaveAttribute('href', /\/ko\/about$/);
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	for (const path of [
		'/',
		'/entries',
		'/entries/naengmyeon',
		'/ko/entries/aiseukeurim',
		'/about'
	]) {
		test(`${path} fits the screen: nothing scrolls sideways but the romanization table and the menu`, async ({
			page
		}) => {
			await page.goto(path);
			const wider = await page.evaluate(() => {
				const found: string[] = [];
				for (const el of document.querySelectorAll('body *')) {
					// Content inside a scroll container (the romanization table, the phone's menu row)
					// may be wide; the container itself may not.
					let inScroller = false;
					for (let p = el.parentElement; p && !inScroller; p = p.parentElement)
						inScroller = ['auto', 'scroll'].includes(getComputedStyle(p).overflowX);
					if (inScroller) continue;
					const r = el.getBoundingClientRect();
					// Only the right edge counts: what sits off to the left (the skip link) scrolls nothing.
					if (r.width > 0 && r.right > 360.5)
						found.push(`${el.tagName.toLowerCase()}.${el.className}`);
				}
				return { found: found.slice(0, 5), page: document.documentElement.scrollWidth };
			});
			expect(wider.page).toBeLessThanOrEqual(360);
			expect(wider.found).toEqual([]);
			await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
		});
	}
});

test.describe('in the dark colour scheme', () => {
	test.use({ colorScheme: 'dark' });
	for (const path of ['/', '/entries/naengmyeon', '/ko/entries', '/about']) {
		test(`axe (dark): ${path}`, async ({ page }) => {
			await page.goto(path);
			// The dark palette really applies (not the light one with dark browser chrome).
			const background = await page.evaluate(() => {
				const body = getComputedStyle(document.body).backgroundColor;
				return body === 'rgba(0, 0, 0, 0)'
					? getComputedStyle(document.documentElement).backgroundColor
					: body;
			});
			const [r, g, b] = background.match(/\d+/g)!.map(Number);
			expect(r! + g! + b!).toBeLessThan(3 * 80);
			await expectNoAxeViolations(page);
		});
	}
});

test('pages use the system fonts: no web font is downloaded', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(r.url()))
			fonts.push(r.url());
	});
	for (const path of ['/', '/entries/naengmyeon', '/ko/about', '/quiz']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(fonts).toEqual([]);
});

test('an entry says each name’s status, note, attestation and hanja, and each source’s details', async ({
	page
}) => {
	await page.goto('/entries/aiseukeurim');
	const north = page.locator('.side', { has: page.getByRole('heading', { name: /North Korea/ }) });
	const dated = north.locator('.name', {
		has: page.locator('[lang="ko-KP"]', { hasText: '얼음보숭이' })
	});
	await expect(dated).toContainText('dated');
	// Its years are dictionary editions, not a dated text using the form: no "seen in" line.
	await expect(dated).not.toContainText('Seen in North sources');
	await expect(dated).toContainText('1981');
	await expect(dated).toContainText('dropped from the 1992 조선말대사전');
	const current = north.locator('.name', {
		has: page.locator('[lang="ko-KP"]', { hasText: '에스키모' })
	});
	// "current" is the normal case: no badge says it.
	await expect(current.locator('.badge')).toHaveCount(0);
	await expect(page.getByText('Loanword').first()).toBeVisible();
	// Every source is listed with what identifies it.
	const sources = page.getByRole('region', { name: 'Sources' });
	const gyeoremal = sources.getByRole('listitem').filter({ hasText: '한눈에 들어오는 남북 언어' });
	await expect(gyeoremal).toHaveCount(1);
	await expect(gyeoremal).toContainText('겨레말큰사전남북공동편찬사업회');
	await expect(gyeoremal.getByRole('link')).toHaveAttribute(
		'href',
		'http://dic.gyeoremal.or.kr/mean_diff.php?sq=158'
	);

	await page.goto('/entries/naengmyeon');
	await expect(page.getByText('冷麵').first()).toBeVisible();
	await expect(page.getByText('Initial-sound law').first()).toBeVisible();
	await expect(page.getByText('colloquial').first()).toBeVisible();
});

test('about explains every kind of difference with examples, the licence and how to cite', async ({
	page
}) => {
	await page.goto('/about');
	for (const kind of ['Initial-sound law', 'Loanword', 'Native coinage', 'Meaning shift']) {
		await expect(page.getByRole('heading', { name: kind })).toBeVisible();
	}
	await expect(page.getByText(/사이시옷/).first()).toBeVisible();
	await expect(
		page.getByText('Creative Commons Attribution-ShareAlike 4.0', { exact: false })
	).toBeVisible();
	const cite = page.getByRole('region', { name: 'How to cite' });
	await expect(cite).toContainText(
		/Nambuk Menu, http:\/\/[^ ]+\/entries\/naengmyeon \(accessed \d{4}-\d{2}-\d{2}\)/
	);
	await page.goto('/ko/about');
	await expect(page.getByRole('region', { name: '인용하는 법' })).toContainText(
		/남북 메뉴, http:\/\/[^ ]+\/ko\/entries\/naengmyeon \(\d{4}-\d{2}-\d{2} 접속\)/
	);
});
