import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { randomPair } from '$lib/server/compare';
import { localizeHref } from '$lib/paraglide/runtime';

/**
 * The "random pair" link of /compare. The compare page is the same for every anonymous reader
 * (it is kept in the shared page cache), so the pair is drawn here, per request, and never
 * written into the page: a 303 to the pair, which no cache may keep.
 */
export const GET: RequestHandler = () => {
	const pair = randomPair(getDb());
	const location = pair
		? localizeHref(`/compare?a=${pair[0]}&b=${pair[1]}`)
		: localizeHref('/compare');
	return new Response(null, {
		status: 303,
		headers: { location, 'cache-control': 'no-store' }
	});
};
