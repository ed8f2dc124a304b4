/**
 * Page-cache hits answered by Node's HTTP server itself, before adapter-node turns the request into
 * a Fetch API Request and SvelteKit's pipeline runs. Measured on the 2-core box
 * (figures in docs/scaling.md): that pipeline alone — a `handle` returning a constant response — costs
 * about 300 µs of CPU per request against 35 µs for a bare Node server, which capped a cached page
 * at roughly a quarter of hello-world's throughput however cheap the hit itself was.
 *
 * adapter-node's `node build` gives no hook in front of its handler, so this wraps the `emit` of
 * Node's http.Server once: a `request` event for a stored page is answered here (the same bytes,
 * headers, ETag/304, encoding and log line as the in-Kit path in handles.ts); every other request,
 * and every request once the server has begun its graceful shutdown, goes to SvelteKit as before.
 * PAGE_CACHE_FAST_PATH=0 turns it off.
 */
import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import {
	cachedReply,
	cacheKeyOfTarget,
	getCached,
	isAnonymousRead,
	readerVariant
} from './page-cache';
import { logRequest, requestIdFrom } from './request-log';

let installed = false;

export function installPageCacheFastPath(): void {
	if (installed || process.env.PAGE_CACHE_FAST_PATH === '0') return;
	installed = true;
	const emit = Server.prototype.emit;
	Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
		if (
			event === 'request' &&
			// Once close() has been called (SIGTERM), adapter-node's own request listener must see
			// every request so it can close connections as they go idle.
			this.listening &&
			serveFromPageCache(args[0] as IncomingMessage, args[1] as ServerResponse)
		)
			return true;
		return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
	} as typeof emit;
}

function serveFromPageCache(req: IncomingMessage, res: ServerResponse): boolean {
	const started = performance.now();
	const { method, headers } = req;
	const path = req.url;
	if (!method || !path || path.charCodeAt(0) !== 47 /* "/" */) return false;
	if (!isAnonymousRead(method, headers.authorization, headers.cookie)) return false;
	const pathKey = cacheKeyOfTarget(path);
	if (pathKey === null) return false;
	const query = pathKey.indexOf('?');
	const key =
		pathKey +
		readerVariant(query < 0 ? pathKey : pathKey.slice(0, query), headers['accept-language']);
	const entry = getCached(key);
	if (!entry) return false;

	const id = requestIdFrom(headers['x-request-id'] as string | undefined);
	const reply = cachedReply(
		entry,
		{
			method,
			ifNoneMatch: headers['if-none-match'] ?? null,
			acceptEncoding: (headers['accept-encoding'] as string | undefined) ?? null
		},
		'hit'
	);
	const flat: string[] = [];
	for (const [name, value] of reply.headers) flat.push(name, value);
	flat.push('x-request-id', id);
	try {
		res.writeHead(reply.status, flat);
	} catch {
		// A header Node refuses (it cannot happen with stored headers): let SvelteKit answer.
		return false;
	}
	res.end(reply.body ?? undefined);
	logRequest({ id, method, path: pathOfKey(pathKey), status: reply.status, started, cache: 'hit' });
	return true;
}

/** The path of a cache key: what the log records (never the query, which can hold what was typed). */
function pathOfKey(key: string): string {
	const query = key.indexOf('?');
	return query < 0 ? key : key.slice(0, query);
}
