/**
 * The load generator's own cost, which on a two-core machine decides the figures as much as the
 * server does.
 *
 * autocannon 8 appends every body chunk of every response to a JavaScript string
 * (`req.body += data`, lib/pipelinedRequestsQueue.js), for its `expectBody`/`verifyBody` options.
 * For a compressed body that is a UTF-8 decode of binary data: measured here with autocannon's
 * own parser (http-parser-js) on the entry page's bytes, about 80 µs of client CPU per 5.5 KB
 * brotli response against about 7 µs for the whole hello-world exchange (4× the hello-world
 * *server's* cost per request). With the client and the server sharing two cores, the client then
 * caps the entry page at about a quarter of hello-world whatever the server does: a plain Node
 * server replaying the entry page's exact bytes reached no more than that.
 *
 * The benchmark never checks bodies (only status codes, errors and timeouts), so the lean client
 * drops body chunks instead of decoding them. It is applied to every target alike, hello-world
 * included; the stock client's figures are printed beside it, so nothing is hidden.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface QueueClass {
	prototype: { addBody(data: unknown): void };
}

const Queue = require('autocannon/lib/pipelinedRequestsQueue.js') as QueueClass;
const stockAddBody = Queue.prototype.addBody;
if (typeof stockAddBody !== 'function') {
	// A different autocannon: the figures would silently mean something else.
	throw new Error('autocannon has no PipelinedRequestsQueue#addBody: check bench/load-client.ts');
}

export type LoadClient = 'lean' | 'stock';

export function useLoadClient(client: LoadClient): void {
	Queue.prototype.addBody = client === 'lean' ? () => {} : stockAddBody;
}
