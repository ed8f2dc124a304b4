import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { REGIONS } from '$lib/vocabulary';

/** Regions of the North, for grouping the list; the rest of REGIONS lie in the South. */
const NORTHERN = new Set([
	'pyongyang',
	'kaesong',
	'haeju',
	'hamhung',
	'hamgyong',
	'pyongan',
	'hwanghae',
	'ryanggang',
	'sinuiju',
	'wonsan'
]);

export const load: PageServerLoad = () => {
	const db = getDb();
	const counts = entries.facetCounts(db).region;
	// Only the regions the data names are placed on the map.
	const regions = REGIONS.filter((r) => (counts[r] ?? 0) > 0).map((key) => ({
		key,
		count: counts[key] ?? 0,
		north: NORTHERN.has(key),
		entries: entries
			.listEntries(db, { region: key, sort: 'south', limit: 50, offset: 0 })
			.entries.map((e) => ({
				slug: e.slug,
				english: e.english,
				south: e.south[0]?.hangul ?? '',
				north: e.north[0]?.hangul ?? ''
			}))
	}));
	return { regions };
};
