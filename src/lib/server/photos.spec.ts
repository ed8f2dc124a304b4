import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { openDatabase, type Db } from './db/client';
import { seedIfEmpty } from './seed/load';
import { createUser, type User } from './accounts';
import * as entries from './entries';
import * as photos from './photos';
import { listAudit } from './audit';
import { exifHasGps } from './photo-pipeline';
import type { PhotoDetails } from '../schemas/photo';
import { phoneJpegWithGps, photoJpeg } from '../../../tests/fixtures/photos';

let db: Db;
let alice: User;
let bob: User;
let mod: User;
let uploads: string;
let phone: Buffer;
let plain: Buffer;

const details: PhotoDetails = {
	origin: 'own',
	licence: 'cc-by-4.0',
	author: '',
	sourceUrl: '',
	altEn: 'A bowl of cold noodles',
	altKo: '냉면 한 그릇',
	cropped: false
};

beforeAll(async () => {
	uploads = mkdtempSync(join(tmpdir(), 'nambuk-photos-'));
	process.env.UPLOAD_DIR = uploads;
	phone = await phoneJpegWithGps(1600, 1200);
	plain = await photoJpeg(900, 600, 11);
});

afterAll(() => {
	rmSync(uploads, { recursive: true, force: true });
	delete process.env.UPLOAD_DIR;
});

beforeEach(async () => {
	db = openDatabase(':memory:');
	seedIfEmpty(db, 'db/seed');
	rmSync(uploads, { recursive: true, force: true });
	alice = await createUser(db, 'alice', 'correct horse battery');
	bob = await createUser(db, 'bob', 'correct horse battery');
	mod = await createUser(db, 'mod', 'correct horse battery', 'moderator');
});

function entryId(slug: string): number {
	return db.$client.prepare('select id from entry where slug = ?').pluck().get(slug) as number;
}

async function submit(bytes: Buffer, slug = 'bibimbap', who = alice) {
	const result = await photos.submitPhoto(db, {
		bytes,
		entryId: entryId(slug),
		uploader: who,
		details
	});
	if (!result.ok) throw new Error(result.issue);
	return result;
}

const variantNames = (file: string) => readdirSync(uploads).filter((n) => n.startsWith(file));

describe('photos', { timeout: 60_000 }, () => {
	it('stores only re-encoded copies, pending, credited to the uploader, with the stripped report', async () => {
		const { id, file } = await submit(phone);
		expect(variantNames(file).sort()).toEqual(
			['320', '640', '1200']
				.flatMap((w) => ['avif', 'jpg', 'webp'].map((e) => `${file}-${w}.${e}`))
				.sort()
		);
		const row = db.$client.prepare('select * from photo where id = ?').get(id) as Record<
			string,
			unknown
		>;
		expect(row.status).toBe('pending');
		expect(row.author).toBe('alice');
		expect(row.license).toBe('CC BY 4.0');
		expect(JSON.parse(row.stripped_metadata as string).sort()).toEqual([
			'exif',
			'gps',
			'icc',
			'orientation',
			'xmp'
		]);
		expect(row.source_format).toBe('jpeg');
		for (const name of variantNames(file)) {
			const meta = await sharp(join(uploads, name)).metadata();
			expect(meta.exif).toBeUndefined();
			expect(exifHasGps(meta.exif)).toBe(false);
		}
	});

	it('refuses the same file twice', async () => {
		await submit(plain);
		const again = await photos.submitPhoto(db, {
			bytes: plain,
			entryId: entryId('bibimbap'),
			uploader: bob,
			details
		});
		expect(again).toEqual({ ok: false, issue: 'photo_duplicate' });
	});

	it('of two identical uploads at once, one is stored with its files and the other is "already uploaded"', async () => {
		const upload = (who: User) =>
			photos.submitPhoto(db, {
				bytes: plain,
				entryId: entryId('bibimbap'),
				uploader: who,
				details
			});
		const results = await Promise.all([upload(alice), upload(bob), upload(alice)]);
		const stored = results.filter((r) => r.ok);
		expect(stored).toHaveLength(1);
		expect(results.filter((r) => !r.ok)).toEqual([
			{ ok: false, issue: 'photo_duplicate' },
			{ ok: false, issue: 'photo_duplicate' }
		]);
		const file = stored[0]!.ok ? stored[0]!.file : '';
		const row = db.$client.prepare('select variants from photo where file = ?').get(file) as {
			variants: string;
		};
		const variants = JSON.parse(row.variants) as unknown[];
		expect(variants.length).toBeGreaterThan(0);
		// Every copy the row lists is on disk, and no temporary file is left behind.
		expect(variantNames(file)).toHaveLength(variants.length);
		expect(readdirSync(uploads).filter((n) => n.endsWith('.tmp'))).toEqual([]);
	});

	it('shows a pending photo to its uploader and moderators only, uncached', async () => {
		const { file } = await submit(plain);
		const name = `${file}-640.jpg`;
		expect(await photos.readServedPhoto(db, name, null)).toBeNull();
		expect(await photos.readServedPhoto(db, name, bob)).toBeNull();
		expect((await photos.readServedPhoto(db, name, alice))?.visibility).toBe('private');
		expect((await photos.readServedPhoto(db, name, mod))?.visibility).toBe('private');
		expect(entries.getEntry(db, 'bibimbap')!.photos.some((p) => p.url.includes(file))).toBe(false);
	});

	it('after approval it is public, immutable and on the entry with <picture> sets', async () => {
		const { id, file } = await submit(plain);
		expect(await photos.reviewPhoto(db, id, mod, 'approve')).toEqual({ ok: true });
		const served = await photos.readServedPhoto(db, `${file}-320.avif`, null);
		expect(served).toMatchObject({ type: 'image/avif', visibility: 'public', immutable: true });
		const shown = entries.getEntry(db, 'bibimbap')!.photos.find((p) => p.url.includes(file))!;
		expect(shown.url).toBe(`/photos/${file}-640.jpg`);
		expect(shown.srcset).toBe(
			`/photos/${file}-320.jpg 320w, /photos/${file}-640.jpg 640w, /photos/${file}-900.jpg 900w`
		);
		expect(shown.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
		expect(shown.sources[0]!.srcset).toContain(`${file}-900.avif 900w`);
		expect([shown.width, shown.height]).toEqual([900, 600]);
		expect(shown.placeholder).toMatch(/^data:image\/webp;base64,/);
		expect(
			photos.creditedPhotos(db).some((c) => c.photo.url === shown.url && c.entrySlug === 'bibimbap')
		).toBe(true);
		// A second decision on the same photo finds nothing to do.
		expect(await photos.reviewPhoto(db, id, mod, 'reject')).toEqual({
			ok: false,
			code: 'photo_not_reviewable'
		});
	});

	it('a removed photo disappears everywhere and its files are deleted', async () => {
		const { id, file } = await submit(plain);
		await photos.reviewPhoto(db, id, mod, 'approve');
		expect(await photos.reviewPhoto(db, id, mod, 'remove')).toEqual({ ok: true });
		expect(await photos.readServedPhoto(db, `${file}-640.jpg`, mod)).toBeNull();
		expect(entries.getEntry(db, 'bibimbap')!.photos.some((p) => p.url.includes(file))).toBe(false);
		expect(photos.creditedPhotos(db).some((c) => c.photo.url.includes(file))).toBe(false);
		expect(variantNames(file)).toEqual([]);
		// Both decisions are in the audit log admins read.
		const logged = listAudit(db)
			.rows.filter((r) => r.target === `photo:${id}`)
			.map((r) => r.action);
		expect(logged.sort()).toEqual(['photo.approve', 'photo.remove']);
	});

	it('a rejected photo is deleted and shown to no one', async () => {
		const { id, file } = await submit(plain);
		expect(await photos.reviewPhoto(db, id, mod, 'reject')).toEqual({ ok: true });
		expect(await photos.readServedPhoto(db, `${file}-640.jpg`, alice)).toBeNull();
		expect(existsSync(join(uploads, `${file}-640.jpg`))).toBe(false);
		expect(photos.photosByUploader(db, alice.id, entryId('bibimbap'))[0]?.status).toBe('rejected');
	});

	it('a removed seed photo is no longer served', async () => {
		const seed = entries.getEntry(db, 'bibimbap')!.photos[0];
		const seedFile = decodeURIComponent(seed!.url.replace('/photos/', ''));
		expect((await photos.readServedPhoto(db, seedFile, null))?.immutable).toBe(false);
		const id = db.$client
			.prepare('select id from photo where file = ?')
			.pluck()
			.get(seedFile) as number;
		await photos.reviewPhoto(db, id, mod, 'remove');
		expect(await photos.readServedPhoto(db, seedFile, null)).toBeNull();
	});

	it('serves no path, unknown width or unknown name', async () => {
		const { id, file } = await submit(plain);
		await photos.reviewPhoto(db, id, mod, 'approve');
		for (const name of [
			`../${file}-640.jpg`,
			`${file}-1280.jpg`,
			`${file}-640.png`,
			'entries.json',
			'.env',
			`${file}`
		]) {
			expect(await photos.readServedPhoto(db, name, mod), name).toBeNull();
		}
	});
});
