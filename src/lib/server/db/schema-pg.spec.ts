/**
 * schema.ts and schema-pg.ts describe one database in two dialects. Each table is reduced to a
 * dialect-free shape (columns with their kind, nullability, key and default; primary key; indexes;
 * foreign keys; uniques; checks) and the shapes must be equal, so a column, index or constraint
 * added to one file and not the other fails here.
 */
import { getTableColumns, getTableName, is, SQL, type Column } from 'drizzle-orm';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { pgTables, sqliteTables, tablePairs } from './table-pairs';

/** The kind of value a column holds, whatever each dialect calls its type. */
const KINDS: Record<string, string> = {
	SQLiteInteger: 'integer',
	SQLiteText: 'text',
	SQLiteTextJson: 'json',
	SQLiteBoolean: 'boolean',
	PgInteger: 'integer',
	// PostgreSQL's integer is 32-bit, SQLite's 64: millisecond timestamps need bigint there.
	PgBigInt53: 'integer',
	PgText: 'text',
	PgJsonb: 'json',
	PgBoolean: 'boolean'
};

function kindOf(column: Column): string {
	const kind = KINDS[column.columnType];
	if (!kind) throw new Error(`${column.name}: no kind for ${column.columnType}; add it to KINDS`);
	return kind;
}

/** Plain defaults must be equal; SQL ones (now, '[]') differ in spelling between dialects. */
const defaultOf = (column: Column) =>
	column.default === undefined ? null : is(column.default, SQL) ? 'sql' : column.default;

/** SQLite's AUTOINCREMENT and PostgreSQL's identity: the database picks the next id. */
function generatesKey(column: Column): boolean {
	return (
		(column as Column & { autoIncrement?: boolean }).autoIncrement === true ||
		column.generatedIdentity !== undefined
	);
}

type Config = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;
const names = (columns: { name: string }[]) => columns.map((c) => c.name);

function shape(table: SQLiteTable | PgTable, config: Config) {
	return {
		columns: Object.entries(getTableColumns(table)).map(([key, c]) => ({
			key,
			name: c.name,
			kind: kindOf(c),
			notNull: c.notNull,
			primary: c.primary,
			generatesKey: generatesKey(c),
			default: defaultOf(c),
			unique: c.isUnique
		})),
		primaryKeys: config.primaryKeys.map((pk) => names(pk.columns)),
		indexes: config.indexes
			.map((i) => ({
				name: i.config.name ?? '',
				unique: i.config.unique,
				columns: names(i.config.columns as { name: string }[])
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
		foreignKeys: config.foreignKeys
			.map((fk) => {
				const ref = fk.reference();
				return {
					columns: names(ref.columns),
					table: getTableName(ref.foreignTable),
					foreignColumns: names(ref.foreignColumns),
					onDelete: fk.onDelete ?? 'no action',
					onUpdate: fk.onUpdate ?? 'no action'
				};
			})
			.sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
		uniques: config.uniqueConstraints.map((u) => ({ name: u.name, columns: names(u.columns) })),
		checks: config.checks.map((c) => c.name).sort()
	};
}

describe('the PostgreSQL schema mirrors the SQLite schema', () => {
	it('has the same tables', () => {
		expect([...pgTables().keys()].sort()).toEqual([...sqliteTables().keys()].sort());
	});

	const pg = pgTables();
	for (const [name, sqliteTable] of sqliteTables()) {
		it(`${name}: same columns, kinds, nullability, keys, defaults, indexes and constraints`, () => {
			const pgTable = pg.get(name);
			expect(pgTable, `table ${name} missing from schema-pg.ts`).toBeDefined();
			expect(shape(pgTable!, pgConfig(pgTable!))).toEqual(
				shape(sqliteTable, sqliteConfig(sqliteTable))
			);
		});
	}

	it('orders the tables so that every foreign key points to a table copied before it', () => {
		const order = tablePairs().map((p) => p.name);
		expect(new Set(order).size).toBe(sqliteTables().size);
		for (const pair of tablePairs())
			for (const fk of sqliteConfig(pair.sqlite).foreignKeys) {
				const target = getTableName(fk.reference().foreignTable);
				expect(order.indexOf(target), `${pair.name} → ${target}`).toBeLessThanOrEqual(
					order.indexOf(pair.name)
				);
			}
	});
});
