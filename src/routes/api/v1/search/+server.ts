import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { answerSearch, parseSearchParams } from '$lib/server/search';

export const GET: RequestHandler = ({ url }) => {
	const req = parseSearchParams(url.searchParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	return json(answerSearch(req.q, req.limit));
};
