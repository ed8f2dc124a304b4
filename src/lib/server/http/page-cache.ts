import { createHash } from 'node:crypto';
import { compress, compressBest, isCompressible, pickEncoding, type Encoding } from './compression';
import { cacheKeyOf, type CacheKey } from './cache-params';
import { offersKorean } from '$lib/language-offer';

/**
 * Rendered pages and API responses for anonymous readers, kept in memory. Every reader gets the
 * same bytes for the same URL until the content changes, so a hit skips rendering and SQLite
 * entirely. `invalidatePageCache()` is called whenever an approval or a revert changes an entry;
 * clearing everything is exact (no stale page survives) and cheap (the cache refills on demand).
 */
export interface CachedResponse {
	status: number;
	headers: [string, string][];
	body: Buffer;
	etag: string;
	/** Whether the body is worth compressing (type and size). */
	compressible: boolean;
	/** What a reader is sent, per encoding: built on first use, then reused by every hit. */
	variants: Partial<Record<Encoding | 'identity', CachedVariant>>;
	/** Settles once the brotli variant has been recompressed at best quality (see variantOf). */
	recompressed?: Promise<void>;
}

export interface CachedVariant {
	body: Uint8Array<ArrayBuffer>;
	/** Every header of the reply but X-Cache and X-Request-Id. */
	headers: [string, string][];
}

const MAX_ENTRIES = 5000;
const MAX_BYTES = 64 * 1024 * 1024;

const store = new Map<string, CachedResponse>();
let bytes = 0;
let generation = 0;

export function getCached(key: string): CachedResponse | undefined {
	const hit = store.get(key);
	if (hit) {
		// Map order is insertion order: re-inserting makes this the most recently used.
		store.delete(key);
		store.set(key, hit);
	}
	return hit;
}

/** The generation a render started in; a render that overlaps an invalidation is not stored. */
export function currentGeneration(): number {
	return generation;
}

export function putCached(
	key: string,
	startedIn: number,
	status: number,
	headers: [string, string][],
	body: Buffer
): CachedResponse {
	const type = headers.find(([name]) => name === 'content-type')?.[1] ?? null;
	const entry: CachedResponse = {
		status,
		headers,
		body,
		etag: etagOf(body),
		compressible: isCompressible(type, body.byteLength),
		variants: {}
	};
	if (startedIn !== generation || body.byteLength > MAX_BYTES / 16) return entry;
	const old = store.get(key);
	if (old) {
		bytes -= old.body.byteLength;
		store.delete(key);
	}
	store.set(key, entry);
	bytes += body.byteLength;
	while (store.size > MAX_ENTRIES || bytes > MAX_BYTES) {
		const oldest = store.keys().next().value;
		if (oldest === undefined) break;
		bytes -= store.get(oldest)!.body.byteLength;
		store.delete(oldest);
	}
	return entry;
}

/**
 * The body and headers sent for one encoding. A compressed body is not byte-identical to the
 * stored one, so its ETag is the weak form of the same tag: still equal for If-None-Match, and
 * no cache mistakes one encoding's bytes for the other's.
 */
export function variantOf(entry: CachedResponse, encoding: Encoding | null): CachedVariant {
	const key = encoding ?? 'identity';
	const known = entry.variants[key];
	if (known) return known;
	const body = encoding
		? new Uint8Array(compress(entry.body, encoding))
		: new Uint8Array(entry.body);
	const variant = makeVariant(entry, encoding, body);
	entry.variants[key] = variant;
	// The first reader gets quick brotli; every later hit gets the smallest, made in the background.
	if (encoding === 'br') {
		// One at a time: a crawler filling the cache must not take every thread of the pool (which
		// password hashing and file reads share) for brotli.
		entry.recompressed = recompressing = recompressing.then(() => recompressBest(entry, variant));
	}
	return variant;
}

function makeVariant(
	entry: CachedResponse,
	encoding: Encoding | null,
	body: Uint8Array<ArrayBuffer>
): CachedVariant {
	const headers: [string, string][] = [
		...entry.headers,
		['etag', encoding ? `W/${entry.etag}` : entry.etag],
		['content-length', String(body.byteLength)]
	];
	if (entry.compressible) headers.push(['vary', 'Accept-Encoding']);
	if (encoding) headers.push(['content-encoding', encoding]);
	return { body, headers };
}

let recompressing = Promise.resolve();

async function recompressBest(entry: CachedResponse, quick: CachedVariant): Promise<void> {
	try {
		const best = new Uint8Array(await compressBest(entry.body));
		// Swapped in only if nothing replaced the quick variant meanwhile, and only if smaller. The
		// ETag stays: it is weak, and both bodies decode to the same bytes.
		if (entry.variants.br === quick && best.byteLength < quick.body.byteLength) {
			entry.variants.br = makeVariant(entry, 'br', best);
		}
	} catch {
		// Keep the quick variant: it is correct, just larger.
	}
}

/** Cookies that mean the reader may see a personal page (signed in, or a form's flash state). */
const PERSONAL_COOKIE = /(^|;\s*)(session|nambuk_session)[^=]*=/i;

/** A GET or HEAD with no credentials: everyone sending it gets the same page. */
export function isAnonymousRead(
	method: string | undefined,
	authorization: string | null | undefined,
	cookie: string | null | undefined
): boolean {
	if (method !== 'GET' && method !== 'HEAD') return false;
	if (authorization) return false;
	return !PERSONAL_COOKIE.test(cookie ?? '');
}

/**
 * The cache key of a request: the path as requested, with the query parameters its route reads
 * (cache-params.ts). Not SvelteKit's `event.url`, which drops the `/__data.json` suffix of
 * client-side navigation requests, so the page's JSON and its HTML would share a key.
 */
export function cacheKey(url: URL): string {
	return cacheKeyParts(url).key;
}

export function cacheKeyParts(url: URL): CacheKey {
	return cacheKeyOf(url.pathname, url.search.slice(1));
}

/**
 * Paths the URL parser gives back unchanged: no dot segments (`/.`, `%2e`), backslash, fragment,
 * space, quote or non-ASCII, which it would resolve or percent-encode. Every link on the site is
 * one of these.
 */
const PLAIN_PATH = /^\/[\w\-.~!$&()*+,;=:@%/]*(\?[\w\-.~!$&()*+,;=:@%/?]*)?$/;
const DOT_SEGMENT = /\/\.|%2e/i;

/**
 * The cache key of a raw request target (`req.url` of Node's server), equal to
 * `cacheKey(new URL(...))` of the same target, without parsing a URL for the plain ones (the fast
 * path answers tens of thousands of these a second). Null when the target is not a path.
 */
export function cacheKeyOfTarget(target: string): string | null {
	if (PLAIN_PATH.test(target) && !DOT_SEGMENT.test(target)) {
		const query = target.indexOf('?');
		if (query < 0) return target;
		return cacheKeyOf(target.slice(0, query), target.slice(query + 1)).key;
	}
	try {
		// The same concatenation adapter-node makes, so both paths compute the same key.
		return cacheKey(new URL(`http://localhost${target}`));
	} catch {
		return null;
	}
}

/**
 * What a key gains for a reader whose copy of a page differs by a request header: English pages
 * offer /ko to a browser that asks for Korean first (the layout's one-line offer), so that
 * reader's copy is stored apart from everyone else's. `#` never occurs in a request path.
 */
export function readerVariant(pathname: string, acceptLanguage: string | null | undefined): string {
	return offersKorean(pathname, acceptLanguage) ? '#ko-reader' : '';
}

export interface CachedReply {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer> | null;
}

/** What to send for a stored response: 304 if the reader has it, else the best encoding. */
export function cachedReply(
	entry: CachedResponse,
	request: { method: string; ifNoneMatch: string | null; acceptEncoding: string | null },
	cacheState: 'hit' | 'miss'
): CachedReply {
	if (etagMatches(request.ifNoneMatch, entry.etag)) {
		const headers = entry.headers.filter(([name]) => name !== 'content-type');
		headers.push(['etag', entry.etag], ['x-cache', cacheState]);
		if (entry.compressible) headers.push(['vary', 'Accept-Encoding']);
		return { status: 304, headers, body: null };
	}
	const encoding = entry.compressible ? pickEncoding(request.acceptEncoding) : null;
	const variant = variantOf(entry, encoding);
	return {
		status: entry.status,
		headers: [...variant.headers, ['x-cache', cacheState]],
		body: request.method === 'HEAD' ? null : variant.body
	};
}

export function invalidatePageCache(): void {
	generation++;
	store.clear();
	bytes = 0;
}

export function pageCacheStats(): { entries: number; bytes: number; generation: number } {
	return { entries: store.size, bytes, generation };
}

export function etagOf(body: Uint8Array): string {
	return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** If-None-Match may list several tags, or be `*`; weak tags compare equal for GET. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	if (ifNoneMatch.trim() === '*') return true;
	return ifNoneMatch
		.split(',')
		.map((t) => t.trim().replace(/^W\//, ''))
		.includes(etag);
}
