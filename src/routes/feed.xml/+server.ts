import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { feedXml } from '$lib/server/feed';
import { m } from '$lib/paraglide/messages.js';
import { localizeHref } from '$lib/paraglide/runtime';

/** /feed.xml in English, /ko/feed.xml in Korean (the locale comes from the URL, as for pages). */
export const GET: RequestHandler = ({ url, locals }) => {
	const locale = locals.locale;
	const text = {
		lang: locale,
		title: m.opendata_feed_title({}, { locale }),
		subtitle: m.opendata_feed_subtitle({}, { locale }),
		created: m.opendata_feed_created({}, { locale }),
		changed: (version: number) => m.opendata_feed_changed({ version }, { locale })
	};
	return new Response(
		feedXml(getDb(), url.origin, text, (path) => localizeHref(path, { locale })),
		{
			headers: {
				'Content-Type': 'application/atom+xml; charset=utf-8',
				'Cache-Control': 'public, max-age=600'
			}
		}
	);
};
