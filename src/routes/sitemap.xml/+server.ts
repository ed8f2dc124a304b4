import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { locales, type Locale } from '$lib/paraglide/runtime';
import { localizedPath } from '$lib/page-url';
import { sitemapXml } from '$lib/server/site-map';

export const GET: RequestHandler = ({ url }) =>
	new Response(
		sitemapXml(getDb(), url.origin, locales, (path, locale) =>
			localizedPath(path, locale as Locale)
		),
		{
			headers: {
				'Content-Type': 'application/xml; charset=utf-8',
				'Cache-Control': 'public, max-age=3600'
			}
		}
	);
