import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { offlineGlossaryBody } from '$lib/server/offline-glossary';
import { etagMatches } from '$lib/server/http/page-cache';

/**
 * The glossary for travel mode, fetched by the service worker in the background. Revalidated on
 * every check (no-cache): a 304 costs a few hundred bytes, and an approval reaches the device the
 * next time it is online. Anonymous requests are answered by the page cache with the same ETag.
 */
export const GET: RequestHandler = ({ request }) => {
	const { body, etag } = offlineGlossaryBody(getDb());
	const headers = {
		'Content-Type': 'application/json; charset=utf-8',
		'Cache-Control': 'public, no-cache',
		ETag: etag
	};
	if (etagMatches(request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(body as BodyInit, { headers });
};
