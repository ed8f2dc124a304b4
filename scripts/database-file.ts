/**
 * Checks shared by `npm run backup` and `npm run restore`: the site's database path, and whether
 * a file is a sound Nambuk Menu database.
 */
import Database from 'better-sqlite3';

/** The database the server uses (the same default as src/lib/server/db/index.ts). */
export function siteDatabasePath(): string {
	return process.env.DATABASE_PATH || '.data/nambuk.sqlite';
}

/** Tables every Nambuk Menu database has, whatever its migration. */
const REQUIRED_TABLES = ['__drizzle_migrations', 'entry', 'entry_name', 'source', 'revision'];

export type FileCheck =
	{ ok: true; pages: number; tables: string[] } | { ok: false; problem: string };

/** Opens read-only, runs PRAGMA integrity_check and looks for the tables the site needs. */
export function checkDatabaseFile(path: string): FileCheck {
	let db: Database.Database | undefined;
	try {
		db = new Database(path, { readonly: true, fileMustExist: true });
		const integrity = db.pragma('integrity_check', { simple: false }) as {
			integrity_check: string;
		}[];
		const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== 'ok');
		if (problems.length)
			return { ok: false, problem: `integrity check failed: ${problems.slice(0, 5).join('; ')}` };
		const tables = (
			db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
				name: string;
			}[]
		).map((r) => r.name);
		const missing = REQUIRED_TABLES.filter((t) => !tables.includes(t));
		if (missing.length)
			return { ok: false, problem: `not a Nambuk Menu database (no ${missing.join(', ')})` };
		return { ok: true, pages: db.pragma('page_count', { simple: true }) as number, tables };
	} catch (e) {
		return { ok: false, problem: (e as Error).message };
	} finally {
		db?.close();
	}
}
