import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import {
	MAX_UPLOAD_BYTES,
	PhotoRefusedError,
	exifHasGps,
	jpegHasComment,
	processPhoto,
	sniffImageType,
	variantWidths,
	type ProcessedPhoto
} from './photo-pipeline';
import { refusalIssue } from './photos';
import {
	HOSTILE_FILES,
	HTML_PAYLOAD,
	jpegWithComment,
	phoneJpegWithGps,
	photoJpeg,
	photoPixels,
	pngWithText
} from '../../../tests/fixtures/photos';

async function refusalOf(bytes: Uint8Array): Promise<string | null> {
	try {
		await processPhoto(bytes);
		return null;
	} catch (e) {
		if (e instanceof PhotoRefusedError) return refusalIssue(e.code);
		throw e;
	}
}

/** Every served copy must be free of metadata: no EXIF (so no GPS), XMP, IPTC or ICC. */
async function expectClean(processed: ProcessedPhoto) {
	for (const v of processed.variants) {
		const meta = await sharp(v.data).metadata();
		expect(meta.format, `${v.format} ${v.width}`).toBe(
			v.format === 'jpeg' ? 'jpeg' : v.format === 'webp' ? 'webp' : 'heif'
		);
		expect(meta.exif, `${v.format} ${v.width} exif`).toBeUndefined();
		expect(exifHasGps(meta.exif)).toBe(false);
		expect(meta.xmp, `${v.format} ${v.width} xmp`).toBeUndefined();
		expect(meta.iptc, `${v.format} ${v.width} iptc`).toBeUndefined();
		expect(meta.icc, `${v.format} ${v.width} icc`).toBeUndefined();
		expect(meta.orientation ?? 1).toBe(1);
		expect(meta.comments, `${v.format} ${v.width} comments`).toBeUndefined();
		expect(jpegHasComment(v.data), `${v.format} ${v.width} COM`).toBe(false);
		// Nothing of the original's text can ride along in the re-encoded bytes.
		expect(v.data.includes('GPS Leaker')).toBe(false);
		expect(v.data.includes('<script')).toBe(false);
	}
}

describe('sniffImageType', () => {
	it.each([
		['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
		['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
		['webp', [...Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ')]],
		['avif', [0, 0, 0, 0x1c, ...Buffer.from('ftypavif\x00\x00\x00\x00avifmif1miaf')]],
		['heif', [0, 0, 0, 0x18, ...Buffer.from('ftypheic\x00\x00\x00\x00mif1heic')]],
		['avif', [0, 0, 0, 0x18, ...Buffer.from('ftypmif1\x00\x00\x00\x00mif1avif')]]
	] as const)('recognises %s by its first bytes', (type, bytes) => {
		expect(sniffImageType(Uint8Array.from(bytes))).toBe(type);
	});

	it.each([
		['text', 'hello'],
		['svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
		['html', '<!doctype html><title>x</title>'],
		['pdf', '%PDF-1.7'],
		['gif', 'GIF89a'],
		['mp4', '\x00\x00\x00\x18ftypisom\x00\x00\x00\x00isomiso2']
	])('refuses %s', (_, text) => {
		expect(sniffImageType(Buffer.from(text, 'latin1'))).toBeNull();
	});
});

describe('variantWidths', () => {
	it.each([
		[4000, [320, 640, 1280]],
		[1280, [320, 640, 1280]],
		[1000, [320, 640, 1000]],
		[640, [320, 640]],
		[500, [320, 500]],
		[320, [320]]
	])('a %i px wide photo gets %j (never upscaled)', (width, expected) => {
		expect(variantWidths(width)).toEqual(expected);
	});
});

describe('processPhoto', { timeout: 60_000 }, () => {
	it('makes AVIF, WebP and JPEG at 320, 640 and 1280 px with a placeholder and a content hash', async () => {
		const jpeg = await photoJpeg(2000, 1500);
		const p = await processPhoto(jpeg);
		expect(p.sourceFormat).toBe('jpeg');
		expect(p.variants.map((v) => `${v.format}@${v.width}x${v.height}`).sort()).toEqual(
			[
				'avif@1280x960',
				'avif@320x240',
				'avif@640x480',
				'jpeg@1280x960',
				'jpeg@320x240',
				'jpeg@640x480',
				'webp@1280x960',
				'webp@320x240',
				'webp@640x480'
			].sort()
		);
		expect([p.width, p.height]).toEqual([1280, 960]);
		expect(p.key).toMatch(/^[0-9a-f]{20}$/);
		expect((await processPhoto(jpeg)).key).toBe(p.key);
		expect(p.placeholder).toMatch(/^data:image\/webp;base64,[A-Za-z0-9+/=]+$/);
		expect(p.placeholder.length).toBeLessThan(600);
		expect(p.stripped).toEqual([]);
		await expectClean(p);
	});

	it('does not upscale a small photo', async () => {
		const p = await processPhoto(await photoJpeg(500, 400));
		expect(Math.max(...p.variants.map((v) => v.width))).toBe(500);
		expect([p.width, p.height]).toEqual([500, 400]);
	});

	it('reads PNG with transparency and WebP, flattening onto white', async () => {
		const png = await sharp({
			create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } }
		})
			.png()
			.toBuffer();
		const p = await processPhoto(png);
		expect(p.sourceFormat).toBe('png');
		const jpeg = p.variants.find((v) => v.format === 'jpeg' && v.width === 640)!;
		const { data } = await sharp(jpeg.data).raw().toBuffer({ resolveWithObject: true });
		expect(data[0]).toBeGreaterThan(250);

		const webp = await sharp(photoPixels(900, 600), {
			raw: { width: 900, height: 600, channels: 3 }
		})
			.webp()
			.toBuffer();
		expect((await processPhoto(webp)).sourceFormat).toBe('webp');
	});

	it('reads AVIF', async () => {
		const avif = await sharp(photoPixels(700, 500), {
			raw: { width: 700, height: 500, channels: 3 }
		})
			.avif({ effort: 0 })
			.toBuffer();
		const p = await processPhoto(avif);
		expect(p.sourceFormat).toBe('avif');
		expect(p.width).toBe(700);
	});

	it('rotates by EXIF orientation, then strips EXIF, GPS, XMP and ICC (and reports them)', async () => {
		const phone = await phoneJpegWithGps(1600, 1200);
		const before = await sharp(phone).metadata();
		expect(before.orientation).toBe(6);
		expect(exifHasGps(before.exif)).toBe(true);
		expect(before.icc).toBeDefined();
		expect(before.xmp).toBeDefined();

		const p = await processPhoto(phone);
		expect(p.stripped.sort()).toEqual(['exif', 'gps', 'icc', 'orientation', 'xmp']);
		// Stored 1600 × 1200 sideways; upright it is 1200 wide and 1600 tall.
		expect([p.sourceWidth, p.sourceHeight]).toEqual([1200, 1600]);
		expect([p.width, p.height]).toEqual([1200, 1600]);
		await expectClean(p);
	});

	it('strips PNG text chunks and JPEG comments, and reports them', async () => {
		const png = await pngWithText(800, 600, { Author: 'GPS Leaker', Comment: 'Pyongyang 39N' });
		expect((await sharp(png).metadata()).comments).toEqual([
			{ keyword: 'Author', text: 'GPS Leaker' },
			{ keyword: 'Comment', text: 'Pyongyang 39N' }
		]);
		const fromPng = await processPhoto(png);
		expect(fromPng.stripped).toEqual(['comment']);
		await expectClean(fromPng);
		for (const v of fromPng.variants) expect(v.data.includes('Pyongyang 39N')).toBe(false);

		const jpeg = await jpegWithComment(800, 600, 'GPS Leaker was here');
		expect(jpegHasComment(jpeg)).toBe(true);
		const fromJpeg = await processPhoto(jpeg);
		expect(fromJpeg.stripped).toEqual(['comment']);
		await expectClean(fromJpeg);

		// A file without them reports nothing.
		expect((await processPhoto(await photoJpeg(800, 600))).stripped).toEqual([]);
	});

	it('finds a JPEG comment only among the header segments', async () => {
		const plain = await photoJpeg(400, 300);
		expect(jpegHasComment(plain)).toBe(false);
		const commented = await jpegWithComment(400, 300, 'x');
		expect(jpegHasComment(commented)).toBe(true);
		// Cut short, or not a JPEG: no comment, no throw.
		expect(jpegHasComment(commented.subarray(0, 5))).toBe(false);
		expect(jpegHasComment(Buffer.from('GIF89a'))).toBe(false);
		expect(jpegHasComment(new Uint8Array())).toBe(false);
	});

	it('refuses a photo narrower than 320 px', async () => {
		expect(await refusalOf(await photoJpeg(300, 200))).toBe('photo_too_small');
	});

	it('refuses HEIC when the bundled libvips cannot decode it', async () => {
		const heic = Buffer.concat([
			Buffer.from([0, 0, 0, 0x18]),
			Buffer.from('ftypheic\x00\x00\x00\x00mif1heic', 'latin1'),
			Buffer.alloc(64)
		]);
		const canRead = (sharp.format.heif.input as { fileSuffix?: string[] }).fileSuffix?.includes(
			'.heic'
		);
		expect(await refusalOf(heic)).toBe(canRead ? 'photo_damaged' : 'photo_heic_unsupported');
	});

	it('refuses a file one byte over 15 MB before decoding it', async () => {
		const big = Buffer.concat([
			Buffer.from([0xff, 0xd8, 0xff]),
			Buffer.alloc(MAX_UPLOAD_BYTES - 2)
		]);
		expect(await refusalOf(big)).toBe('photo_too_large');
	});
});

describe('hostile corpus', { timeout: 60_000 }, () => {
	it.each(HOSTILE_FILES.map((f) => [f.name, f] as const))('%s', async (_, file) => {
		const bytes = await file.make();
		const refusal = await refusalOf(bytes);
		expect(refusal).toBe(file.refusal);
		// How fast a refusal is belongs to the benchmarks (bench/), not to a test that a busy
		// machine can fail: here only what is refused, and that what is kept comes out clean.
		if (!refusal) await expectClean(await processPhoto(bytes));
	});

	it('a polyglot comes out as pixels only', async () => {
		const polyglot = await HOSTILE_FILES.find((f) => f.name === 'HTML/JPEG polyglot')!.make();
		expect(polyglot.includes(HTML_PAYLOAD)).toBe(true);
		const p = await processPhoto(polyglot);
		for (const v of p.variants) expect(v.data.includes('<html')).toBe(false);
	});
});
