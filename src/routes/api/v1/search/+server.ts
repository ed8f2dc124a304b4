import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { answerSearch, parseSearchParams } from '$lib/server/search';
import { apiSearch } from '$lib/server/api-urls';

export const GET: RequestHandler = ({ url }) => {
	const req = parseSearchParams(url.searchParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	return json(apiSearch(url.origin, answerSearch(req.q, req.limit)));
};
