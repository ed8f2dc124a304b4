/**
 * Rebasing a proposal: a proposal stores the whole proposed entry, so text the contributor never
 * touched would overwrite edits approved after it was written (a lost update). Here the
 * contributor's own changes (base → ours) are carried onto the entry as it is now; a part both
 * sides changed differently is a conflict, which the contributor must see before it is sent.
 * Parts are compared as the moderation diff compares them (diffContent), so "changed" means the
 * same thing on every page.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from './db/client';
import { entry, source } from './db/schema';
import { snapshotEntry } from './entries';
import { contentFromSnapshot, diffContent, revisionSnapshot, type Change } from './revisions';
import type { EntrySnapshot } from '../types';
import type { EntryContent } from '../entry-diff';
import type { ProposalPayload } from '../schemas/proposal';

/** The parts of an entry merged one by one; names carry their sources with them. */
const PARTS = [
	'english',
	'glossKo',
	'whyEn',
	'whyKo',
	'description',
	'descriptionKo',
	'category',
	'difference',
	'confidence',
	'regions',
	'names',
	'related'
] as const;
export type EntryPart = (typeof PARTS)[number];

const partOf = (c: Change): EntryPart =>
	c.kind === 'field' ? c.field : c.kind === 'name' ? 'names' : c.kind;

function changedParts(a: EntryContent, b: EntryContent): Set<EntryPart> {
	return new Set(diffContent(a, b).map(partOf));
}

/** The entry as a proposal payload (names' sources as indexes into `sources`). */
export function payloadFromSnapshot(db: Db, snap: EntrySnapshot): ProposalPayload {
	const ids = [...new Set(snap.names.flatMap((n) => n.sources))];
	const rows = ids.length ? db.select().from(source).where(inArray(source.id, ids)).all() : [];
	const byId = new Map(rows.map((r) => [r.id, r]));
	const present = ids.filter((id) => byId.has(id));
	const index = new Map(present.map((id, i) => [id, i]));
	return {
		english: snap.english,
		glossKo: snap.glossKo ?? '',
		why: { en: snap.why?.en ?? '', ko: snap.why?.ko ?? '' },
		description: snap.description,
		descriptionKo: snap.descriptionKo,
		category: snap.category,
		difference: snap.difference,
		confidence: snap.confidence,
		regions: [...snap.regions],
		names: snap.names.map(({ sources, ...n }) => ({
			...n,
			sources: sources.flatMap((id) => (index.has(id) ? [index.get(id)!] : []))
		})),
		sources: present.map((id) => {
			const r = byId.get(id)!;
			return { id: r.id, citation: r.citation, url: r.url, publisher: r.publisher, year: r.year };
		}),
		related: snap.related.map((r) => ({ ...r })),
		summary: ''
	};
}

export interface RebaseConflict {
	baseVersion: number;
	currentVersion: number;
	parts: EntryPart[];
	/** What others changed since the base, and what the proposal changes, in the conflicting parts. */
	theirs: Change[];
	ours: Change[];
}

export interface Rebased {
	payload: ProposalPayload;
	/** The version the payload now builds on: always the entry's current version. */
	baseVersion: number;
	conflict: RebaseConflict | null;
	/** The payload says what the entry says now: there is nothing to propose. */
	unchanged: boolean;
}

/**
 * Carries `ours` (written on top of version `baseVersion`) onto the entry's current version.
 * Parts the contributor left as they were at the base take the current text; parts only the
 * contributor changed keep theirs; parts both changed differently keep the contributor's text
 * and are reported as a conflict. `toContent` turns a payload into comparable content.
 */
export function rebaseProposal(
	db: Db,
	entryId: number,
	baseVersion: number,
	ours: ProposalPayload,
	toContent: (p: ProposalPayload) => EntryContent
): Rebased | null {
	const row = db.select({ version: entry.version }).from(entry).where(eq(entry.id, entryId)).get();
	const currentSnap = row && snapshotEntry(db, entryId);
	if (!row || !currentSnap) return null;
	const currentVersion = row.version;
	const currentContent = contentFromSnapshot(db, currentSnap);
	const oursContent = toContent(ours);
	if (baseVersion === currentVersion)
		return {
			payload: ours,
			baseVersion,
			conflict: null,
			unchanged: diffContent(currentContent, oursContent).length === 0
		};
	const baseSnap = revisionSnapshot(db, entryId, baseVersion);
	// Without the base text nothing can be told apart: every difference is the contributor's.
	const baseContent = baseSnap ? contentFromSnapshot(db, baseSnap) : currentContent;
	const oursChanged = changedParts(baseContent, oursContent);
	const theirsChanged = changedParts(baseContent, currentContent);
	const differing = changedParts(currentContent, oursContent);
	const current = payloadFromSnapshot(db, currentSnap);
	const payload: ProposalPayload = { ...ours };
	const conflicts: EntryPart[] = [];
	for (const part of PARTS) {
		if (!oursChanged.has(part)) {
			if (part === 'names') {
				payload.names = current.names;
				payload.sources = current.sources;
			} else if (part === 'whyEn' || part === 'whyKo') {
				const why = payload.why ?? current.why!;
				payload.why =
					part === 'whyEn' ? { ...why, en: current.why!.en } : { ...why, ko: current.why!.ko };
			} else if (part === 'regions') payload.regions = current.regions;
			else if (part === 'related') payload.related = current.related;
			else payload[part] = current[part] as never;
		} else if (theirsChanged.has(part) && differing.has(part)) conflicts.push(part);
	}
	const inConflict = (c: Change) => conflicts.includes(partOf(c));
	return {
		payload,
		baseVersion: currentVersion,
		unchanged: diffContent(currentContent, toContent(payload)).length === 0,
		conflict: conflicts.length
			? {
					baseVersion,
					currentVersion,
					parts: conflicts,
					theirs: diffContent(baseContent, currentContent).filter(inConflict),
					ours: diffContent(baseContent, oursContent).filter(inConflict)
				}
			: null
	};
}
