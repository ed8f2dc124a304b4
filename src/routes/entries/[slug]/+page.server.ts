import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { findEntriesNamed } from '$lib/server/search';
import { localizeHref } from '$lib/paraglide/runtime';

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
	if (!entry) {
		// /entries/냉면, /entries/랭면, /entries/raengmyeon: a name in the address. One entry by
		// that name is its permanent address; several are a choice, which the results page offers
		// (temporarily: a new entry may make a unique name ambiguous, or the reverse).
		const named = findEntriesNamed(params.slug);
		if (named.length === 1) redirect(301, localizeHref(`/entries/${named[0]}`));
		if (named.length > 1) {
			redirect(302, `${localizeHref('/search')}?q=${encodeURIComponent(params.slug)}`);
		}
		error(404, 'Not found');
	}
	return { entry, history: entries.entryHistory(db, params.slug) };
};
