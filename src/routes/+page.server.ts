import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { featuredCandidates, pickForDay, utcDay } from '$lib/server/featured';

/** The pair shown when no entry qualifies (an almost empty database). */
const FALLBACK_SLUG = 'naengmyeon';

export const load: PageServerLoad = () => {
	const db = getDb();
	const slug = pickForDay(featuredCandidates(db), utcDay(new Date())) ?? FALLBACK_SLUG;
	return {
		featured: entries.getEntry(db, slug),
		facets: entries.facetCounts(db)
	};
};
