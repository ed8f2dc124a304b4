/**
 * The page cache's key: a request's path and the parameters its route reads (the table in
 * $lib/route-params.ts), and nothing else: `?utm_source=…`, `?junk=1` … `?junk=100` or a repeated
 * `q` would otherwise each make a new entry (and a new render), and a hundred of them filled the
 * 64 MB cache.
 */
import { paramsOfPath } from '$lib/route-params';

export { ROUTE_PARAMS, paramsOfPath } from '$lib/route-params';

/** What SvelteKit's client adds to `__data.json` requests: part of what the server answers. */
const KIT_PARAM = /^x-sveltekit-/;

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
