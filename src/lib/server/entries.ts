/**
 * Read and write functions for glossary entries. Routes import this module as a namespace
 * (`import * as entries from '$lib/server/entries'`) and get plain objects back.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from './db/client';
import { entry, entryName, entryRelation, nameSource, photo, revision, source } from './db/schema';
import {
	inverseRelation,
	type Category,
	type Confidence,
	type Difference,
	type Region
} from '../vocabulary';
import { annotateName } from './readings';
import { publicPhoto } from './photo-store';
import type { Entry, EntrySnapshot, EntrySummary, Name, Photo, RelatedEntry, Sort } from '../types';

export type {
	Entry,
	EntrySnapshot,
	EntrySummary,
	Name,
	Photo,
	RelatedEntry,
	Source
} from '../types';
export { SORTS, type Sort } from '../types';

export interface ListQuery {
	category?: Category;
	region?: Region;
	difference?: Difference;
	confidence?: Confidence;
	sort?: Sort;
	limit: number;
	offset: number;
}

const STATUS_RANK = sql`CASE ${entryName.status} WHEN 'current' THEN 0 WHEN 'colloquial' THEN 1 WHEN 'alias' THEN 2 WHEN 'dated' THEN 3 WHEN 'dictionary' THEN 4 ELSE 5 END`;

/** The headword of one side: the first current name, for sorting. */
function headwordSql(side: 'south' | 'north'): SQL<string> {
	return sql<string>`(SELECT ${entryName.hangul} FROM ${entryName}
		WHERE ${entryName.entryId} = ${entry.id} AND ${entryName.side} IN (${side}, 'both')
		ORDER BY ${STATUS_RANK}, ${entryName.position} LIMIT 1)`;
}

function filterConditions(q: Omit<ListQuery, 'limit' | 'offset' | 'sort'>): SQL | undefined {
	const conditions: SQL[] = [eq(entry.status, 'approved')];
	if (q.category) conditions.push(eq(entry.category, q.category));
	if (q.difference) conditions.push(eq(entry.difference, q.difference));
	if (q.confidence) conditions.push(eq(entry.confidence, q.confidence));
	if (q.region)
		conditions.push(
			sql`EXISTS (SELECT 1 FROM json_each(${entry.regions}) WHERE value = ${q.region})`
		);
	return and(...conditions);
}

export function listEntries(db: Db, q: ListQuery): { total: number; entries: EntrySummary[] } {
	const where = filterConditions(q);
	const total =
		db
			.select({ n: sql<number>`count(*)` })
			.from(entry)
			.where(where)
			.get()?.n ?? 0;
	const order =
		q.sort === 'english'
			? [asc(sql`lower(${entry.english})`)]
			: q.sort === 'north'
				? [asc(headwordSql('north'))]
				: q.sort === 'recent'
					? [desc(entry.updatedAt), desc(entry.id)]
					: [asc(headwordSql('south'))];
	const rows = db
		.select()
		.from(entry)
		.where(where)
		.orderBy(...order, asc(entry.slug))
		.limit(q.limit)
		.offset(q.offset)
		.all();
	return { total, entries: summarise(db, rows) };
}

type EntryRow = typeof entry.$inferSelect;

function summarise(db: Db, rows: EntryRow[]): EntrySummary[] {
	if (rows.length === 0) return [];
	const names = db
		.select()
		.from(entryName)
		.where(
			inArray(
				entryName.entryId,
				rows.map((r) => r.id)
			)
		)
		.orderBy(STATUS_RANK, asc(entryName.position))
		.all();
	return rows.map((r) => {
		const own = names.filter((n) => n.entryId === r.id);
		const pick = (side: 'south' | 'north') =>
			own
				.filter((n) => n.side === side || n.side === 'both')
				.map((n) => ({ hangul: n.hangul, status: n.status }));
		return {
			slug: r.slug,
			category: r.category,
			regions: r.regions,
			english: r.english,
			glossKo: r.glossKo,
			difference: r.difference,
			confidence: r.confidence,
			south: pick('south'),
			north: pick('north')
		};
	});
}

export function getEntry(db: Db, slug: string): Entry | null {
	const row = db
		.select()
		.from(entry)
		.where(and(eq(entry.slug, slug), eq(entry.status, 'approved')))
		.get();
	if (!row) return null;
	const names = db
		.select()
		.from(entryName)
		.where(eq(entryName.entryId, row.id))
		.orderBy(STATUS_RANK, asc(entryName.position))
		.all();
	const links = names.length
		? db
				.select()
				.from(nameSource)
				.where(
					inArray(
						nameSource.nameId,
						names.map((n) => n.id)
					)
				)
				.all()
		: [];
	const sourceIds = [...new Set(links.map((l) => l.sourceId))];
	const sources = sourceIds.length
		? db.select().from(source).where(inArray(source.id, sourceIds)).orderBy(asc(source.id)).all()
		: [];
	const toName = (n: typeof entryName.$inferSelect, side: 'south' | 'north'): Name => ({
		hangul: n.hangul,
		hanja: n.hanja,
		status: n.status,
		note: n.note,
		noteKo: n.noteKo,
		attested: n.attested,
		sources: links.filter((l) => l.nameId === n.id).map((l) => l.sourceId),
		reviewed: n.reviewedAt !== null,
		...annotateName(n.hangul, side)
	});
	return {
		slug: row.slug,
		category: row.category,
		regions: row.regions,
		english: row.english,
		glossKo: row.glossKo,
		why: { en: row.whyEn, ko: row.whyKo },
		description: row.description,
		descriptionKo: row.descriptionKo,
		difference: row.difference,
		confidence: row.confidence,
		version: row.version,
		south: names.filter((n) => n.side !== 'north').map((n) => toName(n, 'south')),
		north: names.filter((n) => n.side !== 'south').map((n) => toName(n, 'north')),
		related: relatedEntries(db, row.id),
		photos: entryPhotos(db, row.id),
		sources
	};
}

function relatedEntries(db: Db, entryId: number): RelatedEntry[] {
	const outgoing = db
		.select({ id: entryRelation.toEntryId, relation: entryRelation.relation })
		.from(entryRelation)
		.where(eq(entryRelation.fromEntryId, entryId))
		.all();
	const incoming = db
		.select({ id: entryRelation.fromEntryId, relation: entryRelation.relation })
		.from(entryRelation)
		.where(eq(entryRelation.toEntryId, entryId))
		.all()
		.map((r) => ({ id: r.id, relation: inverseRelation(r.relation) }));
	const seen = new Set<string>();
	const all = [...outgoing, ...incoming].filter((r) => {
		const key = `${r.id}:${r.relation}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	if (all.length === 0) return [];
	const rows = db
		.select()
		.from(entry)
		.where(
			and(
				inArray(
					entry.id,
					all.map((r) => r.id)
				),
				eq(entry.status, 'approved')
			)
		)
		.all();
	const summaries = new Map(summarise(db, rows).map((s) => [s.slug, s]));
	const bySlug = new Map(rows.map((r) => [r.id, r.slug]));
	return all.flatMap((r) => {
		const slug = bySlug.get(r.id);
		const s = slug ? summaries.get(slug) : undefined;
		if (!s) return [];
		return [
			{
				slug: s.slug,
				relation: r.relation,
				english: s.english,
				glossKo: s.glossKo,
				south: s.south[0]?.hangul ?? '',
				north: s.north[0]?.hangul ?? ''
			}
		];
	});
}

function entryPhotos(db: Db, entryId: number): Photo[] {
	return db
		.select()
		.from(photo)
		.where(and(eq(photo.entryId, entryId), eq(photo.status, 'approved')))
		.orderBy(asc(photo.id))
		.all()
		.map(publicPhoto);
}

/** How many approved entries each value of a facet has, for the home page and the filters. */
export function facetCounts(db: Db): {
	category: Partial<Record<Category, number>>;
	difference: Partial<Record<Difference, number>>;
	confidence: Partial<Record<Confidence, number>>;
	region: Partial<Record<Region, number>>;
	total: number;
} {
	const approved = eq(entry.status, 'approved');
	const category = Object.fromEntries(
		db
			.select({ key: entry.category, n: sql<number>`count(*)` })
			.from(entry)
			.where(approved)
			.groupBy(entry.category)
			.all()
			.map((r) => [r.key, r.n])
	);
	const difference = Object.fromEntries(
		db
			.select({ key: entry.difference, n: sql<number>`count(*)` })
			.from(entry)
			.where(approved)
			.groupBy(entry.difference)
			.all()
			.map((r) => [r.key, r.n])
	);
	const confidence = Object.fromEntries(
		db
			.select({ key: entry.confidence, n: sql<number>`count(*)` })
			.from(entry)
			.where(approved)
			.groupBy(entry.confidence)
			.all()
			.map((r) => [r.key, r.n])
	);
	const region = Object.fromEntries(
		db
			.all<{ key: Region; n: number }>(
				sql`SELECT value AS key, count(*) AS n FROM ${entry}, json_each(${entry.regions})
					WHERE ${entry.status} = 'approved' GROUP BY value`
			)
			.map((r) => [r.key, r.n])
	);
	const total =
		db
			.select({ n: sql<number>`count(*)` })
			.from(entry)
			.where(approved)
			.get()?.n ?? 0;
	return { category, difference, confidence, region, total };
}

/**
 * A few entries of each kind of difference, for the About page's examples: the surest first, and
 * among those the best attested (most distinct sources), which puts the words a reader knows —
 * 냉면 ↔ 랭면 for the initial-sound law — ahead of rarer ones.
 */
export function examplesByDifference(
	db: Db,
	perKind: number
): Partial<Record<Difference, EntrySummary[]>> {
	const sourceCount = sql`(SELECT count(DISTINCT ${nameSource.sourceId}) FROM ${nameSource}
		JOIN ${entryName} ON ${entryName.id} = ${nameSource.nameId}
		WHERE ${entryName.entryId} = ${entry.id})`;
	const rows = db
		.select()
		.from(entry)
		.where(and(eq(entry.status, 'approved'), sql`${entry.confidence} != 'low'`))
		.orderBy(desc(sql`${entry.confidence} = 'high'`), desc(sourceCount), asc(entry.id))
		.all();
	const picked: EntryRow[] = [];
	const counts = new Map<Difference, number>();
	for (const r of rows) {
		const n = counts.get(r.difference) ?? 0;
		if (n >= perKind) continue;
		counts.set(r.difference, n + 1);
		picked.push(r);
	}
	const result: Partial<Record<Difference, EntrySummary[]>> = {};
	for (const s of summarise(db, picked)) (result[s.difference] ??= []).push(s);
	return result;
}

/** Plain substring search over Hangul, hanja and English; the ranked search replaces it. */
export function findEntriesContaining(db: Db, text: string, limit: number): EntrySummary[] {
	const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	const rows = db
		.select()
		.from(entry)
		.where(
			and(
				eq(entry.status, 'approved'),
				sql`(${entry.english} LIKE ${pattern} ESCAPE '\\' OR ${entry.description} LIKE ${pattern} ESCAPE '\\'
				OR EXISTS (SELECT 1 FROM ${entryName} WHERE ${entryName.entryId} = ${entry.id}
					AND (${entryName.hangul} LIKE ${pattern} ESCAPE '\\' OR ${entryName.hanja} LIKE ${pattern} ESCAPE '\\')))`
			)
		)
		.orderBy(asc(entry.slug))
		.limit(limit)
		.all();
	return summarise(db, rows);
}

/** The current content of an entry, as stored in a revision. */
export function snapshotEntry(db: Db, entryId: number): EntrySnapshot | null {
	const row = db.select().from(entry).where(eq(entry.id, entryId)).get();
	if (!row) return null;
	const names = db
		.select()
		.from(entryName)
		.where(eq(entryName.entryId, entryId))
		.orderBy(asc(entryName.position), asc(entryName.id))
		.all();
	const links = names.length
		? db
				.select()
				.from(nameSource)
				.where(
					inArray(
						nameSource.nameId,
						names.map((n) => n.id)
					)
				)
				.all()
		: [];
	const related = db
		.select({ slug: entry.slug, relation: entryRelation.relation })
		.from(entryRelation)
		.innerJoin(entry, eq(entry.id, entryRelation.toEntryId))
		.where(eq(entryRelation.fromEntryId, entryId))
		.all();
	return {
		slug: row.slug,
		category: row.category,
		regions: row.regions,
		english: row.english,
		glossKo: row.glossKo,
		why: { en: row.whyEn, ko: row.whyKo },
		description: row.description,
		descriptionKo: row.descriptionKo,
		difference: row.difference,
		confidence: row.confidence,
		names: names.map((n) => ({
			side: n.side,
			hangul: n.hangul,
			hanja: n.hanja,
			status: n.status,
			note: n.note,
			noteKo: n.noteKo,
			attested: n.attested,
			sources: links
				.filter((l) => l.nameId === n.id)
				.map((l) => l.sourceId)
				.sort((a, b) => a - b)
		})),
		related
	};
}

export interface RevisionSummary {
	version: number;
	author: string;
	summary: string;
	createdAt: string;
}

export function entryHistory(db: Db, slug: string): RevisionSummary[] {
	return db
		.select({
			version: revision.version,
			author: revision.author,
			summary: revision.summary,
			createdAt: revision.createdAt
		})
		.from(revision)
		.innerJoin(entry, eq(entry.id, revision.entryId))
		.where(eq(entry.slug, slug))
		.orderBy(desc(revision.version))
		.all();
}

/** A random approved entry's slug (for "surprise me" and later the compare page). */
export function randomSlug(db: Db): string | null {
	return (
		db
			.select({ slug: entry.slug })
			.from(entry)
			.where(eq(entry.status, 'approved'))
			.orderBy(sql`random()`)
			.limit(1)
			.get()?.slug ?? null
	);
}

/**
 * When each approved entry last changed: its newest revision's date (the entry's own
 * `updated_at` where it has none), for the sitemap's `<lastmod>`.
 */
export function lastChanged(db: Db): { slug: string; changedAt: string }[] {
	return db
		.select({
			slug: entry.slug,
			changedAt: sql<string>`coalesce(max(${revision.createdAt}), ${entry.updatedAt})`
		})
		.from(entry)
		.leftJoin(revision, eq(revision.entryId, entry.id))
		.where(eq(entry.status, 'approved'))
		.groupBy(entry.id)
		.orderBy(asc(entry.slug))
		.all();
}
