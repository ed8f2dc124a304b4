import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as entries from '$lib/server/entries';
import { SLUG_PATTERN, compareChoices, falseFriendsOf } from '$lib/server/compare';

export const load: PageServerLoad = ({ url }) => {
	const db = getDb();
	const requested = [url.searchParams.get('a') ?? '', url.searchParams.get('b') ?? ''];
	const picked = requested.map((slug) =>
		SLUG_PATTERN.test(slug) ? entries.getEntry(db, slug) : null
	);
	const missing = requested.filter((slug, i) => slug !== '' && !picked[i]);
	const [a, b] = picked;
	return {
		choices: compareChoices(db),
		selected: { a: a?.slug ?? '', b: b?.slug ?? '' },
		missing,
		pair: a && b ? [a, b].map((e) => ({ entry: e, falseFriends: falseFriendsOf(e) })) : null
	};
};
