/**
 * A page's public addresses: its canonical URL (what search engines index and link previews
 * show) and the same page in each language. Client-safe: the page head renders in the browser
 * too.
 */
import {
	baseLocale,
	deLocalizeHref,
	localizeHref,
	locales,
	type Locale
} from '$lib/paraglide/runtime';
import { paramsOfPath } from '$lib/route-params';

/**
 * Parameters a route reads that say what just happened or where to go next (a notice after a
 * form, a sign-in's return address): the page itself is the same without them.
 */
const NOTICE_PARAMS = new Set(['done', 'submitted', 'password-changed', 'recovered', 'redirectTo']);

/**
 * `path` (with its query) in `locale`. Paraglide writes the Korean home as `/ko/`, which the
 * server answers with a redirect to `/ko`; an address given to others must be the final one.
 */
export function localizedPath(path: string, locale: Locale): string {
	const href = localizeHref(path, { locale });
	return href.replace(/^(\/[^?#]+?)\/(?=$|[?#])/, '$1');
}

/**
 * The query of the canonical address: only the parameters that make the page (those its route
 * reads, less notices), each once, non-empty, sorted by name. Tracking (`utm_…`), junk and empty
 * filters (`?category=`) are dropped.
 */
export function canonicalQuery(pathname: string, search: URLSearchParams): string {
	const read = paramsOfPath(pathname);
	const kept = new URLSearchParams();
	for (const [name, value] of search) {
		if (read.has(name) && !NOTICE_PARAMS.has(name) && value.trim() !== '' && !kept.has(name)) {
			kept.append(name, value);
		}
	}
	kept.sort();
	const query = kept.toString();
	return query ? `?${query}` : '';
}

export interface PageAddresses {
	canonical: string;
	/** hreflang → absolute URL: every locale, then x-default (the base locale's page). */
	alternates: { hreflang: string; href: string }[];
}

/** The addresses of the page at `url`, which is shown in `locale`. */
export function pageAddresses(url: URL, locale: Locale): PageAddresses {
	const path = deLocalizeHref(url.pathname);
	const neutral = path + canonicalQuery(path, url.searchParams);
	const hrefOf = (l: Locale) => url.origin + localizedPath(neutral, l);
	return {
		canonical: hrefOf(locale),
		alternates: [
			...locales.map((l) => ({ hreflang: l, href: hrefOf(l) })),
			{ hreflang: 'x-default', href: hrefOf(baseLocale) }
		]
	};
}
