import type { RequestHandler } from './$types';
import { siteCard } from '$lib/server/share-card';
import { cardResponse } from '$lib/server/card-response';
import { version } from '$app/environment';

/** The site's share card, for every page but an entry's; /ko/card.jpg is the Korean one. */
export const GET: RequestHandler = ({ request, locals, url }) =>
	cardResponse(request, `"site-card-${version}-${locals.locale}"`, () =>
		siteCard({ locale: locals.locale, host: url.host })
	);
