/**
 * Moves a site's data from its SQLite file into a PostgreSQL database, every table, checked:
 *
 *   npm run db:copy -- --from sqlite:FILE --to postgres://USER[:PASSWORD]@HOST[:PORT]/DB [--replace]
 *
 * Applies the PostgreSQL migrations (db/migrations-pg) to the target if needed, copies in one
 * transaction, then compares every table by row count and content hash and prints the report.
 * Exit codes: 0 copied and checked; 1 refused, failed or did not match (nothing written);
 * 2 bad arguments. The SQLite file is only read, so the site may keep running on it.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connectPostgres, redactUrl } from '../src/lib/server/db/client-pg';
import {
	copyToPostgres,
	CopyError,
	CopyMismatch,
	driverMessage,
	openSqliteSource,
	type CopyReport
} from '../src/lib/server/db/copy';

const USAGE = `usage: npm run db:copy -- --from sqlite:FILE --to postgres://USER@HOST:PORT/DB [--replace] [--batch N]
  --from     the site's SQLite file (sqlite:.data/nambuk.sqlite)
  --to       the PostgreSQL database to fill; it must exist (createdb) and be empty
  --replace  empty the target's tables first instead of refusing a target that holds data
  --batch    rows per INSERT (default 500)`;

function usage(problem: string): never {
	console.error(`db:copy: ${problem}\n${USAGE}`);
	process.exit(2);
}

function fail(problem: string): never {
	console.error(`db:copy: ${problem}`);
	process.exit(1);
}

function parse() {
	try {
		return parseArgs({
			options: {
				from: { type: 'string' },
				to: { type: 'string' },
				replace: { type: 'boolean', default: false },
				batch: { type: 'string' },
				help: { type: 'boolean', default: false }
			},
			strict: true,
			allowPositionals: false
		}).values;
	} catch (e) {
		usage((e as Error).message);
	}
}

const args = parse();
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}
if (!args.from) usage('--from is missing');
if (!args.to) usage('--to is missing');
if (!args.from.startsWith('sqlite:') || args.from === 'sqlite:')
	usage(`--from must be sqlite:FILE, not ${JSON.stringify(args.from)}`);
const file = args.from.slice('sqlite:'.length);
if (!existsSync(file)) usage(`no SQLite file at ${file}`);
let target: URL;
try {
	target = new URL(args.to);
} catch {
	usage('--to is not a URL (postgres://USER@HOST:PORT/DB)');
}
if (target.protocol !== 'postgres:' && target.protocol !== 'postgresql:')
	usage(`--to must be a postgres:// URL, not ${target.protocol}//…`);
if (target.pathname.length <= 1) usage('--to names no database (postgres://HOST/DB)');
const batchSize = args.batch === undefined ? undefined : Number(args.batch);
if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 2000))
	usage('--batch must be a whole number from 1 to 2000');

function print(report: CopyReport): void {
	const width = Math.max(...report.tables.map((t) => t.table.length));
	console.log(
		`${'table'.padEnd(width)}  ${'rows'.padStart(7)}  ${'copied'.padStart(7)}  sha256 (first 16)`
	);
	for (const t of report.tables)
		console.log(
			`${t.table.padEnd(width)}  ${String(t.sourceRows).padStart(7)}  ${String(t.targetRows).padStart(7)}  ${t.sourceHash.slice(0, 16)}  ${
				t.ok ? 'ok' : `MISMATCH (copy: ${t.targetHash.slice(0, 16)})`
			}`
		);
}

const started = performance.now();
let source;
try {
	source = openSqliteSource(file);
} catch (e) {
	fail((e as Error).message);
}
const db = connectPostgres(args.to);
const where = redactUrl(args.to);
try {
	const report = await copyToPostgres(source, db, { replace: args.replace, batchSize });
	print(report);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	console.log(
		`db:copy: ${file} → ${where}: ${report.tables.length} tables, ${report.rows} rows, counts and hashes match (${seconds} s)`
	);
} catch (e) {
	if (e instanceof CopyMismatch) print(e.report);
	if (e instanceof CopyError) fail(e.message);
	// The driver's errors (refused connection, unknown database, a value PostgreSQL will not
	// store) are the operator's to read, without our stack; drizzle wraps them with the query.
	fail(`${where}: ${driverMessage(e)}; nothing was written`);
} finally {
	await db.$client.end();
	source.$client.close();
}
