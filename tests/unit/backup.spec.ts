/**
 * `npm run backup` and `npm run restore`, run as the scripts they are, against a database that
 * another process keeps writing to while the backup runs.
 */
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db/client';

const dir = mkdtempSync(join(tmpdir(), 'nambuk-backup-'));
const live = join(dir, 'live.sqlite');

function script(name: 'backup' | 'restore', file: string, databasePath = live) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${name}.ts`, file], {
		env: { ...process.env, DATABASE_PATH: databasePath },
		encoding: 'utf8'
	});
	return { code: run.status, out: run.stdout + run.stderr };
}

/** Every row of every table, in rowid order: two databases with equal dumps hold the same data. */
function dump(path: string): Record<string, unknown[]> {
	const db = new Database(path, { readonly: true });
	try {
		const tables = db
			.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
			.all() as { name: string }[];
		return Object.fromEntries(
			tables.map(({ name }) => [
				name,
				db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()
			])
		);
	} finally {
		db.close();
	}
}

/**
 * A second process writing as fast as it can: each transaction adds an audit_log row and a
 * rate_limit row with the same number, so a backup that caught half a transaction shows it.
 */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.env.DATABASE_PATH);
db.pragma('busy_timeout = 5000');
const log = db.prepare("INSERT INTO audit_log (actor_name, action, target, detail) VALUES ('writer', 'write', ?, ?)");
const limit = db.prepare('INSERT INTO rate_limit (key, count, window_start) VALUES (?, ?, 0)');
const write = db.transaction((n) => { log.run('n:' + n, 'x'.repeat(200)); limit.run('writer:' + n, n); });
let n = 0, stop = false;
process.on('message', () => { stop = true; });
(function loop() {
	for (let i = 0; i < 20; i++) write(n++);
	if (!stop) setImmediate(loop); else { db.close(); process.send(n); }
})();
process.send('started');
`;

function startWriter(): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['-e', WRITER], {
		env: { ...process.env, DATABASE_PATH: live },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	return new Promise((ready) => child.once('message', () => ready(child)));
}

function stopWriter(child: ChildProcess): Promise<number> {
	return new Promise((done) => {
		child.on('message', (n) => typeof n === 'number' && done(n));
		child.send('stop');
	});
}

beforeAll(() => {
	// The real schema, and enough rows (a few MB) that the backup overlaps many writes.
	const db = openDatabase(live);
	const insert = db.$client.prepare(
		`INSERT INTO audit_log (actor_name, action, target, detail) VALUES ('seed', 'seed', ?, ?)`
	);
	db.$client.transaction(() => {
		for (let i = 0; i < 20_000; i++) insert.run(`seed:${i}`, 'y'.repeat(200));
	})();
	db.$client.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backup and restore', () => {
	it('backs up a database while another process writes to it, as one consistent moment', async () => {
		const writer = await startWriter();
		const file = join(dir, 'busy.backup');
		const result = script('backup', file);
		const written = await stopWriter(writer);
		expect(result.out).toMatch(/integrity ok/);
		expect(result.code).toBe(0);
		expect(written).toBeGreaterThan(0);

		const copy = dump(file);
		const now = dump(live);
		// Nothing the backup holds is missing from or different in the live database (rows are only
		// added; sqlite_sequence, the AUTOINCREMENT counters, is the one table that changes)…
		for (const [table, rows] of Object.entries(copy)) {
			if (table === 'sqlite_sequence') continue;
			const liveRows = new Set(now[table]!.map((r) => JSON.stringify(r)));
			for (const row of rows)
				expect(liveRows.has(JSON.stringify(row)), `${table} ${JSON.stringify(row)}`).toBe(true);
		}
		// …and no writer transaction is half in it.
		const numbers = (rows: unknown[], prefix: string, column: number) =>
			rows
				.map((r) => String((r as unknown[])[column]))
				.filter((v) => v.startsWith(prefix))
				.map((v) => v.slice(prefix.length))
				.sort();
		const inCopy = numbers(copy.audit_log!, 'n:', 4);
		expect(inCopy).toEqual(numbers(copy.rate_limit!, 'writer:', 0));
		// The writer ran before the backup's moment and went on after it.
		expect(inCopy.length).toBeGreaterThan(0);
		expect(inCopy.length).toBeLessThan(written);
		expect(copy.audit_log!.length).toBeGreaterThanOrEqual(20_000);
		expect(readdirSync(dir).some((f) => f.includes('.partial-'))).toBe(false);
	}, 60_000);

	it('restores a backup so that every table equals the database it was taken from', () => {
		const file = join(dir, 'quiet.backup');
		expect(script('backup', file).code).toBe(0);
		const restored = join(dir, 'restored', 'site.sqlite');
		// A stale WAL beside the target must not be replayed into the restored file.
		openDatabase(restored).$client.close();
		writeFileSync(`${restored}-wal`, 'stale');
		const result = script('restore', file, restored);
		expect(result.out).toMatch(/integrity ok\); the previous database is kept as/);
		expect(result.code).toBe(0);
		expect(existsSync(`${restored}-wal`)).toBe(false);
		expect(dump(restored)).toEqual(dump(live));
	}, 60_000);

	it('refuses to restore over a database another process has open', () => {
		const file = join(dir, 'quiet.backup');
		const holder = new Database(live);
		holder.pragma('journal_mode = WAL');
		const before = dump(live);
		try {
			const result = script('restore', file);
			expect(result.code).toBe(1);
			expect(result.out).toMatch(/open in another process.*nothing changed/);
		} finally {
			holder.close();
		}
		expect(dump(live)).toEqual(before);
	}, 60_000);

	it('refuses a file that is not a sound Nambuk Menu database', () => {
		const garbage = join(dir, 'garbage.backup');
		writeFileSync(garbage, 'SQLite format 3\0'.padEnd(8192, '\x01'));
		expect(script('restore', garbage)).toMatchObject({ code: 1 });
		const other = join(dir, 'other.sqlite');
		const db = new Database(other);
		db.exec('CREATE TABLE t (x)');
		db.close();
		const result = script('restore', other);
		expect(result.code).toBe(1);
		expect(result.out).toMatch(/not a Nambuk Menu database/);
	}, 60_000);
});
