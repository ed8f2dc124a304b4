import { expect, test, type Page } from '@playwright/test';

/** Public pages that exist in both languages, and what their share image is. */
const PAGES = [
	'/',
	'/entries',
	'/search?q=냉면',
	'/quiz',
	'/about',
	'/entries/naengmyeon',
	'/compare',
	'/decode',
	'/travel',
	'/romanize',
	'/credits',
	'/contribute/how',
	'/map',
	'/api'
];
const LANGUAGES = [
	{ prefix: '', locale: 'en_US', other: 'ko_KR', site: 'Nambuk Menu' },
	{ prefix: '/ko', locale: 'ko_KR', other: 'en_US', site: '남북 메뉴' }
] as const;

/** A page's address in a language: the Korean home is /ko (/ko/ redirects to it). */
function localized(prefix: string, path: string): string {
	return prefix && path === '/' ? prefix : prefix + path;
}

async function content(page: Page, selector: string): Promise<string> {
	await expect(page.locator(selector)).toHaveCount(1);
	return (await page.locator(selector).getAttribute('content')) ?? '';
}

test.describe('link previews and search engines', () => {
	for (const { prefix, locale, other, site } of LANGUAGES) {
		for (const path of PAGES) {
			const address = localized(prefix, path);
			test(`${address} has Open Graph and Twitter tags, a canonical link and its languages`, async ({
				page,
				request,
				baseURL
			}) => {
				await page.goto(address);
				const expected = new URL(address, baseURL).href;
				const canonical = page.locator('link[rel="canonical"]');
				await expect(canonical).toHaveCount(1);
				await expect(canonical).toHaveAttribute('href', expected);
				expect(await content(page, 'meta[property="og:url"]')).toBe(expected);

				const title = await content(page, 'meta[property="og:title"]');
				expect(title).not.toBe('');
				expect(await page.title()).toContain(title);
				expect(await content(page, 'meta[property="og:description"]')).toMatch(/\S{3}/);
				expect(await content(page, 'meta[name="description"]')).toBe(
					await content(page, 'meta[property="og:description"]')
				);
				expect(await content(page, 'meta[property="og:site_name"]')).toBe(site);
				expect(await content(page, 'meta[property="og:locale"]')).toBe(locale);
				expect(await content(page, 'meta[property="og:locale:alternate"]')).toBe(other);
				expect(await content(page, 'meta[property="og:type"]')).toBe(
					path.startsWith('/entries/') ? 'article' : 'website'
				);
				expect(await content(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');

				// The entry's own card, else the site's; in the page's language, fetched as is.
				const image = await content(page, 'meta[property="og:image"]');
				const card = path.startsWith('/entries/') ? `${path}/card.jpg` : '/card.jpg';
				expect(image).toBe(new URL(prefix + card, baseURL).href);
				expect(await content(page, 'meta[property="og:image:alt"]')).not.toBe('');
				const res = await request.get(image, { maxRedirects: 0 });
				expect(res.status()).toBe(200);
				expect(res.headers()['content-type']).toBe('image/jpeg');
				expect((await res.body()).length).toBeLessThanOrEqual(150 * 1024);

				const neutral = path;
				for (const [hreflang, href] of [
					['en', localized('', neutral)],
					['ko', localized('/ko', neutral)],
					['x-default', localized('', neutral)]
				] as const) {
					const link = page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`);
					await expect(link).toHaveCount(1);
					await expect(link).toHaveAttribute('href', new URL(href, baseURL).href);
				}
			});
		}
	}

	test('the canonical address drops tracking and empty parameters', async ({ page, baseURL }) => {
		await page.goto('/entries?category=&region=&utm_source=newsletter&sort=north&fbclid=x');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`${baseURL}/entries?sort=north`
		);
		await expect(page.locator('link[hreflang="ko"]')).toHaveAttribute(
			'href',
			`${baseURL}/ko/entries?sort=north`
		);
		await page.goto('/ko?utm_medium=social');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/ko`);
	});

	test('an entry’s description is a sentence in the page’s language', async ({ page }) => {
		await page.goto('/entries/naengmyeon');
		expect(await content(page, 'meta[name="description"]')).toMatch(
			/^South Koreans say 냉면 \(naengmyeon\), North Koreans 랭면 \(raengmyŏn\): cold noodles in chilled broth\./
		);
		await page.goto('/ko/entries/naengmyeon');
		expect(await content(page, 'meta[name="description"]')).toMatch(
			/^남한에서는 냉면, 북한에서는 랭면이라고 부르는 [^.]+입니다\./
		);
		expect(await content(page, 'meta[property="og:image"]')).toMatch(
			/\/ko\/entries\/naengmyeon\/card\.jpg$/
		);
	});

	test('the quiz score page can be shared with its tags', async ({ page, baseURL }) => {
		await page.goto('/quiz');
		await page.getByRole('button', { name: 'Start a round' }).click();
		for (let n = 1; n <= 10; n++) {
			await expect(page.getByText(`Question ${n} of 10`)).toBeVisible();
			await page
				.getByRole('group', { name: 'Where is this name used?' })
				.getByRole('button', { name: 'Both', exact: true })
				.click();
			await expect(page.getByRole('region', { name: new RegExp(`^Question ${n}:`) })).toBeVisible();
		}
		// ShareButton keeps the address to share in a data attribute, with JS and without.
		const score = await page
			.getByRole('region', { name: 'Round over' })
			.locator('[data-share-url]')
			.first()
			.getAttribute('data-share-url');
		const url = new URL(score!, baseURL);
		expect(url.pathname).toBe('/quiz/score');
		for (const prefix of ['', '/ko']) {
			await page.goto(prefix + url.pathname + url.search + '&utm_source=x');
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				`${baseURL}${prefix}${url.pathname}${url.search}`
			);
			expect(await content(page, 'meta[property="og:image"]')).toBe(`${baseURL}${prefix}/card.jpg`);
			expect(await content(page, 'meta[property="og:title"]')).not.toBe('');
			expect(await content(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
		}
	});
});

test.describe('sitemap', () => {
	test('lists only final addresses, each answering 200 without a redirect, entries with lastmod', async ({
		request
	}) => {
		test.skip(test.info().project.name === 'no-js', 'no page is rendered: once is enough');
		test.setTimeout(120_000);
		const xml = await (await request.get('/sitemap.xml')).text();
		const urls = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => ({
			loc: m[1]!,
			rest: m[2]!
		}));
		const paths = urls.map((u) => new URL(u.loc).pathname);
		expect(paths).toContain('/ko');
		expect(paths).not.toContain('/ko/');
		expect(paths).toContain('/decode');
		for (const { loc, rest } of urls) {
			if (/\/entries\/[^/]+$/.test(loc)) {
				expect(rest, loc).toMatch(/^<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
			}
		}
		const alternates = [...xml.matchAll(/hreflang="[^"]+" href="([^"]+)"/g)].map((m) => m[1]!);
		const everyAddress = [...new Set([...urls.map((u) => u.loc), ...alternates])];
		for (const address of everyAddress) {
			const res = await request.get(address, { maxRedirects: 0 });
			expect(res.status(), address).toBe(200);
		}
	});
});
