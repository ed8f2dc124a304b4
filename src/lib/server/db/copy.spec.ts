/**
 * `npm run db:copy` against the machine's real PostgreSQL: a SQLite file seeded the way the server
 * seeds it, plus a row in every table the seed leaves empty (accounts, sessions, rate limits,
 * proposals, audit), copied into a database of the test's own, then checked independently of the
 * copy's own report. Skipped, with the reason, only where no PostgreSQL answers.
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createTestDatabase,
	requirePostgres,
	type TestDatabase
} from '../../../../tests/support/postgres';
import { loadSeed } from '../seed/load';
import { readSeed } from '../seed/validate';
import { openDatabase } from './client';
import { connectPostgres, type PgDb } from './client-pg';
import { compareDatabases, openSqliteSource } from './copy';
import { auditLog, photo, proposal, rateLimit, recoveryCode, session, user } from './schema';
import { tablePairs } from './table-pairs';

function dbCopy(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-copy.ts', ...args], {
		encoding: 'utf8',
		timeout: 120_000
	});
	return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Rows the seed does not write, chosen to catch what a copy gets wrong between dialects. */
function addActivity(file: string): void {
	const db = openDatabase(file);
	const now = Date.now();
	db.transaction((tx) => {
		const [admin, writer] = tx
			.insert(user)
			.values([
				{ username: 'Admin', usernameKey: 'admin', passwordHash: '$argon2id$x', role: 'admin' },
				{ username: '김철수', usernameKey: '김철수', passwordHash: '$argon2id$y' }
			])
			.returning()
			.all();
		// Keys whose byte order (B < a) and en-US order (a < B) differ; milliseconds beyond 2³¹.
		tx.insert(session)
			.values([
				{ id: 'a-session', userId: admin!.id, expiresAt: now + 86_400_000 },
				{ id: 'B-session', userId: writer!.id, expiresAt: now + 1 }
			])
			.run();
		tx.insert(rateLimit)
			.values([
				{ key: 'login:ip:127.0.0.1', count: 3, windowStart: now, lockedUntil: now + 900_000 },
				{ key: 'Login:name:김철수', count: 1, windowStart: now }
			])
			.run();
		tx.insert(recoveryCode)
			.values({ userId: writer!.id, codeHash: '$argon2id$z', usedAt: null })
			.run();
		// Keys out of order and nested: jsonb stores objects in its own key order.
		tx.insert(proposal)
			.values({
				userId: writer!.id,
				payload: {
					slug: 'naengmyeon',
					names: [{ side: 'north', hangul: '랭면' }],
					english: 'cold noodles'
				},
				message: 'line one\nline "two" \\ ✓'
			})
			.run();
		tx.insert(photo)
			.values({
				file: 'upload-1',
				author: '김철수',
				license: 'CC BY 4.0',
				licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
				altEn: 'a bowl',
				width: 1200,
				height: 800,
				cropped: true,
				ownWork: true,
				variants: [{ format: 'avif', width: 640, height: 427, bytes: 20_480 }],
				strippedMetadata: ['exif', 'gps']
			})
			.run();
		tx.insert(auditLog)
			.values({
				actorId: admin!.id,
				actorName: 'Admin',
				action: 'role',
				target: `user:${writer!.id}`
			})
			.run();
	});
	db.$client.close();
}

/** Row counts read directly, with neither the copy's code nor drizzle in between. */
async function counts(sqliteFile: string, url: string) {
	const sqlite = new Database(sqliteFile, { readonly: true });
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	const result: Record<string, [number, number]> = {};
	try {
		for (const { name } of tablePairs()) {
			const s = sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number };
			const p = await client.query<{ n: string }>(`select count(*) as n from "${name}"`);
			result[name] = [s.n, Number(p.rows[0]!.n)];
		}
	} finally {
		sqlite.close();
		await client.end();
	}
	return result;
}

// Each case starts the script (tsx), a few seconds on a busy machine.
describe('db:copy arguments', { timeout: 60_000 }, () => {
	it.each([
		[[], '--from is missing'],
		[['--from', 'site.sqlite', '--to', 'postgres://h/db'], '--from must be sqlite:FILE'],
		[['--from', 'sqlite:/no/such/file', '--to', 'postgres://h/db'], 'no SQLite file'],
		[['--from', 'sqlite:package.json', '--to', 'mysql://h/db'], 'must be a postgres:// URL'],
		[
			['--from', 'sqlite:package.json', '--to', 'postgres://h/db', '--force'],
			"Unknown option '--force'"
		]
	])('%j: says what is wrong, exits 2, no stack trace', (args, message) => {
		const run = dbCopy(...args);
		expect(run.code).toBe(2);
		expect(run.err).toContain(message);
		expect(run.err).toContain('usage: npm run db:copy');
		expect(run.err).not.toMatch(/\n\s+at /);
	});
});

const unreachable = await requirePostgres();
// The default reporter shows a skipped file as a count; say why where it will be read.
// eslint-disable-next-line no-console
if (unreachable) console.warn(`copy.spec.ts: PostgreSQL tests skipped: ${unreachable}`);

describe.skipIf(unreachable !== null)(
	unreachable ? `db:copy into PostgreSQL — skipped: ${unreachable}` : 'db:copy into PostgreSQL',
	{ timeout: 120_000 },
	() => {
		const dir = mkdtempSync(join(tmpdir(), 'nambuk-db-copy-'));
		const file = join(dir, 'site.sqlite');
		let target: TestDatabase;
		let db: PgDb;

		beforeAll(async () => {
			const seeded = openDatabase(file);
			loadSeed(seeded, readSeed('db/seed'));
			seeded.$client.close();
			addActivity(file);
			target = await createTestDatabase('nambuk_copy');
			db = connectPostgres(target.url);
		}, 120_000);

		afterAll(async () => {
			await db?.$client.end();
			await target?.drop();
			rmSync(dir, { recursive: true, force: true });
		});

		it('copies every table: the same row counts, read directly on both sides', async () => {
			const run = dbCopy('--from', `sqlite:${file}`, '--to', target.url);
			expect(run.err).toBe('');
			expect(run.code).toBe(0);
			expect(run.out).toMatch(/13 tables, \d+ rows, counts and hashes match/);
			const all = await counts(file, target.url);
			for (const [table, [sqlite, postgres]] of Object.entries(all)) {
				expect(postgres, table).toBe(sqlite);
				expect(sqlite, `${table} has rows to copy`).toBeGreaterThan(0);
			}
		});

		it("every table's content hash matches when compared again after the copy", async () => {
			const source = openSqliteSource(file);
			try {
				const report = await compareDatabases(source, db);
				expect(report.ok).toBe(true);
				for (const t of report.tables) {
					expect(t.targetHash, t.table).toBe(t.sourceHash);
				}
			} finally {
				source.$client.close();
			}
		});

		it('moves the id sequences past the copied ids: the next new row does not collide', async () => {
			const client = new pg.Client({ connectionString: target.url });
			await client.connect();
			try {
				await client.query('begin');
				const max = await client.query<{ id: number }>('select max(id) as id from source');
				const row = await client.query<{ id: number }>(
					`insert into source (citation, reliability) values ('new', 'primary') returning id`
				);
				expect(row.rows[0]!.id).toBe(max.rows[0]!.id + 1);
			} finally {
				await client.query('rollback');
				await client.end();
			}
		});

		it('refuses a second copy into the filled database without --replace, and writes nothing', async () => {
			const before = await counts(file, target.url);
			const run = dbCopy('--from', `sqlite:${file}`, '--to', target.url);
			expect(run.code).toBe(1);
			expect(run.err).toContain('the target already holds data');
			expect(run.err).toContain('--replace');
			expect(await counts(file, target.url)).toEqual(before);
		});

		it('finds a changed value as a hash mismatch in that table only', async () => {
			const client = new pg.Client({ connectionString: target.url });
			await client.connect();
			try {
				await client.query(
					`update entry set english = english || '!' where id = (select min(id) from entry)`
				);
			} finally {
				await client.end();
			}
			const source = openSqliteSource(file);
			try {
				const report = await compareDatabases(source, db);
				expect(report.tables.filter((t) => !t.ok).map((t) => t.table)).toEqual(['entry']);
				const entry = report.tables.find((t) => t.table === 'entry')!;
				expect(entry.targetRows).toBe(entry.sourceRows);
			} finally {
				source.$client.close();
			}
		});

		it('--replace empties the target and copies again, matching once more', async () => {
			const run = dbCopy('--from', `sqlite:${file}`, '--to', target.url, '--replace');
			expect(run.code).toBe(0);
			expect(run.out).toContain('counts and hashes match');
			expect(run.out).not.toContain('MISMATCH');
		});

		it('copies all or nothing: a row PostgreSQL refuses leaves the new database empty', async () => {
			const bad = join(dir, 'bad.sqlite');
			copyFileSync(file, bad);
			const sqlite = new Database(bad);
			// PostgreSQL text cannot hold NUL; SQLite's can. audit_log is among the last tables copied.
			sqlite.prepare(`UPDATE audit_log SET detail = 'a' || char(0) || 'b'`).run();
			sqlite.close();
			const other = await createTestDatabase('nambuk_copy_bad');
			try {
				const run = dbCopy('--from', `sqlite:${bad}`, '--to', other.url);
				expect(run.code).toBe(1);
				expect(run.err).toMatch(/audit_log, rows 1–\d+ in key order: .*0x00; nothing was written/);
				expect(run.err).not.toMatch(/\n\s+at /);
				const all = await counts(bad, other.url);
				for (const [table, [, postgres]] of Object.entries(all)) expect(postgres, table).toBe(0);
			} finally {
				await other.drop();
			}
		});
	}
);
