/**
 * Open data as developers expect it (issue 17): the OpenAPI document held to live answers, CORS
 * on reads only, CSV that Excel reads as UTF-8, the Atom feeds, and /api as a reference.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { readCsv } from '../support/csv';
import { walkSchema, type WalkSchema } from '../support/schema-walk';
import { expectNoAxeViolations } from './axe';

interface Operation {
	responses: Record<string, { content: Record<string, { schema: WalkSchema }> }>;
	'x-examples': { ok: string; error?: string; okBody?: unknown; errorBody?: unknown };
}
interface OpenApi {
	openapi: string;
	servers: { url: string }[];
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, WalkSchema> };
}

async function openApi(request: APIRequestContext): Promise<OpenApi> {
	const res = await request.get('/api/openapi.json');
	expect(res.status()).toBe(200);
	return res.json();
}

/** Requests beyond each endpoint's example that fill the search answer's nullable parts. */
const MORE_SEARCHES = [
	`/api/v1/search?q=${encodeURIComponent('랭킹')}`,
	`/api/v1/search?q=${encodeURIComponent('평양랭멍이')}`,
	'/api/v1/search?q=what+do+north+koreans+call+ice+cream'
];

test.describe('the OpenAPI document against live answers', () => {
	test('every documented field is present and no undocumented one appears', async ({
		request,
		baseURL
	}) => {
		const doc = await openApi(request);
		expect(doc.openapi).toBe('3.1.0');
		expect(doc.servers).toEqual([{ url: baseURL }]);
		const { schemas } = doc.components;
		const checked: string[] = [];
		for (const [path, item] of Object.entries(doc.paths)) {
			const op = (item.get ?? item.post)!;
			const { okBody, errorBody } = op['x-examples'];
			// A POST (the decoder) sends its documented body; a GET its example address.
			const send = (url: string, body: unknown) =>
				item.post ? request.post(url, { data: body }) : request.get(url);
			const examples = [op['x-examples'].ok, ...(path === '/api/v1/search' ? MORE_SEARCHES : [])];
			for (const example of examples) {
				const res = await send(example, okBody);
				expect(res.status(), example).toBe(200);
				const [type, { schema }] = Object.entries(op.responses['200']!.content)[0]!;
				expect(res.headers()['content-type'], example).toContain(type);
				if (type === 'application/json') {
					expect(walkSchema(await res.json(), schema, schemas), example).toEqual([]);
				} else {
					// CSV: the documented columns are the header row, in order.
					const columns = /Columns: (.+)\.$/.exec(schema.description as string)![1]!;
					const header = new TextDecoder('utf-8').decode(await res.body()).split('\r\n')[0];
					expect(header, example).toBe(columns.split(', ').join(','));
				}
				checked.push(example);
			}
			const bad = op['x-examples'].error ?? (errorBody ? op['x-examples'].ok : undefined);
			if (bad) {
				const res = await send(bad, errorBody);
				const documented = Object.keys(op.responses).filter((s) => s !== '200');
				expect(documented, bad).toContain(String(res.status()));
				const errorSchema = op.responses[String(res.status())]!.content['application/json']!.schema;
				expect(walkSchema(await res.json(), errorSchema, schemas), bad).toEqual([]);
				checked.push(bad);
			}
		}
		// Every endpoint, names included, and the error of each one that has a bad request.
		expect(Object.keys(doc.paths)).toContain('/api/v1/names');
		expect(checked.length).toBeGreaterThanOrEqual(Object.keys(doc.paths).length + 5);
	});

	test('the walker catches a field the document does not name', async ({ request }) => {
		const doc = await openApi(request);
		const entry = await (await request.get('/api/v1/entries/naengmyeon')).json();
		const schema = { $ref: '#/components/schemas/Entry' };
		expect(walkSchema({ ...entry, surprise: 1 }, schema, doc.components.schemas)).toEqual([
			'$.surprise: present, undocumented'
		]);
	});

	test('links in JSON are absolute: photos, pages, related entries, the propose link', async ({
		request,
		baseURL
	}) => {
		const entry = await (await request.get('/api/v1/entries/naengmyeon')).json();
		expect(entry.url).toBe(`${baseURL}/entries/naengmyeon`);
		expect(entry.photos.length).toBeGreaterThan(0);
		for (const photo of entry.photos) {
			expect(photo.url.startsWith(`${baseURL}/photos/`)).toBe(true);
			for (const set of [photo.srcset, ...photo.sources.map((s: { srcset: string }) => s.srcset)])
				for (const candidate of (set ?? '').split(', ').filter(Boolean))
					expect(candidate).toMatch(new RegExp(`^${baseURL}/photos/\\S+ \\d+w$`));
		}
		const photo = await request.get(entry.photos[0].url);
		expect(photo.status()).toBe(200);
		for (const r of entry.related) expect(r.url).toBe(`${baseURL}/entries/${r.slug}`);
		const list = await (await request.get('/api/v1/entries?limit=3')).json();
		for (const e of list.entries) expect(e.url).toBe(`${baseURL}/entries/${e.slug}`);
		const found = await (await request.get('/api/v1/search?q=naengmyeon&limit=1')).json();
		expect(found.results[0].entry.url).toBe(`${baseURL}/entries/${found.results[0].slug}`);
	});
});

test.describe('CORS on the read-only API', () => {
	const READS = ['/api/v1/entries/naengmyeon', '/api/v1/export.csv', '/api/openapi.json'];

	test('GET and HEAD answers may be read by any site, without credentials', async ({ request }) => {
		for (const path of READS) {
			// Twice: the second answer comes from the page cache and must carry it too.
			for (const round of [1, 2]) {
				const res = await request.get(path, { headers: { Origin: 'https://elsewhere.example' } });
				expect(res.status(), `${path} ${round}`).toBe(200);
				expect(res.headers()['access-control-allow-origin'], path).toBe('*');
				expect(res.headers()['access-control-allow-credentials']).toBeUndefined();
			}
			const head = await request.head(path);
			expect(head.headers()['access-control-allow-origin'], path).toBe('*');
		}
		// An error is readable too, so a page can show what was wrong.
		const bad = await request.get('/api/v1/search');
		expect(bad.status()).toBe(400);
		expect(bad.headers()['access-control-allow-origin']).toBe('*');
	});

	test('a preflight allows reads only', async ({ request }) => {
		const res = await request.fetch('/api/v1/search?q=naengmyeon', {
			method: 'OPTIONS',
			headers: {
				Origin: 'https://elsewhere.example',
				'Access-Control-Request-Method': 'GET',
				'Access-Control-Request-Headers': 'if-none-match'
			}
		});
		expect(res.status()).toBe(204);
		expect(res.headers()['access-control-allow-origin']).toBe('*');
		expect(res.headers()['access-control-allow-methods']).toBe('GET, HEAD');
		expect(res.headers()['access-control-allow-credentials']).toBeUndefined();
	});

	test('no CORS header on writes, nor on pages', async ({ request }) => {
		const post = await request.post('/api/v1/entries', {
			headers: { Origin: 'https://elsewhere.example' },
			data: {}
		});
		expect(post.status()).toBeGreaterThanOrEqual(400);
		expect(post.headers()['access-control-allow-origin']).toBeUndefined();
		const login = await request.post('/login', {
			headers: { Origin: 'https://elsewhere.example' },
			form: { username: 'nobody', password: 'x' }
		});
		expect(login.headers()['access-control-allow-origin']).toBeUndefined();
		const page = await request.get('/entries');
		expect(page.headers()['access-control-allow-origin']).toBeUndefined();
	});
});

/** What Excel does with a CSV: a BOM means UTF-8, and the BOM is not part of the first cell. */
async function readLikeExcel(request: APIRequestContext, path: string) {
	const bytes = await (await request.get(path)).body();
	expect([...bytes.subarray(0, 3)], `${path} starts with the UTF-8 BOM`).toEqual([
		0xef, 0xbb, 0xbf
	]);
	const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	expect(text.charCodeAt(0)).not.toBe(0xfeff);
	const [header, ...rows] = readCsv(text);
	for (const r of rows) expect(r).toHaveLength(header!.length);
	const col = (name: string) => {
		expect(header).toContain(name);
		return header!.indexOf(name);
	};
	return { header: header!, rows, col };
}

test.describe('CSV as Excel reads it', () => {
	test('per-name CSV: BOM, Hangul intact, quoted fields read back whole', async ({ request }) => {
		const { rows, col } = await readLikeExcel(request, '/api/v1/export.csv');
		const raengmyeon = rows.find(
			(r) => r[col('slug')] === 'naengmyeon' && r[col('hangul')] === '랭면'
		);
		expect(raengmyeon![col('gloss_ko')]).toBe('차가운 육수에 만 국수');
		// The seed's citations hold commas and quotes: each still sits in its one cell.
		expect(rows.some((r) => r[col('sources')]!.includes(','))).toBe(true);
		expect(rows.some((r) => r.some((f) => f.includes('"')))).toBe(true);
	});

	test('pairs CSV: one row per South–North pair, with both names and the sources', async ({
		request
	}) => {
		const { header, rows, col } = await readLikeExcel(request, '/api/v1/export-pairs.csv');
		for (const name of [
			'south',
			'north',
			'english',
			'gloss_ko',
			'why_en',
			'why_ko',
			'difference',
			'category',
			'confidence',
			'sources'
		])
			expect(header).toContain(name);
		const all = await (await request.get('/api/v1/export.json')).json();
		type Named = { south: unknown[]; north: unknown[] };
		const pairs = all.entries.reduce(
			(n: number, e: Named) => n + e.south.length * e.north.length,
			0
		);
		expect(rows).toHaveLength(pairs);
		const entry = all.entries.find((e: { slug: string }) => e.slug === 'naengmyeon');
		const mine = rows.filter((r) => r[col('slug')] === 'naengmyeon');
		expect(mine).toHaveLength(entry.south.length * entry.north.length);
		const pair = mine.find((r) => r[col('south')] === '냉면' && r[col('north')] === '랭면')!;
		expect(pair[col('english')]).toBe(entry.english);
		expect(pair[col('why_ko')]).toBe(entry.why.ko);
		expect(pair[col('difference')]).toBe('initial-sound-law');
		expect(pair[col('sources')]!.length).toBeGreaterThan(0);
	});

	test('the JSON export names the licence and the attribution line', async ({
		request,
		baseURL
	}) => {
		const doc = await (await request.get('/api/v1/export.json')).json();
		expect(doc.licence).toEqual({
			name: 'CC BY-SA 4.0',
			url: 'https://creativecommons.org/licenses/by-sa/4.0/',
			attribution: 'Nambuk Menu contributors'
		});
		expect(doc.attribution).toBe(
			`Nambuk Menu contributors, ${baseURL}/ — CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Photos carry their own licences.`
		);
	});
});

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

test.describe('the Atom feeds', () => {
	for (const { lang, feed, home, entryPrefix } of [
		{ lang: 'en', feed: '/feed.xml', home: '/about', entryPrefix: '/entries/' },
		{ lang: 'ko', feed: '/ko/feed.xml', home: '/ko/about', entryPrefix: '/ko/entries/' }
	]) {
		test(`${feed} is well-formed Atom with what RFC 4287 requires, in ${lang}`, async ({
			page,
			request,
			baseURL
		}) => {
			const res = await request.get(feed);
			expect(res.status()).toBe(200);
			expect(res.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
			const xml = await res.text();
			// Parsed by the browser's XML parser, which rejects anything not well-formed.
			await page.goto(home);
			const parsed = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'application/xml');
				const error = doc.querySelector('parsererror')?.textContent ?? null;
				const ns = 'http://www.w3.org/2005/Atom';
				const root = doc.documentElement;
				const child = (el: Element, name: string) =>
					[...el.children].find((c) => c.namespaceURI === ns && c.localName === name);
				const text1 = (el: Element, name: string) => child(el, name)?.textContent ?? null;
				const links = (el: Element) =>
					[...el.children]
						.filter((c) => c.namespaceURI === ns && c.localName === 'link')
						.map((l) => ({
							rel: l.getAttribute('rel') ?? 'alternate',
							href: l.getAttribute('href')
						}));
				return {
					error,
					root: {
						ns: root.namespaceURI,
						name: root.localName,
						lang: root.getAttribute('xml:lang')
					},
					id: text1(root, 'id'),
					title: text1(root, 'title'),
					updated: text1(root, 'updated'),
					author: child(root, 'author') ? text1(child(root, 'author')!, 'name') : null,
					links: links(root),
					entries: [...root.children]
						.filter((c) => c.namespaceURI === ns && c.localName === 'entry')
						.map((e) => ({
							id: text1(e, 'id'),
							title: text1(e, 'title'),
							updated: text1(e, 'updated'),
							summary: text1(e, 'summary'),
							links: links(e)
						}))
				};
			}, xml);
			expect(parsed.error).toBeNull();
			expect(parsed.root).toEqual({ ns: 'http://www.w3.org/2005/Atom', name: 'feed', lang });
			expect(parsed.id).toBe(`${baseURL}${feed}`);
			expect(parsed.title).toBeTruthy();
			expect(parsed.updated).toMatch(RFC3339);
			expect(parsed.author).toBe('Nambuk Menu contributors');
			expect(parsed.links).toContainEqual({ rel: 'self', href: `${baseURL}${feed}` });
			expect(parsed.entries.length).toBeGreaterThan(0);
			expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(parsed.entries.length);
			for (const e of parsed.entries) {
				expect(e.id).toMatch(/^tag:[^,]+,2026:entry-\d+-(en|ko)$/);
				expect(e.title).toBeTruthy();
				expect(e.updated).toMatch(RFC3339);
				expect(e.summary).toBeTruthy();
				const alternate = e.links.find((l) => l.rel === 'alternate')!;
				expect(alternate.href!.startsWith(`${baseURL}${entryPrefix}`)).toBe(true);
			}
			// In the feed's language: the Korean one says so in Korean.
			const first = parsed.entries[0]!;
			if (lang === 'ko') expect(first.summary).toMatch(/^(새 항목입니다|고친 항목입니다)/);
			else expect(first.summary).toMatch(/^(New entry|Changed)/);
			const link = await request.get(
				parsed.entries[0]!.links.find((l) => l.rel === 'alternate')!.href!
			);
			expect(link.status()).toBe(200);
		});

		test(`every ${lang} page's head links to ${feed}`, async ({ page, baseURL }) => {
			for (const path of [home, lang === 'ko' ? '/ko/entries/naengmyeon' : '/entries/naengmyeon']) {
				await page.goto(path);
				const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
				await expect(link).toHaveCount(1);
				await expect(link).toHaveAttribute('href', `${baseURL}${feed}`);
				await expect(link).toHaveAttribute('title', /.+/);
			}
		});
	}
});

test.describe('/api, the reference', () => {
	// axe over the whole reference (some 3,700 elements) takes about three times an ordinary
	// page's time: 27 s against 9 s for /about on the shared box (load average 23).
	test.beforeEach(() => test.slow());

	test('renders every endpoint of the OpenAPI document and the response shapes', async ({
		page,
		request
	}) => {
		const doc = await openApi(request);
		await page.goto('/api');
		await expect(page.getByRole('heading', { level: 1, name: 'API and open data' })).toBeVisible();
		for (const [path, item] of Object.entries(doc.paths))
			for (const method of Object.keys(item))
				await expect(
					page.getByRole('heading', {
						level: 3,
						name: `${method.toUpperCase()} ${path}`,
						exact: true
					})
				).toBeVisible();
		for (const name of Object.keys(doc.components.schemas))
			await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
		// Without scripts too: a response's shape is a link to its table.
		const entry = page.getByRole('region', { name: 'GET /api/v1/entries/{slug}', exact: true });
		await entry.getByRole('link', { name: 'Entry', exact: true }).click();
		await expect(page).toHaveURL(/#schema-Entry$/);
		const entryTable = page.getByRole('region', { name: 'Entry', exact: true }).getByRole('table');
		await expect(entryTable.getByRole('rowheader', { name: 'photos' })).toBeVisible();
		await expect(page.getByRole('link', { name: '/api/openapi.json' })).toHaveAttribute(
			'href',
			'/api/openapi.json'
		);
		await expectNoAxeViolations(page);
	});

	test('in Korean, the descriptions are Korean', async ({ page }) => {
		await page.goto('/ko/api');
		await expect(page.getByRole('heading', { level: 1, name: 'API와 공개 데이터' })).toBeVisible();
		const names = page.getByRole('region', { name: 'GET /api/v1/names', exact: true });
		await expect(names.getByText('똑같이 적힌 이름이 이미 있는 항목')).toBeVisible();
		await expect(
			names.getByRole('definition').filter({ hasText: '이름: 한글 음절과 띄어쓰기.' })
		).toBeVisible();
		await expect(names.getByRole('term').filter({ hasText: 'hangul' })).toContainText('필수');
		await expectNoAxeViolations(page);
	});
});
