import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { readServedPhoto } from '$lib/server/photos';

export const GET: RequestHandler = async ({ params, locals }) => {
	const found = await readServedPhoto(getDb(), params.file, locals.user);
	if (!found) error(404, 'Not found');
	const cacheControl =
		found.visibility === 'private'
			? 'private, no-store'
			: found.immutable
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=86400';
	return new Response(new Uint8Array(found.body), {
		headers: {
			'Content-Type': found.type,
			'Content-Length': String(found.body.length),
			'Cache-Control': cacheControl,
			'X-Content-Type-Options': 'nosniff',
			// Even if a browser were talked into rendering one as a document, it could run nothing.
			'Content-Security-Policy': "default-src 'none'; sandbox",
			'Cross-Origin-Resource-Policy': 'same-origin'
		}
	});
};
