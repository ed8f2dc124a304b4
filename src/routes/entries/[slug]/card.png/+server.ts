import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { localizedPath } from '$lib/page-url';

/** The card's first address, already in shared links and previews: it is a JPEG now. */
export const GET: RequestHandler = ({ params, locals }) => {
	if (!entries.getEntry(getDb(), params.slug)) error(404, 'Not found');
	redirect(301, localizedPath(`/entries/${params.slug}/card.jpg`, locals.locale));
};
