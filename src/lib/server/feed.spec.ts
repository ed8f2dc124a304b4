import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import { snapshotEntry } from './entries';
import { entryIdBySlug, writeFromSnapshot, writeRevision } from './revisions';
import { feedXml, latestRevisions, type FeedText } from './feed';

const TEXT: FeedText = {
	lang: 'en',
	title: 'Feed & title',
	subtitle: 'Subtitle',
	created: 'New entry.',
	changed: (v) => `Changed (version ${v}).`
};

// Seeding computes every name's readings: seconds, not milliseconds.
describe('the Atom feed', { timeout: 30_000 }, () => {
	let dir: string;
	let db: Db;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'feed-'));
		db = openDatabase(join(dir, 'db.sqlite'));
		seedIfEmpty(db, 'db/seed');
	}, 60_000);
	afterAll(() => {
		db.$client.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('lists seeded entries as new, at most FEED_SIZE, each once', () => {
		const revisions = latestRevisions(db);
		expect(revisions).toHaveLength(50);
		expect(new Set(revisions.map((r) => r.entryId)).size).toBe(50);
		for (const r of revisions) expect(r.version).toBe(1);
		const xml = feedXml(db, 'https://example.org', TEXT, (p) => p);
		expect(xml).toContain('<title>Feed &amp; title</title>');
		expect(xml.match(/<entry>/g)).toHaveLength(50);
	});

	it('moves a changed entry to the top as changed, with the same id and a later updated', () => {
		const before = feedXml(db, 'https://example.org', TEXT, (p) => p);
		const { id, version } = entryIdBySlug(db, 'naengmyeon')!;
		const idLine = `<id>tag:example.org,2026:entry-${id}-en</id>`;
		const data = writeFromSnapshot(snapshotEntry(db, id)!);
		const written = db.transaction(() =>
			writeRevision(db, {
				entryId: id,
				expectedVersion: version,
				data: { ...data, english: `${data.english} (edited)` },
				author: { id: null, username: 'feed test' },
				reviewer: null,
				summary: 'feed test edit'
			})
		);
		expect(written.ok).toBe(true);
		const after = feedXml(db, 'https://example.org', TEXT, (p) => p);
		const first = after.slice(after.indexOf('<entry>'), after.indexOf('</entry>'));
		expect(first).toContain(idLine);
		expect(first).toContain('(edited)');
		expect(first).toContain(`<summary type="text">Changed (version ${version + 1}).`);
		expect(first).toContain(
			'<link rel="alternate" type="text/html" href="https://example.org/entries/naengmyeon"/>'
		);
		const updated = /<updated>([^<]+)<\/updated>/.exec(first)![1]!;
		const published = /<published>([^<]+)<\/published>/.exec(first)![1]!;
		expect(updated > published).toBe(true);
		// The feed's own updated is the newest entry's.
		expect(after).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`);
		expect(/<updated>([^<]+)<\/updated>/.exec(after)![1]).toBe(updated);
		expect(before).not.toContain('(edited)');
	});
});
