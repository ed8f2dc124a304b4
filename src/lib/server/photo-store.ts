import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { photo } from './db/schema';

const CONTENT_TYPES: Record<string, string> = {
	webp: 'image/webp',
	avif: 'image/avif',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png'
};

/** Directories a photo file may live in: the seed's own photos, then contributor uploads. */
function photoDirs(): string[] {
	return [
		resolve(process.env.SEED_DIR ?? 'db/seed', 'photos'),
		resolve(process.env.UPLOAD_DIR ?? '.data/uploads')
	];
}

/** The bytes and type of an approved photo, or null when there is none by that name. */
export function readApprovedPhoto(db: Db, file: string): { body: Buffer; type: string } | null {
	// Only names the database knows are served, and never a path: no traversal is possible.
	if (basename(file) !== file) return null;
	const row = db
		.select({ file: photo.file })
		.from(photo)
		.where(and(eq(photo.file, file), eq(photo.status, 'approved')))
		.get();
	if (!row) return null;
	const type = CONTENT_TYPES[file.split('.').pop()?.toLowerCase() ?? ''];
	if (!type) return null;
	for (const dir of photoDirs()) {
		const path = join(dir, file);
		if (existsSync(path)) return { body: readFileSync(path), type };
	}
	return null;
}
