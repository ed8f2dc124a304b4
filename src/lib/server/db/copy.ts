/**
 * Moves a site's data from its SQLite file into PostgreSQL (`npm run db:copy`), then proves the
 * copy: every table's row count and a content hash, computed by one function over the rows of
 * each side (read through each dialect's drizzle schema, so 0/1 and true/false, JSON text and
 * jsonb arrive as the same JS values, then normalised: object keys sorted). Copy and check run in
 * one PostgreSQL transaction, so a copy that does not check out leaves the target as it was.
 */
import Database from 'better-sqlite3';
import { asc, getTableColumns, sql, type Column, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createHash } from 'node:crypto';
import { MIGRATIONS_DIR, type Db } from './client';
import { migratePostgres, type PgDb } from './client-pg';
import * as schema from './schema';
import { tablePairs, type TablePair } from './table-pairs';

type Row = Record<string, unknown>;
type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0];

export interface TableCheck {
	table: string;
	sourceRows: number;
	targetRows: number;
	sourceHash: string;
	targetHash: string;
	ok: boolean;
}

export interface CopyReport {
	tables: TableCheck[];
	rows: number;
	ok: boolean;
}

/** Something the operator must fix before a copy can run (not a bug: no stack trace wanted). */
export class CopyError extends Error {}

export class CopyMismatch extends CopyError {
	constructor(readonly report: CopyReport) {
		const bad = report.tables.filter((t) => !t.ok).map((t) => t.table);
		super(`the copy does not match the source in ${bad.join(', ')}; nothing was written`);
	}
}

/** The driver's own words: drizzle's wrapper names the query, its cause says what went wrong. */
export function driverMessage(e: unknown): string {
	const error = (e as Error & { cause?: unknown }).cause ?? e;
	const { message, code } = error as Error & { code?: string };
	if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT')
		return `cannot reach the server (${code})`;
	return message || code || String(error);
}

const DEFAULT_BATCH = 500;
const READ_PAGE = 1000;

/**
 * Opens the site's SQLite file read-only, and refuses one whose schema is not this checkout's
 * (the copy's PostgreSQL side is created from this checkout's migrations).
 */
export function openSqliteSource(file: string): Db {
	let sqlite: Database.Database;
	try {
		sqlite = new Database(file, { readonly: true, fileMustExist: true });
	} catch (e) {
		throw new CopyError(`cannot open ${file}: ${(e as Error).message}`);
	}
	sqlite.pragma('busy_timeout = 5000');
	const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_DIR }).length;
	let applied: number;
	try {
		applied = (
			sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }
		).n;
	} catch (e) {
		sqlite.close();
		throw new CopyError(`${file} is not a site database (${(e as Error).message})`);
	}
	if (applied !== expected) {
		sqlite.close();
		throw new CopyError(
			applied < expected
				? `${file} has ${applied} of this checkout's ${expected} migrations: start the site on it once (opening it migrates it), then copy`
				: `${file} has ${applied} migrations, more than this checkout's ${expected}: copy with the checkout that wrote it`
		);
	}
	return drizzle(sqlite, { schema });
}

/** A value as both sides should agree on it: object keys in one order, no undefined. */
function normalise(value: unknown): unknown {
	if (value === undefined || value === null) return null;
	if (Array.isArray(value)) return value.map(normalise);
	if (typeof value === 'object')
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, normalise((value as Row)[k])])
		);
	return value;
}

/** Row count and sha256 over the rows in primary-key order, one normalised JSON line each. */
async function fingerprint(
	columns: readonly string[],
	readPage: (offset: number, limit: number) => Promise<Row[]> | Row[]
): Promise<{ rows: number; hash: string }> {
	const hash = createHash('sha256');
	let rows = 0;
	for (;;) {
		const page = await readPage(rows, READ_PAGE);
		for (const row of page)
			hash.update(JSON.stringify(columns.map((k) => normalise(row[k]))) + '\n');
		rows += page.length;
		if (page.length < READ_PAGE) break;
	}
	return { rows, hash: hash.digest('hex') };
}

const columnsOf = (table: SQLiteTable | PgTable) =>
	getTableColumns(table) as Record<string, Column>;

function readSqlite(source: Db, pair: TablePair) {
	const cols = columnsOf(pair.sqlite);
	const order = pair.primaryKey.map((k) => asc(cols[k]!));
	return (offset: number, limit: number): Row[] =>
		source
			.select()
			.from(pair.sqlite)
			.orderBy(...order)
			.limit(limit)
			.offset(offset)
			.all() as Row[];
}

function readPg(target: PgDb | PgTx, pair: TablePair) {
	const cols = columnsOf(pair.pg);
	// Text keys in byte order, as SQLite's BINARY collation sorts them; the database's own
	// collation (en_US…) would put the rows of session and rate_limit in another order.
	const order: SQL[] = pair.primaryKey.map((k) =>
		cols[k]!.dataType === 'string' ? sql`${cols[k]} collate "C"` : sql`${cols[k]}`
	);
	return (offset: number, limit: number): Promise<Row[]> =>
		target
			.select()
			.from(pair.pg)
			.orderBy(...order)
			.limit(limit)
			.offset(offset) as Promise<Row[]>;
}

/** Counts and hashes every table on both sides (the target as this transaction sees it). */
export async function compareDatabases(source: Db, target: PgDb | PgTx): Promise<CopyReport> {
	const tables: TableCheck[] = [];
	for (const pair of tablePairs()) {
		const s = await fingerprint(pair.columns, readSqlite(source, pair));
		const t = await fingerprint(pair.columns, readPg(target, pair));
		tables.push({
			table: pair.name,
			sourceRows: s.rows,
			targetRows: t.rows,
			sourceHash: s.hash,
			targetHash: t.hash,
			ok: s.rows === t.rows && s.hash === t.hash
		});
	}
	return {
		tables,
		rows: tables.reduce((n, t) => n + t.sourceRows, 0),
		ok: tables.every((t) => t.ok)
	};
}

/** The tables of the target that hold rows. */
async function nonEmptyTables(target: PgDb | PgTx): Promise<string[]> {
	const found: string[] = [];
	for (const pair of tablePairs()) {
		const rows = await target.execute(sql`select 1 from ${sql.identifier(pair.name)} limit 1`);
		if (rows.rows.length) found.push(pair.name);
	}
	return found;
}

/** Moves each identity sequence past the ids the copy brought, so new rows do not collide. */
async function resetSequences(tx: PgTx, pair: TablePair): Promise<void> {
	for (const column of Object.values(columnsOf(pair.pg))) {
		if (!column.generatedIdentity) continue;
		const table = sql.identifier(pair.name);
		const name = sql.identifier(column.name);
		await tx.execute(
			sql`select setval(pg_get_serial_sequence(${`"${pair.name}"`}, ${column.name}), coalesce((select max(${name}) from ${table}), 0) + 1, false)`
		);
	}
}

export interface CopyOptions {
	/** Empty the target's tables first instead of refusing a target that holds data. */
	replace?: boolean;
	/** Rows per INSERT. */
	batchSize?: number;
}

/**
 * Brings the target's schema up to date, then copies every table in foreign-key order and checks
 * the result, all in one transaction: on a refusal or a mismatch nothing is written (CopyError).
 */
export async function copyToPostgres(
	source: Db,
	target: PgDb,
	options: CopyOptions = {}
): Promise<CopyReport> {
	const batchSize = options.batchSize ?? DEFAULT_BATCH;
	await migratePostgres(target);
	const pairs = tablePairs();
	// One read transaction on SQLite: every table is read as of the same moment, even while the
	// site writes to the file (WAL).
	source.$client.exec('BEGIN');
	try {
		return await target.transaction(async (tx) => {
			const full = await nonEmptyTables(tx);
			if (full.length && !options.replace)
				throw new CopyError(
					`the target already holds data (${full.join(', ')}); copy into an empty database, or pass --replace to empty it first`
				);
			if (full.length)
				await tx.execute(
					sql`truncate ${sql.join(
						pairs.map((p) => sql.identifier(p.name)),
						sql`, `
					)} restart identity cascade`
				);
			for (const pair of pairs) {
				const read = readSqlite(source, pair);
				for (let offset = 0; ; offset += batchSize) {
					const rows = read(offset, batchSize);
					if (rows.length)
						await tx
							.insert(pair.pg)
							.values(rows as never)
							.catch((e: unknown) => {
								throw new CopyError(
									`${pair.name}, rows ${offset + 1}–${offset + rows.length} in key order: ${driverMessage(e)}; nothing was written`
								);
							});
					if (rows.length < batchSize) break;
				}
				await resetSequences(tx, pair);
			}
			const report = await compareDatabases(source, tx);
			if (!report.ok) throw new CopyMismatch(report);
			return report;
		});
	} finally {
		source.$client.exec('ROLLBACK');
	}
}
