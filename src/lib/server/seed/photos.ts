/**
 * Seed photos go through the same pipeline as uploads (AVIF, WebP and JPEG at 320/640/1280 px,
 * a blurred placeholder), once, at start-up: a phone then loads a 320-px copy instead of the
 * 1200-px seed file. A seed photo not yet sized is an approved photo without variants and without
 * an uploader whose file is in db/seed/photos; afterwards its row names the sized copies.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { photo } from '../db/schema';
import { processPhoto } from '../photo-pipeline';
import { writeVariants } from '../photo-store';

export async function sizeSeedPhotos(db: Db, seedDir: string): Promise<string[]> {
	const rows = db
		.select({ id: photo.id, file: photo.file })
		.from(photo)
		.where(
			and(eq(photo.status, 'approved'), isNull(photo.uploaderId), sql`${photo.variants} = '[]'`)
		)
		.all();
	const sized: string[] = [];
	for (const row of rows) {
		const path = join(seedDir, 'photos', row.file);
		if (!existsSync(path)) continue;
		const processed = await processPhoto(await readFile(path));
		// Files first: a row naming copies that are not on disk would show a broken image.
		await writeVariants(processed.key, processed.variants);
		db.update(photo)
			.set({
				file: processed.key,
				width: processed.width,
				height: processed.height,
				variants: processed.variants.map(({ format, width, height, bytes }) => ({
					format,
					width,
					height,
					bytes
				})),
				placeholder: processed.placeholder,
				sourceFormat: processed.sourceFormat,
				strippedMetadata: processed.stripped
			})
			.where(eq(photo.id, row.id))
			.run();
		sized.push(row.file);
	}
	return sized;
}
