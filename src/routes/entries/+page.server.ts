import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { parseListParams, parsePage } from '$lib/server/list-params';

const PAGE_SIZE = 24;

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	// The browse page never fails on a hand-edited URL: an unknown filter value is ignored.
	const parsed = parseListParams(url.searchParams, {
		defaultLimit: PAGE_SIZE,
		maxLimit: PAGE_SIZE,
		lenient: true
	});
	const base = parsed.ok ? parsed.query : { limit: PAGE_SIZE, offset: 0 };
	const { limit: _limit, offset: _offset, ...filters } = base;
	const pageNumber = parsePage(url.searchParams);
	const query = { ...filters, limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE };
	const { total, entries: rows } = entries.listEntries(db, query);
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	return {
		filters: {
			category: filters.category ?? '',
			region: filters.region ?? '',
			difference: filters.difference ?? '',
			confidence: filters.confidence ?? '',
			sort: filters.sort ?? 'south'
		},
		page: pageNumber,
		pages,
		total,
		from: total === 0 ? 0 : query.offset + 1,
		to: Math.min(total, query.offset + rows.length),
		entries: rows,
		facets: entries.facetCounts(db)
	};
};
