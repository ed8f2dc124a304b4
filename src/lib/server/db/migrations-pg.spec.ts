/**
 * The committed migrations of both dialects, applied to real databases, build the same tables:
 * columns (nullability, primary key, default or not), indexes (unique or not, their columns) and
 * foreign keys, read back from each database's own catalog. schema-pg.spec.ts compares the schema
 * files; this compares what the migrations made of them. Skipped only without PostgreSQL.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createTestDatabase,
	requirePostgres,
	type TestDatabase
} from '../../../../tests/support/postgres';
import { openDatabase, type Db } from './client';
import { connectPostgres, migratePostgres } from './client-pg';

/** What each SQLite storage type may become in PostgreSQL (0/1 → boolean, JSON text → jsonb). */
const PG_TYPES: Record<string, string[]> = {
	integer: ['integer', 'bigint', 'boolean'],
	text: ['text', 'jsonb']
};

interface Catalog {
	columns: Record<string, { name: string; type: string; notNull: boolean; hasDefault: boolean }[]>;
	primaryKeys: Record<string, string[]>;
	indexes: string[];
	foreignKeys: string[];
}

function sqliteCatalog(db: Db): Catalog {
	const sqlite = db.$client;
	const tables = (
		sqlite
			.prepare(
				`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name`
			)
			.all() as { name: string }[]
	).map((t) => t.name);
	const catalog: Catalog = { columns: {}, primaryKeys: {}, indexes: [], foreignKeys: [] };
	for (const table of tables) {
		const info = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as {
			name: string;
			type: string;
			notnull: number;
			dflt_value: string | null;
			pk: number;
		}[];
		catalog.columns[table] = info.map((c) => ({
			name: c.name,
			type: c.type.toLowerCase(),
			// SQLite's INTEGER PRIMARY KEY is the rowid: never null, though not declared so.
			notNull: c.notnull === 1 || c.pk > 0,
			hasDefault: c.dflt_value !== null
		}));
		catalog.primaryKeys[table] = info
			.filter((c) => c.pk > 0)
			.sort((a, b) => a.pk - b.pk)
			.map((c) => c.name);
		const indexes = sqlite.prepare(`PRAGMA index_list("${table}")`).all() as {
			name: string;
			unique: number;
			origin: string;
		}[];
		for (const index of indexes.filter((i) => i.origin === 'c')) {
			const columns = (
				sqlite.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]
			).map((c) => c.name);
			catalog.indexes.push(`${table} ${index.name} ${index.unique ? 'unique ' : ''}(${columns})`);
		}
		const fks = sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
			table: string;
			from: string;
			to: string;
			on_delete: string;
		}[];
		for (const fk of fks)
			catalog.foreignKeys.push(
				`${table}.${fk.from} → ${fk.table}.${fk.to} on delete ${fk.on_delete.toLowerCase()}`
			);
	}
	catalog.indexes.sort();
	catalog.foreignKeys.sort();
	return catalog;
}

async function pgCatalog(client: pg.Client): Promise<Catalog> {
	const catalog: Catalog = { columns: {}, primaryKeys: {}, indexes: [], foreignKeys: [] };
	const columns = await client.query<{
		table_name: string;
		column_name: string;
		data_type: string;
		is_nullable: string;
		column_default: string | null;
		is_identity: string;
	}>(
		`select table_name, column_name, data_type, is_nullable, column_default, is_identity
		 from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`
	);
	for (const c of columns.rows)
		(catalog.columns[c.table_name] ??= []).push({
			name: c.column_name,
			type: c.data_type,
			notNull: c.is_nullable === 'NO',
			// An identity column has no default in the catalog; SQLite's rowid alias none either.
			hasDefault: c.column_default !== null && c.is_identity === 'NO'
		});
	const pks = await client.query<{ table: string; column: string }>(
		`select tc.table_name as table, kcu.column_name as column
		 from information_schema.table_constraints tc
		 join information_schema.key_column_usage kcu using (constraint_schema, constraint_name)
		 where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
		 order by tc.table_name, kcu.ordinal_position`
	);
	for (const row of pks.rows) (catalog.primaryKeys[row.table] ??= []).push(row.column);
	const indexes = await client.query<{
		table: string;
		name: string;
		unique: boolean;
		columns: string[];
	}>(
		`select t.relname as table, i.relname as name, ix.indisunique as unique,
		        array(select a.attname::text from unnest(ix.indkey) with ordinality k(attnum, n)
		              join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.n) as columns
		 from pg_index ix join pg_class i on i.oid = ix.indexrelid join pg_class t on t.oid = ix.indrelid
		 join pg_namespace ns on ns.oid = t.relnamespace
		 where ns.nspname = 'public' and not ix.indisprimary`
	);
	catalog.indexes = indexes.rows
		.map((i) => `${i.table} ${i.name} ${i.unique ? 'unique ' : ''}(${i.columns})`)
		.sort();
	const fks = await client.query<{
		table: string;
		from: string;
		to_table: string;
		to: string;
		on_delete: string;
	}>(
		`select cl.relname as table, a.attname as from, ft.relname as to_table, fa.attname as to,
		        case c.confdeltype when 'a' then 'no action' when 'r' then 'restrict' when 'c' then 'cascade'
		             when 'n' then 'set null' when 'd' then 'set default' end as on_delete
		 from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_class ft on ft.oid = c.confrelid
		 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
		 join pg_attribute fa on fa.attrelid = c.confrelid and fa.attnum = c.confkey[1]
		 join pg_namespace ns on ns.oid = cl.relnamespace
		 where c.contype = 'f' and ns.nspname = 'public'`
	);
	catalog.foreignKeys = fks.rows
		.map((f) => `${f.table}.${f.from} → ${f.to_table}.${f.to} on delete ${f.on_delete}`)
		.sort();
	return catalog;
}

const unreachable = await requirePostgres();
// eslint-disable-next-line no-console
if (unreachable) console.warn(`migrations-pg.spec.ts: PostgreSQL tests skipped: ${unreachable}`);

describe.skipIf(unreachable !== null)(
	unreachable
		? `both dialects' migrations — skipped: ${unreachable}`
		: "both dialects' migrations build the same tables",
	{ timeout: 60_000 },
	() => {
		let target: TestDatabase;
		let sqlite: Catalog;
		let postgres: Catalog;

		beforeAll(async () => {
			const db = openDatabase(':memory:');
			sqlite = sqliteCatalog(db);
			db.$client.close();
			target = await createTestDatabase('nambuk_migrations');
			const pgDb = connectPostgres(target.url);
			try {
				await migratePostgres(pgDb);
				// Applying them again is a no-op (db:copy does it on every run).
				await migratePostgres(pgDb);
			} finally {
				await pgDb.$client.end();
			}
			const client = new pg.Client({ connectionString: target.url });
			await client.connect();
			try {
				postgres = await pgCatalog(client);
			} finally {
				await client.end();
			}
		}, 60_000);

		afterAll(async () => {
			await target?.drop();
		});

		it('the same tables and columns, with the same nullability and defaults', () => {
			expect(Object.keys(postgres.columns).sort()).toEqual(Object.keys(sqlite.columns).sort());
			for (const [table, columns] of Object.entries(sqlite.columns)) {
				// By name: SQLite appends a column a later migration adds; schema.ts may place it anywhere.
				const strip = (cs: Catalog['columns'][string]) =>
					cs
						.map(({ name, notNull, hasDefault }) => ({ name, notNull, hasDefault }))
						.sort((a, b) => a.name.localeCompare(b.name));
				expect(strip(postgres.columns[table]!), table).toEqual(strip(columns));
			}
		});

		it('each column stored as its SQLite type allows', () => {
			for (const [table, columns] of Object.entries(sqlite.columns))
				for (const column of columns)
					expect(PG_TYPES[column.type], `${table}.${column.name}`).toContain(
						postgres.columns[table]!.find((c) => c.name === column.name)?.type
					);
		});

		it('the same primary keys, indexes and foreign keys', () => {
			expect(postgres.primaryKeys).toEqual(sqlite.primaryKeys);
			expect(postgres.indexes).toEqual(sqlite.indexes);
			expect(postgres.foreignKeys).toEqual(sqlite.foreignKeys);
		});
	}
);
