import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { apiEntry } from '$lib/server/api-urls';

export const GET: RequestHandler = ({ params, url }) => {
	const found = entries.getEntry(getDb(), params.slug);
	if (!found) return json({ error: `No entry with the slug "${params.slug}"` }, { status: 404 });
	return json(apiEntry(url.origin, found));
};
