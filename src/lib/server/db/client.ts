import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_DIR = resolve(process.env.MIGRATIONS_DIR ?? 'db/migrations');

/**
 * Opens (creating if needed) an SQLite file and brings its schema up to date. `:memory:` gives a
 * throwaway database with the same migrations, which the unit tests use.
 */
export function openDatabase(path: string): Db {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const sqlite = new Database(path);
	// WAL lets readers go on while a moderator writes; busy_timeout makes a second writer wait
	// instead of failing at once; foreign keys are off by default in SQLite.
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder: MIGRATIONS_DIR });
	return db;
}
