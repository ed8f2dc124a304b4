/**
 * Where photo files live and how they are named and found. Seed photos are single files in
 * db/seed/photos; uploads are the pipeline's sized copies in UPLOAD_DIR (default .data/uploads),
 * outside static/ so nothing is served without the database saying it may be.
 */
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Photo } from '../types';
import type { photo, PhotoFormat, PhotoVariant } from './db/schema';
import {
	CONTENT_TYPES,
	EXTENSIONS,
	variantFileName,
	type ProcessedVariant
} from './photo-pipeline';

export function uploadDir(): string {
	return resolve(process.env.UPLOAD_DIR || '.data/uploads');
}

function seedPhotoDir(): string {
	return resolve(process.env.SEED_DIR || 'db/seed', 'photos');
}

const SEED_TYPES: Record<string, string> = {
	webp: 'image/webp',
	avif: 'image/avif',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png'
};

/** An upload's served file name: 20 hex digits of content hash, the width, the format. */
const VARIANT_NAME = /^([0-9a-f]{20})-(\d{1,5})\.(avif|webp|jpg)$/;

/**
 * What a requested file name refers to: a variant of an upload (`key` is photo.file) or a seed
 * photo's own file. Anything with a path in it is nothing.
 */
export type PhotoFileRef =
	| { kind: 'variant'; key: string; width: number; format: PhotoFormat }
	| { kind: 'seed'; file: string };

export function parsePhotoFileName(name: string): PhotoFileRef | null {
	if (!name || basename(name) !== name || name.startsWith('.')) return null;
	const [, key, width, ext] = VARIANT_NAME.exec(name) ?? [];
	if (key && width && ext) {
		const format = (Object.keys(EXTENSIONS) as PhotoFormat[]).find((f) => EXTENSIONS[f] === ext)!;
		return { kind: 'variant', key, width: Number(width), format };
	}
	const suffix = name.split('.').pop()?.toLowerCase() ?? '';
	return SEED_TYPES[suffix] ? { kind: 'seed', file: name } : null;
}

/**
 * Writes an upload's copies. Each is written under a temporary name and renamed, so a reader
 * never sees half a file; a failure removes what was written.
 */
export async function writeVariants(key: string, variants: ProcessedVariant[]): Promise<void> {
	const dir = uploadDir();
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	try {
		for (const v of variants) {
			const path = join(dir, variantFileName(key, v.format, v.width));
			// Unique per write, not per process: two requests for the same photo run at once.
			const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`;
			await writeFile(tmp, v.data, { flag: 'w', mode: 0o644 });
			await rename(tmp, path);
			written.push(path);
		}
	} catch (e) {
		await Promise.all(written.map((p) => rm(p, { force: true })));
		throw e;
	}
}

export async function deleteVariants(key: string, variants: PhotoVariant[]): Promise<void> {
	const dir = uploadDir();
	await Promise.all(
		variants.map((v) => rm(join(dir, variantFileName(key, v.format, v.width)), { force: true }))
	);
}

/** The bytes and type of a stored file, or null when it is not on disk. */
export async function readPhotoFile(
	ref: PhotoFileRef
): Promise<{ body: Buffer; type: string } | null> {
	if (ref.kind === 'variant') {
		const path = join(uploadDir(), variantFileName(ref.key, ref.format, ref.width));
		return existsSync(path)
			? { body: await readFile(path), type: CONTENT_TYPES[ref.format] }
			: null;
	}
	const type = SEED_TYPES[ref.file.split('.').pop()?.toLowerCase() ?? ''];
	// A seed photo may also have been put next to the uploads by an operator.
	for (const dir of [seedPhotoDir(), uploadDir()]) {
		const path = join(dir, ref.file);
		if (type && existsSync(path)) return { body: await readFile(path), type };
	}
	return null;
}

export function photoUrl(name: string): string {
	return `/photos/${encodeURIComponent(name)}`;
}

type PhotoRow = typeof photo.$inferSelect;

/**
 * A photo as pages show it: the JPEG for `<img>`, AVIF and WebP `<source>` sets for `<picture>`.
 * A seed photo is one WebP file and has no sets.
 */
export function publicPhoto(row: PhotoRow): Photo {
	const byFormat = (format: PhotoFormat) =>
		row.variants
			.filter((v) => v.format === format)
			.sort((a, b) => a.width - b.width)
			.map((v) => `${photoUrl(variantFileName(row.file, format, v.width))} ${v.width}w`)
			.join(', ');
	const jpegs = row.variants.filter((v) => v.format === 'jpeg').sort((a, b) => a.width - b.width);
	// The fallback <img> asks for the middle size: enough for a card, not too much for old browsers.
	const fallback = jpegs.find((v) => v.width >= 640) ?? jpegs[jpegs.length - 1];
	return {
		url: fallback
			? photoUrl(variantFileName(row.file, 'jpeg', fallback.width))
			: photoUrl(row.file),
		srcset: jpegs.length ? byFormat('jpeg') : null,
		sources: jpegs.length
			? [
					{ type: CONTENT_TYPES.avif, srcset: byFormat('avif') },
					{ type: CONTENT_TYPES.webp, srcset: byFormat('webp') }
				]
			: [],
		placeholder: row.placeholder,
		author: row.author,
		license: row.license,
		licenseUrl: row.licenseUrl,
		sourceUrl: row.sourceUrl,
		alt: row.altEn,
		altKo: row.altKo,
		width: row.width,
		height: row.height,
		cropped: row.cropped
	};
}
