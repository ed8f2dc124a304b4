import { sql } from 'drizzle-orm';
import {
	type AnySQLiteColumn,
	index,
	integer,
	primaryKey,
	sqliteTable,
	text,
	uniqueIndex
} from 'drizzle-orm/sqlite-core';
import type {
	Category,
	Confidence,
	Difference,
	EntryStatus,
	NameSide,
	NameStatus,
	PhotoStatus,
	Region,
	Relation,
	Reliability
} from '../../vocabulary';

const createdAt = () =>
	text('created_at')
		.notNull()
		.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** A concept: a dish, an ingredient, a drink or a kitchen word, named differently (or not) on each side. */
export const entry = sqliteTable(
	'entry',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		slug: text('slug').notNull(),
		category: text('category').$type<Category>().notNull(),
		/** Region keys (see vocabulary.ts); empty for dishes eaten everywhere. */
		regions: text('regions', { mode: 'json' })
			.$type<Region[]>()
			.notNull()
			.default(sql`'[]'`),
		english: text('english').notNull(),
		/** The Korean twin of `english`: a short gloss shown on Korean pages. */
		glossKo: text('gloss_ko').notNull().default(''),
		/** One sentence of this entry's own reason for the names (not its category's text). */
		whyEn: text('why_en').notNull().default(''),
		whyKo: text('why_ko').notNull().default(''),
		description: text('description').notNull().default(''),
		descriptionKo: text('description_ko').notNull().default(''),
		difference: text('difference').$type<Difference>().notNull(),
		confidence: text('confidence').$type<Confidence>().notNull(),
		status: text('status').$type<EntryStatus>().notNull().default('approved'),
		/** Bumped by every revision; an edit based on an older version is a conflict. */
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: text('updated_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [
		uniqueIndex('entry_slug_unique').on(t.slug),
		index('entry_category_idx').on(t.category),
		index('entry_difference_idx').on(t.difference)
	]
);

/** A name of an entry on one side (or both). Several per side: 냉면 has 랭면 and 찬국수 in the North. */
export const entryName = sqliteTable(
	'entry_name',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		entryId: integer('entry_id')
			.notNull()
			.references(() => entry.id, { onDelete: 'cascade' }),
		side: text('side').$type<NameSide>().notNull(),
		hangul: text('hangul').notNull(),
		hanja: text('hanja'),
		status: text('status').$type<NameStatus>().notNull().default('current'),
		note: text('note'),
		/** The Korean twin of `note`. */
		noteKo: text('note_ko'),
		/** Year or range in which a source saw the name in use, e.g. "1981–1992". */
		attested: text('attested'),
		/** Display order within a side; the first current name is the headword. */
		position: integer('position').notNull().default(0),
		/**
		 * When a moderator last vouched for this name: set when an approved proposal or a revert writes
		 * it, or when a moderator marks seed names reviewed. Null means not reviewed (see docs/moderation.md).
		 */
		reviewedAt: text('reviewed_at'),
		reviewedBy: integer('reviewed_by')
	},
	(t) => [index('entry_name_entry_idx').on(t.entryId), index('entry_name_hangul_idx').on(t.hangul)]
);

export const source = sqliteTable(
	'source',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Stable key used by the seed files; null for sources added by contributors. */
		key: text('key'),
		citation: text('citation').notNull(),
		/** Reader-facing parts of the citation (author, title); null where only `citation` is known. */
		author: text('author'),
		title: text('title'),
		/** How the source was read (a mirror, an open-data dump, an extract): a second, smaller line. */
		via: text('via'),
		url: text('url'),
		publisher: text('publisher'),
		year: text('year'),
		reliability: text('reliability').$type<Reliability>().notNull()
	},
	(t) => [uniqueIndex('source_key_unique').on(t.key)]
);

export const nameSource = sqliteTable(
	'name_source',
	{
		nameId: integer('name_id')
			.notNull()
			.references(() => entryName.id, { onDelete: 'cascade' }),
		sourceId: integer('source_id')
			.notNull()
			.references(() => source.id, { onDelete: 'restrict' })
	},
	(t) => [primaryKey({ columns: [t.nameId, t.sourceId] })]
);

/** Stored once per pair; read in both directions (broader seen from the other end is narrower). */
export const entryRelation = sqliteTable(
	'entry_relation',
	{
		fromEntryId: integer('from_entry_id')
			.notNull()
			.references(() => entry.id, { onDelete: 'cascade' }),
		toEntryId: integer('to_entry_id')
			.notNull()
			.references((): AnySQLiteColumn => entry.id, { onDelete: 'cascade' }),
		relation: text('relation').$type<Relation>().notNull()
	},
	(t) => [
		primaryKey({ columns: [t.fromEntryId, t.toEntryId, t.relation] }),
		index('entry_relation_to_idx').on(t.toEntryId)
	]
);

export const photo = sqliteTable(
	'photo',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		entryId: integer('entry_id').references(() => entry.id, { onDelete: 'set null' }),
		/** File name inside the photo store (seed photos: db/seed/photos; uploads: UPLOAD_DIR). */
		file: text('file').notNull(),
		author: text('author').notNull(),
		license: text('license').notNull(),
		licenseUrl: text('license_url').notNull(),
		sourceUrl: text('source_url'),
		altEn: text('alt_en').notNull(),
		altKo: text('alt_ko'),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		cropped: integer('cropped', { mode: 'boolean' }).notNull().default(false),
		status: text('status').$type<PhotoStatus>().notNull().default('pending'),
		uploaderId: integer('uploader_id'),
		/**
		 * Uploads only (seed photos have none): the sized AVIF/WebP/JPEG files the pipeline wrote,
		 * named `<file>-<width>.<ext>` (see photo-pipeline.ts).
		 */
		variants: text('variants', { mode: 'json' })
			.$type<PhotoVariant[]>()
			.notNull()
			.default(sql`'[]'`),
		/** A tiny blurred WebP as a data: URI, shown while the real photo loads. */
		placeholder: text('placeholder'),
		/** The format the contributor sent (jpeg, png, webp, avif, heif), checked by content. */
		sourceFormat: text('source_format'),
		/**
		 * What the upload carried and the pipeline removed: exif, gps, xmp, icc, iptc, comment (PNG
		 * text chunks, JPEG COM segments), orientation.
		 */
		strippedMetadata: text('stripped_metadata', { mode: 'json' })
			.$type<StrippedTag[]>()
			.notNull()
			.default(sql`'[]'`),
		/** The contributor says they took the photo themselves (else: an existing openly licensed one). */
		ownWork: integer('own_work', { mode: 'boolean' }).notNull().default(false),
		/** The proposal the photo came with, when it came with one (a new entry has no entryId yet). */
		proposalId: integer('proposal_id'),
		reviewerId: integer('reviewer_id'),
		reviewedAt: text('reviewed_at'),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('photo_file_unique').on(t.file),
		index('photo_entry_idx').on(t.entryId),
		index('photo_status_idx').on(t.status)
	]
);

export type PhotoFormat = 'avif' | 'webp' | 'jpeg';
export interface PhotoVariant {
	format: PhotoFormat;
	width: number;
	height: number;
	bytes: number;
}
export const STRIPPED_TAGS = [
	'exif',
	'gps',
	'xmp',
	'icc',
	'iptc',
	'comment',
	'orientation'
] as const;
export type StrippedTag = (typeof STRIPPED_TAGS)[number];

/**
 * Every change to an entry, with the whole entry before and after as JSON snapshots. The seed
 * import writes through it too, so the history of every entry starts with the seed.
 */
export const revision = sqliteTable(
	'revision',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		entryId: integer('entry_id')
			.notNull()
			.references(() => entry.id, { onDelete: 'cascade' }),
		/** The entry version this revision produced. */
		version: integer('version').notNull(),
		userId: integer('user_id'),
		/** Who made it, as shown in the history ("seed import" for the seed). */
		author: text('author').notNull(),
		summary: text('summary').notNull(),
		before: text('before', { mode: 'json' }),
		after: text('after', { mode: 'json' }).notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('revision_entry_version_unique').on(t.entryId, t.version)]
);

/*
 * Accounts, proposals and moderation (issue 5).
 */

export const ROLES = ['contributor', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const user = sqliteTable(
	'user',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** As typed at sign-up, shown in the history. */
		username: text('username').notNull(),
		/** NFKC + lower case: usernames are unique case-insensitively. */
		usernameKey: text('username_key').notNull(),
		/** argon2id PHC string. */
		passwordHash: text('password_hash').notNull(),
		role: text('role').$type<Role>().notNull().default('contributor'),
		/**
		 * When the user last opened /account: moderators' answers (approved, rejected, changes
		 * requested) after it are announced there as new. Null: never.
		 */
		proposalsSeenAt: text('proposals_seen_at'),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('user_username_key_unique').on(t.usernameKey)]
);

/**
 * One-time codes that let a user set a new password without e-mail (see recovery-codes.ts). Only
 * argon2 hashes are stored; a used code keeps its row (usedAt set) so it cannot work twice.
 */
export const recoveryCode = sqliteTable(
	'recovery_code',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: text('used_at'),
		createdAt: createdAt()
	},
	(t) => [index('recovery_code_user_idx').on(t.userId)]
);

/** A login. The id is the SHA-256 of the cookie's token, so a copy of the database logs no one in. */
export const session = sqliteTable(
	'session',
	{
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** Milliseconds since the epoch; pushed forward while the session is used (sliding expiry). */
		expiresAt: integer('expires_at').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

/** Counters for login, sign-up and submission limits, keyed by purpose and IP or account. */
export const rateLimit = sqliteTable('rate_limit', {
	key: text('key').primaryKey(),
	count: integer('count').notNull().default(0),
	/** Milliseconds since the epoch when the current counting window began. */
	windowStart: integer('window_start').notNull(),
	/** Milliseconds since the epoch until which the key is locked out; 0 when not locked. */
	lockedUntil: integer('locked_until').notNull().default(0)
});

export const PROPOSAL_STATES = ['pending', 'changes-requested', 'approved', 'rejected'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/**
 * A contributor's suggested new entry (entryId null) or edit. The payload is the whole proposed
 * entry (see ProposalPayload); baseVersion is the entry version the edit started from, so an
 * approval after someone else's change is refused as a conflict instead of overwriting it.
 */
export const proposal = sqliteTable(
	'proposal',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		userId: integer('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		entryId: integer('entry_id').references(() => entry.id, { onDelete: 'cascade' }),
		baseVersion: integer('base_version'),
		payload: text('payload', { mode: 'json' }).notNull(),
		state: text('state').$type<ProposalState>().notNull().default('pending'),
		/** The moderator's message (changes requested) or reason (rejected). */
		message: text('message'),
		reviewerId: integer('reviewer_id').references(() => user.id, { onDelete: 'set null' }),
		reviewedAt: text('reviewed_at'),
		/** The revision an approval wrote. */
		revisionId: integer('revision_id').references(() => revision.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: text('updated_at')
			.notNull()
			.default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
	},
	(t) => [
		index('proposal_state_idx').on(t.state),
		index('proposal_user_idx').on(t.userId),
		index('proposal_entry_idx').on(t.entryId)
	]
);

/** What moderators and admins did: approvals, rejections, reverts, role changes. */
export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		actorId: integer('actor_id').references(() => user.id, { onDelete: 'set null' }),
		/** Kept when the account is gone. */
		actorName: text('actor_name').notNull(),
		action: text('action').notNull(),
		/** e.g. "proposal:12", "entry:naengmyeon", "user:7". */
		target: text('target').notNull(),
		detail: text('detail').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('audit_log_created_idx').on(t.createdAt)]
);
