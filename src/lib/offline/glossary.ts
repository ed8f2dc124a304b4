/**
 * The offline glossary: a compact, versioned copy of the approved entries that the service worker
 * keeps on the device (GET /api/v1/offline.json), and the pure functions that read it in the
 * browser. Client-safe: no I/O, no $lib/server imports.
 *
 * Every entry is a SearchDocument exactly as the server's index is built from (same order, same
 * names, same weights), plus what the offline entry view shows. So the browser's SearchIndex over
 * it ranks like the server's (offline-search.spec.ts compares the two).
 */
import { SearchIndex, type SearchDocument, type SearchHit } from '../search';
import { romanizeName } from '../search/romanize';
import { normalizeText } from '../hangul/unicode';
import type { Category, Difference, NameStatus } from '../vocabulary';
import { OFFLINE_FORMAT } from './policy';

export { OFFLINE_DATA_PATH, OFFLINE_FORMAT } from './policy';

/** A name as the offline entry view shows it. */
export interface OfflineName {
	hangul: string;
	hanja: string | null;
	status: NameStatus;
	pronunciation: string;
	rr: string;
	mr: string;
	note: string | null;
	noteKo: string | null;
}

export interface OfflineEntry extends SearchDocument {
	category: Category;
	glossKo: string;
	why: { en: string; ko: string };
	descriptionKo: string;
	difference: Difference;
	south: OfflineName[];
	north: OfflineName[];
}

export interface OfflineGlossary {
	format: typeof OFFLINE_FORMAT;
	/** The site's data version (export.ts dataVersion): changes with every approval. */
	version: string;
	/** The day of the latest change to an approved entry, YYYY-MM-DD (UTC). */
	updated: string;
	count: number;
	entries: OfflineEntry[];
}

/** Reads a parsed JSON value as an offline glossary, or null when it is not one this code reads. */
export function asOfflineGlossary(value: unknown): OfflineGlossary | null {
	if (!value || typeof value !== 'object') return null;
	const g = value as Partial<OfflineGlossary>;
	if (g.format !== OFFLINE_FORMAT || !Array.isArray(g.entries) || typeof g.version !== 'string')
		return null;
	return g as OfflineGlossary;
}

export interface OfflineSearch {
	glossary: OfflineGlossary;
	index: SearchIndex;
	bySlug: Map<string, OfflineEntry>;
}

/** The search index over the saved entries, built as the server builds its own. */
export function buildOfflineSearch(glossary: OfflineGlossary): OfflineSearch {
	return {
		glossary,
		index: SearchIndex.build(glossary.entries, romanizeName),
		bySlug: new Map(glossary.entries.map((e) => [e.slug, e]))
	};
}

const MAX_QUERY_LENGTH = 100;

/** The best `limit` entries for a query, as the server's searchEntries ranks them. */
export function searchOffline(search: OfflineSearch, query: string, limit = 10): SearchHit[] {
	const q = normalizeText(query).trim().slice(0, MAX_QUERY_LENGTH);
	if (!q) return [];
	return search.index.search(q, Math.min(50, limit));
}

/** The nearest entries when a query found nothing (the server's "closest entries"). */
export function closestOffline(search: OfflineSearch, query: string, limit = 3): SearchHit[] {
	const q = normalizeText(query).trim().slice(0, MAX_QUERY_LENGTH);
	return q ? search.index.closest(q, limit) : [];
}

/**
 * An entry by the name in its address, as /entries/냉면 resolves on the server: its slug, or a
 * name spelled exactly so (Hangul or one romanization) that belongs to exactly one entry.
 */
export function findOfflineEntry(search: OfflineSearch, slugOrName: string): OfflineEntry | null {
	const direct = search.bySlug.get(slugOrName);
	if (direct) return direct;
	const q = normalizeText(slugOrName).trim();
	if (!q || [...q].length > MAX_QUERY_LENGTH) return null;
	const slugs = new Set(
		search.index
			.search(q, 50)
			.filter((h) => h.matched.form === 'hangul' || h.matched.form === 'romanization')
			.map((h) => h.slug)
	);
	return slugs.size === 1 ? (search.bySlug.get([...slugs][0]!) ?? null) : null;
}
