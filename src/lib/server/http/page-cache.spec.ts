import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	cachedReply,
	cacheKey,
	cacheKeyOfTarget,
	currentGeneration,
	getCached,
	invalidatePageCache,
	isAnonymousRead,
	putCached,
	readerVariant
} from './page-cache';

const html = Buffer.from(`<!doctype html><p>${'냉면 랭면 '.repeat(400)}</p>`);
const headers: [string, string][] = [
	['content-type', 'text/html'],
	['cache-control', 'public, max-age=0, must-revalidate'],
	['x-content-type-options', 'nosniff']
];
const get = { method: 'GET', ifNoneMatch: null, acceptEncoding: null };

describe('page cache', () => {
	beforeEach(() => invalidatePageCache());

	it('keys a page and its __data.json apart (SvelteKit strips the suffix from event.url)', () => {
		expect(cacheKey(new URL('http://localhost/about'))).toBe('/about');
		expect(cacheKey(new URL('http://localhost/about/__data.json?x-sveltekit-invalidated=01'))).toBe(
			'/about/__data.json?x-sveltekit-invalidated=01'
		);
	});

	it('keys a raw request target exactly as the URL parser would', () => {
		const targets = [
			'/',
			'/entries/naengmyeon',
			'/entries?category=noodles&page=2',
			'/search?q=%EB%83%89%EB%A9%B4',
			'/a?',
			'/a??',
			'/a?b?c',
			'//double',
			'/favicon.svg',
			'/./entries',
			'/entries/../about',
			'/%2e%2E/x',
			'/a/.',
			'/a\\b',
			'/a#frag',
			'/a b',
			'/냉면',
			"/a?q='x'",
			'/a?q=<b>',
			'/%zz',
			'/a;b=c/@:~!$*'
		];
		for (const target of targets) {
			expect(cacheKeyOfTarget(target), target).toBe(cacheKey(new URL(`http://localhost${target}`)));
		}
		// And any target made of the characters that matter to the parser.
		const char = fc.constantFrom(...'/?.%2eE#\\ \'"<>a~!$&()*+,;=:@_-냉'.split(''));
		fc.assert(
			fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
				const target = `/${chars.join('')}`;
				expect(cacheKeyOfTarget(target)).toBe(cacheKey(new URL(`http://localhost${target}`)));
			}),
			{ numRuns: 5000 }
		);
	});

	it('keys an English page apart for a browser asking for Korean first (the offer of /ko)', () => {
		expect(readerVariant('/entries/naengmyeon', 'ko-KR,ko;q=0.9')).not.toBe('');
		expect(readerVariant('/entries/naengmyeon', 'en-GB,en;q=0.9,ko;q=0.8')).toBe('');
		expect(readerVariant('/entries/naengmyeon', null)).toBe('');
		// A Korean page never shows the offer; the API has no layout.
		expect(readerVariant('/ko/entries/naengmyeon', 'ko-KR')).toBe('');
		expect(readerVariant('/api/v1/entries', 'ko-KR')).toBe('');
	});

	it('treats GET and HEAD without credentials as anonymous', () => {
		expect(isAnonymousRead('GET', null, null)).toBe(true);
		expect(isAnonymousRead('HEAD', undefined, 'theme=dark')).toBe(true);
		expect(isAnonymousRead('POST', null, null)).toBe(false);
		expect(isAnonymousRead('GET', 'Bearer x', null)).toBe(false);
		expect(isAnonymousRead('GET', null, 'theme=dark; session=abc')).toBe(false);
	});

	it('sends each encoding compressed once, with a weak tag, and identity with the strong one', () => {
		const entry = putCached('/p', currentGeneration(), 200, headers, html);
		const br = cachedReply(entry, { ...get, acceptEncoding: 'gzip, deflate, br' }, 'hit');
		const gz = cachedReply(entry, { ...get, acceptEncoding: 'gzip' }, 'hit');
		const plain = cachedReply(entry, get, 'hit');
		const header = (r: typeof br, name: string) => r.headers.find(([n]) => n === name)?.[1];
		expect(brotliDecompressSync(br.body!)).toEqual(html);
		expect(gunzipSync(gz.body!)).toEqual(html);
		expect(Buffer.from(plain.body!)).toEqual(html);
		expect(header(plain, 'etag')).toBe(entry.etag);
		expect(header(br, 'etag')).toBe(`W/${entry.etag}`);
		expect(header(br, 'content-length')).toBe(String(br.body!.byteLength));
		expect(header(br, 'vary')).toBe('Accept-Encoding');
		expect(header(br, 'x-cache')).toBe('hit');
		// Memoised: the second reader gets the very same compressed bytes.
		expect(cachedReply(entry, { ...get, acceptEncoding: 'br' }, 'hit').body).toBe(br.body);
	});

	it('answers 304 to either form of the tag, and HEAD without a body', () => {
		const entry = putCached('/p', currentGeneration(), 200, headers, html);
		for (const tag of [entry.etag, `W/${entry.etag}`, `"other", ${entry.etag}`, '*']) {
			expect(cachedReply(entry, { ...get, ifNoneMatch: tag }, 'hit')).toMatchObject({
				status: 304,
				body: null
			});
		}
		expect(cachedReply(entry, { ...get, ifNoneMatch: '"other"' }, 'hit').status).toBe(200);
		const head = cachedReply(entry, { ...get, method: 'HEAD' }, 'hit');
		expect(head.body).toBeNull();
		expect(head.headers).toContainEqual(['content-length', String(html.byteLength)]);
	});

	it('does not store a render that overlapped an invalidation', () => {
		const startedIn = currentGeneration();
		invalidatePageCache();
		putCached('/late', startedIn, 200, headers, html);
		expect(getCached('/late')).toBeUndefined();
		putCached('/fresh', currentGeneration(), 200, headers, html);
		expect(getCached('/fresh')).toBeDefined();
	});

	it('recompresses the brotli variant at best quality in the background, same tag, same bytes', async () => {
		// Real text of the size of a page: the seed's terms (a repeated phrase would compress alike).
		const page = readFileSync('db/seed/food-terms.tsv').subarray(0, 26_000);
		const entry = putCached('/varied', currentGeneration(), 200, headers, page);
		const br = { ...get, acceptEncoding: 'br' };
		const quick = cachedReply(entry, br, 'hit');
		await entry.recompressed;
		const best = cachedReply(entry, br, 'hit');
		expect(best.body!.byteLength).toBeLessThan(quick.body!.byteLength);
		expect(brotliDecompressSync(best.body!).equals(page)).toBe(true);
		expect(best.headers).toContainEqual(['content-length', String(best.body!.byteLength)]);
		const tag = (r: typeof best) => r.headers.find(([name]) => name === 'etag')?.[1];
		expect(tag(best)).toBe(tag(quick));
		expect(tag(best)).toBe(`W/${entry.etag}`);
	});
});
