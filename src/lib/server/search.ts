/**
 * Entry search for the site and the API: the pure index of $lib/search, built from the database
 * on first use and kept in memory. The glossary is small (hundreds of entries) and changes only
 * when a moderator approves something, so a rebuild after each approval is cheaper than keeping
 * an index in step row by row: contributions call invalidateSearchIndex().
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from './db';
import type { Db } from './db/client';
import { entry, entryName, nameSource } from './db/schema';
import { getEntry } from './entries';
import { SearchIndex, type SearchDocument, type SearchHit } from '../search';
import type {
	SearchAnswer,
	SearchResponse,
	SearchResult,
	SearchResultEntry
} from '../search/result';
import { proposePrefill } from '../search/propose';
import { readQuestion } from '../search/question';
import { normalizeText } from '../hangul/unicode';
import { romanizeName } from '../search/romanize';

export type { SearchMatch } from '../search';
export type {
	SearchAnswer,
	SearchResponse,
	SearchResult,
	SearchResultEntry
} from '../search/result';

export const MAX_QUERY_LENGTH = 100;
export const MAX_LIMIT = 50;

interface EntrySearch {
	index: SearchIndex;
	/** The entry of a document, read on first use: most entries are never a result. */
	entry: (doc: number) => SearchResultEntry;
}

const STATUS_ORDER = {
	current: 0,
	colloquial: 1,
	alias: 2,
	dated: 3,
	dictionary: 4,
	disputed: 5
} as const;

/**
 * The search documents of the approved entries, by slug, each entry's names by status then
 * position: what the server's index is built from, and what the offline glossary carries so the
 * browser builds the very same index (src/lib/offline).
 */
export function searchDocuments(db: Db): SearchDocument[] {
	const rows = db
		.select()
		.from(entry)
		.where(eq(entry.status, 'approved'))
		.orderBy(asc(entry.slug))
		.all();
	const ids = rows.map((r) => r.id);
	const names = ids.length
		? db.select().from(entryName).where(inArray(entryName.entryId, ids)).all()
		: [];
	const namesOf = groupBy(names, (n) => n.entryId);
	const links = db.select().from(nameSource).all();
	const sourcesOfName = groupBy(links, (l) => l.nameId);

	return rows.map((row) => {
		const own = (namesOf.get(row.id) ?? []).sort(
			(a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.position - b.position
		);
		return {
			slug: row.slug,
			english: row.english,
			description: row.description,
			names: own.map((n) => ({ hangul: n.hangul, hanja: n.hanja, side: n.side, status: n.status })),
			weight: new Set(own.flatMap((n) => (sourcesOfName.get(n.id) ?? []).map((l) => l.sourceId)))
				.size
		};
	});
}

/** Builds the index over the approved entries of db (the tests call this with their own db). */
export function createEntrySearch(db: Db): EntrySearch {
	const docs = searchDocuments(db);
	const entries = new Map<number, SearchResultEntry>();
	const entryOf = (doc: number): SearchResultEntry => {
		let found = entries.get(doc);
		if (!found) {
			const { slug, english } = docs[doc]!;
			// The names exactly as the entry page shows them (readings, sources, review marks).
			const full = getEntry(db, slug);
			found = {
				slug,
				english,
				glossKo: full?.glossKo ?? '',
				south: full?.south ?? [],
				north: full?.north ?? []
			};
			entries.set(doc, found);
		}
		return found;
	};
	return { index: SearchIndex.build(docs, romanizeName), entry: entryOf };
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
	const groups = new Map<number, T[]>();
	for (const item of items) {
		const list = groups.get(key(item));
		if (list) list.push(item);
		else groups.set(key(item), [item]);
	}
	return groups;
}

/** Ranked results for a query: the index's hits with their entries. */
export function runSearch(search: EntrySearch, query: string, limit = 10): SearchResult[] {
	const q = normalizeText(query).trim().slice(0, MAX_QUERY_LENGTH);
	if (!q) return [];
	return withEntries(search, search.index.search(q, Math.min(MAX_LIMIT, limit)));
}

/** How many closest entries a search that found nothing offers. */
export const CLOSEST_LIMIT = 3;

/**
 * The whole answer to a query: its results or, when there are none, the closest entries and the
 * link to propose the word.
 */
export function respondToSearch(search: EntrySearch, query: string, limit = 10): SearchResponse {
	const q = normalizeText(query).trim().slice(0, MAX_QUERY_LENGTH);
	const question = q ? readQuestion(q) : null;
	const results = runSearch(search, q, limit);
	const none = { closest: [], propose: null };
	if (results.length > 0) {
		return { query: q, question, answer: answerOf(question, results[0]!), results, ...none };
	}
	if (!q) return { query: q, question, answer: null, results, ...none };
	return {
		query: q,
		question,
		answer: null,
		results,
		closest: withEntries(search, search.index.closest(q, Math.min(limit, CLOSEST_LIMIT))),
		propose: proposePrefill(question?.term ?? q)
	};
}

/** The names on the side asked about: current ones, or any when it has no current one. */
function answerOf(question: SearchResponse['question'], first: SearchResult): SearchAnswer | null {
	if (!question) return null;
	const names = question.side === 'north' ? first.entry.north : first.entry.south;
	const current = names.filter((n) => n.status === 'current');
	const shown = (current.length ? current : names).map((n) => n.hangul);
	if (shown.length === 0) return null;
	return { term: question.term, side: question.side, slug: first.slug, names: shown };
}

function withEntries(search: EntrySearch, hits: SearchHit[]): SearchResult[] {
	return hits.map((hit) => ({
		slug: hit.slug,
		score: hit.score,
		matched: hit.matched,
		entry: search.entry(hit.doc)
	}));
}

/**
 * The entries a name stands for, for /entries/냉면, /entries/랭면 and /entries/raengmyeon: those
 * with a name spelled exactly so in Hangul, or romanized exactly so in one of the indexed
 * systems. No sound-alike or typo: an address either names an entry or it does not.
 */
export function entriesNamed(search: EntrySearch, name: string): string[] {
	const q = normalizeText(name).trim();
	if (!q || [...q].length > MAX_QUERY_LENGTH) return [];
	const slugs = search.index
		.search(q, MAX_LIMIT)
		.filter((hit) => hit.matched.form === 'hangul' || hit.matched.form === 'romanization')
		.map((hit) => hit.slug);
	return [...new Set(slugs)];
}

let cached: EntrySearch | null = null;

function current(): EntrySearch {
	cached ??= createEntrySearch(getDb());
	return cached;
}

/** The best `limit` entries for a query (at most 50), best first. */
export function searchEntries(query: string, limit = 10): SearchResult[] {
	return runSearch(current(), query, limit);
}

/** Results, or the closest entries and the "propose this word" link (the page and the API). */
export function answerSearch(query: string, limit = 10): SearchResponse {
	return respondToSearch(current(), query, limit);
}

/** entriesNamed over the site's index. */
export function findEntriesNamed(name: string): string[] {
	return entriesNamed(current(), name);
}

/** Drops the index; the next search rebuilds it from the database (after an approval). */
export function invalidateSearchIndex(): void {
	cached = null;
}

export type ParsedSearch = { ok: true; q: string; limit: number } | { ok: false; error: string };

/**
 * Reads q and limit of a search request. The API answers a bad value with 400: an empty query,
 * one over 100 characters, a limit that is not an integer from 1 to 50.
 */
export function parseSearchParams(params: URLSearchParams, defaultLimit = 10): ParsedSearch {
	// Composed first: a query pasted decomposed (NFD) is the same query, and as long.
	const q = normalizeText(params.get('q') ?? '').trim();
	if (!q) return { ok: false, error: 'q is required' };
	if ([...q].length > MAX_QUERY_LENGTH) {
		return { ok: false, error: `q must be at most ${MAX_QUERY_LENGTH} characters` };
	}
	const raw = params.get('limit');
	if (raw === null || raw === '') return { ok: true, q, limit: defaultLimit };
	const limit = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
	if (!(limit >= 1 && limit <= MAX_LIMIT)) {
		return { ok: false, error: `limit must be an integer from 1 to ${MAX_LIMIT}` };
	}
	return { ok: true, q, limit };
}
