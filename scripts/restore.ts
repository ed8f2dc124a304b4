/**
 * Puts a backup back as the site's database:
 *
 *   npm run restore -- FILE         (into DATABASE_PATH, default .data/nambuk.sqlite)
 *
 * Stop the site first: the restore refuses while any process has the database open (it asks
 * SQLite to leave WAL mode, which only the sole connection may do). FILE is copied beside the
 * database; the copy must pass PRAGMA integrity_check and look like a Nambuk Menu database before
 * the live database is touched, and is then renamed over it; the database it replaces is kept as `<name>.before-restore-<time>`,
 * and stale -wal/-shm files (which SQLite would otherwise replay into the restored file) go.
 * A server started between the check and the rename is not detected: stop it, then restore.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkDatabaseFile, siteDatabasePath } from './database-file';

function fail(message: string): never {
	console.error(`restore: ${message}`);
	process.exit(1);
}

const backup = process.argv[2];
if (!backup) fail('usage: npm run restore -- FILE');
const target = siteDatabasePath();
if (resolve(backup) === resolve(target)) fail('FILE is the live database itself');

// FILE itself is never opened: its copy is checked, so a backup on read-only media works too.
const incoming = `${target}.restoring-${process.pid}`;
mkdirSync(dirname(resolve(target)), { recursive: true });
try {
	copyFileSync(backup, incoming);
	const copy = new Database(incoming, { fileMustExist: true });
	// A backup from `npm run backup` is already one self-contained file; this makes sure.
	copy.pragma('journal_mode = DELETE');
	copy.close();
} catch (e) {
	rmSync(incoming, { force: true });
	fail(`${backup}: ${(e as Error).message}; nothing changed`);
}
const copied = checkDatabaseFile(incoming);
if (!copied.ok) {
	rmSync(incoming, { force: true });
	fail(`${backup}: ${copied.problem}; nothing changed`);
}

if (existsSync(target)) {
	const live = new Database(target, { fileMustExist: true, timeout: 0 });
	try {
		// Leaving WAL mode needs the only connection: it fails (SQLITE_BUSY) while a server has the
		// database open, and otherwise checkpoints the WAL, so the file set aside is complete.
		const mode = live.pragma('journal_mode = DELETE', { simple: true });
		if (mode !== 'delete') throw new Error(`journal mode stayed ${String(mode)}`);
	} catch (e) {
		live.close();
		rmSync(incoming, { force: true });
		fail(
			`${target} is open in another process (${(e as Error).message}): stop the site, then restore; nothing changed`
		);
	}
	live.close();
}

let keptAs: string | null = null;
if (existsSync(target)) {
	keptAs = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
	renameSync(target, keptAs);
}
for (const stale of [`${target}-wal`, `${target}-shm`, `${target}-journal`])
	rmSync(stale, { force: true });
renameSync(incoming, target);
console.log(
	`restore: ${backup} → ${target} (${copied.tables.length} tables, integrity ok)` +
		(keptAs ? `; the previous database is kept as ${keptAs}` : '')
);
