/**
 * A consistent copy of the site's database, safe while the site runs:
 *
 *   npm run backup -- FILE          (DATABASE_PATH, default .data/nambuk.sqlite)
 *
 * SQLite's online backup API (better-sqlite3 `db.backup`), all pages in one step: one read
 * transaction, so the copy is the database as of one moment, and under WAL the site's writes go
 * on meanwhile. (The default of 100 pages per step restarts whenever another process writes
 * between steps, and on a busy site might never finish.) The copy is written beside FILE, put in
 * rollback-journal mode (one self-contained file), checked with PRAGMA integrity_check, then
 * renamed into place: FILE is never a half-written backup.
 */
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDatabaseFile, siteDatabasePath } from './database-file';

function fail(message: string): never {
	console.error(`backup: ${message}`);
	process.exit(1);
}

const target = process.argv[2];
if (!target) fail('usage: npm run backup -- FILE');
const source = siteDatabasePath();
if (!existsSync(source)) fail(`no database at ${source} (set DATABASE_PATH)`);
if (resolve(target) === resolve(source)) fail('FILE is the live database itself');

const partial = `${target}.partial-${process.pid}`;
const db = new Database(source, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
try {
	await db.backup(partial, { progress: () => 0x7fffffff });
} catch (e) {
	rmSync(partial, { force: true });
	fail(`copy failed: ${(e as Error).message}`);
} finally {
	db.close();
}

// A backup stands alone: rollback-journal mode, so it is one file that opens read-only anywhere
// (the server switches it back to WAL when it opens it).
const copy = new Database(partial);
copy.pragma('journal_mode = DELETE');
copy.close();

const check = checkDatabaseFile(partial);
if (!check.ok) {
	rmSync(partial, { force: true });
	fail(`the copy is not sound, nothing written to ${target}: ${check.problem}`);
}
renameSync(partial, target);
console.log(
	`backup: ${source} → ${target} (${check.tables.length} tables, ${check.pages} pages, ${statSync(target).size} bytes, integrity ok)`
);
