/**
 * A minimal TrueType subsetter for the share cards: keeps the outlines of the characters a card
 * draws (and the glyphs their composites use) and empties every other glyph. Glyph ids stay as
 * they are, so hmtx needs no change; cmap is rebuilt for the kept characters only; layout tables
 * (GSUB, GPOS, kern …) are left out. No subsetting package is installed, and the cards need
 * nothing more: Pretendard's 2.6 MB TTFs shrink to a few kilobytes per card.
 */

const KEEP_TABLES = [
	'head',
	'hhea',
	'maxp',
	'OS/2',
	'hmtx',
	'name',
	'post',
	'cmap',
	'loca',
	'glyf'
];

interface Table {
	tag: string;
	offset: number;
	length: number;
}

function readTables(font: Buffer): Map<string, Table> {
	const version = font.readUInt32BE(0);
	if (version !== 0x00010000 && version !== 0x74727565) {
		throw new Error('Not a TrueType (glyf) font');
	}
	const count = font.readUInt16BE(4);
	const tables = new Map<string, Table>();
	for (let i = 0; i < count; i++) {
		const at = 12 + i * 16;
		const tag = font.toString('latin1', at, at + 4);
		tables.set(tag, { tag, offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) });
	}
	for (const tag of KEEP_TABLES) if (!tables.has(tag)) throw new Error(`Font has no ${tag} table`);
	return tables;
}

function table(font: Buffer, tables: Map<string, Table>, tag: string): Buffer {
	const t = tables.get(tag)!;
	return font.subarray(t.offset, t.offset + t.length);
}

/** Code point → glyph id from the best Unicode cmap subtable (format 12, else format 4). */
export function glyphIdsFor(font: Buffer, codePoints: Iterable<number>): Map<number, number> {
	const tables = readTables(font);
	const cmap = table(font, tables, 'cmap');
	const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
		platform: cmap.readUInt16BE(4 + i * 8),
		encoding: cmap.readUInt16BE(6 + i * 8),
		offset: cmap.readUInt32BE(8 + i * 8)
	})).map((s) => ({ ...s, format: cmap.readUInt16BE(s.offset) }));
	const full = subtables.find((s) => s.format === 12 && (s.platform === 3 || s.platform === 0));
	const bmp = subtables.find(
		(s) => s.format === 4 && ((s.platform === 3 && s.encoding === 1) || s.platform === 0)
	);
	const result = new Map<number, number>();
	for (const cp of codePoints) {
		let gid = 0;
		if (full) {
			const groups = cmap.readUInt32BE(full.offset + 12);
			for (let g = 0; g < groups; g++) {
				const at = full.offset + 16 + g * 12;
				const start = cmap.readUInt32BE(at);
				const end = cmap.readUInt32BE(at + 4);
				if (cp >= start && cp <= end) {
					gid = cmap.readUInt32BE(at + 8) + (cp - start);
					break;
				}
			}
		} else if (bmp && cp <= 0xffff) {
			const o = bmp.offset;
			const segments = cmap.readUInt16BE(o + 6) / 2;
			const ends = o + 14;
			const starts = ends + segments * 2 + 2;
			const deltas = starts + segments * 2;
			const ranges = deltas + segments * 2;
			for (let s = 0; s < segments; s++) {
				if (cp > cmap.readUInt16BE(ends + s * 2)) continue;
				const start = cmap.readUInt16BE(starts + s * 2);
				if (cp < start) break;
				const delta = cmap.readInt16BE(deltas + s * 2);
				const rangeOffset = cmap.readUInt16BE(ranges + s * 2);
				if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
				else {
					const at = ranges + s * 2 + rangeOffset + (cp - start) * 2;
					const raw = cmap.readUInt16BE(at);
					gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
				}
				break;
			}
		}
		if (gid) result.set(cp, gid);
	}
	return result;
}

const rangesCache = new WeakMap<Buffer, number[]>();

/** Where each glyph's outline starts in glyf (the loca table), read once per font. */
function glyphRanges(font: Buffer, tables: Map<string, Table>): number[] {
	const cached = rangesCache.get(font);
	if (cached) return cached;
	const ranges = readGlyphRanges(font, tables);
	rangesCache.set(font, ranges);
	return ranges;
}

function readGlyphRanges(font: Buffer, tables: Map<string, Table>): number[] {
	const head = table(font, tables, 'head');
	const numGlyphs = table(font, tables, 'maxp').readUInt16BE(4);
	const loca = table(font, tables, 'loca');
	const long = head.readInt16BE(50) === 1;
	return Array.from({ length: numGlyphs + 1 }, (_, i) =>
		long ? loca.readUInt32BE(i * 4) : loca.readUInt16BE(i * 2) * 2
	);
}

/** Glyphs a composite glyph is built from. */
function components(glyph: Buffer): number[] {
	if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
	const found: number[] = [];
	let at = 10;
	for (;;) {
		const flags = glyph.readUInt16BE(at);
		found.push(glyph.readUInt16BE(at + 2));
		at += 4 + (flags & 0x0001 ? 4 : 2);
		if (flags & 0x0008) at += 2;
		else if (flags & 0x0040) at += 4;
		else if (flags & 0x0080) at += 8;
		if (!(flags & 0x0020)) return found;
	}
}

function checksum(data: Buffer): number {
	let sum = 0;
	const padded =
		data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
	return sum;
}

/** A format 12 cmap (Windows, full Unicode) holding only the given characters. */
function buildCmap(map: Map<number, number>): Buffer {
	const entries = [...map].sort((a, b) => a[0] - b[0]);
	const body = Buffer.alloc(16 + entries.length * 12);
	body.writeUInt16BE(12, 0);
	body.writeUInt32BE(body.length, 4);
	body.writeUInt32BE(entries.length, 12);
	entries.forEach(([cp, gid], i) => {
		body.writeUInt32BE(cp, 16 + i * 12);
		body.writeUInt32BE(cp, 20 + i * 12);
		body.writeUInt32BE(gid, 24 + i * 12);
	});
	const header = Buffer.alloc(12);
	header.writeUInt16BE(0, 0);
	header.writeUInt16BE(1, 2);
	header.writeUInt16BE(3, 4);
	header.writeUInt16BE(10, 6);
	header.writeUInt32BE(12, 8);
	return Buffer.concat([header, body]);
}

/** A valid TrueType font that draws exactly the characters of `text` (plus .notdef). */
export function subsetFont(font: Buffer, text: string): Buffer {
	const tables = readTables(font);
	const cmap = glyphIdsFor(font, new Set([...text].map((c) => c.codePointAt(0)!)));
	const ranges = glyphRanges(font, tables);
	const glyf = table(font, tables, 'glyf');
	const glyphData = (gid: number) => glyf.subarray(ranges[gid]!, ranges[gid + 1]!);

	const keep = new Set<number>([0]);
	const queue = [...cmap.values()];
	while (queue.length) {
		const gid = queue.pop()!;
		if (keep.has(gid) || gid >= ranges.length - 1) continue;
		keep.add(gid);
		queue.push(...components(glyphData(gid)));
	}

	const parts: Buffer[] = [];
	const loca = Buffer.alloc(ranges.length * 4);
	let offset = 0;
	for (let gid = 0; gid < ranges.length - 1; gid++) {
		loca.writeUInt32BE(offset, gid * 4);
		if (!keep.has(gid)) continue;
		const data = glyphData(gid);
		const padded =
			data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
		parts.push(padded);
		offset += padded.length;
	}
	loca.writeUInt32BE(offset, (ranges.length - 1) * 4);

	const head = Buffer.from(table(font, tables, 'head'));
	head.writeUInt32BE(0, 8);
	head.writeInt16BE(1, 50);
	// post version 3: no glyph names.
	const post = Buffer.from(table(font, tables, 'post').subarray(0, 32));
	post.writeUInt32BE(0x00030000, 0);

	const out = new Map<string, Buffer>([
		['OS/2', table(font, tables, 'OS/2')],
		['cmap', buildCmap(cmap)],
		['glyf', Buffer.concat(parts)],
		['head', head],
		['hhea', table(font, tables, 'hhea')],
		['hmtx', table(font, tables, 'hmtx')],
		['loca', loca],
		['maxp', table(font, tables, 'maxp')],
		['name', table(font, tables, 'name')],
		['post', post]
	]);
	const tags = [...out.keys()].sort();
	const numTables = tags.length;
	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	const directory = Buffer.alloc(12 + numTables * 16);
	directory.writeUInt32BE(0x00010000, 0);
	directory.writeUInt16BE(numTables, 4);
	directory.writeUInt16BE(searchRange, 6);
	directory.writeUInt16BE(entrySelector, 8);
	directory.writeUInt16BE(numTables * 16 - searchRange, 10);
	const bodies: Buffer[] = [];
	let at = directory.length;
	let headAt = 0;
	tags.forEach((tag, i) => {
		const data = out.get(tag)!;
		const padded =
			data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
		directory.write(tag, 12 + i * 16, 'latin1');
		directory.writeUInt32BE(checksum(data), 16 + i * 16);
		directory.writeUInt32BE(at, 20 + i * 16);
		directory.writeUInt32BE(data.length, 24 + i * 16);
		if (tag === 'head') headAt = at;
		bodies.push(padded);
		at += padded.length;
	});
	const result = Buffer.concat([directory, ...bodies]);
	result.writeUInt32BE((0xb1b0afba - checksum(result)) >>> 0, headAt + 8);
	return result;
}
