/**
 * Travel mode's search must rank as the server does. The offline glossary is served as JSON and
 * the browser builds a SearchIndex over the parsed copy; here the very bytes the endpoint serves
 * are parsed and indexed, and every query of the other search tests (read from their files, so a
 * new query there is compared here too) must give the same results, in the same order, with the
 * same scores and the same reading, as the server's index over the database.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db/client';
import { loadSeed } from '$lib/server/seed/load';
import { readSeed } from '$lib/server/seed/validate';
import { createEntrySearch } from '$lib/server/search';
import { offlineGlossary, offlineGlossaryBody } from '$lib/server/offline-glossary';
import {
	asOfflineGlossary,
	buildOfflineSearch,
	closestOffline,
	findOfflineEntry,
	searchOffline,
	type OfflineSearch
} from '$lib/offline/glossary';
import type { SearchHit } from '$lib/search';

/** The first element of each table row (`['냉면', 'naengmyeon']`) of the server's search tests. */
function queriesOfSearchTests(): string[] {
	const dir = 'tests/unit';
	const found = new Set<string>();
	for (const file of readdirSync(dir).filter((f) => /^search-.*\.spec\.ts$/.test(f))) {
		for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/\[\s*'([^']+)',\s*['[]/g)) {
			found.add(match[1]!);
		}
	}
	return [...found];
}

const EXTRA = ['ramen', 'soy sauce', 'fried chicken', 'squid', 'ㄴㅁ', 'sodaus', '없는말', 'xqzv'];
const QUERIES = [...new Set([...queriesOfSearchTests(), ...EXTRA])];

let db: Db;
let server: ReturnType<typeof createEntrySearch>;
let offline: OfflineSearch;

const shape = (hits: SearchHit[]) =>
	hits.map((h) => ({ slug: h.slug, score: h.score, matched: h.matched }));

beforeAll(() => {
	db = openDatabase(':memory:');
	loadSeed(db, readSeed('db/seed'));
	server = createEntrySearch(db);
	const { body } = offlineGlossaryBody(db);
	const glossary = asOfflineGlossary(JSON.parse(new TextDecoder().decode(body)));
	if (!glossary) throw new Error('the offline glossary did not read back');
	offline = buildOfflineSearch(glossary);
	// Seeding and reading every entry in full takes seconds on a busy machine.
}, 60_000);

describe('offline search ranks as the server does', () => {
	it('reads enough queries from the search tests to mean something', () => {
		expect(QUERIES.length).toBeGreaterThan(100);
	});

	it('holds every approved entry', () => {
		expect(offline.glossary.count).toBe(server.index.docs.length);
		expect(offline.glossary.entries.map((e) => e.slug)).toEqual(
			server.index.docs.map((d) => d.slug)
		);
	});

	it.each(QUERIES)('%s: same top ten', (q) => {
		const expected = shape(server.index.search(q.trim().slice(0, 100), 10));
		expect(shape(searchOffline(offline, q))).toEqual(expected);
	});

	it.each(['xqzv', '없는말', 'naengmyonn', '랭멘'])('%s: same closest entries', (q) => {
		expect(shape(closestOffline(offline, q))).toEqual(shape(server.index.closest(q.trim(), 3)));
	});

	it('finds an entry by its slug or by a name in the address, as /entries/냉면 does', () => {
		expect(findOfflineEntry(offline, 'naengmyeon')?.slug).toBe('naengmyeon');
		expect(findOfflineEntry(offline, '랭면')?.slug).toBe('naengmyeon');
		expect(findOfflineEntry(offline, 'no-such-entry')).toBeNull();
	});
});

describe('the offline glossary', () => {
	it('is the same bytes for the same data (no timestamp of its own), so its ETag holds', () => {
		const { body } = offlineGlossaryBody(db);
		expect(JSON.stringify(offlineGlossary(db))).toBe(new TextDecoder().decode(body));
	});

	it('says how many entries it holds and the day of the latest change', () => {
		expect(offline.glossary.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(offline.glossary.count).toBe(offline.glossary.entries.length);
	});

	it('refuses a copy of another format', () => {
		expect(asOfflineGlossary({ ...offline.glossary, format: 2 })).toBeNull();
		expect(asOfflineGlossary('nope')).toBeNull();
	});
});
