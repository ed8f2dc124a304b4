import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';

const MAX_QUERY = 100;

export const load: PageServerLoad = ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, MAX_QUERY);
	return { q, results: q ? entries.findEntriesContaining(getDb(), q, 50) : [] };
};
