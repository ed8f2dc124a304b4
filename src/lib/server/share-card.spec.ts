import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import * as entries from './entries';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import {
	CARD_FONTS,
	CARD_HEIGHT,
	CARD_MAX_BYTES,
	CARD_WIDTH,
	LruCache,
	cardText,
	encodeCard,
	escapeXml,
	fitText,
	renderCardSvg,
	renderShareCard,
	shareCardSvg,
	siteCardSvg,
	type CardOptions
} from './share-card';
import { glyphIdsFor, subsetFont } from './font-subset';

/** Format, width and height of a rendered card. */
async function imageSize(
	image: Buffer
): Promise<{ format?: string; width?: number; height?: number }> {
	const { format, width, height } = await sharp(image).metadata();
	return { format, width, height };
}

const EN: CardOptions = { locale: 'en', host: 'nambuk.example' };
const KO: CardOptions = { locale: 'ko', host: 'nambuk.example' };
const JPEG_1200 = { format: 'jpeg', width: CARD_WIDTH, height: CARD_HEIGHT };

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
		const svg = await shareCardSvg(entry, EN);
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
		expect(drawing(await shareCardSvg(entries.getEntry(db, 'nakji')!, EN))).toContain(
			'Noto Emoji "octopus"'
		);
		expect(drawing(await shareCardSvg(entries.getEntry(db, 'anju')!, EN))).toContain(
			'Noto Emoji "rice-cracker"'
		);
	});

	it('credits the photo with its author and licence, and shows the site’s address', async () => {
		const entry = entries.getEntry(db, 'naengmyeon')!;
		const photo = entry.photos[0]!;
		const text = cardText(await shareCardSvg(entry, EN));
		expect(text).toContain(`Photo: ${photo.author}, ${photo.license} (cropped)`);
		expect(text).toContain('nambuk.example');
		expect(text).toContain('cold noodles in chilled broth');
		// No photo, no credit line.
		expect(cardText(await shareCardSvg(entries.getEntry(db, 'ojingeo')!, EN))).not.toContain(
			'Photo:'
		);
	});

	it('in Korean, labels the sides and credits the photo in Korean, with the Korean gloss', async () => {
		const entry = entries.getEntry(db, 'naengmyeon')!;
		const text = cardText(await shareCardSvg(entry, KO));
		expect(text).toContain('남한');
		expect(text).toContain('북한');
		expect(text).toContain(
			`사진: ${entry.photos[0]!.author}, ${entry.photos[0]!.license}(잘라 냄)`
		);
		expect(text).toContain(entry.glossKo);
		expect(text).not.toContain('South');
		expect(text).toContain('nambuk.example');
	});

	it.each([
		['with a photo, English', 'naengmyeon', EN],
		['with a photo, Korean', 'naengmyeon', KO],
		['with another photo', 'sundae', EN],
		['with a third photo', 'bibimbap', KO],
		['with a drawing, English', 'ojingeo', EN],
		['with a drawing, Korean', 'ojingeo', KO]
	])('renders a 1200×630 JPEG of at most 150 KB (%s)', async (_, slug, options) => {
		const card = await renderShareCard(entries.getEntry(db, slug)!, options);
		expect(await imageSize(card)).toEqual(JPEG_1200);
		expect(card.length).toBeLessThanOrEqual(CARD_MAX_BYTES);
	});

	it.each([EN, KO])('renders the site’s card, at most 150 KB ($locale)', async (options) => {
		const svg = siteCardSvg(options);
		expect(cardText(svg)).toContain(options.locale === 'ko' ? '남북 메뉴' : 'Nambuk Menu');
		expect(cardText(svg)).toContain('nambuk.example');
		const card = await renderCardSvg(svg);
		expect(await imageSize(card)).toEqual(JPEG_1200);
		expect(card.length).toBeLessThanOrEqual(CARD_MAX_BYTES);
	});

	it('keeps a card with a very busy photo under 150 KB too', async () => {
		// Noise where the photo goes: the hardest thing a JPEG encoder gets.
		const noise = await sharp({
			create: {
				width: 420,
				height: CARD_HEIGHT,
				channels: 3,
				background: '#000',
				noise: { type: 'gaussian', mean: 128, sigma: 60 }
			}
		})
			.png()
			.toBuffer();
		const png = await sharp({
			create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: '#fbf8f3' }
		})
			.composite([{ input: noise, left: 780, top: 0 }])
			.png()
			.toBuffer();
		const card = await encodeCard(png);
		expect(await imageSize(card)).toEqual(JPEG_1200);
		expect(card.length).toBeLessThanOrEqual(CARD_MAX_BYTES);
	});

	it('fits long text by shrinking it, then cutting it', () => {
		expect(fitText('squid', 700, 34, 22)).toEqual({ text: 'squid', size: 34 });
		const long = fitText('a'.repeat(200), 700, 34, 22);
		expect(long.size).toBe(22);
		expect(long.text.endsWith('…')).toBe(true);
		expect(long.text.length).toBeLessThan(200);
	});

	it('renders text holding controls, noncharacters and lone surrogates (stored before the schema stripped them)', async () => {
		const entry = entries.getEntry(db, 'naengmyeon')!;
		const hostile = 'cold\u000Bnoodles\u0001\u001B\uFFFF\uFDD0\u0085\uD800 end';
		const card = await renderShareCard({ ...entry, english: hostile }, EN);
		expect(await imageSize(card)).toEqual(JPEG_1200);
		expect(cardText(await shareCardSvg({ ...entry, english: hostile }, EN))).toContain(
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
