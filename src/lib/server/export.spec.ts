import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../tests/support/csv';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import {
	CSV_COLUMNS,
	PAIR_CSV_COLUMNS,
	csvField,
	csvRecord,
	exportCsv,
	exportJson,
	exportPairsCsv
} from './export';

describe('csvField (RFC 4180)', () => {
	it.each([
		['plain', 'plain'],
		['냉면', '냉면'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rlf', '"cr\rlf"'],
		['', ''],
		[null, ''],
		[undefined, ''],
		[42, '42'],
		[-1, '-1'],
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tx', "'\tx"],
		['\rx', `"'\rx"`],
		['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
		['a=b', 'a=b']
	])('%j → %s', (value, expected) => expect(csvField(value)).toBe(expected));

	it('joins fields with commas and reads back the same', () => {
		const values = ['a,b', '"q"', 'x\r\ny', '평양랭면'];
		expect(readCsv(csvRecord(values) + '\r\n')).toEqual([values]);
	});
});

// Reading every entry computes every name's readings: seconds, not milliseconds.
describe('exports of the seeded glossary', { timeout: 30_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'nambuk-export-'));
	let db: Db;
	beforeAll(() => {
		db = openDatabase(join(dir, 'test.sqlite'));
		seedIfEmpty(db, 'db/seed');
	});
	afterAll(() => {
		db.$client.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('JSON holds every approved entry and the licence', () => {
		const doc = exportJson(db, 'https://example.org', new Date('2026-01-01T00:00:00Z'));
		const total = db.$client
			.prepare("SELECT count(*) AS n FROM entry WHERE status = 'approved'")
			.get() as {
			n: number;
		};
		expect(doc.count).toBe(total.n);
		expect(doc.entries).toHaveLength(total.n);
		expect(doc.licence.name).toBe('CC BY-SA 4.0');
		expect(doc.attribution).toBe(
			'Nambuk Menu contributors, https://example.org/ — CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Photos carry their own licences.'
		);
		const naengmyeon = doc.entries.find((e) => e.slug === 'naengmyeon')!;
		expect(naengmyeon.north.map((n) => n.hangul)).toContain('랭면');
		expect(naengmyeon.sources.length).toBeGreaterThan(0);
	});

	it('CSV starts with a BOM, then a header, one row per name, and every entry', () => {
		const text = exportCsv(db);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const [header, ...rows] = readCsv(text.slice(1));
		expect(header).toEqual([...CSV_COLUMNS]);
		for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
		const slugs = new Set(rows.map((r) => r[0]));
		const doc = exportJson(db, 'https://example.org');
		expect(slugs.size).toBe(doc.count);
		const names = doc.entries.reduce((n, e) => n + e.south.length + e.north.length, 0);
		expect(rows).toHaveLength(names);
		const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
		const raengmyeon = rows.find((r) => r[0] === 'naengmyeon' && r[col('hangul')] === '랭면')!;
		expect(raengmyeon[col('side')]).toBe('north');
		expect(raengmyeon[col('licence')]).toBe('CC BY-SA 4.0');
		expect(raengmyeon[col('gloss_ko')]).toBe('차가운 육수에 만 국수');
		expect(raengmyeon[col('why_ko')]).toMatch(/두음 법칙/);
		const eoreum = rows.find((r) => r[col('hangul')] === '얼음보숭이')!;
		expect(eoreum[col('note')]).toMatch(/1981/);
		expect(eoreum[col('note_ko')]).toMatch(/1981년 《현대조선말사전》/);
	});

	it('JSON carries the Korean gloss, why in both languages and the Korean name notes', () => {
		const doc = exportJson(db, 'https://example.org');
		const e = doc.entries.find((x) => x.slug === 'aiseukeurim')!;
		expect(e.glossKo).toBe('아이스크림');
		expect(e.why.en).toMatch(/Эскимо/);
		expect(e.why.ko).toMatch(/에스키모/);
		const n = e.north.find((x) => x.hangul === '얼음보숭이')!;
		expect(n.noteKo).toMatch(/조선말대사전/);
		for (const s of e.sources) expect(s).toHaveProperty('via');
	});

	it('CSV neutralises cells a spreadsheet would run as formulas; JSON keeps them as written', () => {
		const formula = '=HYPERLINK("http://evil.example","click")';
		db.$client
			.prepare(
				"UPDATE entry SET english = ?, version = version + 1, updated_at = '2999-01-01' WHERE slug = 'naengmyeon'"
			)
			.run(formula);
		const rows = readCsv(exportCsv(db).slice(1)).filter((r) => r[0] === 'naengmyeon');
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) expect(r[1]).toBe(`'${formula}`);
		const json = exportJson(db, 'https://example.org').entries.find((e) => e.slug === 'naengmyeon');
		expect(json?.english).toBe(formula);
	});

	it('pairs CSV: BOM, header, one row per South–North pair with both names and their sources', () => {
		const text = exportPairsCsv(db);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const [header, ...rows] = readCsv(text.slice(1));
		expect(header).toEqual([...PAIR_CSV_COLUMNS]);
		for (const r of rows) expect(r).toHaveLength(PAIR_CSV_COLUMNS.length);
		const doc = exportJson(db, 'https://example.org');
		const pairs = doc.entries.reduce((n, e) => n + e.south.length * e.north.length, 0);
		expect(rows).toHaveLength(pairs);
		const col = (name: (typeof PAIR_CSV_COLUMNS)[number]) => PAIR_CSV_COLUMNS.indexOf(name);
		const naengmyeon = rows.filter((r) => r[col('slug')] === 'naengmyeon');
		const entry = doc.entries.find((e) => e.slug === 'naengmyeon')!;
		expect(naengmyeon).toHaveLength(entry.south.length * entry.north.length);
		const pair = naengmyeon.find((r) => r[col('south')] === '냉면' && r[col('north')] === '랭면')!;
		expect(pair[col('difference')]).toBe('initial-sound-law');
		expect(pair[col('category')]).toBe('noodles');
		expect(pair[col('gloss_ko')]).toBe('차가운 육수에 만 국수');
		expect(pair[col('why_ko')]).toMatch(/두음 법칙/);
		const raengmyeon = entry.north.find((n) => n.hangul === '랭면')!;
		const cited = entry.sources.filter((s) => raengmyeon.sources.includes(s.id));
		for (const s of cited) expect(pair[col('sources')]).toContain(s.citation);
	});

	it('pairs CSV quotes a comma, a quote and a line break so the cell reads back whole', () => {
		const why = 'Line one, with a comma;\n"two" in quotes';
		db.$client
			.prepare(
				"UPDATE entry SET why_en = ?, version = version + 1, updated_at = '2999-01-02' WHERE slug = 'mandutguk'"
			)
			.run(why);
		const text = exportPairsCsv(db);
		expect(text).toContain('"Line one, with a comma;\n""two"" in quotes"');
		const rows = readCsv(text.slice(1)).filter((r) => r[0] === 'mandutguk');
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			expect(r).toHaveLength(PAIR_CSV_COLUMNS.length);
			expect(r[PAIR_CSV_COLUMNS.indexOf('why_en')]).toBe(why);
		}
	});
});
