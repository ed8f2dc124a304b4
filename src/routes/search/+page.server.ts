import type { PageServerLoad } from './$types';
import { MAX_QUERY_LENGTH, searchEntries, suggestNames } from '$lib/server/search';

export const load: PageServerLoad = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	const results = q ? searchEntries(q, 50) : [];
	return { q, results, suggestions: q && results.length === 0 ? suggestNames(q, 3) : [] };
};
