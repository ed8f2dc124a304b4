import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { shareCard } from '$lib/server/share-card';
import { cardResponse } from '$lib/server/card-response';

/** The entry's share card; /ko/entries/…/card.jpg is the Korean one. */
export const GET: RequestHandler = async ({ params, request, locals, url }) => {
	const entry = entries.getEntry(getDb(), params.slug);
	if (!entry) error(404, 'Not found');
	return cardResponse(request, `"card-${entry.slug}-${entry.version}-${locals.locale}"`, () =>
		shareCard(entry, { locale: locals.locale, host: url.host })
	);
};
