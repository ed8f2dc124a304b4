/**
 * The search unit tests run against the real seed, loaded the way the server loads it (migrations,
 * then the seed loader) into an in-memory database. Call once at the top of a spec file: it
 * registers the beforeAll/afterAll hooks and hands back the database and the index once built.
 */
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db/client';
import { loadSeed } from '$lib/server/seed/load';
import { readSeed } from '$lib/server/seed/validate';
import { createEntrySearch } from '$lib/server/search';

export interface SeededSearch {
	readonly db: Db;
	readonly search: ReturnType<typeof createEntrySearch>;
}

export function seededSearch(): SeededSearch {
	let db: Db | undefined;
	let search: SeededSearch['search'] | undefined;
	beforeAll(() => {
		db = openDatabase(':memory:');
		loadSeed(db, readSeed('db/seed'));
		search = createEntrySearch(db);
	}, 120_000);
	afterAll(() => db?.$client.close());
	const built = <T>(value: T | undefined): T => {
		if (value === undefined) throw new Error('seededSearch: used before beforeAll ran');
		return value;
	};
	return {
		get db() {
			return built(db);
		},
		get search() {
			return built(search);
		}
	};
}
