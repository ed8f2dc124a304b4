/**
 * The photo pipeline: what a contributor's file must be before it is accepted, and the sized,
 * metadata-free copies the site serves. No database and no disk here (photos.ts and
 * photo-store.ts do that), so the hostile-file tests and the benchmark call it directly.
 *
 * A photo taken inside North Korea must never reveal where: the original is never stored or
 * served, only pixels re-encoded from it, without EXIF, GPS, XMP, IPTC or ICC data.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from 'sharp';
import type { PhotoFormat, StrippedTag } from './db/schema';

export type { PhotoFormat, StrippedTag };

/** Bytes, not mebibytes: "15 MB" as a reader understands it. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/**
 * Decoding allocates width × height × channels bytes; 50 megapixels covers every phone camera in
 * its full-resolution mode and refuses pixel bombs (a tiny PNG that declares 30,000 × 30,000).
 */
export const MAX_INPUT_PIXELS = 50_000_000;
export const MIN_WIDTH = 320;
export const WIDTHS = [320, 640, 1280] as const;
export const FORMATS: readonly PhotoFormat[] = ['avif', 'webp', 'jpeg'];
/** Part of every file name: a change to the encoders' settings gives new names, so immutable caching stays true. */
const PIPELINE_VERSION = 'p1';

export const EXTENSIONS: Record<PhotoFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };
export const CONTENT_TYPES: Record<PhotoFormat, string> = {
	avif: 'image/avif',
	webp: 'image/webp',
	jpeg: 'image/jpeg'
};

/** What a file is by its first bytes; the name and the browser's declared type are not trusted. */
export type SniffedType = 'jpeg' | 'png' | 'webp' | 'avif' | 'heif';

export type RefusalCode =
	| 'empty'
	| 'too-large'
	| 'not-an-image'
	| 'heic-unsupported'
	| 'too-many-pixels'
	| 'too-small'
	| 'damaged';

/** A file the pipeline will not take, with a code the form turns into a message in the reader's language. */
export class PhotoRefusedError extends Error {
	constructor(
		readonly code: RefusalCode,
		detail?: string
	) {
		super(detail ? `${code}: ${detail}` : code);
		this.name = 'PhotoRefusedError';
	}
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The image type by magic bytes, or null for anything else (text, SVG, HTML, PDF, …). */
export function sniffImageType(bytes: Uint8Array): SniffedType | null {
	const ascii = (start: number, end: number) =>
		String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
	if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
		return 'jpeg';
	if (
		bytes.length >= 8 &&
		[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)
	)
		return 'png';
	if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
	if (bytes.length >= 12 && ascii(4, 8) === 'ftyp') {
		// ISO base media: the major brand, then compatible brands up to the end of the ftyp box.
		const declared = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
		const boxSize = Math.min(declared, bytes.length, 256);
		const brands = [ascii(8, 12)];
		for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(at, at + 4));
		if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
		if (brands.some((b) => HEIF_BRANDS.has(b) || b === 'mif1' || b === 'msf1')) return 'heif';
	}
	return null;
}

/**
 * Whether a TIFF-structured EXIF block (as sharp returns it, after "Exif\0\0") has a GPS IFD
 * pointer (tag 0x8825) in IFD0. Read by hand because sharp reports the EXIF block, not its tags.
 */
export function exifHasGps(exif: Uint8Array | undefined): boolean {
	if (!exif || exif.length < 14) return false;
	const view = new DataView(exif.buffer, exif.byteOffset, exif.byteLength);
	let tiff = 0;
	if (String.fromCharCode(...exif.subarray(0, 4)) === 'Exif') tiff = 6;
	const order = String.fromCharCode(exif[tiff] ?? 0, exif[tiff + 1] ?? 0);
	if (order !== 'II' && order !== 'MM') return false;
	const little = order === 'II';
	if (tiff + 8 > exif.length) return false;
	const ifd0 = tiff + view.getUint32(tiff + 4, little);
	if (ifd0 + 2 > exif.length) return false;
	const count = view.getUint16(ifd0, little);
	for (let i = 0; i < count; i++) {
		const at = ifd0 + 2 + i * 12;
		if (at + 12 > exif.length) return false;
		if (view.getUint16(at, little) === 0x8825) return true;
	}
	return false;
}

/**
 * Whether a JPEG has a comment (COM, 0xFFFE) segment before its image data. sharp reports PNG text
 * chunks as `comments` but says nothing of JPEG comments, so the markers are walked by hand.
 */
export function jpegHasComment(bytes: Uint8Array): boolean {
	if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
	let at = 2;
	while (at + 4 <= bytes.length) {
		if (bytes[at] !== 0xff) return false;
		const marker = bytes[at + 1]!;
		// Fill bytes before a marker.
		if (marker === 0xff) {
			at++;
			continue;
		}
		if (marker === 0xfe) return true;
		// Start of scan or end of image: no header segment follows.
		if (marker === 0xda || marker === 0xd9) return false;
		// Markers without a length.
		if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
			at += 2;
			continue;
		}
		at += 2 + ((bytes[at + 2]! << 8) | bytes[at + 3]!);
	}
	return false;
}

/** The metadata a file carries that must not survive, as a moderator reads it in the report. */
export function metadataTags(meta: Metadata, bytes?: Uint8Array): StrippedTag[] {
	const tags: StrippedTag[] = [];
	if (meta.exif?.length) tags.push('exif');
	if (exifHasGps(meta.exif)) tags.push('gps');
	if (meta.xmp?.length) tags.push('xmp');
	if (meta.icc?.length) tags.push('icc');
	if (meta.iptc?.length) tags.push('iptc');
	if (meta.comments?.length || (meta.format === 'jpeg' && bytes && jpegHasComment(bytes)))
		tags.push('comment');
	if (meta.orientation && meta.orientation !== 1) tags.push('orientation');
	return tags;
}

export interface ProcessedVariant {
	format: PhotoFormat;
	width: number;
	height: number;
	bytes: number;
	data: Buffer;
}

export interface ProcessedPhoto {
	/** Content hash of the upload; the variants are stored as `<key>-<width>.<ext>`. */
	key: string;
	sourceFormat: SniffedType;
	/** Size after rotation, before resizing. */
	sourceWidth: number;
	sourceHeight: number;
	/** Size of the largest variant: what the page reserves (width/height attributes). */
	width: number;
	height: number;
	stripped: StrippedTag[];
	placeholder: string;
	variants: ProcessedVariant[];
}

export function variantFileName(key: string, format: PhotoFormat, width: number): string {
	return `${key}-${width}.${EXTENSIONS[format]}`;
}

/** The widths to make for a photo this wide: the standard ones it reaches, never upscaled. */
export function variantWidths(sourceWidth: number): number[] {
	const largest = Math.min(sourceWidth, Math.max(...WIDTHS));
	return [...new Set([...WIDTHS.filter((w) => w < largest), largest])];
}

const SHARP_INPUT = {
	limitInputPixels: MAX_INPUT_PIXELS,
	// A truncated or corrupt file is refused rather than served half-grey.
	failOn: 'warning',
	// Only the first frame of an animated WebP/PNG: a photo, not a slideshow.
	animated: false
} satisfies SharpOptions;

/** Seconds a single decode or encode may take before the upload is given up. */
const TIMEOUT_SECONDS = 30;

/** The checks that need no decoding: size, then the real type by content. */
export function checkUpload(bytes: Uint8Array): SniffedType {
	if (bytes.length === 0) throw new PhotoRefusedError('empty');
	if (bytes.length > MAX_UPLOAD_BYTES) throw new PhotoRefusedError('too-large');
	const type = sniffImageType(bytes);
	if (!type) throw new PhotoRefusedError('not-an-image');
	if (type === 'heif' && !canDecodeHeic()) throw new PhotoRefusedError('heic-unsupported');
	return type;
}

/**
 * Whether the bundled libvips can decode HEIC (HEVC). sharp's prebuilt binaries read AVIF but
 * not HEVC-coded HEIF for patent reasons; a libvips built with libde265 lists `.heic`.
 */
export function canDecodeHeic(): boolean {
	const suffixes = (sharp.format.heif?.input as { fileSuffix?: string[] } | undefined)?.fileSuffix;
	return suffixes?.includes('.heic') ?? false;
}

/**
 * Checks a contributor's file and makes the sized copies: AVIF, WebP and JPEG at 320, 640 and
 * 1280 px wide (as far as the photo reaches), rotated upright by its EXIF orientation, converted to
 * sRGB and stripped of every metadata block, plus a blurred 16 px placeholder.
 */
export async function processPhoto(input: Uint8Array): Promise<ProcessedPhoto> {
	const sourceFormat = checkUpload(input);
	const buffer = Buffer.isBuffer(input) ? input : Buffer.from(input);

	let meta: Metadata;
	try {
		meta = await sharp(buffer, SHARP_INPUT).metadata();
	} catch (e) {
		throw refusalFromSharp(e);
	}
	if (!meta.width || !meta.height) throw new PhotoRefusedError('damaged', 'no dimensions');
	// The header alone tells the size: refuse a pixel bomb before anything is decoded.
	if (meta.width * meta.height > MAX_INPUT_PIXELS) throw new PhotoRefusedError('too-many-pixels');
	if (sourceFormat === 'heif' && meta.compression === 'hevc' && !canDecodeHeic())
		throw new PhotoRefusedError('heic-unsupported');
	const stripped = metadataTags(meta, buffer);
	const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
	if (upright.width < MIN_WIDTH) throw new PhotoRefusedError('too-small');

	const widths = variantWidths(upright.width);
	const largest = Math.max(...widths);

	// Decode once into raw sRGB pixels at the largest size; every copy is made from those, so a
	// 12-megapixel photo is decoded a single time and the original bytes are never written out.
	let base: { data: Buffer; info: OutputInfo };
	try {
		base = await sharp(buffer, SHARP_INPUT)
			.timeout({ seconds: TIMEOUT_SECONDS })
			.autoOrient()
			.resize({ width: largest, withoutEnlargement: true })
			.flatten({ background: '#ffffff' })
			.toColourspace('srgb')
			.removeAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
	} catch (e) {
		throw refusalFromSharp(e);
	}
	const raw = {
		raw: { width: base.info.width, height: base.info.height, channels: base.info.channels }
	} as const;

	const jobs: Promise<ProcessedVariant>[] = [];
	for (const width of widths) {
		for (const format of FORMATS) {
			jobs.push(
				encode(sharp(base.data, raw).resize({ width, withoutEnlargement: true }), format).then(
					({ data, info }) => ({
						format,
						width: info.width,
						height: info.height,
						bytes: data.length,
						data
					})
				)
			);
		}
	}
	const placeholderJob = sharp(base.data, raw)
		.resize({ width: 16 })
		.blur(1)
		.webp({ quality: 40 })
		.toBuffer();
	const [variants, placeholder] = await Promise.all([Promise.all(jobs), placeholderJob]);
	// The largest copy's size is what the page reserves (width and height attributes).
	const top = variants.reduce((a, b) => (b.width > a.width ? b : a));

	return {
		key: contentKey(buffer),
		sourceFormat,
		sourceWidth: upright.width,
		sourceHeight: upright.height,
		width: top.width,
		height: top.height,
		stripped,
		placeholder: `data:image/webp;base64,${placeholder.toString('base64')}`,
		variants
	};
}

function encode(image: Sharp, format: PhotoFormat) {
	// sharp writes no metadata unless asked (withMetadata/keepExif/keepIccProfile): none is asked.
	// AVIF effort 1: on a real 1200 px food photo it gave the same size as effort 2 (67.7 vs 67.6 kB)
	// in about two thirds of the time; AVIF dominates the pipeline's cost (bench/photos.bench.ts).
	const encoder =
		format === 'avif'
			? image.avif({ quality: 50, effort: 1 })
			: format === 'webp'
				? image.webp({ quality: 78, effort: 4 })
				: image.jpeg({ quality: 80, mozjpeg: true, progressive: true });
	return encoder.timeout({ seconds: TIMEOUT_SECONDS }).toBuffer({ resolveWithObject: true });
}

/** 20 hex digits (80 bits) of SHA-256 over the upload and the pipeline version. */
export function contentKey(bytes: Uint8Array): string {
	return createHash('sha256').update(PIPELINE_VERSION).update(bytes).digest('hex').slice(0, 20);
}

function refusalFromSharp(e: unknown): PhotoRefusedError {
	if (e instanceof PhotoRefusedError) return e;
	const message = e instanceof Error ? e.message : String(e);
	if (/pixel limit/i.test(message)) return new PhotoRefusedError('too-many-pixels', message);
	if (
		/unsupported image format|bad seek|compression format.*not.*supported|heif.*hevc/i.test(message)
	)
		return new PhotoRefusedError('not-an-image', message);
	return new PhotoRefusedError('damaged', message);
}
