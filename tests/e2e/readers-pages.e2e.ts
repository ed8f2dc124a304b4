import { expect, test, type Locator, type Page } from '@playwright/test';
import { holdScripts, hydrated } from '../support/scripts';
import { expectNoAxeViolations } from './axe';

/*
 * Issue 16, the pages as a reader sees them: a header under 120 px on a 360 px phone, the readings
 * table and every small control a finger can hit, listen that says when it cannot, print, dark
 * mode, a long query, the offer of /ko to a Korean browser, and the browse filters on a phone.
 */

const PHONE = { width: 360, height: 740 };

async function box(locator: Locator) {
	const b = await locator.boundingBox();
	expect(b, 'the element is laid out').not.toBeNull();
	return b!;
}

async function pageWidth(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Replaces the browser's voices before any page script runs; records what is spoken. */
async function fakeVoices(page: Page, langs: string[]) {
	await page.addInitScript((voiceLangs) => {
		const spoken: string[] = [];
		(window as unknown as { spoken: string[] }).spoken = spoken;
		const synth = window.speechSynthesis;
		synth.getVoices = () =>
			voiceLangs.map((lang) => ({ lang, name: `Test ${lang}` }) as SpeechSynthesisVoice);
		synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(`${u.lang}:${u.text}`);
		// The fake voice is no SpeechSynthesisVoice, which the real setter would refuse.
		Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
			set() {},
			get() {
				return null;
			}
		});
	}, langs);
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: PHONE });

	for (const [path, contribute] of [
		['/', 'Contribute'],
		['/entries', 'Contribute'],
		['/entries/naengmyeon', 'Contribute'],
		['/search?q=%EB%83%89%EB%A9%B4', 'Contribute'],
		['/map', 'Contribute'],
		['/ko', '참여하기'],
		['/ko/entries', '참여하기'],
		['/ko/entries/naengmyeon', '참여하기'],
		['/ko/about', '참여하기']
	] as const) {
		test(`${path}: the header is under 120 px and every menu link is reachable`, async ({
			page
		}) => {
			await page.goto(path);
			const header = page.getByRole('banner');
			expect((await box(header)).height).toBeLessThan(120);
			expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
			const nav = page.getByRole('navigation', {
				name: path.startsWith('/ko') ? '주 메뉴' : 'Main'
			});
			await expect(nav.getByRole('link')).toHaveCount(8);
			// The last link is off the edge of the row; the keyboard brings it into view.
			const last = nav.getByRole('link', { name: contribute });
			for (let i = 0; i < 20; i++) {
				await page.keyboard.press('Tab');
				if (await last.evaluate((el) => el === document.activeElement)) break;
			}
			await expect(last).toBeFocused();
			await expect(last).toBeInViewport();
			const shown = await box(last);
			expect(shown.x).toBeGreaterThanOrEqual(0);
			expect(shown.x + shown.width).toBeLessThanOrEqual(PHONE.width);
		});
	}

	for (const prefix of ['', '/ko']) {
		test(`${prefix || '/'}: one search box on the home page`, async ({ page }) => {
			await page.goto(prefix || '/');
			await expect(page.getByRole('search')).toHaveCount(1);
		});
	}

	for (const prefix of ['', '/ko']) {
		test(`${prefix}/entries/naengmyeon: the readings table scrolls inside its box, and source numbers are 44 px targets`, async ({
			page
		}) => {
			await page.goto(`${prefix}/entries/naengmyeon`);
			const heading = prefix ? '로마자 표기' : 'Romanizations';
			const table = page.getByRole('group', { name: heading });
			const scroller = await table.evaluate((el) => ({
				scroll: el.scrollWidth,
				client: el.clientWidth,
				overflow: getComputedStyle(el).overflowX
			}));
			expect(scroller.overflow).toBe('auto');
			expect(scroller.scroll).toBeGreaterThan(scroller.client);
			expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
			await expect(
				page.getByText(prefix ? '표는 옆으로 밀어 볼 수 있습니다.' : 'The table scrolls sideways.')
			).toBeVisible();
			const numbers = page.locator('.side').getByRole('link', { name: /^\[\d+\]$/ });
			expect(await numbers.count()).toBeGreaterThan(1);
			for (const link of await numbers.all()) {
				const b = await box(link);
				expect(b.width).toBeGreaterThanOrEqual(44);
				expect(b.height).toBeGreaterThanOrEqual(44);
			}
		});
	}

	test('each region on the map is a 44 px target', async ({ page }) => {
		await page.goto('/map');
		const markers = page.locator('svg').getByRole('link');
		expect(await markers.count()).toBeGreaterThan(3);
		for (const marker of await markers.all()) {
			const b = await box(marker);
			expect(b.width).toBeGreaterThanOrEqual(44);
			expect(b.height).toBeGreaterThanOrEqual(44);
		}
	});

	for (const [prefix, query] of [
		['', 'a'.repeat(300)],
		['/ko', '냉'.repeat(300)],
		['/ko', 'x'.repeat(300)]
	] as const) {
		test(`${prefix}/search: a 300-character query without spaces never widens the page (${query[0]})`, async ({
			page
		}) => {
			await page.goto(`${prefix}/search?q=${encodeURIComponent(query)}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
		});
	}

	for (const [prefix, summary, category] of [
		['', 'Filter and sort', 'Category'],
		['/ko', '거르기와 정렬', '분류']
	] as const) {
		test(`${prefix}/entries: the filters fold away on a phone, open when one is in use`, async ({
			page
		}) => {
			await page.goto(`${prefix}/entries`);
			const select = page.getByRole('combobox', { name: category });
			await expect(select).toBeHidden();
			await page.locator('summary', { hasText: summary }).click();
			await expect(select).toBeVisible();
			await expectNoAxeViolations(page);

			await page.goto(`${prefix}/entries?category=noodles`);
			await expect(page.getByRole('combobox', { name: category })).toBeVisible();
			expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
		});
	}
	test('@js filters opened before the page hydrated stay open', async ({ page }) => {
		const release = await holdScripts(page);
		await page.goto('/entries', { waitUntil: 'domcontentloaded' });
		await page.locator('summary', { hasText: 'Filter and sort' }).click();
		await expect(page.getByRole('combobox', { name: 'Category' })).toBeVisible();
		release();
		await hydrated(page);
		await expect(page.getByRole('combobox', { name: 'Category' })).toBeVisible();
	});
});

test.describe('on a desktop', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('the browse filters are open, and every option says how many entries it has', async ({
		page
	}) => {
		await page.goto('/entries');
		for (const name of ['Category', 'Region', 'Kind of difference', 'Confidence']) {
			const select = page.getByRole('combobox', { name });
			await expect(select).toBeVisible();
			const options = await select.locator('option').allTextContents();
			expect(options.length).toBeGreaterThan(2);
			for (const option of options) expect(option, name).toMatch(/\(\d+\)$/);
		}
		await page.goto('/ko/entries');
		await expect(page.getByRole('combobox', { name: '신뢰도' })).toBeVisible();
		await expect(
			page.getByRole('combobox', { name: '신뢰도' }).locator('option').first()
		).toHaveText(/^전체 \(\d+\)$/);
	});
});

test.describe('listen', () => {
	test('without JavaScript there is no button to press, and the pronunciation is shown', async ({
		page
	}) => {
		test.skip(test.info().project.name !== 'no-js', 'about pages without scripts');
		await page.goto('/entries/naengmyeon');
		await expect(page.getByText('[랭면]').first()).toBeVisible();
		await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
	});

	for (const [prefix, label, message] of [
		['', 'Listen', 'No Korean voice in this browser'],
		['/ko', '듣기', '이 브라우저에는 한국어 음성이 없습니다']
	] as const) {
		test(`${prefix}: without a Korean voice the button says so @js`, async ({ page }) => {
			await fakeVoices(page, ['en-US', 'fr-FR']);
			await page.goto(`${prefix}/entries/naengmyeon`);
			const listen = page.getByRole('button', { name: `${label}: 랭면` });
			await expect(listen).toBeVisible();
			await expect(listen).toBeDisabled();
			await expect(listen).toHaveAccessibleDescription(message);
			await expect(page.getByText(message).first()).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	test('a browser that lists no voices at all is told the same, once it has waited @js', async ({
		page
	}) => {
		await fakeVoices(page, []);
		await page.goto('/entries/naengmyeon');
		await expect(page.getByRole('button', { name: 'Listen: 냉면' })).toBeDisabled();
		await expect(page.getByText('No Korean voice in this browser').first()).toBeVisible();
	});

	for (const [prefix, label, southern] of [
		['', 'Listen', 'Read with a Southern voice'],
		['/ko', '듣기', '남한 음성으로 읽습니다']
	] as const) {
		test(`${prefix}: with only a Southern voice a Northern name says it is read with it @js`, async ({
			page
		}) => {
			await page.setViewportSize(PHONE);
			await fakeVoices(page, ['en-US', 'ko-KR']);
			await page.goto(`${prefix}/entries/naengmyeon`);
			const north = page.getByRole('button', { name: `${label}: 랭면` });
			const south = page.getByRole('button', { name: `${label}: 냉면` });
			await expect(north).toBeEnabled();
			await expect(north).toHaveAccessibleDescription(southern);
			await expect(south).toHaveAccessibleDescription('');
			for (const button of [north, south]) {
				const b = await box(button);
				expect(b.width).toBeGreaterThanOrEqual(44);
				expect(b.height).toBeGreaterThanOrEqual(44);
			}
			await north.click();
			expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual(
				['ko-KR:랭면']
			);
			expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
		});
	}

	test('a ko-KP voice reads the Northern name, a ko-KR voice the Southern one @js', async ({
		page
	}) => {
		await fakeVoices(page, ['ko-KR', 'ko_KP']);
		await page.goto('/entries/naengmyeon');
		const north = page.getByRole('button', { name: 'Listen: 랭면' });
		await expect(north).toBeEnabled();
		await expect(north).toHaveAccessibleDescription('');
		await north.click();
		await page.getByRole('button', { name: 'Listen: 냉면' }).click();
		expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
			'ko_KP:랭면',
			'ko-KR:냉면'
		]);
	});
});

test.describe('print', () => {
	for (const path of [
		'/entries/naengmyeon',
		'/ko/entries/naengmyeon',
		'/entries',
		'/search?q=guksu'
	]) {
		test(`${path} prints its content only, black on white`, async ({ page }) => {
			await page.goto(path);
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			await expect(page.getByRole('banner')).toBeHidden();
			await expect(page.getByRole('contentinfo')).toBeHidden();
			for (const form of await page.locator('form').all()) await expect(form).toBeHidden();
			const colours = await page.evaluate(() => ({
				body: getComputedStyle(document.body).backgroundColor,
				text: getComputedStyle(document.querySelector('main h1')!).color
			}));
			expect(colours.body).toBe('rgb(255, 255, 255)');
			expect(colours.text).toBe('rgb(0, 0, 0)');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});
	}

	test('a printed citation shows its address after its title', async ({ page }) => {
		await page.goto('/entries/naengmyeon');
		await page.emulateMedia({ media: 'print' });
		const cited = page.getByRole('region', { name: 'Sources' }).locator('a[href^="http"]').first();
		const href = await cited.getAttribute('href');
		const after = await cited.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain(href!);
		await page.emulateMedia({ media: 'screen' });
		expect(await cited.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
	});
});

test.describe('in the dark colour scheme', () => {
	test.use({ colorScheme: 'dark' });

	for (const path of ['/entries/abai-sundae', '/ko/entries/abai-sundae']) {
		test(`${path}: the illustration panel is dark, not a glaring pale card`, async ({ page }) => {
			await page.goto(path);
			const panel = page.locator('figure.illustration .card');
			await expect(panel).toBeVisible();
			const [r, g, b] = (await panel.evaluate((el) => getComputedStyle(el).backgroundColor))
				.match(/\d+/g)!
				.map(Number);
			expect(r! + g! + b!).toBeLessThan(3 * 90);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('a Korean browser', () => {
	test.use({ locale: 'ko-KR' });

	for (const [path, target] of [
		['/', '/ko/'],
		['/entries/naengmyeon', '/ko/entries/naengmyeon'],
		['/entries?category=noodles', '/ko/entries?category=noodles'],
		['/about', '/ko/about']
	] as const) {
		test(`at ${path} is offered the Korean page, not sent there`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response!.status()).toBe(200);
			expect(response!.headers()['vary']).toMatch(/Accept-Language/i);
			await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`));
			const offer = page.getByRole('link', { name: '한국어로 보기' });
			await expect(offer).toBeVisible();
			await expect(offer).toHaveAttribute('href', target);
			await expect(page.locator('[lang="ko-KR"]', { has: offer })).toHaveCount(1);
			await expectNoAxeViolations(page);
		});
	}

	test('is not offered it on a Korean page', async ({ page }) => {
		await page.goto('/ko/entries/naengmyeon');
		await expect(page.getByRole('link', { name: '한국어로 보기' })).toHaveCount(0);
	});
});

test('the offer reaches Korean browsers only, whichever reader the page cache saw first', async ({
	browser
}) => {
	const korean = await browser.newContext({ locale: 'ko-KR' });
	const english = await browser.newContext({ locale: 'en-GB' });
	const offer = (p: Page) => p.getByRole('link', { name: '한국어로 보기' });
	try {
		// Each order: the first reader's copy is stored (their second visit is a hit), then the
		// other reader still gets their own.
		for (const [path, first, second] of [
			['/credits', korean, english],
			['/romanize', english, korean]
		] as const) {
			const a = await first.newPage();
			await a.goto(path);
			expect((await a.goto(path))!.headers()['x-cache'], path).toBe('hit');
			const b = await second.newPage();
			await b.goto(path);
			expect((await b.goto(path))!.headers()['x-cache'], path).toBe('hit');
			await expect(offer(a)).toHaveCount(first === korean ? 1 : 0);
			await expect(offer(b)).toHaveCount(second === korean ? 1 : 0);
		}
	} finally {
		await korean.close();
		await english.close();
	}
});
