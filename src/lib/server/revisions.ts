/**
 * Revisions: writing a new version of an entry (approval, revert), comparing any two versions,
 * and the per-name "reviewed" mark. Every write here runs inside the caller's transaction or opens
 * its own, so an entry, its names, its revision and the audit record change together or not at all.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import {
	entry,
	entryName,
	entryRelation,
	nameSource,
	proposal,
	revision,
	source,
	user
} from './db/schema';
import { snapshotEntry } from './entries';
import type { User } from './accounts';
import { recordAudit } from './audit';
import { notifyEntriesChanged } from './entry-events';
import type { EntrySnapshot } from '../types';
import { diffContent, type Change, type EntryContent } from '../entry-diff';
import type {
	Category,
	Confidence,
	Difference,
	NameSide,
	NameStatus,
	Region,
	Relation
} from '../vocabulary';

export { diffContent, type Change, type EntryContent };

/** What a revision writes: the entry's fields, its names with source ids, its outgoing relations. */
export interface EntryWrite {
	english: string;
	/**
	 * The Korean texts below are optional: a proposal stored before the forms carried them has
	 * none, and a write without them keeps what the entry has (a name keeps its noteKo while its
	 * side, Hangul and English note are unchanged).
	 */
	glossKo?: string;
	why?: { en: string; ko: string };
	description: string;
	descriptionKo: string;
	category: Category;
	difference: Difference;
	confidence: Confidence;
	regions: Region[];
	names: {
		side: NameSide;
		hangul: string;
		hanja: string | null;
		status: NameStatus;
		note: string | null;
		noteKo?: string | null;
		attested: string | null;
		sourceIds: number[];
	}[];
	related: { slug: string; relation: Relation }[];
}

export type WriteResult =
	| { ok: true; entryId: number; slug: string; version: number; revisionId: number }
	| { ok: false; reason: 'conflict'; currentVersion: number }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'no-change' };

/** Citation text of sources by id, for showing snapshots (which store ids) to readers. */
export function citationsById(db: Db, ids: number[]): Map<number, string> {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return new Map();
	return new Map(
		db
			.select({ id: source.id, citation: source.citation })
			.from(source)
			.where(inArray(source.id, unique))
			.all()
			.map((s) => [s.id, s.citation])
	);
}

export function contentFromSnapshot(db: Db, snap: EntrySnapshot): EntryContent {
	const citations = citationsById(
		db,
		snap.names.flatMap((n) => n.sources)
	);
	return {
		english: snap.english,
		// Revisions from before migration 0003 have no Korean texts: shown as empty.
		glossKo: snap.glossKo ?? '',
		whyEn: snap.why?.en ?? '',
		whyKo: snap.why?.ko ?? '',
		description: snap.description,
		descriptionKo: snap.descriptionKo,
		category: snap.category,
		difference: snap.difference,
		confidence: snap.confidence,
		regions: snap.regions,
		names: snap.names.map((n) => ({
			side: n.side,
			hangul: n.hangul,
			hanja: n.hanja,
			status: n.status,
			note: n.note,
			noteKo: n.noteKo ?? null,
			attested: n.attested,
			sources: n.sources.map((id) => citations.get(id) ?? `#${id}`)
		})),
		related: snap.related
	};
}

/** An entry write from a stored snapshot (a revert). */
export function writeFromSnapshot(snap: EntrySnapshot): EntryWrite {
	return {
		english: snap.english,
		...(snap.glossKo !== undefined && { glossKo: snap.glossKo }),
		...(snap.why !== undefined && { why: snap.why }),
		description: snap.description,
		descriptionKo: snap.descriptionKo,
		category: snap.category,
		difference: snap.difference,
		confidence: snap.confidence,
		regions: snap.regions,
		names: snap.names.map(({ sources, ...n }) => ({ ...n, sourceIds: sources })),
		related: snap.related
	};
}

/** A URL-safe slug for a new entry from its English gloss, unique among entries. */
export function uniqueSlug(db: Db, english: string): string {
	const base =
		english
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/g, '') || 'entry';
	let slug = base;
	for (let n = 2; db.select({ id: entry.id }).from(entry).where(eq(entry.slug, slug)).get(); n++) {
		slug = `${base}-${n}`;
	}
	return slug;
}

/**
 * Writes a new version of an entry and its revision. `entryId` null creates the entry (version 1).
 * For an existing entry, `expectedVersion` must be its current version, else nothing is written and
 * the result is a conflict. Every name written is marked reviewed by `reviewer` (the moderator who
 * approved or reverted). Call inside a transaction.
 */
export function writeRevision(
	db: Db,
	args: {
		entryId: number | null;
		expectedVersion: number | null;
		data: EntryWrite;
		/** id null: the seed import, which has no account. */
		author: { id: number | null; username: string };
		/** null: nobody vouched for the names (a seed upgrade); see docs/moderation.md. */
		reviewer: User | null;
		summary: string;
	}
): WriteResult {
	const now = new Date().toISOString();
	let entryId: number;
	let slug: string;
	let version: number;
	let before: EntrySnapshot | null = null;
	const fields = {
		english: args.data.english,
		description: args.data.description,
		descriptionKo: args.data.descriptionKo,
		category: args.data.category,
		difference: args.data.difference,
		confidence: args.data.confidence,
		regions: args.data.regions,
		...(args.data.glossKo !== undefined && { glossKo: args.data.glossKo }),
		...(args.data.why !== undefined && { whyEn: args.data.why.en, whyKo: args.data.why.ko })
	};
	/** Korean notes of the names written before, for names an edit leaves without one. */
	const keptNoteKo = new Map<string, string | null>();
	if (args.entryId === null) {
		slug = uniqueSlug(db, args.data.english);
		version = 1;
		entryId = db
			.insert(entry)
			.values({ ...fields, slug, status: 'approved', version, updatedAt: now })
			.returning({ id: entry.id })
			.get().id;
	} else {
		const row = db.select().from(entry).where(eq(entry.id, args.entryId)).get();
		if (!row) return { ok: false, reason: 'not-found' };
		if (row.version !== args.expectedVersion)
			return { ok: false, reason: 'conflict', currentVersion: row.version };
		before = snapshotEntry(db, row.id);
		entryId = row.id;
		slug = row.slug;
		version = row.version + 1;
		// The version check and the bump are one statement, so a second writer in another
		// process cannot slip in between.
		const bumped = db
			.update(entry)
			.set({ ...fields, version, updatedAt: now })
			.where(and(eq(entry.id, entryId), eq(entry.version, row.version)))
			.run();
		if (bumped.changes !== 1) return { ok: false, reason: 'conflict', currentVersion: row.version };
		for (const n of db.select().from(entryName).where(eq(entryName.entryId, entryId)).all())
			keptNoteKo.set(`${n.side}\u0000${n.hangul}\u0000${n.note ?? ''}`, n.noteKo);
		db.delete(entryName).where(eq(entryName.entryId, entryId)).run();
		db.delete(entryRelation).where(eq(entryRelation.fromEntryId, entryId)).run();
	}
	args.data.names.forEach((n, position) => {
		const nameId = db
			.insert(entryName)
			.values({
				entryId,
				side: n.side,
				hangul: n.hangul,
				hanja: n.hanja,
				status: n.status,
				note: n.note,
				noteKo:
					n.noteKo !== undefined
						? n.noteKo
						: (keptNoteKo.get(`${n.side}\u0000${n.hangul}\u0000${n.note ?? ''}`) ?? null),
				attested: n.attested,
				position,
				reviewedAt: args.reviewer ? now : null,
				reviewedBy: args.reviewer?.id ?? null
			})
			.returning({ id: entryName.id })
			.get().id;
		for (const sourceId of new Set(n.sourceIds)) {
			db.insert(nameSource).values({ nameId, sourceId }).run();
		}
	});
	const relatedSlugs = [...new Set(args.data.related.map((r) => r.slug))];
	const relatedIds = relatedSlugs.length
		? new Map(
				db
					.select({ id: entry.id, slug: entry.slug })
					.from(entry)
					.where(inArray(entry.slug, relatedSlugs))
					.all()
					.map((r) => [r.slug, r.id])
			)
		: new Map<string, number>();
	for (const r of args.data.related) {
		const toEntryId = relatedIds.get(r.slug);
		// A relation to an entry that is gone (or to itself) is dropped rather than failing the revert.
		if (toEntryId === undefined || toEntryId === entryId) continue;
		db.insert(entryRelation)
			.values({ fromEntryId: entryId, toEntryId, relation: r.relation })
			.onConflictDoNothing()
			.run();
	}
	const after = snapshotEntry(db, entryId)!;
	const revisionId = db
		.insert(revision)
		.values({
			entryId,
			version,
			userId: args.author.id,
			author: args.author.username,
			summary: args.summary,
			before,
			after,
			createdAt: now
		})
		.returning({ id: revision.id })
		.get().id;
	return { ok: true, entryId, slug, version, revisionId };
}

export interface RevisionListItem {
	version: number;
	author: string;
	summary: string;
	createdAt: string;
	/** The moderator who approved the proposal behind this revision, if any. */
	approvedBy: string | null;
}

export function entryIdBySlug(db: Db, slug: string): { id: number; version: number } | null {
	return (
		db
			.select({ id: entry.id, version: entry.version })
			.from(entry)
			.where(and(eq(entry.slug, slug), eq(entry.status, 'approved')))
			.get() ?? null
	);
}

export function listRevisions(db: Db, entryId: number): RevisionListItem[] {
	return db
		.select({
			version: revision.version,
			author: revision.author,
			summary: revision.summary,
			createdAt: revision.createdAt,
			approvedBy: user.username
		})
		.from(revision)
		.leftJoin(proposal, eq(proposal.revisionId, revision.id))
		.leftJoin(user, eq(user.id, proposal.reviewerId))
		.where(eq(revision.entryId, entryId))
		.orderBy(desc(revision.version))
		.all();
}

export function revisionSnapshot(db: Db, entryId: number, version: number): EntrySnapshot | null {
	const row = db
		.select({ after: revision.after })
		.from(revision)
		.where(and(eq(revision.entryId, entryId), eq(revision.version, version)))
		.get();
	return (row?.after as EntrySnapshot | undefined) ?? null;
}

/** Field-level changes from one version to another (either order; older first reads naturally). */
export function compareVersions(
	db: Db,
	entryId: number,
	from: number,
	to: number
): Change[] | null {
	const a = revisionSnapshot(db, entryId, from);
	const b = revisionSnapshot(db, entryId, to);
	if (!a || !b) return null;
	return diffContent(contentFromSnapshot(db, a), contentFromSnapshot(db, b));
}

/** What a revision changed against the one before it. */
export function revisionChanges(db: Db, entryId: number, version: number): Change[] | null {
	const row = db
		.select({ before: revision.before, after: revision.after })
		.from(revision)
		.where(and(eq(revision.entryId, entryId), eq(revision.version, version)))
		.get();
	if (!row) return null;
	const before = row.before as EntrySnapshot | null;
	return diffContent(
		before ? contentFromSnapshot(db, before) : null,
		contentFromSnapshot(db, row.after as EntrySnapshot)
	);
}

/**
 * Makes the entry look as it did at `toVersion`, as a new revision (history is never rewritten).
 * Refused as a conflict when the entry is no longer at `expectedVersion`, i.e. someone changed it
 * after the moderator looked.
 */
export function revertEntry(
	db: Db,
	moderator: User,
	entryId: number,
	toVersion: number,
	expectedVersion: number
): WriteResult {
	const result = db.transaction((txn) => {
		const tx = txn as unknown as Db;
		const snap = revisionSnapshot(tx, entryId, toVersion);
		if (!snap) return { ok: false, reason: 'not-found' } as const;
		// A revert to what the entry already says would write an empty revision.
		const current = snapshotEntry(tx, entryId);
		if (
			current &&
			diffContent(contentFromSnapshot(tx, current), contentFromSnapshot(tx, snap)).length === 0
		)
			return { ok: false, reason: 'no-change' } as const;
		const result = writeRevision(tx, {
			entryId,
			expectedVersion,
			data: writeFromSnapshot(snap),
			author: moderator,
			reviewer: moderator,
			summary: `Reverted to version ${toVersion}`
		});
		if (result.ok)
			recordAudit(
				tx,
				moderator,
				'revision.revert',
				`entry:${result.slug}`,
				`to version ${toVersion}, now version ${result.version}`
			);
		return result;
	});
	if (result.ok) notifyEntriesChanged();
	return result;
}

/**
 * A moderator vouches for the names an entry has now (used for seed names, which arrive
 * unreviewed). Not a revision: the content does not change.
 */
export function markNamesReviewed(db: Db, moderator: User, entryId: number): number {
	const marked = db.transaction((txn) => {
		const tx = txn as unknown as Db;
		const now = new Date().toISOString();
		const changed = tx
			.update(entryName)
			.set({ reviewedAt: now, reviewedBy: moderator.id })
			.where(and(eq(entryName.entryId, entryId), sql`${entryName.reviewedAt} IS NULL`))
			.run().changes;
		const slug = tx
			.select({ slug: entry.slug })
			.from(entry)
			.where(eq(entry.id, entryId))
			.get()?.slug;
		recordAudit(tx, moderator, 'names.mark-reviewed', `entry:${slug}`, `${changed} names`);
		return changed;
	});
	// The marks show on the entry page, so cached copies of it must go.
	if (marked > 0) notifyEntriesChanged();
	return marked;
}

/** Hangul of the names of an entry that are reviewed, for the entry page's marks. */
export function reviewedNames(db: Db, entryId: number): { side: NameSide; hangul: string }[] {
	return db
		.select({ side: entryName.side, hangul: entryName.hangul })
		.from(entryName)
		.where(and(eq(entryName.entryId, entryId), sql`${entryName.reviewedAt} IS NOT NULL`))
		.orderBy(asc(entryName.position))
		.all();
}

export function unreviewedCount(db: Db, entryId: number): number {
	return (
		db
			.select({ n: sql<number>`count(*)` })
			.from(entryName)
			.where(and(eq(entryName.entryId, entryId), sql`${entryName.reviewedAt} IS NULL`))
			.get()?.n ?? 0
	);
}
