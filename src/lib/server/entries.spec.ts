import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import * as entries from './entries';
import { isEmpty, loadSeed, seedIfEmpty } from './seed/load';
import { readSeed } from './seed/validate';

// A real SQLite file built by the real migrations and loaded with the real seed.
const dir = mkdtempSync(join(tmpdir(), 'nambuk-entries-'));
let db: Db;
const seed = readSeed('db/seed');

beforeAll(() => {
	db = openDatabase(join(dir, 'test.sqlite'));
	expect(seedIfEmpty(db, 'db/seed')).toBe(true);
});

afterAll(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('seed import', () => {
	it('loads every seed entry and is not repeated on the next start', () => {
		expect(entries.facetCounts(db).total).toBe(seed.entries.length);
		expect(seedIfEmpty(db, 'db/seed')).toBe(false);
		expect(entries.facetCounts(db).total).toBe(seed.entries.length);
	});

	it('starts the history of every entry with a seed revision holding the whole entry', () => {
		const history = entries.entryHistory(db, 'naengmyeon');
		expect(history).toHaveLength(1);
		expect(history[0]).toMatchObject({ version: 1, author: 'seed import' });
		const count = db.$client.prepare('SELECT count(*) AS n FROM revision').get() as { n: number };
		expect(count.n).toBe(seed.entries.length);
		const after = db.$client
			.prepare(
				"SELECT r.after FROM revision r JOIN entry e ON e.id = r.entry_id WHERE e.slug = 'naengmyeon'"
			)
			.get() as { after: string };
		const snapshot = JSON.parse(after.after) as entries.EntrySnapshot;
		expect(snapshot.names.map((n) => n.hangul)).toEqual(expect.arrayContaining(['냉면', '랭면']));
	});

	it('refuses an invalid seed and writes nothing', () => {
		const other = openDatabase(':memory:');
		const broken = structuredClone(seed);
		broken.entries[0]!.names[0]!.sources = [];
		expect(() => loadSeed(other, broken)).toThrow(/source/i);
		expect(isEmpty(other)).toBe(true);
		other.$client.close();
	});

	it('applies migrations idempotently', () => {
		const again = openDatabase(join(dir, 'test.sqlite'));
		expect(entries.facetCounts(again).total).toBe(seed.entries.length);
		again.$client.close();
	});
});

describe('getEntry', () => {
	it('gives both sides, several names per side, readings and the sources behind each name', () => {
		const e = entries.getEntry(db, 'naengmyeon');
		expect(e).not.toBeNull();
		expect(e!.south.map((n) => n.hangul)).toContain('냉면');
		expect(e!.north.map((n) => n.hangul)).toEqual(expect.arrayContaining(['랭면', '찬국수']));
		const sourceIds = new Set(e!.sources.map((s) => s.id));
		for (const n of [...e!.south, ...e!.north]) {
			expect(n.sources.length).toBeGreaterThan(0);
			for (const id of n.sources) expect(sourceIds.has(id)).toBe(true);
		}
		expect(e!.north.find((n) => n.hangul === '랭면')?.romanizations.rr).toBe('raengmyeon');
		expect(e!.photos).toHaveLength(1);
		expect(e!.photos[0]!.url).toMatch(/^\/photos\//);
	});

	it('shows a name both Koreas share on both sides', () => {
		const same = seed.entries.find((s) => s.names.some((n) => n.side === 'both'))!;
		const e = entries.getEntry(db, same.slug)!;
		const shared = same.names.find((n) => n.side === 'both')!.hangul;
		expect(e.south.map((n) => n.hangul)).toContain(shared);
		expect(e.north.map((n) => n.hangul)).toContain(shared);
	});

	it('returns null for an unknown slug', () => {
		expect(entries.getEntry(db, 'no-such-entry')).toBeNull();
	});

	it('reads relations from both ends, inverting broader and narrower', () => {
		const withRelation = seed.entries.find((s) => s.related.length > 0)!;
		const rel = withRelation.related[0]!;
		const from = entries.getEntry(db, withRelation.slug)!;
		expect(from.related).toContainEqual(
			expect.objectContaining({ slug: rel.slug, relation: rel.relation })
		);
		const to = entries.getEntry(db, rel.slug)!;
		const inverse =
			rel.relation === 'broader'
				? 'narrower'
				: rel.relation === 'narrower'
					? 'broader'
					: rel.relation;
		expect(to.related).toContainEqual(
			expect.objectContaining({ slug: withRelation.slug, relation: inverse })
		);
	});

	it('links the squid/octopus false friends both ways', () => {
		const ojingeo = entries.getEntry(db, 'ojingeo')!;
		const friend = ojingeo.related.find((r) => r.relation === 'false-friend');
		expect(friend).toBeDefined();
		const back = entries.getEntry(db, friend!.slug)!;
		expect(back.related).toContainEqual(
			expect.objectContaining({ slug: 'ojingeo', relation: 'false-friend' })
		);
	});
});

describe('listEntries', () => {
	it('filters by category, difference, confidence and region', () => {
		const all = entries.listEntries(db, { limit: 1000, offset: 0 });
		const noodles = entries.listEntries(db, { category: 'noodles', limit: 1000, offset: 0 });
		expect(noodles.total).toBe(seed.entries.filter((e) => e.category === 'noodles').length);
		expect(noodles.entries.every((e) => e.category === 'noodles')).toBe(true);
		const law = entries.listEntries(db, {
			difference: 'initial-sound-law',
			confidence: 'high',
			limit: 1000,
			offset: 0
		});
		expect(law.total).toBe(
			seed.entries.filter((e) => e.difference === 'initial-sound-law' && e.confidence === 'high')
				.length
		);
		const pyongyang = entries.listEntries(db, { region: 'pyongyang', limit: 1000, offset: 0 });
		expect(pyongyang.total).toBe(
			seed.entries.filter((e) => e.regions.includes('pyongyang')).length
		);
		expect(pyongyang.total).toBeGreaterThan(0);
		expect(all.total).toBe(seed.entries.length);
	});

	it('pages without overlap and sorts by the chosen headword', () => {
		const first = entries.listEntries(db, { sort: 'south', limit: 10, offset: 0 });
		const second = entries.listEntries(db, { sort: 'south', limit: 10, offset: 10 });
		expect(first.entries).toHaveLength(10);
		const slugs = new Set(first.entries.map((e) => e.slug));
		expect(second.entries.some((e) => slugs.has(e.slug))).toBe(false);
		const heads = [...first.entries, ...second.entries].map((e) => e.south[0]!.hangul);
		expect(heads).toEqual([...heads].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		const english = entries.listEntries(db, { sort: 'english', limit: 20, offset: 0 });
		const glosses = english.entries.map((e) => e.english.toLowerCase());
		expect(glosses).toEqual([...glosses].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
	});
});

describe('findEntriesContaining', () => {
	it('matches Hangul of either side, English, and treats LIKE wildcards literally', () => {
		expect(entries.findEntriesContaining(db, '랭면', 10).map((e) => e.slug)).toContain(
			'naengmyeon'
		);
		expect(entries.findEntriesContaining(db, 'cold noodles', 10).map((e) => e.slug)).toContain(
			'naengmyeon'
		);
		expect(entries.findEntriesContaining(db, '%', 10)).toEqual([]);
	});
});

describe('about page examples', () => {
	it('lead each kind with its surest, best-attested entries', () => {
		const examples = entries.examplesByDifference(db, 4);
		// 냉면 ↔ 랭면, the site's own example of the initial-sound law, comes first.
		expect(examples['initial-sound-law']?.[0]?.slug).toBe('naengmyeon');
		for (const list of Object.values(examples)) {
			expect(list.length).toBeLessThanOrEqual(4);
			// High confidence before medium; low never.
			const ranks = list.map((e) => ({ high: 0, medium: 1, low: 2 })[e.confidence]);
			expect(ranks).toEqual([...ranks].sort());
			expect(ranks).not.toContain(2);
		}
	});
});
