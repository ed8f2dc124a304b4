/**
 * The JSON API's links are absolute (issue 17): a program that fetched an entry from elsewhere
 * can follow its photo and page links without knowing where the data came from. Pages keep the
 * relative forms getEntry() gives them; only what the API sends passes through here.
 */
import type { Entry, Photo, RelatedEntry } from '../types';
import type { SearchResponse, SearchResult } from '../search/result';

/** An entry as the API sends it: photo addresses absolute, with the page of it and of each related entry. */
export interface ApiEntry extends Omit<Entry, 'related'> {
	url: string;
	related: (RelatedEntry & { url: string })[];
}

export function absoluteUrl(origin: string, path: string): string {
	return new URL(path, origin).href;
}

/** The neutral (English) page of an entry; /ko/… is the Korean one. */
export function entryPageUrl(origin: string, slug: string): string {
	return absoluteUrl(origin, `/entries/${encodeURIComponent(slug)}`);
}

/** `a.avif 320w, b.avif 640w`: each candidate's address made absolute, descriptors kept. */
function absoluteSrcset(origin: string, srcset: string): string {
	return srcset
		.split(',')
		.map((candidate) => {
			const [address, ...descriptors] = candidate.trim().split(/\s+/);
			return [absoluteUrl(origin, address!), ...descriptors].join(' ');
		})
		.join(', ');
}

export function apiPhoto(origin: string, photo: Photo): Photo {
	return {
		...photo,
		url: absoluteUrl(origin, photo.url),
		srcset: photo.srcset === null ? null : absoluteSrcset(origin, photo.srcset),
		sources: photo.sources.map((s) => ({ ...s, srcset: absoluteSrcset(origin, s.srcset) }))
	};
}

export function apiEntry(origin: string, entry: Entry): ApiEntry {
	return {
		...entry,
		url: entryPageUrl(origin, entry.slug),
		related: entry.related.map((r) => ({ ...r, url: entryPageUrl(origin, r.slug) })),
		photos: entry.photos.map((p) => apiPhoto(origin, p))
	};
}

function apiSearchResult(origin: string, result: SearchResult) {
	return { ...result, entry: { ...result.entry, url: entryPageUrl(origin, result.slug) } };
}

export function apiSearch(origin: string, response: SearchResponse) {
	return {
		...response,
		results: response.results.map((r) => apiSearchResult(origin, r)),
		closest: response.closest.map((r) => apiSearchResult(origin, r)),
		propose: response.propose && {
			...response.propose,
			href: absoluteUrl(origin, response.propose.href)
		}
	};
}
