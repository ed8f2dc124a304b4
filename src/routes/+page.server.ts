import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';

const FEATURED_SLUG = 'naengmyeon';

export const load: PageServerLoad = () => {
	const db = getDb();
	return {
		featured: entries.getEntry(db, FEATURED_SLUG),
		facets: entries.facetCounts(db)
	};
};
