import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/client';
import { entry, proposal, revision } from '../db/schema';
import { getEntry, snapshotEntry } from '../entries';
import { writeFromSnapshot, writeRevision } from '../revisions';
import { loadSeed } from './load';
import type { SeedData } from './types';
import { readSeed } from './validate';
import { upgradeSeed } from './upgrade';

/*
 * A real SQLite file made by a "previous seed": today's seed without one entry (aiseukeurim),
 * without one name, and with an older gloss on two entries; one of those two is
 * then edited by a moderator. Upgrading to today's seed must import the missing entry and name,
 * apply the change to the entry nobody edited, and turn the one to the edited entry into a
 * pending proposal by the seed.
 */
const SEED_DIR = fileURLToPath(new URL('../../../../db/seed', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nambuk-upgrade-'));
let db: Db;
let seed: SeedData;

const moderator = { id: 0, username: 'mod1', role: 'moderator' as const };

beforeAll(() => {
	seed = readSeed(SEED_DIR);
	const previous = structuredClone(seed);
	previous.entries = previous.entries.filter((e) => e.slug !== 'aiseukeurim');
	for (const e of previous.entries) e.related = e.related.filter((r) => r.slug !== 'aiseukeurim');
	previous.photos = previous.photos.filter((p) => p.entry !== 'aiseukeurim');
	const naengmyeon = previous.entries.find((e) => e.slug === 'naengmyeon')!;
	naengmyeon.names = naengmyeon.names.filter((n) => n.hangul !== '찬국수');
	naengmyeon.glossKo = '냉면 (예전 풀이)';
	const kimchi = previous.entries.find((e) => e.slug === 'kimchi')!;
	kimchi.glossKo = '김치 (예전 풀이)';
	// Sources only the dropped entry used would fail validation as unused.
	const used = new Set(previous.entries.flatMap((e) => e.names.flatMap((n) => n.sources)));
	previous.sources = previous.sources.filter((s) => used.has(s.key));

	db = openDatabase(join(dir, 'upgrade.sqlite'));
	loadSeed(db, previous);
	const mod = db.$client
		.prepare(
			"INSERT INTO user (username, username_key, password_hash, role) VALUES ('mod1', 'mod1', '!', 'moderator') RETURNING id"
		)
		.get() as { id: number };
	moderator.id = mod.id;
	const row = db.select().from(entry).where(eq(entry.slug, 'kimchi')).get()!;
	const edit = writeFromSnapshot(snapshotEntry(db, row.id)!);
	edit.english = 'kimchi (edited by a moderator)';
	const written = writeRevision(db, {
		entryId: row.id,
		expectedVersion: row.version,
		data: edit,
		author: moderator,
		reviewer: moderator,
		summary: 'moderator edit'
	});
	expect(written.ok).toBe(true);
});

afterAll(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('seed upgrade on a database made by the previous seed', () => {
	let result: ReturnType<typeof upgradeSeed>;
	beforeAll(() => {
		result = upgradeSeed(db, seed);
	});

	it('imports the entry the database lacks, as revision 1 by the seed', () => {
		expect(result.added).toEqual(['aiseukeurim']);
		const e = getEntry(db, 'aiseukeurim')!;
		expect(e.north.map((n) => n.hangul)).toContain('에스키모');
		expect(e.glossKo).toBe('아이스크림');
		const revs = db
			.select()
			.from(revision)
			.innerJoin(entry, eq(entry.id, revision.entryId))
			.where(eq(entry.slug, 'aiseukeurim'))
			.all();
		expect(revs.map((r) => [r.revision.version, r.revision.author])).toEqual([[1, 'seed import']]);
	});

	it('applies a seed change to an entry nobody edited as a new revision by the seed', () => {
		expect(result.updated).toContain('naengmyeon');
		const e = getEntry(db, 'naengmyeon')!;
		expect(e.version).toBe(2);
		expect(e.glossKo).toBe('차가운 육수에 만 국수');
		expect(e.north.map((n) => n.hangul)).toContain('찬국수');
		const rev = db
			.select()
			.from(revision)
			.where(
				and(
					eq(
						revision.entryId,
						db.select().from(entry).where(eq(entry.slug, 'naengmyeon')).get()!.id
					),
					eq(revision.version, 2)
				)
			)
			.get()!;
		expect(rev.author).toBe('seed import');
		// Seed names are not vouched for by anyone.
		expect(e.north.every((n) => !n.reviewed)).toBe(true);
	});

	it('turns a seed change to an entry a moderator edited into a pending proposal by the seed', () => {
		expect(result.proposed).toEqual(['kimchi']);
		const e = getEntry(db, 'kimchi')!;
		expect(e.english).toBe('kimchi (edited by a moderator)');
		expect(e.glossKo).toBe('김치 (예전 풀이)');
		const row = db.select().from(entry).where(eq(entry.slug, 'kimchi')).get()!;
		const pending = db.select().from(proposal).where(eq(proposal.entryId, row.id)).all();
		expect(pending).toHaveLength(1);
		expect(pending[0]).toMatchObject({ state: 'pending', baseVersion: row.version });
		expect((pending[0]!.payload as { glossKo: string }).glossKo).toBe(
			seed.entries.find((x) => x.slug === 'kimchi')!.glossKo
		);
	});

	it('leaves every other entry alone and does nothing the second time', () => {
		// naengmyeon, and the entries whose relation to the new entry the previous seed lacked (bingsu).
		const relating = seed.entries
			.filter((e) => e.related.some((r) => r.slug === 'aiseukeurim'))
			.map((e) => e.slug);
		expect(relating).toContain('bingsu');
		expect([...result.updated].sort()).toEqual([...relating, 'naengmyeon'].sort());
		const again = upgradeSeed(db, seed);
		expect(again).toEqual({ added: [], updated: [], proposed: [] });
		expect(db.select().from(proposal).all()).toHaveLength(1);
	});
});
