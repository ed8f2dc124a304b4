/**
 * sitemap.xml: every public page in both languages, each with its hreflang alternates, at its
 * final address (no URL that redirects: the Korean home is /ko, not /ko/), entries with the
 * date of their last revision.
 */
import type { Db } from './db/client';
import { escapeXml } from './share-card';
import * as entries from './entries';

/** Pages that exist once per language and need no query string. */
export const STATIC_PAGES = [
	'/',
	'/entries',
	'/about',
	'/romanize',
	'/compare',
	'/decode',
	'/quiz',
	'/map',
	'/api',
	'/credits',
	'/travel',
	'/contribute/how'
] as const;

export function sitemapXml(
	db: Db,
	origin: string,
	locales: readonly string[],
	localize: (path: string, locale: string) => string
): string {
	const pages: { path: string; lastmod?: string }[] = [
		...STATIC_PAGES.map((path) => ({ path })),
		...entries.lastChanged(db).map((row) => ({
			path: `/entries/${row.slug}`,
			lastmod: row.changedAt.slice(0, 10)
		}))
	];
	const urls = pages.flatMap(({ path, lastmod }) => {
		const alternates = [
			...locales.map(
				(l) =>
					`<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(origin + localize(path, l))}"/>`
			),
			`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(origin + localize(path, locales[0]!))}"/>`
		].join('');
		const modified = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
		return locales.map(
			(l) =>
				`<url><loc>${escapeXml(origin + localize(path, l))}</loc>${modified}${alternates}</url>`
		);
	});
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
