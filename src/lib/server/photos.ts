/**
 * Photos contributors send: taking them in (checked and processed by photo-pipeline.ts, stored by
 * photo-store.ts), who may see them before and after review, moderation and credits.
 */
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from './db/client';
import { entry, entryName, photo, proposal, user } from './db/schema';
import { hasRole, type User } from './accounts';
import { notifyEntriesChanged } from './entry-events';
import { recordAudit } from './audit';
import { consume, type Policy } from './rate-limit';
import {
	MAX_UPLOAD_BYTES,
	PhotoRefusedError,
	processPhoto,
	type ProcessedPhoto,
	type RefusalCode
} from './photo-pipeline';
import {
	deleteVariants,
	parsePhotoFileName,
	publicPhoto,
	readPhotoFile,
	writeVariants
} from './photo-store';
import * as v from 'valibot';
import {
	PHOTO_LICENCES,
	PhotoDetailsSchema,
	photoFormValues,
	type PhotoDetails,
	type PhotoFormValues,
	type PhotoIssue
} from '../schemas/photo';
import type { Photo } from '../types';

/** The form's issue code for a refused file: `not-an-image` → `photo_not_an_image`. */
export function refusalIssue(code: RefusalCode): PhotoIssue {
	return `photo_${code.replaceAll('-', '_')}` as PhotoIssue;
}

/**
 * At most two photos are processed at once: decoding a 12-megapixel photo takes tens of megabytes
 * and both cores for a second or two, and uploads should not starve page rendering.
 */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function inPipelineSlot<T>(work: () => Promise<T>): Promise<T> {
	if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
	running++;
	try {
		return await work();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

/** Uploads per account per hour (RATE_LIMIT_PHOTO_USER); each costs a few seconds of both cores. */
export function photoUploadPolicy(): Policy {
	const n = Number.parseInt(process.env.RATE_LIMIT_PHOTO_USER ?? '', 10);
	return {
		limit: Number.isFinite(n) && n > 0 ? n : 20,
		windowMs: 60 * 60_000,
		lockMs: 0,
		maxLockMs: 0
	};
}

/** Counts an upload attempt; false when the account has used up its uploads for the hour. */
export function allowUpload(db: Db, uploader: User): boolean {
	return consume(db, `photo:user:${uploader.id}`, photoUploadPolicy()).retryAfterMs === 0;
}

/** An approved entry a photo may be added to, with what its page heading shows. */
export function photoTarget(
	db: Db,
	slug: string
): {
	id: number;
	slug: string;
	english: string;
	south: string | null;
	north: string | null;
} | null {
	const row = db
		.select({ id: entry.id, slug: entry.slug, english: entry.english })
		.from(entry)
		.where(and(eq(entry.slug, slug), eq(entry.status, 'approved')))
		.get();
	if (!row) return null;
	const names = db
		.select({ side: entryName.side, hangul: entryName.hangul })
		.from(entryName)
		.where(and(eq(entryName.entryId, row.id), eq(entryName.status, 'current')))
		.orderBy(asc(entryName.position))
		.all();
	const first = (side: 'south' | 'north') =>
		names.find((n) => n.side === side || n.side === 'both')?.hangul ?? null;
	return { ...row, south: first('south'), north: first('north') };
}

export interface PhotoSubmission {
	bytes: Uint8Array;
	/** The entry it shows; null for a proposed new entry, linked on approval of the proposal. */
	entryId: number | null;
	proposalId?: number | null;
	uploader: User;
	details: PhotoDetails;
}

export type SubmitResult =
	{ ok: true; id: number; file: string } | { ok: false; issue: PhotoIssue };

/**
 * Checks and processes a contributor's file and records it as pending. The original bytes are
 * dropped here: only the re-encoded copies reach the disk.
 */
export async function submitPhoto(db: Db, submission: PhotoSubmission): Promise<SubmitResult> {
	const prepared = await preparePhoto(db, submission.bytes);
	if (!prepared.ok) return prepared;
	return storePhoto(db, prepared.processed, submission);
}

export type PreparedPhoto =
	{ ok: true; processed: ProcessedPhoto } | { ok: false; issue: PhotoIssue };

/**
 * The first half of submitPhoto: checks and processes the file, writing nothing. A proposal form
 * calls it before saving the proposal, so a refused photo leaves no proposal behind.
 */
export async function preparePhoto(db: Db, bytes: Uint8Array): Promise<PreparedPhoto> {
	let processed;
	try {
		processed = await inPipelineSlot(() => processPhoto(bytes));
	} catch (e) {
		if (e instanceof PhotoRefusedError) return { ok: false, issue: refusalIssue(e.code) };
		throw e;
	}
	// The same file twice (pending, shown or refused before) is the same photo.
	const existing = db
		.select({ id: photo.id })
		.from(photo)
		.where(eq(photo.file, processed.key))
		.get();
	if (existing) return { ok: false, issue: 'photo_duplicate' };
	return { ok: true, processed };
}

/**
 * The second half of submitPhoto: reserves the pending row, then writes the copies. The row comes
 * first because the file name is the content hash: of two identical uploads at once, the unique
 * index lets exactly one insert, and the other answers "already uploaded" without touching the
 * files, which belong to the winner. Only the winner deletes what it wrote, and only if writing
 * fails (then its row goes too).
 */
export async function storePhoto(
	db: Db,
	processed: ProcessedPhoto,
	submission: Omit<PhotoSubmission, 'bytes'>
): Promise<SubmitResult> {
	const { details, uploader } = submission;
	const licence = PHOTO_LICENCES[details.licence];
	const variants = processed.variants.map(({ format, width, height, bytes }) => ({
		format,
		width,
		height,
		bytes
	}));
	const row = db
		.insert(photo)
		.values({
			entryId: submission.entryId,
			proposalId: submission.proposalId ?? null,
			file: processed.key,
			author: details.origin === 'own' ? details.author || uploader.username : details.author,
			license: licence.name,
			licenseUrl: licence.url,
			sourceUrl: details.origin === 'existing' ? details.sourceUrl : details.sourceUrl || null,
			altEn: details.altEn,
			altKo: details.altKo || null,
			width: processed.width,
			height: processed.height,
			cropped: details.cropped,
			status: 'pending',
			uploaderId: uploader.id,
			variants,
			placeholder: processed.placeholder,
			sourceFormat: processed.sourceFormat,
			strippedMetadata: processed.stripped,
			ownWork: details.origin === 'own'
		})
		.onConflictDoNothing({ target: photo.file })
		.returning({ id: photo.id })
		.get();
	if (!row) return { ok: false, issue: 'photo_duplicate' };
	try {
		await writeVariants(processed.key, processed.variants);
	} catch (e) {
		db.delete(photo).where(eq(photo.id, row.id)).run();
		await deleteVariants(processed.key, variants);
		throw e;
	}
	return { ok: true, id: row.id, file: processed.key };
}

/**
 * A file the /photos route may send, and to whom: approved photos to everyone (cached for a
 * year, the names are content hashes); pending ones only to moderators and their uploader,
 * uncached. Rejected and removed photos to no one.
 */
export async function readServedPhoto(
	db: Db,
	name: string,
	viewer: User | null
): Promise<{
	body: Buffer;
	type: string;
	visibility: 'public' | 'private';
	immutable: boolean;
} | null> {
	const ref = parsePhotoFileName(name);
	if (!ref) return null;
	const row = db
		.select()
		.from(photo)
		.where(eq(photo.file, ref.kind === 'variant' ? ref.key : ref.file))
		.get();
	if (!row) return null;
	if (
		ref.kind === 'variant' &&
		!row.variants.some((v) => v.format === ref.format && v.width === ref.width)
	)
		return null;
	let visibility: 'public' | 'private';
	if (row.status === 'approved') visibility = 'public';
	else if (
		row.status === 'pending' &&
		viewer &&
		(viewer.id === row.uploaderId || hasRole(viewer.role, 'moderator'))
	)
		visibility = 'private';
	else return null;
	const found = await readPhotoFile(ref);
	if (!found) return null;
	// Seed files keep their descriptive names when replaced, so only upload names are immutable.
	return { ...found, visibility, immutable: ref.kind === 'variant' };
}

export interface ReviewPhoto {
	id: number;
	status: (typeof photo.$inferSelect)['status'];
	photo: Photo;
	entrySlug: string | null;
	entryEnglish: string | null;
	uploader: string | null;
	ownWork: boolean;
	sourceFormat: string | null;
	strippedMetadata: (typeof photo.$inferSelect)['strippedMetadata'];
	proposalId: number | null;
	createdAt: string;
}

function reviewRows(db: Db, where: SQL | undefined, order: 'oldest' | 'newest', limit: number) {
	return db
		.select({ photo, slug: entry.slug, english: entry.english, uploader: user.username })
		.from(photo)
		.leftJoin(entry, eq(entry.id, photo.entryId))
		.leftJoin(user, eq(user.id, photo.uploaderId))
		.where(where)
		.orderBy(order === 'oldest' ? asc(photo.id) : desc(photo.id))
		.limit(limit)
		.all()
		.map((r): ReviewPhoto => ({
			id: r.photo.id,
			status: r.photo.status,
			photo: publicPhoto(r.photo),
			entrySlug: r.slug,
			entryEnglish: r.english,
			uploader: r.uploader,
			ownWork: r.photo.ownWork,
			sourceFormat: r.photo.sourceFormat,
			strippedMetadata: r.photo.strippedMetadata,
			proposalId: r.photo.proposalId,
			createdAt: r.photo.createdAt
		}));
}

/** The moderation queue, oldest first, and the most recently shown photos (to remove one). */
export function photosForReview(db: Db): { pending: ReviewPhoto[]; approved: ReviewPhoto[] } {
	return {
		pending: reviewRows(db, eq(photo.status, 'pending'), 'oldest', 100),
		approved: reviewRows(db, eq(photo.status, 'approved'), 'newest', 100)
	};
}

/** A contributor's own photos of an entry, whatever their state, newest first. */
export function photosByUploader(db: Db, uploaderId: number, entryId: number): ReviewPhoto[] {
	return reviewRows(
		db,
		and(eq(photo.uploaderId, uploaderId), eq(photo.entryId, entryId)),
		'newest',
		50
	);
}

/** The photos sent with a proposal that still have files (waiting or shown), for its reviewer. */
export function photosOfProposal(db: Db, proposalId: number): ReviewPhoto[] {
	return reviewRows(
		db,
		and(eq(photo.proposalId, proposalId), inArray(photo.status, ['pending', 'approved'])),
		'oldest',
		20
	);
}

/**
 * A rejected proposal takes its pending photos with it: a photo of a new entry that will never
 * exist could never be approved, and must not wait in the queue or stay on disk.
 */
export async function rejectPhotosOfProposal(
	db: Db,
	moderator: User,
	proposalId: number
): Promise<void> {
	const pending = db
		.select({ id: photo.id })
		.from(photo)
		.where(and(eq(photo.proposalId, proposalId), eq(photo.status, 'pending')))
		.all();
	for (const { id } of pending) await reviewPhoto(db, id, moderator, 'reject');
}

export type PhotoDecision = 'approve' | 'reject' | 'remove';

export type ReviewResult =
	{ ok: true } | { ok: false; code: 'photo_not_found' | 'photo_not_reviewable' | 'photo_no_entry' };

const FROM_STATUS = { approve: 'pending', reject: 'pending', remove: 'approved' } as const;
const TO_STATUS = { approve: 'approved', reject: 'rejected', remove: 'removed' } as const;

/**
 * Approves or rejects a pending photo, or removes a shown one. A refused or removed upload's files
 * are deleted: no cache key or old link can bring it back. The status guard in the update makes
 * two moderators deciding at once harmless: the second finds nothing to change.
 */
export async function reviewPhoto(
	db: Db,
	id: number,
	moderator: User,
	decision: PhotoDecision
): Promise<ReviewResult> {
	const row = db.select().from(photo).where(eq(photo.id, id)).get();
	if (!row) return { ok: false, code: 'photo_not_found' };
	if (row.status !== FROM_STATUS[decision]) return { ok: false, code: 'photo_not_reviewable' };
	// A photo sent with a new-entry proposal belongs to the entry its approval created.
	const entryId = row.entryId ?? proposalEntryId(db, row.proposalId);
	if (decision === 'approve' && entryId === null) return { ok: false, code: 'photo_no_entry' };
	const changed = db.transaction((txn) => {
		// The house pattern (accounts.ts): a transaction is used as the Db it belongs to.
		const tx = txn as unknown as Db;
		const n = tx
			.update(photo)
			.set({
				status: TO_STATUS[decision],
				entryId,
				reviewerId: moderator.id,
				reviewedAt: new Date().toISOString()
			})
			.where(and(eq(photo.id, id), eq(photo.status, FROM_STATUS[decision])))
			.run().changes;
		if (n) recordAudit(tx, moderator, `photo.${decision}`, `photo:${id}`, row.file);
		return n;
	});
	if (!changed) return { ok: false, code: 'photo_not_reviewable' };
	if (decision !== 'approve' && row.variants.length) await deleteVariants(row.file, row.variants);
	if (decision !== 'reject') notifyEntriesChanged();
	return { ok: true };
}

function proposalEntryId(db: Db, proposalId: number | null): number | null {
	if (proposalId === null) return null;
	const row = db
		.select({ entryId: proposal.entryId })
		.from(proposal)
		.where(and(eq(proposal.id, proposalId), eq(proposal.state, 'approved')))
		.get();
	return row?.entryId ?? null;
}

/** The HTTP status a refused photo is answered with. */
export function issueStatus(issue: string | undefined): number {
	if (issue === 'photo_too_large') return 413;
	if (issue === 'photo_not_an_image' || issue === 'photo_heic_unsupported') return 415;
	return 400;
}

/** A photo part of a form as the action reads it: the file, the typed fields, what is wrong. */
export interface PhotoPart {
	file: File | null;
	values: PhotoFormValues;
	issues: Record<string, string>;
	details: PhotoDetails | null;
}

/**
 * Reads the photo fields of a form. Required (the photo form): no file is an issue. Optional (a
 * proposal): no file means no photo, and the other photo fields are then not checked.
 */
export function readPhotoPart(fd: FormData, required: boolean): PhotoPart {
	const values = photoFormValues(fd);
	const raw = fd.get('photo');
	// No file chosen: browsers send an empty part with an empty name.
	const file = raw instanceof File && !(raw.size === 0 && raw.name === '') ? raw : null;
	if (!file && !required) return { file: null, values, issues: {}, details: null };
	const parsed = v.safeParse(PhotoDetailsSchema, values);
	const issues: Record<string, string> = {};
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const key = v.getDotPath(issue) ?? '';
			issues[key] ??= issue.message;
		}
	}
	if (!file) issues.photo = 'photo_required';
	else if (file.size > MAX_UPLOAD_BYTES) issues.photo = 'photo_too_large';
	return { file, values, issues, details: parsed.success ? parsed.output : null };
}

export interface CreditedPhoto {
	photo: Photo;
	entrySlug: string;
	english: string;
	south: string | null;
	north: string | null;
}

/** Every photo shown on the site, with the entry it illustrates, for /credits. */
export function creditedPhotos(db: Db): CreditedPhoto[] {
	const rows = db
		.select({ photo, slug: entry.slug, english: entry.english, entryId: entry.id })
		.from(photo)
		.innerJoin(entry, eq(entry.id, photo.entryId))
		.where(and(eq(photo.status, 'approved'), eq(entry.status, 'approved')))
		.orderBy(asc(entry.english), asc(photo.id))
		.all();
	const ids = [...new Set(rows.map((r) => r.entryId))];
	const names = ids.length
		? db
				.select({ entryId: entryName.entryId, side: entryName.side, hangul: entryName.hangul })
				.from(entryName)
				.where(and(inArray(entryName.entryId, ids), eq(entryName.status, 'current')))
				.orderBy(asc(entryName.position))
				.all()
		: [];
	const headword = (entryId: number, side: 'south' | 'north') =>
		names.find((n) => n.entryId === entryId && (n.side === side || n.side === 'both'))?.hangul ??
		null;
	return rows.map((r) => ({
		photo: publicPhoto(r.photo),
		entrySlug: r.slug,
		english: r.english,
		south: headword(r.entryId, 'south'),
		north: headword(r.entryId, 'north')
	}));
}
