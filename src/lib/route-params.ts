/**
 * Which query parameters make a different page, per route: the page cache keys on them
 * ($lib/server/http/cache-params.ts) and the canonical address keeps them ($lib/page-url.ts).
 * Client-safe, since the page head computes its canonical address in the browser too.
 * `cache-params.spec.ts` reads every route file and fails when a route reads a parameter this
 * table does not list.
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
