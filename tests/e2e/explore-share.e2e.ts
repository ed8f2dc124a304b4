import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** Width and height from a JPEG's start-of-frame segment. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
	expect([...jpeg.subarray(0, 2)]).toEqual([0xff, 0xd8]);
	let at = 2;
	while (at < jpeg.length) {
		const marker = jpeg[at + 1]!;
		const length = jpeg.readUInt16BE(at + 2);
		if (marker >= 0xc0 && marker <= 0xc3) {
			return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7) };
		}
		at += 2 + length;
	}
	throw new Error('no start-of-frame segment');
}

test.describe('share cards and page metadata', () => {
	test('card.jpg is a 1200×630 JPEG of at most 150 KB, cached by version', async ({ request }) => {
		const res = await request.get('/entries/naengmyeon/card.jpg');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('image/jpeg');
		expect(res.headers()['cache-control']).toMatch(/max-age=\d+/);
		const jpeg = await res.body();
		expect(jpegSize(jpeg)).toEqual({ width: 1200, height: 630 });
		expect(jpeg.length).toBeLessThanOrEqual(150 * 1024);
		const etag = res.headers()['etag']!;
		const again = await request.get('/entries/naengmyeon/card.jpg', {
			headers: { 'If-None-Match': etag }
		});
		expect(again.status()).toBe(304);
		expect((await request.get('/entries/no-such-dish/card.jpg')).status()).toBe(404);
		// An entry without a photo gets the category drawing.
		const noPhoto = await request.get('/entries/ojingeo/card.jpg');
		expect(noPhoto.status()).toBe(200);
		// The Korean page's card is another image, with its own ETag.
		const korean = await request.get('/ko/entries/naengmyeon/card.jpg');
		expect(korean.status()).toBe(200);
		expect(korean.headers()['etag']).not.toBe(etag);
		expect((await korean.body()).equals(jpeg)).toBe(false);
		// The card's first address, already in shared links, points to the JPEG for good.
		const old = await request.get('/ko/entries/naengmyeon/card.png', { maxRedirects: 0 });
		expect(old.status()).toBe(301);
		expect(old.headers()['location']).toBe('/ko/entries/naengmyeon/card.jpg');
		expect(
			(await request.get('/entries/no-such-dish/card.png', { maxRedirects: 0 })).status()
		).toBe(404);
	});

	test('entry pages carry Open Graph, Twitter and DefinedTerm metadata', async ({ page }) => {
		await page.goto('/entries/naengmyeon');
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		expect(await meta('meta[property="og:image"]')).toMatch(/\/entries\/naengmyeon\/card\.jpg$/);
		expect(await meta('meta[property="og:title"]')).toContain('랭면');
		expect(await meta('meta[property="og:url"]')).toMatch(/\/entries\/naengmyeon$/);
		expect(await meta('meta[property="og:description"]')).toContain('cold noodles');
		expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const raw = await page.locator('script[type="application/ld+json"]').textContent();
		expect(raw).not.toContain('<');
		const term = JSON.parse(raw!);
		expect(term['@type']).toBe('DefinedTerm');
		expect(term.name).toBe('냉면');
		expect(term.alternateName).toContain('랭면');
		expect(term.inLanguage).toEqual(['ko-KR', 'ko-KP']);
		expect(term.inDefinedTermSet['@type']).toBe('DefinedTermSet');
		expect(term.description).toContain('cold noodles');
	});

	test('the letter diff marks the changed letter and names the rule', async ({ page }) => {
		await page.goto('/entries/naengmyeon');
		const diff = page.locator('figure.jamo-diff');
		await expect(diff.getByRole('heading', { name: 'Letter by letter' })).toBeVisible();
		await expect(diff.locator('del')).toHaveText(['ㄴ(South only)']);
		await expect(diff.locator('ins')).toHaveText(['ㄹ(North only)']);
		await expect(diff.locator('mark')).toHaveText(['냉', '랭']);
		// The entry states its own kind; the internal check of the computed rule is not shown.
		await expect(diff).not.toContainText('computed');
		await expect(diff.locator('.rule')).toHaveCount(0);

		// Where the data and the letters disagree, the comparison tool still shows both.
		await page.goto('/compare?a=abai-sundae&b=naengmyeon');
		const other = page.locator('figure.jamo-diff').first();
		await expect(other).toContainText('differs from the data');
		await expect(other.locator('.rule')).toHaveCount(2);
	});

	test('without JS the share control is a plain link and there is no listen button', async ({
		page
	}) => {
		await page.goto('/entries/naengmyeon');
		const share = page.getByRole('region', { name: 'Share' });
		await expect(share.getByRole('link', { name: 'Share image (JPEG)' })).toHaveAttribute(
			'href',
			'/entries/naengmyeon/card.jpg'
		);
		if (test.info().project.name === 'no-js') {
			await expect(share.getByRole('link', { name: 'Link to this page' })).toBeVisible();
		}
		// Phonetic Hangul is always shown; without scripts nothing could speak, so no play button
		// (with them, a browser without a Korean voice says so: readers-pages.e2e.ts).
		await expect(page.getByText('[랭면]').first()).toBeVisible();
		if (test.info().project.name === 'no-js') {
			await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
		}
	});

	test('with a Korean voice each name gets a play button that speaks its pronunciation @js', async ({
		page
	}) => {
		await page.addInitScript(() => {
			const spoken: string[] = [];
			(window as unknown as { spoken: string[] }).spoken = spoken;
			const synth = window.speechSynthesis;
			synth.getVoices = () => [{ lang: 'ko-KR', name: 'Test Korean' } as SpeechSynthesisVoice];
			synth.speak = (u: SpeechSynthesisUtterance) => void spoken.push(`${u.lang}:${u.text}`);
			// The fake voice is no SpeechSynthesisVoice, which the real setter would refuse.
			Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
				set() {},
				get() {
					return null;
				}
			});
		});
		await page.goto('/entries/mandutguk');
		const buttons = page.getByRole('button', { name: /^Listen/ });
		await expect(buttons.first()).toBeVisible();
		const listen = page.getByRole('button', { name: 'Listen: 만둣국' });
		// It speaks the phonetic Hangul shown beside it.
		const shown = await listen
			.locator('xpath=ancestor::dd')
			.locator('span[lang]')
			.first()
			.textContent();
		await listen.click();
		expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
			`ko-KR:${shown!.replace(/[[\]]/g, '')}`
		]);
	});

	test('with the Web Share API the share control hands the entry to the share sheet @js', async ({
		page,
		baseURL
	}) => {
		// Before any page script runs, so ShareButton finds navigator.share when it mounts.
		await page.addInitScript(() => {
			const calls: ShareData[] = [];
			(window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
			Object.defineProperty(Navigator.prototype, 'share', {
				configurable: true,
				value: async (data?: ShareData) => void calls.push({ ...data })
			});
		});
		await page.goto('/entries/naengmyeon');
		const share = page.getByRole('region', { name: 'Share' });
		const button = share.getByRole('button', { name: 'Share', exact: true });
		await expect(button).toBeVisible();
		await expect(share.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
		await button.click();
		await expect
			.poll(() =>
				page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls)
			)
			.toEqual([
				{
					url: `${baseURL}/entries/naengmyeon`,
					title: '냉면 / 랭면 — cold noodles in chilled broth',
					text: 'cold noodles in chilled broth'
				}
			]);
		// The share sheet is the feedback: the button did not fall back to copying.
		await expect(share.getByText(/Link copied|Could not copy/)).toHaveCount(0);
	});

	test('with JS the share control copies the link @js', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/entries/naengmyeon');
		const share = page.getByRole('region', { name: 'Share' });
		const button = share.getByRole('button', { name: /^(Copy link|Share)$/ });
		await expect(button).toBeVisible();
		if ((await button.textContent())?.trim() === 'Copy link') {
			await button.click();
			await expect(share.getByRole('status')).toHaveText('Link copied.');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
				/\/entries\/naengmyeon$/
			);
		}
	});
});

test.describe('sitemap, robots and the API page', () => {
	test('sitemap lists every page in both languages with hreflang alternates', async ({
		request
	}) => {
		const res = await request.get('/sitemap.xml');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toMatch(/^application\/xml/);
		const xml = await res.text();
		const total = (await (await request.get('/api/v1/entries?limit=1')).json()).total as number;
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(locs).toContain('/entries/naengmyeon');
		expect(locs).toContain('/ko/entries/naengmyeon');
		expect(locs).toContain('/ko/quiz');
		expect(locs).toContain('/map');
		expect(locs.filter((p) => /^\/(ko\/)?entries\/[^/]+$/.test(p))).toHaveLength(total * 2);
		expect(xml).toMatch(/hreflang="ko" href="[^"]+\/ko\/entries\/naengmyeon"/);
		expect(xml).toMatch(/hreflang="x-default"/);
	});

	test('robots.txt points to the sitemap', async ({ request }) => {
		const res = await request.get('/robots.txt');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toMatch(/^text\/plain/);
		expect(await res.text()).toMatch(/^Sitemap: http:\/\/.+\/sitemap\.xml$/m);
	});

	test('the API page documents every endpoint with a working example', async ({
		page,
		request
	}) => {
		await page.goto('/api');
		await expect(page.getByRole('heading', { name: 'API and open data', level: 1 })).toBeVisible();
		for (const path of [
			'/api/v1/entries',
			'/api/v1/entries/{slug}',
			'/api/v1/search',
			'/api/v1/romanize',
			'/api/v1/export.json',
			'/api/v1/export-pairs.csv',
			'/api/v1/export.csv',
			'/healthz',
			'/sitemap.xml',
			'/entries/{slug}/card.jpg'
		]) {
			await expect(page.getByRole('heading', { name: `GET ${path}`, exact: true })).toBeVisible();
		}
		// The decoder takes a body: its example is a command line, not a link.
		const decode = page.getByRole('region', { name: 'POST /api/v1/decode' });
		await expect(decode.getByText(/^curl -X POST .*\/api\/v1\/decode$/)).toBeVisible();
		const examples = await page
			.locator('section.endpoint a')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		// Error examples are meant to fail (open-data.e2e.ts checks their status); '#' links go to
		// the response shapes further down.
		const doc = await (await request.get('/api/openapi.json')).json();
		const errorExamples = new Set(
			Object.values(
				doc.paths as Record<string, Record<string, { 'x-examples': { error?: string } }>>
			).flatMap((item) => Object.values(item).map((op) => op['x-examples'].error))
		);
		for (const href of examples) {
			if (href.startsWith('/api/v1/search') || href.startsWith('/api/v1/romanize')) continue;
			if (href.startsWith('#') || errorExamples.has(href)) continue;
			expect((await request.get(href)).status(), href).toBe(200);
		}
		await page.goto('/ko/api');
		await expect(page.getByRole('heading', { name: 'API와 공개 데이터', level: 1 })).toBeVisible();
	});

	for (const path of ['/api', '/ko/api', '/entries/naengmyeon', '/ko/entries/abai-sundae']) {
		test(`axe on ${path} @js`, async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto(path);
			await expectNoAxeViolations(page);
		});
	}
});
