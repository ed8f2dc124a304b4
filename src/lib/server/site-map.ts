/** sitemap.xml: every public page in both languages, each with its hreflang alternates. */
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
	const { entries: rows } = entries.listEntries(db, {
		sort: 'south',
		limit: Number.MAX_SAFE_INTEGER,
		offset: 0
	});
	const paths = [...STATIC_PAGES, ...rows.map((r) => `/entries/${r.slug}`)];
	const urls = paths.flatMap((path) => {
		const alternates = [
			...locales.map(
				(l) =>
					`<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(origin + localize(path, l))}"/>`
			),
			`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(origin + localize(path, locales[0]!))}"/>`
		].join('');
		return locales.map(
			(l) => `<url><loc>${escapeXml(origin + localize(path, l))}</loc>${alternates}</url>`
		);
	});
	return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
