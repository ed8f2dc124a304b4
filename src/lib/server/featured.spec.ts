import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import * as entries from './entries';
import { featuredCandidates, pickForDay, utcDay } from './featured';
import { seedIfEmpty } from './seed/load';

// The real seed in a real SQLite file, as the home page reads it.
const dir = mkdtempSync(join(tmpdir(), 'nambuk-featured-'));
let db: Db;

beforeAll(() => {
	db = openDatabase(join(dir, 'test.sqlite'));
	seedIfEmpty(db, 'db/seed');
}, 120_000);

afterAll(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

describe("the home page's pair of the day", () => {
	it('draws from well-sourced entries only', () => {
		const slugs = featuredCandidates(db);
		expect(slugs.length).toBeGreaterThan(20);
		for (const slug of slugs.slice(0, 40)) {
			const e = entries.getEntry(db, slug)!;
			expect(e.difference, slug).not.toBe('same');
			expect(e.sources.length, slug).toBeGreaterThanOrEqual(2);
			expect(e.why.en !== '' || e.photos.length > 0, slug).toBe(true);
			expect(
				e.north.some((n) => n.attested),
				slug
			).toBe(true);
		}
	});

	it('is the same all day, for every reader, and changes from day to day', () => {
		const slugs = featuredCandidates(db);
		const morning = utcDay(new Date('2026-12-06T00:00:01Z'));
		const night = utcDay(new Date('2026-12-06T23:59:59Z'));
		expect(morning).toBe(night);
		expect(pickForDay(slugs, morning)).toBe(pickForDay([...slugs], night));
		// Over a month the pair changes nearly every day.
		const month = Array.from({ length: 30 }, (_, i) =>
			pickForDay(slugs, utcDay(new Date(Date.UTC(2026, 11, 1 + i))))
		);
		expect(new Set(month).size).toBeGreaterThan(20);
	});

	it('has nothing to pick from an empty list', () => {
		expect(pickForDay([], '2026-12-06')).toBeUndefined();
	});
});
