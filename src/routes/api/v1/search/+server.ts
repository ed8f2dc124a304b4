import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { parseSearchParams, searchEntries } from '$lib/server/search';

export const GET: RequestHandler = ({ url }) => {
	const req = parseSearchParams(url.searchParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	return json({ query: req.q, results: searchEntries(req.q, req.limit) });
};
