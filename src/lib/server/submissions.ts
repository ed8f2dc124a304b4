/**
 * Proposals: contributors suggest new entries and edits, moderators approve (which writes a
 * revision), request changes or reject. Routes import this module as a namespace.
 */
import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, isNotNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from './db/client';
import { entry, entryName, proposal, source, user, type ProposalState } from './db/schema';
import { snapshotEntry } from './entries';
import type { User } from './accounts';
import { recordAudit } from './audit';
import { POLICIES, consume } from './rate-limit';
import {
	contentFromSnapshot,
	diffContent,
	revisionSnapshot,
	writeRevision,
	type Change,
	type EntryContent
} from './revisions';
import { notifyEntriesChanged } from './entry-events';
import { rebaseProposal, type RebaseConflict } from './rebase';
import type { Issues } from '../schemas/account';
import {
	blankRelated,
	blankSource,
	settleProposal,
	SLUG_PATTERN,
	validateProposal,
	valuesFromPayload,
	type ProposalPayload,
	type ProposalValues,
	type SettleField
} from '../schemas/proposal';

export type { ProposalPayload, ProposalValues };

/** How many proposals one account may have waiting at once. */
export function pendingCap(): number {
	const n = Number.parseInt(process.env.PROPOSAL_PENDING_CAP ?? '', 10);
	return Number.isFinite(n) && n > 0 ? n : 10;
}

export function contentFromPayload(payload: ProposalPayload): EntryContent {
	return {
		english: payload.english,
		glossKo: payload.glossKo ?? null,
		whyEn: payload.why?.en ?? null,
		whyKo: payload.why?.ko ?? null,
		description: payload.description,
		descriptionKo: payload.descriptionKo,
		category: payload.category,
		difference: payload.difference,
		confidence: payload.confidence,
		regions: payload.regions,
		names: payload.names.map(({ sources, ...n }) => ({
			...n,
			sources: sources.map((i) => payload.sources[i]?.citation ?? '')
		})),
		related: payload.related
	};
}

/** Existing sources and related entries named by the form must exist (and not be the entry itself). */
function referenceIssues(db: Db, values: ProposalValues, entryId: number | null): Issues {
	const issues: Issues = {};
	const ids = values.sources
		.map((r) => Number(r.id.trim()))
		.filter((n) => Number.isInteger(n) && n > 0);
	const knownIds = new Set(
		ids.length
			? db
					.select({ id: source.id })
					.from(source)
					.where(inArray(source.id, ids))
					.all()
					.map((r) => r.id)
			: []
	);
	values.sources.forEach((r, i) => {
		const id = Number(r.id.trim());
		if (r.id.trim() && Number.isInteger(id) && id > 0 && !knownIds.has(id))
			issues[`sources.${i}.citation`] = 'source_unknown';
	});
	const slugs = [
		...new Set(values.related.map((r) => r.slug.trim()).filter((s) => SLUG_PATTERN.test(s)))
	];
	const found = new Set(
		slugs.length
			? db
					.select({ slug: entry.slug, id: entry.id })
					.from(entry)
					.where(and(inArray(entry.slug, slugs), eq(entry.status, 'approved')))
					.all()
					.filter((r) => r.id !== entryId)
					.map((r) => r.slug)
			: []
	);
	values.related.forEach((r, i) => {
		const slug = r.slug.trim();
		if (SLUG_PATTERN.test(slug) && !found.has(slug))
			issues[`related.${i}.slug`] = 'related_unknown';
	});
	return issues;
}

/** The edit form of an entry, filled with what it says now. */
export function editFormFor(
	db: Db,
	slug: string
): { entryId: number; version: number; english: string; values: ProposalValues } | null {
	const row = db
		.select({ id: entry.id, version: entry.version, english: entry.english })
		.from(entry)
		.where(and(eq(entry.slug, slug), eq(entry.status, 'approved')))
		.get();
	if (!row) return null;
	const snap = snapshotEntry(db, row.id);
	if (!snap) return null;
	const sourceIds = [...new Set(snap.names.flatMap((n) => n.sources))];
	const sources = sourceIds.length
		? db.select().from(source).where(inArray(source.id, sourceIds)).orderBy(asc(source.id)).all()
		: [];
	const rowOf = new Map(sources.map((s, i) => [s.id, i + 1]));
	return {
		entryId: row.id,
		version: row.version,
		english: row.english,
		values: {
			english: snap.english,
			glossKo: snap.glossKo ?? '',
			whyEn: snap.why?.en ?? '',
			whyKo: snap.why?.ko ?? '',
			description: snap.description,
			descriptionKo: snap.descriptionKo,
			category: snap.category,
			difference: snap.difference,
			confidence: snap.confidence,
			regions: [...snap.regions],
			summary: '',
			names: snap.names.map((n) => ({
				side: n.side,
				hangul: n.hangul,
				hanja: n.hanja ?? '',
				status: n.status,
				note: n.note ?? '',
				noteKo: n.noteKo ?? '',
				attested: n.attested ?? '',
				sources: n.sources.map((id) => String(rowOf.get(id)))
			})),
			// Existing sources first (shown, not edited), then one blank row for a new one.
			sources: [
				...sources.map((s) => ({
					id: String(s.id),
					citation: s.citation,
					url: s.url ?? '',
					publisher: s.publisher ?? '',
					year: s.year ?? ''
				})),
				blankSource()
			],
			related: [
				...snap.related.map((r) => ({ slug: r.slug, relation: r.relation })),
				blankRelated()
			]
		}
	};
}

/**
 * Counts the attempt against the account's and the IP's limits, or neither: a refusal by one
 * limit must not use up the other (a busy shared IP must not spend a contributor's own allowance).
 */
function withinLimits(db: Db, userId: number, ip: string): boolean {
	try {
		db.transaction((txn) => {
			const tx = txn as unknown as Db;
			if (
				consume(tx, `proposal:user:${userId}`, POLICIES.proposalUser()).retryAfterMs > 0 ||
				consume(tx, `proposal:ip:${ip}`, POLICIES.proposalIp()).retryAfterMs > 0
			)
				throw new LimitRefused();
		});
		return true;
	} catch (e) {
		if (e instanceof LimitRefused) return false;
		throw e;
	}
}

class LimitRefused extends Error {}

export type SubmitResult =
	| { ok: true; id: number }
	| {
			ok: false;
			status: 400 | 409 | 429;
			issues: Issues;
			/** A conflict: the form again, carried onto the current version, with both changes. */
			rebased?: { values: ProposalValues; baseVersion: number; conflict: RebaseConflict };
	  };

/**
 * Validates and stores a proposal. `target` is the entry being edited (null for a new entry),
 * with the version its form was filled from. `reviseId` is the caller's own proposal that a
 * moderator sent back, which is then updated and returned to the queue instead of adding another.
 *
 * The stored base version is never the client's: the proposal is rebased (rebase.ts) from the
 * stored proposal's base (a revision) or the form's version (a new edit, clamped to versions that
 * exist) onto the current version, which is what gets stored. A part that someone else changed
 * meanwhile and the form changes too is refused as a conflict (409) unless the form was filled
 * from the current version, i.e. its author was shown that conflict. A change that leaves the
 * entry as it is is refused (`mod_no_change`).
 */
export function submitProposal(
	db: Db,
	author: User,
	ip: string,
	values: ProposalValues,
	target: { entryId: number; baseVersion: number } | null,
	reviseId: number | null = null
): SubmitResult {
	const result = validateProposal(values, { newEntry: target === null });
	// References the schema cannot check (existing sources, related entries) are checked even when
	// other fields fail, so every problem is reported in one round.
	const issues: Issues = {
		...referenceIssues(db, values, target?.entryId ?? null),
		...(result.success ? {} : result.issues)
	};
	if (!result.success || Object.keys(issues).length) return { ok: false, status: 400, issues };
	const payload = result.payload;
	const existingIds = payload.sources.flatMap((s) => (s.id === null ? [] : [s.id]));
	const known = new Map(
		existingIds.length
			? db
					.select()
					.from(source)
					.where(inArray(source.id, existingIds))
					.all()
					.map((s) => [s.id, s])
			: []
	);
	// Existing sources are stored as the glossary has them, whatever text the form carried.
	payload.sources = payload.sources.map((s) => {
		const row = s.id === null ? undefined : known.get(s.id);
		return row
			? {
					id: row.id,
					citation: row.citation,
					url: row.url,
					publisher: row.publisher,
					year: row.year
				}
			: s;
	});

	let revising: typeof proposal.$inferSelect | undefined;
	if (reviseId !== null) {
		revising = db
			.select()
			.from(proposal)
			.where(and(eq(proposal.id, reviseId), eq(proposal.userId, author.id)))
			.get();
		if (
			!revising ||
			revising.state !== 'changes-requested' ||
			revising.entryId !== (target?.entryId ?? null)
		)
			return { ok: false, status: 400, issues: { '': 'proposal_not_revisable' } };
	} else {
		const pending =
			db
				.select({ n: count() })
				.from(proposal)
				.where(and(eq(proposal.userId, author.id), eq(proposal.state, 'pending')))
				.get()?.n ?? 0;
		if (pending >= pendingCap()) return { ok: false, status: 429, issues: { '': 'pending_cap' } };
	}
	let storedPayload: ProposalPayload = payload;
	let storedBase: number | null = null;
	if (target) {
		const current = db
			.select({ version: entry.version })
			.from(entry)
			.where(eq(entry.id, target.entryId))
			.get();
		if (!current) return { ok: false, status: 400, issues: { '': 'proposal_not_revisable' } };
		const formVersion =
			Number.isInteger(target.baseVersion) &&
			target.baseVersion >= 1 &&
			target.baseVersion <= current.version
				? target.baseVersion
				: current.version;
		const base = revising ? (revising.baseVersion ?? current.version) : formVersion;
		const rebased = rebaseProposal(db, target.entryId, base, payload, contentFromPayload);
		if (!rebased) return { ok: false, status: 400, issues: { '': 'proposal_not_revisable' } };
		if (rebased.conflict && formVersion !== rebased.baseVersion)
			return {
				ok: false,
				status: 409,
				issues: { '': 'mod_rebase_conflict' },
				rebased: {
					values: valuesFromPayload(rebased.payload),
					baseVersion: rebased.baseVersion,
					conflict: rebased.conflict
				}
			};
		if (rebased.unchanged) return { ok: false, status: 400, issues: { '': 'mod_no_change' } };
		storedPayload = rebased.payload;
		storedBase = rebased.baseVersion;
	}
	if (!withinLimits(db, author.id, ip))
		return { ok: false, status: 429, issues: { '': 'rate_limited' } };

	const now = new Date().toISOString();
	if (revising) {
		db.update(proposal)
			.set({ payload: storedPayload, baseVersion: storedBase, state: 'pending', updatedAt: now })
			.where(eq(proposal.id, revising.id))
			.run();
		return { ok: true, id: revising.id };
	}
	const row = db
		.insert(proposal)
		.values({
			userId: author.id,
			entryId: target?.entryId ?? null,
			baseVersion: storedBase,
			payload: storedPayload,
			state: 'pending',
			updatedAt: now
		})
		.returning({ id: proposal.id })
		.get();
	return { ok: true, id: row.id };
}

export interface ProposalListItem {
	id: number;
	state: ProposalState;
	message: string | null;
	createdAt: string;
	updatedAt: string;
	author: string;
	/** The entry edited, or null for a new entry (then `english` is the proposed gloss). */
	entrySlug: string | null;
	english: string;
	baseVersion: number | null;
	/** For an approved new entry: where it now lives. */
	resultSlug: string | null;
}

const reviewer = alias(user, 'reviewer');

function listItems(
	db: Db,
	where: ReturnType<typeof eq> | undefined,
	newestFirst: boolean
): ProposalListItem[] {
	const rows = db
		.select({
			id: proposal.id,
			state: proposal.state,
			message: proposal.message,
			createdAt: proposal.createdAt,
			updatedAt: proposal.updatedAt,
			author: user.username,
			entrySlug: entry.slug,
			payload: proposal.payload,
			baseVersion: proposal.baseVersion
		})
		.from(proposal)
		.innerJoin(user, eq(user.id, proposal.userId))
		.leftJoin(entry, eq(entry.id, proposal.entryId))
		.where(where)
		.orderBy(newestFirst ? desc(proposal.updatedAt) : asc(proposal.updatedAt), asc(proposal.id))
		.all();
	return rows.map(({ payload, ...r }) => ({
		...r,
		// A new entry proposed in Korean only has no English gloss until a moderator adds one.
		english: (payload as ProposalPayload).english || (payload as ProposalPayload).glossKo || '',
		resultSlug: r.entrySlug
	}));
}

export function userProposals(db: Db, userId: number): ProposalListItem[] {
	return listItems(db, eq(proposal.userId, userId), true);
}

/**
 * The user's proposals a moderator has answered (approved, rejected, changes requested) since
 * the user last opened /account, and from now on none: opening the page is reading the answers.
 * One transaction, so an answer given between the read and the mark is not lost.
 */
export function takeNewAnswers(db: Db, userId: number, now = new Date()): number[] {
	return db.transaction((txn) => {
		const tx = txn as unknown as Db;
		const seenAt = tx
			.select({ at: user.proposalsSeenAt })
			.from(user)
			.where(eq(user.id, userId))
			.get()?.at;
		const answered = tx
			.select({ id: proposal.id })
			.from(proposal)
			.where(
				and(
					eq(proposal.userId, userId),
					ne(proposal.state, 'pending'),
					isNotNull(proposal.reviewedAt),
					seenAt ? gt(proposal.reviewedAt, seenAt) : undefined
				)
			)
			.orderBy(asc(proposal.id))
			.all();
		tx.update(user).set({ proposalsSeenAt: now.toISOString() }).where(eq(user.id, userId)).run();
		return answered.map((r) => r.id);
	});
}

export interface ProposalReview extends ProposalListItem {
	payload: ProposalPayload;
	/** Field-level changes against the entry as it is now (everything, for a new entry). */
	changes: Change[];
	entryId: number | null;
	currentVersion: number | null;
	/** Set when the entry changed after the proposal was based on it: both sets of changes. */
	conflict: {
		theirs: Change[];
		ours: Change[];
		baseVersion: number;
		currentVersion: number;
	} | null;
	reviewerName: string | null;
	/** What the moderator read (proposalRevision); the approve form sends it back. */
	revision: string;
	authorId: number;
}

/**
 * A short fingerprint of what a proposal says and what it is based on. The approve form carries
 * it, so a proposal revised after the moderator opened it is not published unread (no schema
 * change: the payload itself is the revision).
 */
export function proposalRevision(p: { payload: unknown; baseVersion: number | null }): string {
	return createHash('sha256')
		.update(JSON.stringify([p.baseVersion, p.payload]))
		.digest('base64url')
		.slice(0, 22);
}

/**
 * Whether a moderator may approve their own proposal. Off by default: a second moderator vouches
 * for every change. A one-person site sets ALLOW_SELF_APPROVAL=1; the audit log says so each time.
 */
export function selfApprovalAllowed(): boolean {
	return process.env.ALLOW_SELF_APPROVAL === '1';
}

function review(db: Db, id: number): ProposalReview | null {
	const row = db
		.select({
			p: proposal,
			author: user.username,
			entrySlug: entry.slug,
			currentVersion: entry.version,
			reviewerName: reviewer.username
		})
		.from(proposal)
		.innerJoin(user, eq(user.id, proposal.userId))
		.leftJoin(entry, eq(entry.id, proposal.entryId))
		.leftJoin(reviewer, eq(reviewer.id, proposal.reviewerId))
		.where(eq(proposal.id, id))
		.get();
	if (!row) return null;
	const payload = row.p.payload as ProposalPayload;
	const ours = contentFromPayload(payload);
	let changes: Change[];
	let conflict: ProposalReview['conflict'] = null;
	if (row.p.entryId === null) {
		changes = diffContent(null, ours);
	} else {
		const current = snapshotEntry(db, row.p.entryId);
		const currentContent = current ? contentFromSnapshot(db, current) : null;
		changes = currentContent ? diffContent(currentContent, ours) : diffContent(null, ours);
		const base = row.p.baseVersion;
		if (
			row.p.state !== 'approved' &&
			base !== null &&
			row.currentVersion !== null &&
			base !== row.currentVersion &&
			currentContent
		) {
			const baseSnap = revisionSnapshot(db, row.p.entryId, base);
			const baseContent = baseSnap ? contentFromSnapshot(db, baseSnap) : null;
			conflict = {
				theirs: diffContent(baseContent, currentContent),
				ours: diffContent(baseContent, ours),
				baseVersion: base,
				currentVersion: row.currentVersion
			};
		}
	}
	return {
		id: row.p.id,
		state: row.p.state,
		message: row.p.message,
		createdAt: row.p.createdAt,
		updatedAt: row.p.updatedAt,
		author: row.author,
		entrySlug: row.entrySlug,
		english: payload.english || payload.glossKo || '',
		baseVersion: row.p.baseVersion,
		resultSlug: row.entrySlug,
		payload,
		changes,
		entryId: row.p.entryId,
		currentVersion: row.currentVersion,
		conflict,
		reviewerName: row.reviewerName,
		revision: proposalRevision(row.p),
		authorId: row.p.userId
	};
}

/** One proposal with its diff, for the moderator. */
export function getProposalReview(db: Db, id: number): ProposalReview | null {
	return review(db, id);
}

/**
 * The form to revise one's own proposal on an entry: the proposal's changes carried onto the
 * entry as it is now (never its stale whole text), the version that is, and any conflict.
 */
export function reviseFormFor(
	db: Db,
	userId: number,
	id: number,
	entryId: number
): {
	values: ProposalValues;
	baseVersion: number;
	conflict: RebaseConflict | null;
	message: string | null;
} | null {
	const p = db
		.select()
		.from(proposal)
		.where(and(eq(proposal.id, id), eq(proposal.userId, userId)))
		.get();
	if (!p || p.state !== 'changes-requested' || p.entryId !== entryId || p.baseVersion === null)
		return null;
	const payload = p.payload as ProposalPayload;
	const rebased = rebaseProposal(db, entryId, p.baseVersion, payload, contentFromPayload);
	if (!rebased) return null;
	const values = valuesFromPayload(rebased.payload);
	// One blank row to add a source or a relation, as the edit form always has.
	values.sources.push(blankSource());
	values.related.push(blankRelated());
	return {
		values,
		baseVersion: rebased.baseVersion,
		conflict: rebased.conflict,
		message: p.message
	};
}

/** The contributor's own proposal, to revise it (null when it is not theirs). */
export function getOwnProposal(db: Db, userId: number, id: number): ProposalReview | null {
	const r = review(db, id);
	if (!r) return null;
	const owner = db
		.select({ userId: proposal.userId })
		.from(proposal)
		.where(eq(proposal.id, id))
		.get();
	return owner?.userId === userId ? r : null;
}

/** The moderation queue, oldest first, each with its diff. */
export function pendingQueue(db: Db): ProposalReview[] {
	return db
		.select({ id: proposal.id })
		.from(proposal)
		.where(eq(proposal.state, 'pending'))
		.orderBy(asc(proposal.updatedAt), asc(proposal.id))
		.all()
		.flatMap(({ id }) => review(db, id) ?? []);
}

export type ReviewResult =
	| { ok: true; slug: string; version: number }
	| { ok: false; reason: 'not-found' | 'not-pending' | 'conflict' | 'changed' | 'own-proposal' }
	/** Fields the contributor left open and the moderator did not fill (issues under `settle.`). */
	| { ok: false; reason: 'unsettled'; issues: Issues };

/**
 * Approves a proposal: writes its content as a new revision of the entry (or creates the entry),
 * marks the proposal approved and logs the action, all in one transaction. Refused, writing
 * nothing, as a conflict when the entry moved on since the proposal's base version; as `changed`
 * when `seenRevision` (what the moderator read, from the approve form) is no longer what the
 * proposal says; as `own-proposal` when the moderator wrote it (unless selfApprovalAllowed()).
 * Internal callers that showed nothing to anyone pass no `seenRevision`.
 */
export function approveProposal(
	db: Db,
	moderator: User,
	id: number,
	seenRevision?: string,
	settlement: Partial<Record<SettleField, string>> = {}
): ReviewResult {
	try {
		const result = approveInTransaction(db, moderator, id, seenRevision, settlement);
		if (result.ok) notifyEntriesChanged();
		return result;
	} catch (e) {
		if (e instanceof WriteRefused) return { ok: false, reason: e.reason };
		throw e;
	}
}

class WriteRefused extends Error {
	constructor(readonly reason: 'conflict' | 'not-found') {
		super(reason);
	}
}

function approveInTransaction(
	db: Db,
	moderator: User,
	id: number,
	seenRevision: string | undefined,
	settlement: Partial<Record<SettleField, string>>
): ReviewResult {
	return db.transaction((txn): ReviewResult => {
		const tx = txn as unknown as Db;
		const p = tx.select().from(proposal).where(eq(proposal.id, id)).get();
		if (!p) return { ok: false, reason: 'not-found' };
		if (p.state !== 'pending') return { ok: false, reason: 'not-pending' };
		if (seenRevision !== undefined && seenRevision !== proposalRevision(p))
			return { ok: false, reason: 'changed' };
		const own = p.userId === moderator.id;
		if (own && !selfApprovalAllowed()) {
			// Recorded even though nothing changed: an attempt to vouch for oneself is worth seeing.
			recordAudit(tx, moderator, 'proposal.approve-own-refused', `proposal:${id}`, '');
			return { ok: false, reason: 'own-proposal' };
		}
		if (p.entryId !== null) {
			const current = tx
				.select({ version: entry.version })
				.from(entry)
				.where(eq(entry.id, p.entryId))
				.get();
			if (!current) return { ok: false, reason: 'not-found' };
			if (current.version !== p.baseVersion) return { ok: false, reason: 'conflict' };
		}
		// What the contributor left open, the moderator fills in now; the stored proposal keeps
		// the filled-in version, so it says what was published.
		const settled = settleProposal(p.payload as ProposalPayload, settlement);
		if (!settled.ok) return { ok: false, reason: 'unsettled', issues: settled.issues };
		const payload = settled.payload;
		const sourceIds = payload.sources.map(
			(s) =>
				s.id ??
				tx
					.insert(source)
					.values({
						citation: s.citation,
						url: s.url,
						publisher: s.publisher,
						year: s.year,
						// Contributor sources start at the lowest grade until a moderator grades them.
						reliability: 'D'
					})
					.returning({ id: source.id })
					.get().id
		);
		const author = tx
			.select({ id: user.id, username: user.username })
			.from(user)
			.where(eq(user.id, p.userId))
			.get()!;
		const written = writeRevision(tx, {
			entryId: p.entryId,
			expectedVersion: p.baseVersion,
			data: {
				english: payload.english,
				...(payload.glossKo !== undefined && { glossKo: payload.glossKo }),
				...(payload.why !== undefined && { why: payload.why }),
				description: payload.description,
				descriptionKo: payload.descriptionKo,
				category: payload.category,
				difference: payload.difference,
				confidence: payload.confidence,
				regions: payload.regions,
				names: payload.names.map(({ sources, ...n }) => ({
					...n,
					sourceIds: sources.flatMap((i) => (sourceIds[i] === undefined ? [] : [sourceIds[i]]))
				})),
				related: payload.related
			},
			author,
			reviewer: moderator,
			summary: payload.summary || (p.entryId === null ? 'New entry' : 'Edit')
		});
		// Nothing may stay from a refused attempt (e.g. the sources inserted above): throwing rolls back.
		if (!written.ok)
			throw new WriteRefused(written.reason === 'conflict' ? 'conflict' : 'not-found');
		const now = new Date().toISOString();
		tx.update(proposal)
			.set({
				state: 'approved',
				entryId: written.entryId,
				reviewerId: moderator.id,
				reviewedAt: now,
				revisionId: written.revisionId,
				updatedAt: now,
				message: null,
				payload
			})
			.where(eq(proposal.id, id))
			.run();
		recordAudit(
			tx,
			moderator,
			'proposal.approve',
			`proposal:${id}`,
			`entry ${written.slug} version ${written.version}${own ? ' (self-approved: ALLOW_SELF_APPROVAL=1)' : ''}`
		);
		return { ok: true, slug: written.slug, version: written.version };
	});
}

function close(
	db: Db,
	moderator: User,
	id: number,
	state: 'changes-requested' | 'rejected',
	message: string
): ReviewResult {
	return db.transaction((txn): ReviewResult => {
		const tx = txn as unknown as Db;
		const now = new Date().toISOString();
		const p = tx
			.select({ state: proposal.state, slug: entry.slug })
			.from(proposal)
			.leftJoin(entry, eq(entry.id, proposal.entryId))
			.where(eq(proposal.id, id))
			.get();
		if (!p) return { ok: false, reason: 'not-found' };
		if (p.state !== 'pending') return { ok: false, reason: 'not-pending' };
		tx.update(proposal)
			.set({ state, message, reviewerId: moderator.id, reviewedAt: now, updatedAt: now })
			.where(and(eq(proposal.id, id), eq(proposal.state, 'pending')))
			.run();
		recordAudit(
			tx,
			moderator,
			state === 'rejected' ? 'proposal.reject' : 'proposal.request-changes',
			`proposal:${id}`,
			message
		);
		return { ok: true, slug: p.slug ?? '', version: 0 };
	});
}

export function requestChanges(db: Db, moderator: User, id: number, message: string): ReviewResult {
	return close(db, moderator, id, 'changes-requested', message);
}

export function rejectProposal(db: Db, moderator: User, id: number, reason: string): ReviewResult {
	return close(db, moderator, id, 'rejected', reason);
}

/** Approved entries that already have a name written exactly so (the "already exists" warning). */
export function entriesWithName(
	db: Db,
	hangul: string,
	exceptEntryId: number | null = null
): { slug: string; english: string; side: string }[] {
	return db
		.selectDistinct({ slug: entry.slug, english: entry.english, side: entryName.side })
		.from(entryName)
		.innerJoin(entry, eq(entry.id, entryName.entryId))
		.where(
			and(
				eq(entryName.hangul, hangul),
				eq(entry.status, 'approved'),
				exceptEntryId === null ? undefined : ne(entry.id, exceptEntryId)
			)
		)
		.orderBy(asc(entry.slug))
		.limit(10)
		.all();
}
