import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../db/client';
import { photo } from '../db/schema';
import { readServedPhoto } from '../photos';
import { loadSeed } from './load';
import { sizeSeedPhotos } from './photos';
import { readSeed } from './validate';

let db: Db;
let uploads: string;
const previous = process.env.UPLOAD_DIR;

beforeAll(() => {
	uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-photos-'));
	process.env.UPLOAD_DIR = uploads;
	db = openDatabase(':memory:');
	loadSeed(db, readSeed('db/seed'));
});

afterAll(() => {
	db.$client.close();
	fs.rmSync(uploads, { recursive: true, force: true });
	if (previous === undefined) delete process.env.UPLOAD_DIR;
	else process.env.UPLOAD_DIR = previous;
});

describe('seed photos through the upload pipeline', () => {
	it('sizes every seed photo once: AVIF, WebP and JPEG from 320 px, with a placeholder', async () => {
		expect(
			db
				.select()
				.from(photo)
				.all()
				.every((p) => p.variants.length === 0)
		).toBe(true);
		const sized = await sizeSeedPhotos(db, 'db/seed');
		expect(sized.sort()).toEqual(
			readSeed('db/seed')
				.photos.map((p) => p.file)
				.sort()
		);
		for (const row of db.select().from(photo).all()) {
			expect(row.file).toMatch(/^[0-9a-f]{20}$/);
			expect(row.placeholder).toMatch(/^data:image\/webp;base64,/);
			const widths = (f: string) => row.variants.filter((v) => v.format === f).map((v) => v.width);
			for (const format of ['avif', 'webp', 'jpeg']) expect(widths(format)).toContain(320);
			// the phone's copy is a fraction of the seed file
			const small = row.variants.find((v) => v.format === 'avif' && v.width === 320)!;
			expect(small.bytes).toBeLessThan(40_000);
			for (const v of row.variants) {
				const ext = v.format === 'jpeg' ? 'jpg' : v.format;
				expect(fs.existsSync(path.join(uploads, `${row.file}-${v.width}.${ext}`))).toBe(true);
			}
		}
		expect(await sizeSeedPhotos(db, 'db/seed')).toEqual([]);
	}, 180_000);

	it('serves the sized copies to everyone', async () => {
		const row = db.select().from(photo).where(eq(photo.status, 'approved')).get()!;
		const served = await readServedPhoto(db, `${row.file}-320.avif`, null);
		expect(served).toMatchObject({ type: 'image/avif', visibility: 'public', immutable: true });
		expect(served!.body.length).toBe(
			row.variants.find((v) => v.format === 'avif' && v.width === 320)!.bytes
		);
	});
});
