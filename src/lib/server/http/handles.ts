import type { Handle } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { compress, isCompressible, pickEncoding } from './compression';
import {
	compressedBody,
	currentGeneration,
	etagMatches,
	etagOf,
	getCached,
	putCached,
	type CachedResponse
} from './page-cache';

/** Cookies that mean the reader may see a personal page (signed in, or a form's flash state). */
const PERSONAL_COOKIE = /(^|;\s*)(session|nambuk_session)[^=]*=/i;
const CACHEABLE_TYPE = /^(text\/(html|csv|plain|xml)|application\/(json|xml))/;

function isAnonymousRead(request: Request): boolean {
	if (request.method !== 'GET' && request.method !== 'HEAD') return false;
	if (request.headers.has('authorization')) return false;
	return !PERSONAL_COOKIE.test(request.headers.get('cookie') ?? '');
}

/** Builds the reply to a reader from a cached (or just rendered) response. */
function reply(request: Request, entry: CachedResponse, cacheState: 'hit' | 'miss'): Response {
	const headers = new Headers(entry.headers);
	headers.set('ETag', entry.etag);
	headers.set('X-Cache', cacheState);
	headers.append('Vary', 'Accept-Encoding');
	if (etagMatches(request.headers.get('if-none-match'), entry.etag)) {
		headers.delete('content-length');
		headers.delete('content-type');
		return new Response(null, { status: 304, headers });
	}
	const encoding = isCompressible(headers.get('content-type'), entry.body.byteLength)
		? pickEncoding(request.headers.get('accept-encoding'))
		: null;
	const body = encoding ? compressedBody(entry, encoding) : entry.body;
	if (encoding) headers.set('Content-Encoding', encoding);
	headers.set('Content-Length', String(body.byteLength));
	return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
		status: entry.status,
		headers
	});
}

/**
 * Anonymous GETs of pages and API responses are served from memory once rendered, with an ETag
 * (304 on revalidation) and brotli/gzip. Everything else is only compressed.
 */
export const cacheAndCompress: Handle = async ({ event, resolve }) => {
	const { request } = event;
	const anonymous = isAnonymousRead(request);
	const key = event.url.pathname + event.url.search;
	if (anonymous) {
		const hit = getCached(key);
		if (hit) return reply(request, hit, 'hit');
	}
	const startedIn = currentGeneration();
	const response = await resolve(event);
	const type = response.headers.get('content-type');
	const cacheControl = response.headers.get('cache-control') ?? '';
	if (
		anonymous &&
		response.status === 200 &&
		type !== null &&
		CACHEABLE_TYPE.test(type) &&
		!response.headers.has('set-cookie') &&
		!/private|no-store/.test(cacheControl)
	) {
		const body = Buffer.from(await response.arrayBuffer());
		const headers = [...response.headers].filter(([name]) => name !== 'content-length');
		if (!cacheControl) headers.push(['cache-control', 'public, max-age=0, must-revalidate']);
		return reply(request, putCached(key, startedIn, response.status, headers, body), 'miss');
	}
	return compressResponse(request, response);
};

async function compressResponse(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type');
	if (response.headers.has('content-encoding') || !response.body || response.status === 204)
		return response;
	if (!type || !isCompressible(type, Number.MAX_SAFE_INTEGER)) return response;
	const encoding = pickEncoding(request.headers.get('accept-encoding'));
	if (!encoding) return response;
	const raw = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	headers.append('Vary', 'Accept-Encoding');
	if (!isCompressible(type, raw.byteLength)) {
		return new Response(raw, { status: response.status, statusText: response.statusText, headers });
	}
	const body = compress(raw, encoding);
	headers.set('Content-Encoding', encoding);
	headers.set('Content-Length', String(body.byteLength));
	if (!headers.has('etag') && response.status === 200) headers.set('ETag', etagOf(raw));
	return new Response(new Uint8Array(body), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// Responses from fetch() or the cache may have immutable headers; copy only when needed.
	try {
		response.headers.set('X-Content-Type-Options', 'nosniff');
		response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
		response.headers.set('X-Frame-Options', 'DENY');
		return response;
	} catch {
		const headers = new Headers(response.headers);
		headers.set('X-Content-Type-Options', 'nosniff');
		headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
		headers.set('X-Frame-Options', 'DENY');
		return new Response(response.body, { status: response.status, headers });
	}
};

const logRequests = process.env.LOG_REQUESTS !== '0';

/** One JSON line per request with its id; never bodies, cookies or credentials. */
export const requestLog: Handle = async ({ event, resolve }) => {
	const id = event.request.headers.get('x-request-id')?.slice(0, 64) || randomUUID();
	const started = performance.now();
	const response = await resolve(event);
	if (logRequests) {
		process.stdout.write(
			JSON.stringify({
				time: new Date().toISOString(),
				level: response.status >= 500 ? 'error' : 'info',
				id,
				method: event.request.method,
				path: event.url.pathname,
				status: response.status,
				ms: Math.round((performance.now() - started) * 10) / 10,
				cache: response.headers.get('x-cache') ?? undefined
			}) + '\n'
		);
	}
	try {
		response.headers.set('X-Request-Id', id);
	} catch {
		// Immutable headers (a fetched response): the log line still carries the id.
	}
	return response;
};
