/**
 * The whole glossary as open data: JSON (one object per entry, the shape of
 * /api/v1/entries/{slug}), a CSV with one row per name and one with one row per South–North pair.
 * All carry the licence.
 */
import type { Db } from './db/client';
import * as entries from './entries';
import { apiEntry, type ApiEntry } from './api-urls';
import type { Entry, Name, Source } from '../types';

export const LICENCE = {
	name: 'CC BY-SA 4.0',
	url: 'https://creativecommons.org/licenses/by-sa/4.0/',
	attribution: 'Nambuk Menu contributors'
} as const;

/** The line to print where the data is reused (README "Data and licences"). */
export function attributionLine(origin: string): string {
	return `${LICENCE.attribution}, ${origin}/ — ${LICENCE.name} (${LICENCE.url}). Photos carry their own licences.`;
}

/**
 * A fingerprint of the approved entries: any edit bumps an entry's version and updated_at, and
 * approving or hiding one changes the count.
 */
export function dataVersion(db: Db): string {
	const row = db.$client
		.prepare(
			"SELECT count(*) AS n, coalesce(sum(version), 0) AS v, coalesce(max(updated_at), '') AS t FROM entry WHERE status = 'approved'"
		)
		.get() as { n: number; v: number; t: string };
	return `${row.n}:${row.v}:${row.t}`;
}

const cache = new WeakMap<Db, { version: string; entries: Entry[] }>();

/**
 * Every approved entry, in a stable order (by slug), read in full. Reading them all takes a
 * while, so the list is kept until the data changes.
 */
export function allEntries(db: Db): Entry[] {
	const version = dataVersion(db);
	const cached = cache.get(db);
	if (cached?.version === version) return cached.entries;
	const list = readAllEntries(db);
	cache.set(db, { version, entries: list });
	return list;
}

function readAllEntries(db: Db): Entry[] {
	const { entries: rows } = entries.listEntries(db, {
		sort: 'south',
		limit: Number.MAX_SAFE_INTEGER,
		offset: 0
	});
	return rows
		.map((r) => r.slug)
		.sort()
		.flatMap((slug) => entries.getEntry(db, slug) ?? []);
}

export interface ExportDocument {
	licence: typeof LICENCE;
	attribution: string;
	source: string;
	generated: string;
	count: number;
	entries: ApiEntry[];
}

export function exportJson(db: Db, origin: string, now = new Date()): ExportDocument {
	const list = allEntries(db);
	return {
		licence: LICENCE,
		attribution: attributionLine(origin),
		source: origin,
		generated: now.toISOString(),
		count: list.length,
		entries: list.map((e) => apiEntry(origin, e))
	};
}

export const CSV_COLUMNS = [
	'slug',
	'english',
	'gloss_ko',
	'why_en',
	'why_ko',
	'category',
	'difference',
	'regions',
	'side',
	'hangul',
	'hanja',
	'status',
	'note',
	'note_ko',
	'attested',
	'pronunciation',
	'rr',
	'mr',
	'dprk',
	'yale',
	'sources',
	'source_urls',
	'licence'
] as const;

/** A first character that makes a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field by RFC 4180: quoted when it holds a comma, a quote, CR or LF, with quotes
 * doubled. Null is the empty field. Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`,
 * `+1+cmd|…`, `@SUM(…)`) gets a leading `'`, the OWASP way: the cell then shows the text as
 * written. Numbers are data and stay as they are; the JSON export is never altered.
 */
export function csvField(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly (string | number | null | undefined)[]): string {
	return values.map(csvField).join(',');
}

/**
 * One row per name and side. A name both Koreas write alike is listed under each side, since
 * its pronunciation and readings follow each side's standard.
 */
export function entryRows(entry: Entry): string[][] {
	const byId = new Map<number, Source>(entry.sources.map((s) => [s.id, s]));
	const sides = [
		['south', entry.south],
		['north', entry.north]
	] as const;
	return sides.flatMap(([side, names]) =>
		names.map((name) => {
			const sources = name.sources.flatMap((id) => byId.get(id) ?? []);
			return [
				entry.slug,
				entry.english,
				entry.glossKo,
				entry.why.en,
				entry.why.ko,
				entry.category,
				entry.difference,
				entry.regions.join(' '),
				side,
				name.hangul,
				name.hanja ?? '',
				name.status,
				name.note ?? '',
				name.noteKo ?? '',
				name.attested ?? '',
				name.pronunciation,
				name.romanizations.rr,
				name.romanizations.mr,
				name.romanizations.dprk,
				name.romanizations.yale,
				sources.map((s) => s.citation).join('; '),
				sources.flatMap((s) => s.url ?? []).join(' '),
				LICENCE.name
			];
		})
	);
}

/**
 * Excel reads a CSV without a byte-order mark in the system's legacy code page (CP949 on a Korean
 * Windows, 1252 elsewhere) and garbles every Hangul cell; with it, as UTF-8. Other readers
 * (Python's utf-8-sig, LibreOffice, Google Sheets) skip it.
 */
const BOM = '\uFEFF';

function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return BOM + [header, ...rows].map(csvRecord).join('\r\n') + '\r\n';
}

/** The per-name CSV file: BOM, header row, CRLF line ends (RFC 4180). */
export function exportCsv(db: Db): string {
	return csvFile(CSV_COLUMNS, allEntries(db).flatMap(entryRows));
}

export const PAIR_CSV_COLUMNS = [
	'slug',
	'south',
	'north',
	'english',
	'gloss_ko',
	'why_en',
	'why_ko',
	'difference',
	'category',
	'confidence',
	'south_status',
	'north_status',
	'sources',
	'source_urls',
	'licence'
] as const;

/**
 * One row per South–North pair: every Southern name of the entry beside every Northern one, the
 * headwords first (names keep the entry's order). The sources are those of either name.
 */
export function pairRows(entry: Entry): string[][] {
	const byId = new Map<number, Source>(entry.sources.map((s) => [s.id, s]));
	const sourcesOf = (a: Name, b: Name) =>
		[...new Set([...a.sources, ...b.sources])].flatMap((id) => byId.get(id) ?? []);
	return entry.south.flatMap((south) =>
		entry.north.map((north) => {
			const sources = sourcesOf(south, north);
			return [
				entry.slug,
				south.hangul,
				north.hangul,
				entry.english,
				entry.glossKo,
				entry.why.en,
				entry.why.ko,
				entry.difference,
				entry.category,
				entry.confidence,
				south.status,
				north.status,
				sources.map((s) => s.citation).join('; '),
				sources.flatMap((s) => s.url ?? []).join(' '),
				LICENCE.name
			];
		})
	);
}

/** The pairs CSV file, in the same form as the per-name one. */
export function exportPairsCsv(db: Db): string {
	return csvFile(PAIR_CSV_COLUMNS, allEntries(db).flatMap(pairRows));
}
