import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';

/**
 * The entry page is read, not used: it is served without the Svelte client (no runtime, no
 * serialized data), which keeps it within its 40 KB budget and every cached copy small. Its two
 * interactive controls, listen and share, are enhanced by static/entry-enhance.js; the header
 * search is its plain GET form here; links from it are ordinary page loads.
 */
export const csr = false;

export const load: PageServerLoad = ({ params }) => {
	const db = getDb();
	const entry = entries.getEntry(db, params.slug);
	if (!entry) error(404, 'Not found');
	return { entry, history: entries.entryHistory(db, params.slug) };
};
