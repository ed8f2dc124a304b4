import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import * as entries from './entries';
import { readFileSync } from 'node:fs';
import {
	CARD_FONTS,
	CARD_HEIGHT,
	CARD_WIDTH,
	LruCache,
	cardText,
	escapeXml,
	renderShareCard,
	shareCardSvg
} from './share-card';
import { glyphIdsFor, subsetFont } from './font-subset';

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share card', { timeout: 30_000 }, () => {
	const dir = mkdtempSync(join(tmpdir(), 'nambuk-card-'));
	let db: Db;
	beforeAll(() => {
		db = openDatabase(join(dir, 'test.sqlite'));
		seedIfEmpty(db, 'db/seed');
	});
	afterAll(() => {
		db.$client.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('draws both names and their romanizations, with the photo embedded', async () => {
		const entry = entries.getEntry(db, 'naengmyeon')!;
		const svg = await shareCardSvg(entry);
		expect(svg).toContain('>냉면<');
		expect(svg).toContain('>랭면<');
		expect(svg).toContain(`>${entry.north[0]!.romanizations.dprk}<`);
		expect(svg).toContain('data:image/jpeg;base64,');
	});

	it('without a photo, draws the entry’s subject where listed, else its category', async () => {
		const drawing = (svg: string) => {
			const data = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(svg)?.[1];
			return data ? Buffer.from(data, 'base64').toString('utf8') : null;
		};
		expect(drawing(await shareCardSvg(entries.getEntry(db, 'nakji')!))).toContain(
			'Noto Emoji "octopus"'
		);
		expect(drawing(await shareCardSvg(entries.getEntry(db, 'anju')!))).toContain(
			'Noto Emoji "rice-cracker"'
		);
	});

	it('renders a 1200×630 PNG', async () => {
		const png = await renderShareCard(entries.getEntry(db, 'naengmyeon')!);
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
	});

	it('renders text holding controls, noncharacters and lone surrogates (stored before the schema stripped them)', async () => {
		const entry = entries.getEntry(db, 'naengmyeon')!;
		const hostile = 'cold\u000Bnoodles\u0001\u001B\uFFFF\uFDD0\u0085\uD800 end';
		const png = await renderShareCard({ ...entry, english: hostile });
		expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(cardText(await shareCardSvg({ ...entry, english: hostile }))).toContain(
			'coldnoodles end'
		);
	});

	it('escapes text for XML', () => {
		expect(escapeXml(`<a & "b">`)).toBe('&lt;a &amp; &quot;b&quot;&gt;');
	});
});

describe('font subsetting', () => {
	const full = readFileSync(CARD_FONTS[0]!);

	it('keeps exactly the characters asked for, with the same glyph ids', () => {
		const text = '랭면 raengmyŏn';
		const subset = subsetFont(full, text);
		expect(subset.length).toBeLessThan(full.length / 10);
		const codePoints = [...new Set([...text].map((c) => c.codePointAt(0)!))];
		expect(glyphIdsFor(subset, codePoints)).toEqual(glyphIdsFor(full, codePoints));
		expect(glyphIdsFor(subset, ['냉'.codePointAt(0)!]).size).toBe(0);
		expect(glyphIdsFor(full, ['냉'.codePointAt(0)!]).size).toBe(1);
	});

	it('has a valid whole-font checksum', () => {
		const subset = subsetFont(full, '냉면');
		let sum = 0;
		for (let i = 0; i < subset.length; i += 4) sum = (sum + subset.readUInt32BE(i)) >>> 0;
		expect(sum).toBe(0xb1b0afba);
	});

	it('collects the text a card draws, unescaped', () => {
		expect(cardText('<text x="1">a &amp; b</text><rect/><text>냉면</text>')).toBe('a & b냉면');
	});
});

describe('LruCache', () => {
	it('keeps the most recently used entries', () => {
		const cache = new LruCache<number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.get('a')).toBe(1);
		cache.set('c', 3);
		expect(cache.get('b')).toBeUndefined();
		expect(cache.get('a')).toBe(1);
		expect(cache.size).toBe(2);
	});
});
