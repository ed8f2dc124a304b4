import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { parseListParams } from '$lib/server/list-params';

export const GET: RequestHandler = ({ url }) => {
	const parsed = parseListParams(url.searchParams, { defaultLimit: 50, maxLimit: 500 });
	if (!parsed.ok) return json({ error: parsed.error }, { status: 400 });
	const db = getDb();
	const { total, entries: rows } = entries.listEntries(db, parsed.query);
	// The list returns full entries so API users need one request per page, not one per entry.
	const full = rows.flatMap((r) => entries.getEntry(db, r.slug) ?? []);
	return json({ total, limit: parsed.query.limit, offset: parsed.query.offset, entries: full });
};
