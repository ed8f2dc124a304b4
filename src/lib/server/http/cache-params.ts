/**
 * Which query parameters make a different page. The page cache keys a request on its path and on
 * the parameters its route reads, and on nothing else: `?utm_source=…`, `?junk=1` … `?junk=100`
 * or a repeated `q` would otherwise each make a new entry (and a new render), and a hundred of
 * them filled the 64 MB cache. `cache-params.spec.ts` reads every route file and fails when a
 * route reads a parameter this table does not list.
 */
import { baseLocale, locales } from '$lib/paraglide/runtime';

const LIST_FILTERS = ['category', 'region', 'difference', 'confidence', 'sort'] as const;

/** Route id (as in src/routes, without the locale) → the parameters that route reads. */
export const ROUTE_PARAMS: Readonly<Record<string, readonly string[]>> = {
	'/search': ['q'],
	'/romanize': ['text', 'kind'],
	'/compare': ['a', 'b'],
	'/decode': ['text', 'from'],
	'/quiz': ['s'],
	'/quiz/score': ['r'],
	// The browse page reads `limit` and `offset` too (parseListParams) but ignores them.
	'/entries': [...LIST_FILTERS, 'page'],
	'/entries/[slug]/history': ['from', 'to', 'done'],
	'/entries/[slug]/edit': ['revise'],
	'/entries/[slug]/photo': ['submitted'],
	'/contribute': ['revise'],
	'/login': ['redirectTo'],
	'/signup': ['redirectTo'],
	'/account': ['submitted', 'password-changed', 'recovered'],
	'/moderate': ['done'],
	'/moderate/photos': ['done'],
	'/admin/users': ['done'],
	'/admin/audit': ['user', 'action', 'page'],
	'/api/v1/entries': [...LIST_FILTERS, 'limit', 'offset'],
	'/api/v1/search': ['q', 'limit'],
	'/api/v1/romanize': ['text', 'system', 'kind'],
	'/api/v1/names': ['hangul', 'except']
};

/** What SvelteKit's client adds to `__data.json` requests: part of what the server answers. */
const KIT_PARAM = /^x-sveltekit-/;

const LOCALE_PREFIX = new RegExp(
	`^/(?:${locales.filter((l) => l !== baseLocale).join('|')})(?=/|$)`
);
const DATA_SUFFIX = /\/__data\.json$/;

const ROUTES = Object.entries(ROUTE_PARAMS).map(([id, names]) => ({
	pattern: new RegExp(`^${id.replace(/\[\w+\]/g, '[^/]+')}$`),
	names: new Set(names)
}));

const NONE = new Set<string>();

/** The parameters the route of a path reads (none for a route the table does not list). */
export function paramsOfPath(pathname: string): ReadonlySet<string> {
	let path = pathname.replace(DATA_SUFFIX, '').replace(LOCALE_PREFIX, '');
	if (path === '') path = '/';
	else if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
	for (const route of ROUTES) if (route.pattern.test(path)) return route.names;
	return NONE;
}

export interface CacheKey {
	key: string;
	/**
	 * True when the key kept every parameter of the request: only such a request's page is
	 * stored. A page may write its own URL into the HTML (the language links do), and a reader of
	 * `/search?q=x` must not be sent links carrying someone's `&junk=…`.
	 */
	complete: boolean;
}

/**
 * The key of a path and its query (`search` without the leading "?"): the path as it is, then
 * the parameters the route reads, each once (its first value: routes read `get()`), sorted by
 * name, in URLSearchParams' encoding.
 */
export function cacheKeyOf(pathname: string, search: string): CacheKey {
	if (search === '') return { key: pathname, complete: true };
	const read = paramsOfPath(pathname);
	const kept = new URLSearchParams();
	let complete = true;
	for (const [name, value] of new URLSearchParams(search)) {
		if ((read.has(name) || KIT_PARAM.test(name)) && !kept.has(name)) kept.append(name, value);
		else complete = false;
	}
	kept.sort();
	const query = kept.toString();
	return { key: query ? `${pathname}?${query}` : pathname, complete };
}
