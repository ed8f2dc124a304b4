/**
 * Every table of the site as a pair, its SQLite (schema.ts) and its PostgreSQL (schema-pg.ts)
 * definition, in an order that puts each table after the tables its foreign keys point to: the
 * order a copy inserts in.
 */
import { getTableColumns, getTableName, is, type Column } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable, getTableConfig as sqliteTableConfig } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from './schema';
import * as pgSchema from './schema-pg';

export interface TablePair {
	/** The SQL name, the same in both dialects. */
	readonly name: string;
	readonly sqlite: SQLiteTable;
	readonly pg: PgTable;
	/** The JS keys of the columns, in declaration order (the same in both schemas). */
	readonly columns: readonly string[];
	/** The JS keys of the primary key's columns. */
	readonly primaryKey: readonly string[];
}

export function sqliteTables(): Map<string, SQLiteTable> {
	const tables = (Object.values(sqliteSchema) as unknown[]).filter((v): v is SQLiteTable =>
		is(v, SQLiteTable)
	);
	return new Map(tables.map((t) => [getTableName(t), t]));
}

export function pgTables(): Map<string, PgTable> {
	const tables = (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
	return new Map(tables.map((t) => [getTableName(t), t]));
}

function keyOf(table: SQLiteTable | PgTable, column: Column): string {
	const found = Object.entries(getTableColumns(table)).find(([, c]) => c === column);
	if (!found) throw new Error(`${getTableName(table)}: column ${column.name} not in its table`);
	return found[0];
}

function primaryKeyOf(table: SQLiteTable): string[] {
	const config = sqliteTableConfig(table);
	const composite = config.primaryKeys[0];
	if (composite) return composite.columns.map((c) => keyOf(table, c));
	return Object.entries(getTableColumns(table))
		.filter(([, c]) => c.primary)
		.map(([key]) => key);
}

/** Throws when a table is in one schema only (schema-pg.spec.ts says which, column by column). */
export function tablePairs(): TablePair[] {
	const sqlite = sqliteTables();
	const pg = pgTables();
	const onlyOne = [...sqlite.keys()]
		.filter((n) => !pg.has(n))
		.concat([...pg.keys()].filter((n) => !sqlite.has(n)));
	if (onlyOne.length) throw new Error(`tables in one schema only: ${onlyOne.join(', ')}`);

	const dependsOn = new Map<string, Set<string>>();
	for (const [name, table] of sqlite) {
		const targets = sqliteTableConfig(table).foreignKeys.map((fk) =>
			getTableName(fk.reference().foreignTable)
		);
		dependsOn.set(name, new Set(targets.filter((t) => t !== name)));
	}
	const ordered: string[] = [];
	const visiting = new Set<string>();
	const visit = (name: string) => {
		if (ordered.includes(name)) return;
		if (visiting.has(name)) throw new Error(`foreign keys form a cycle through ${name}`);
		visiting.add(name);
		for (const target of [...dependsOn.get(name)!].sort()) visit(target);
		visiting.delete(name);
		ordered.push(name);
	};
	for (const name of [...sqlite.keys()].sort()) visit(name);

	return ordered.map((name) => {
		const table = sqlite.get(name)!;
		return {
			name,
			sqlite: table,
			pg: pg.get(name)!,
			columns: Object.keys(getTableColumns(table)),
			primaryKey: primaryKeyOf(table)
		};
	});
}
