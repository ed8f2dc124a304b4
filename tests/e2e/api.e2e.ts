import { expect, test } from '@playwright/test';

test.describe('JSON API', () => {
	test('lists entries with filters and a window', async ({ request }) => {
		const res = await request.get('/api/v1/entries?limit=5&category=noodles');
		expect(res.status()).toBe(200);
		const body = await res.json();
		expect(body.total).toBeGreaterThan(5);
		expect(body.entries).toHaveLength(5);
		for (const e of body.entries) expect(e.category).toBe('noodles');
	});

	test('an entry has names, readings and sources', async ({ request }) => {
		const res = await request.get('/api/v1/entries/naengmyeon');
		expect(res.status()).toBe(200);
		const e = await res.json();
		expect(e.south.map((n: { hangul: string }) => n.hangul)).toContain('냉면');
		expect(e.north.map((n: { hangul: string }) => n.hangul)).toEqual(
			expect.arrayContaining(['랭면', '찬국수'])
		);
		const raengmyeon = e.north.find((n: { hangul: string }) => n.hangul === '랭면');
		expect(raengmyeon.sources.length).toBeGreaterThan(0);
		expect(raengmyeon.romanizations.dprk).toBe('raengmyŏn');
		expect(e.sources.length).toBeGreaterThan(0);
		expect(e.photos[0].author).toBe('N509FZ');
	});

	test("names carry their pronunciation as phonetic Hangul, by their own side's standard", async ({
		request
	}) => {
		type ApiName = { hangul: string; pronunciation: string };
		const pronunciations = async (slug: string) => {
			const e = await (await request.get(`/api/v1/entries/${slug}`)).json();
			const of = (names: ApiName[]) =>
				Object.fromEntries(names.map((n) => [n.hangul, n.pronunciation]));
			return { south: of(e.south), north: of(e.north) };
		};
		// Spelled as said.
		const naengmyeon = await pronunciations('naengmyeon');
		expect(naengmyeon.south['냉면']).toBe('냉면');
		expect(naengmyeon.north['랭면']).toBe('랭면');
		// Said otherwise than spelled (expected values from pronounce() in src/lib/hangul): the
		// 사이시옷 of 만둣국 is an unreleased ㄷ that tenses the next ㄱ; 국수 tenses its ㅅ.
		expect(naengmyeon.north['찬국수']).toBe('찬국쑤');
		const mandutguk = await pronunciations('mandutguk');
		expect(mandutguk.south['만둣국']).toBe('만둗꾹');
		expect(mandutguk.north['만두국']).toBe('만두꾹');
		// The search API and the exports carry the same readings.
		const search = await (
			await request.get(`/api/v1/search?q=${encodeURIComponent('만둣국')}&limit=1`)
		).json();
		expect(search.results[0].entry.south[0]).toMatchObject({
			hangul: '만둣국',
			pronunciation: '만둗꾹'
		});
	});

	test('unknown slug is a JSON 404', async ({ request }) => {
		const res = await request.get('/api/v1/entries/nothing-here');
		expect(res.status()).toBe(404);
		expect((await res.json()).error).toMatch(/nothing-here/);
	});

	for (const bad of [
		'limit=-5',
		'offset=abc',
		'category=%3Cscript%3E',
		'limit=99999999999999999999',
		'limit=501',
		'difference=nope'
	]) {
		test(`bad query ${bad} is a 400 with an error`, async ({ request }) => {
			const res = await request.get(`/api/v1/entries?${bad}`);
			expect(res.status()).toBe(400);
			expect(typeof (await res.json()).error).toBe('string');
		});
	}

	test('healthz checks the database', async ({ request }) => {
		const res = await request.get('/healthz');
		expect(res.status()).toBe(200);
		expect(await res.json()).toEqual({ status: 'ok' });
	});

	test('photos are served with their type and unknown ones are 404', async ({
		request,
		baseURL
	}) => {
		// The seed photo went through the upload pipeline at start-up: sized copies, the
		// phone's AVIF among them (issue 13).
		const entry = await (await request.get('/api/v1/entries/naengmyeon')).json();
		const [shown] = entry.photos as { url: string; sources: { type: string; srcset: string }[] }[];
		// Absolute, so a program that fetched the JSON elsewhere can follow it (issue 17).
		expect(shown!.url.startsWith(`${baseURL}/photos/`)).toBe(true);
		expect(new URL(shown!.url).pathname).toMatch(/^\/photos\/[0-9a-f]{20}-640\.jpg$/);
		const avif = shown!.sources.find((s) => s.type === 'image/avif')!;
		const phone = /(\/photos\/\S+-320\.avif) 320w/.exec(avif.srcset)![1]!;
		const ok = await request.get(phone);
		expect(ok.status()).toBe(200);
		expect(ok.headers()['content-type']).toBe('image/avif');
		expect((await ok.body()).length).toBeLessThan(40_000);
		const missing = await request.get('/photos/..%2Fpackage.json');
		expect(missing.status()).toBe(404);
	});
});
