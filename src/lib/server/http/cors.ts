/**
 * CORS for the read-only API (issue 17): any web page may read /api/v1/* and the OpenAPI
 * document with fetch(). Only reads: a GET or HEAD answer carries `Access-Control-Allow-Origin: *`
 * (never with credentials, so no cookie rides along and no session is exposed), and a preflight
 * allows GET and HEAD only, so a browser never sends another site's POST to an endpoint that writes.
 */
import type { Handle } from '@sveltejs/kit';

const READ_METHODS = new Set(['GET', 'HEAD']);

export function isReadOnlyApiPath(pathname: string): boolean {
	return pathname.startsWith('/api/v1/') || pathname === '/api/openapi.json';
}

const PREFLIGHT_HEADERS: Record<string, string> = {
	'Access-Control-Allow-Origin': '*',
	'Access-Control-Allow-Methods': 'GET, HEAD',
	// A wildcard is honoured only without credentials, which is the case here.
	'Access-Control-Allow-Headers': '*',
	'Access-Control-Max-Age': '86400'
};

export const readApiCors: Handle = async ({ event, resolve }) => {
	const { method } = event.request;
	if (!isReadOnlyApiPath(event.url.pathname)) return resolve(event);
	if (method === 'OPTIONS') return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
	const response = await resolve(event);
	if (!READ_METHODS.has(method)) return response;
	try {
		response.headers.set('Access-Control-Allow-Origin', '*');
		return response;
	} catch {
		// Immutable headers (a fetched response): copy them.
		const headers = new Headers(response.headers);
		headers.set('Access-Control-Allow-Origin', '*');
		return new Response(response.body, { status: response.status, headers });
	}
};
