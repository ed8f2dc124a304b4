import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { readApprovedPhoto } from '$lib/server/photo-store';

export const GET: RequestHandler = ({ params }) => {
	const found = readApprovedPhoto(getDb(), params.file);
	if (!found) error(404, 'Not found');
	return new Response(new Uint8Array(found.body), {
		headers: {
			'Content-Type': found.type,
			'Content-Length': String(found.body.length),
			'Cache-Control': 'public, max-age=86400',
			'X-Content-Type-Options': 'nosniff'
		}
	});
};
