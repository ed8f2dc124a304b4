/**
 * What the service worker may keep and serve offline: pure rules, shared by the worker and its
 * tests. Nothing personal is kept: signed-in pages are never cached or served from the cache, and
 * only responses every reader would get (no `private`, no `no-store`) are stored.
 */

/** Bumped when the glossary's shape changes, so a worker never keeps a copy it cannot read. */
export const OFFLINE_FORMAT = 1;
export const OFFLINE_DATA_PATH = '/api/v1/offline.json';

/** What a page shows of the saved glossary (kept at OFFLINE_META_PATH). */
export interface OfflineMeta {
	version: string;
	/** The day of the latest change in the saved data, YYYY-MM-DD. */
	updated: string;
	count: number;
	etag: string | null;
	/** When the worker last asked the server (ms since the epoch). */
	checked: number;
}

/** Caches of the worker; the data cache outlives app versions (its format is checked on read). */
export const DATA_CACHE = 'nambuk-offline-data';
/** The saved glossary's summary, kept beside it so a page can show it without parsing the data. */
export const OFFLINE_META_PATH = '/__offline/meta.json';
/** The travel page doubles as the offline shell, in each locale. */
export const SHELL_PAGES = { en: '/travel', ko: '/ko/travel' } as const;
/**
 * Public pages saved when the worker installs, for use offline before the reader ever opened
 * them: the decoder, which then reads texts with the saved glossary (src/lib/offline/decode.ts).
 */
export const PAGES_SAVED_ON_INSTALL = ['/decode', '/ko/decode'] as const;
/** Pages a reader visited, for reading them again offline; the oldest go first beyond this. */
export const MAX_SAVED_PAGES = 200;

/**
 * Paths that belong to a signed-in reader or change data: account, moderation, administration,
 * contributions, edits, photo uploads, sign-in and sign-up. With or without the /ko prefix.
 */
const PERSONAL_PATH =
	/^(?:\/ko)?\/(?:account|moderate|admin|contribute|login|logout|signup)(?:\/|$)|^(?:\/ko)?\/entries\/[^/]+\/(?:edit|photo)(?:\/|$)/;

export function isPersonalPath(pathname: string): boolean {
	return PERSONAL_PATH.test(pathname);
}

/** The shell page for a path: the Korean one under /ko. */
export function shellFor(pathname: string): string {
	return pathname === '/ko' || pathname.startsWith('/ko/') ? SHELL_PAGES.ko : SHELL_PAGES.en;
}

/**
 * A page response may be stored for offline reading when it is a complete HTML page that any
 * reader would get: 200, not marked private or no-store (the session handle marks every page of
 * a signed-in reader so), and on a path that is not personal.
 */
export function isStorablePage(
	pathname: string,
	status: number,
	contentType: string | null,
	cacheControl: string | null
): boolean {
	if (status !== 200 || isPersonalPath(pathname)) return false;
	if (!contentType?.startsWith('text/html')) return false;
	return !/private|no-store/i.test(cacheControl ?? '');
}

/** An offline view's kind, read from the address the reader asked for. */
export type OfflineView =
	| { kind: 'entry'; slug: string }
	| { kind: 'search'; query: string }
	| { kind: 'decode' }
	| { kind: 'travel' }
	| { kind: 'unavailable' };

/** What the offline shell shows for an address (pathname without the locale prefix). */
export function offlineViewFor(pathname: string, search: URLSearchParams): OfflineView {
	const path = pathname.replace(/^\/ko(?=\/|$)/, '') || '/';
	const entry = /^\/entries\/([^/]+)\/?$/.exec(path);
	if (entry) {
		let slug = entry[1]!;
		try {
			slug = decodeURIComponent(slug);
		} catch {
			// A malformed escape is a name like any other: nothing will match it.
		}
		return { kind: 'entry', slug };
	}
	if (path === '/search' || path === '/') return { kind: 'search', query: search.get('q') ?? '' };
	if (path === '/decode') return { kind: 'decode' };
	if (path === '/travel') return { kind: 'travel' };
	return { kind: 'unavailable' };
}
