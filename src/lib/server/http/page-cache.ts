import { createHash } from 'node:crypto';
import { compress, type Encoding } from './compression';

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
	compressed: Partial<Record<Encoding, Buffer>>;
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
	const entry: CachedResponse = { status, headers, body, etag: etagOf(body), compressed: {} };
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

export function compressedBody(entry: CachedResponse, encoding: Encoding): Buffer {
	return (entry.compressed[encoding] ??= compress(entry.body, encoding));
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
