import type { PageServerLoad } from './$types';
import { MAX_QUERY_LENGTH, answerSearch } from '$lib/server/search';

export const load: PageServerLoad = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
	return q
		? answerSearch(q, 50)
		: { query: '', question: null, answer: null, results: [], closest: [], propose: null };
};
