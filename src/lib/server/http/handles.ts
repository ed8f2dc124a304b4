import { error, type Handle } from '@sveltejs/kit';
import { compress, isCompressible, pickEncoding } from './compression';
import { logRequest, requestIdFrom } from './request-log';
import {
	cachedReply,
	cacheKeyParts,
	currentGeneration,
	etagOf,
	getCached,
	isAnonymousRead,
	putCached,
	readerVariant,
	type CachedResponse
} from './page-cache';

const CACHEABLE_TYPE = /^(text\/(html|csv|plain|xml)|application\/(json|xml|atom\+xml))/;
/** Headers a stored page does not keep: each reply has its own length and tag. */
const NOT_STORED = new Set(['content-length', 'etag']);

function reply(request: Request, entry: CachedResponse, cacheState: 'hit' | 'miss'): Response {
	const { status, headers, body } = cachedReply(
		entry,
		{
			method: request.method,
			ifNoneMatch: request.headers.get('if-none-match'),
			acceptEncoding: request.headers.get('accept-encoding')
		},
		cacheState
	);
	return new Response(body, { status, headers });
}

/**
 * Anonymous GETs of pages and API responses are served from memory once rendered, with an ETag
 * (304 on revalidation) and brotli/gzip, each encoding compressed once per page. Everything else
 * is only compressed. A hit returns before the handles after this one (security headers, locale,
 * session) run: the stored response already carries what they added.
 */
export const cacheAndCompress: Handle = async ({ event, resolve }) => {
	const { request } = event;
	const anonymous = isAnonymousRead(
		request.method,
		request.headers.get('authorization'),
		request.headers.get('cookie')
	);
	const url = new URL(request.url);
	const parts = cacheKeyParts(url);
	const key = parts.key + readerVariant(url.pathname, request.headers.get('accept-language'));
	const { complete } = parts;
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
		complete &&
		response.status === 200 &&
		type !== null &&
		CACHEABLE_TYPE.test(type) &&
		!response.headers.has('set-cookie') &&
		!/private|no-store/.test(cacheControl)
	) {
		const body = Buffer.from(await response.arrayBuffer());
		const headers = [...response.headers].filter(([name]) => !NOT_STORED.has(name));
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

/**
 * Headers every page gets, and two SvelteKit adds that do nothing here: `Link` repeats as preload
 * hints the stylesheets and modules the page's head already lists (it only helps a CDN sending
 * 103 Early Hints), and `x-sveltekit-page` is read by no client. Together they were ~550 of the
 * entry page's ~1,150 header bytes, sent uncompressed with every page over HTTP/1.1.
 */
function setSecurityHeaders(headers: Headers): void {
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	headers.delete('Link');
	headers.delete('X-SvelteKit-Page');
}

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// Responses from fetch() or the cache may have immutable headers; copy only when needed.
	try {
		setSecurityHeaders(response.headers);
		return response;
	} catch {
		const headers = new Headers(response.headers);
		setSecurityHeaders(headers);
		return new Response(response.body, { status: response.status, headers });
	}
};

/** One JSON line per request with its id; never bodies, query strings, cookies or credentials. */
export const requestLog: Handle = async ({ event, resolve }) => {
	const id = requestIdFrom(event.request.headers.get('x-request-id'));
	const started = performance.now();
	const response = await resolve(event);
	logRequest({
		id,
		method: event.request.method,
		path: event.url.pathname,
		status: response.status,
		started,
		cache: response.headers.get('x-cache')
	});
	try {
		response.headers.set('X-Request-Id', id);
	} catch {
		// Immutable headers (a fetched response): the log line still carries the id.
	}
	return response;
};

/**
 * A POST body that cannot be read as a form (broken multipart, text/plain, which SvelteKit lets
 * through to actions) is the sender's mistake: `request.formData()` rejects with a TypeError,
 * which would reach the reader as a 500. This makes it a 400 for every action at once. It runs
 * last: the locale handle replaces `event.request` with a copy.
 */
export const unreadableFormsAre400: Handle = ({ event, resolve }) => {
	const { request } = event;
	if (request.method === 'POST') {
		const formData = request.formData.bind(request);
		Object.defineProperty(request, 'formData', {
			value: async () => {
				try {
					return await formData();
				} catch (e) {
					if (e instanceof TypeError) error(400, 'The form could not be read');
					throw e;
				}
			}
		});
	}
	return resolve(event);
};
