import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';

export const load: PageServerLoad = ({ params }) => {
	const db = getDb();
	const entry = entries.getEntry(db, params.slug);
	if (!entry) error(404, 'Not found');
	return { entry, history: entries.entryHistory(db, params.slug) };
};
