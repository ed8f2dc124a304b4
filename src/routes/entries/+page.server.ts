import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { localizeHref } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { parseListParams, parsePage } from '$lib/server/list-params';

const PAGE_SIZE = 24;

/**
 * The query without empty values and the default sort: the no-JS filter form sends every field
 * (`?category=&region=&sort=south`), and a link to the list should read as what it shows.
 */
function cleanQuery(params: URLSearchParams): URLSearchParams {
	return new URLSearchParams(
		[...params].filter(([key, value]) => value !== '' && !(key === 'sort' && value === 'south'))
	);
}

export const load: PageServerLoad = ({ url }) => {
	const clean = cleanQuery(url.searchParams);
	if (clean.toString() !== url.searchParams.toString()) {
		const qs = clean.toString();
		redirect(303, localizeHref(`/entries${qs ? `?${qs}` : ''}`));
	}
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
	// Past the end (a stale link, ?page=99): the last page, at its own address.
	if (pageNumber > pages) {
		const last = new URLSearchParams(url.searchParams);
		if (pages > 1) last.set('page', String(pages));
		else last.delete('page');
		const qs = last.toString();
		redirect(303, localizeHref(`/entries${qs ? `?${qs}` : ''}`));
	}
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
