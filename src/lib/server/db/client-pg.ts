import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { resolve } from 'node:path';
import pg from 'pg';
import * as schema from './schema-pg';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export const PG_MIGRATIONS_DIR = resolve(process.env.PG_MIGRATIONS_DIR ?? 'db/migrations-pg');

/**
 * A pool on a PostgreSQL database (postgres://user@host:port/db). Nothing connects until the
 * first query; `$client.end()` closes the pool.
 */
export function connectPostgres(url: string): PgDb {
	const pool = new pg.Pool({ connectionString: url, max: 4 });
	// An idle client whose server goes away emits 'error' on the pool; unhandled, it would end
	// the process. The next query reports the problem instead.
	pool.on('error', () => {});
	return drizzle(pool, { schema });
}

/** Applies the committed PostgreSQL migrations that the database has not seen yet. */
export async function migratePostgres(db: PgDb): Promise<void> {
	await migrate(db, { migrationsFolder: PG_MIGRATIONS_DIR });
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`, for messages and logs. */
export function redactUrl(url: string): string {
	try {
		const u = new URL(url);
		u.password = '';
		return u.toString();
	} catch {
		return '(unparsable URL)';
	}
}
