import { randomUUID } from 'node:crypto';

const logRequests = process.env.LOG_REQUESTS !== '0';
/** A request id a proxy passed on is kept only if it is a plain token. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

export function requestIdFrom(given: string | null | undefined): string {
	return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Writes the request's JSON log line (unless LOG_REQUESTS=0). Only the path: query strings can
 * carry what a reader typed, and bodies, cookies and credentials are never logged.
 */
export function logRequest(line: {
	id: string;
	method: string;
	path: string;
	status: number;
	started: number;
	cache: string | null;
}): void {
	if (!logRequests) return;
	process.stdout.write(
		JSON.stringify({
			time: new Date().toISOString(),
			level: line.status >= 500 ? 'error' : 'info',
			id: line.id,
			method: line.method,
			path: line.path,
			status: line.status,
			ms: Math.round((performance.now() - line.started) * 10) / 10,
			cache: line.cache ?? undefined
		}) + '\n'
	);
}
