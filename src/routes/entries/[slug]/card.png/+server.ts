import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { shareCard } from '$lib/server/share-card';

export const GET: RequestHandler = async ({ params, request }) => {
	const entry = entries.getEntry(getDb(), params.slug);
	if (!entry) error(404, 'Not found');
	const etag = `"card-${entry.slug}-${entry.version}"`;
	const headers = {
		'Content-Type': 'image/png',
		// The address has no version, so caches check back after a day; the ETag makes that cheap.
		'Cache-Control': 'public, max-age=86400',
		ETag: etag
	};
	if (request.headers.get('if-none-match') === etag)
		return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(await shareCard(entry)), { headers });
};
