import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { entry, entryName, entryRelation, nameSource, photo, revision, source } from '../db/schema';
import { snapshotEntry } from '../entries';
import type { SeedData } from './types';
import { readSeed, validateSeed } from './validate';

export const SEED_AUTHOR = 'seed import';

/**
 * Writes the curated seed into an empty database in one transaction. Every entry gets revision 1
 * ("seed import") holding its full snapshot, so its history starts with the seed.
 */
export function loadSeed(db: Db, data: SeedData): { entries: number; names: number } {
	const problems = validateSeed(data);
	if (problems.length) throw new Error(`Seed is invalid:\n${problems.join('\n')}`);
	let names = 0;
	db.transaction((tx) => {
		const sourceIds = new Map<string, number>();
		for (const s of data.sources) {
			const row = tx
				.insert(source)
				.values({
					key: s.key,
					citation: s.citation,
					author: s.author ?? null,
					title: s.title ?? null,
					via: s.via ?? null,
					url: s.url,
					publisher: s.publisher,
					year: s.year,
					reliability: s.reliability
				})
				.returning({ id: source.id })
				.get();
			sourceIds.set(s.key, row.id);
		}
		const entryIds = new Map<string, number>();
		for (const e of data.entries) {
			const row = tx
				.insert(entry)
				.values({
					slug: e.slug,
					category: e.category,
					regions: e.regions,
					english: e.english,
					glossKo: e.glossKo,
					whyEn: e.why.en,
					whyKo: e.why.ko,
					description: e.description,
					descriptionKo: e.descriptionKo,
					difference: e.difference,
					confidence: e.confidence,
					status: 'approved',
					version: 1
				})
				.returning({ id: entry.id })
				.get();
			entryIds.set(e.slug, row.id);
			e.names.forEach((n, position) => {
				const nameRow = tx
					.insert(entryName)
					.values({
						entryId: row.id,
						side: n.side,
						hangul: n.hangul,
						hanja: n.hanja,
						status: n.status,
						note: n.note,
						noteKo: n.noteKo,
						attested: n.attested,
						position
					})
					.returning({ id: entryName.id })
					.get();
				names++;
				for (const key of new Set(n.sources)) {
					tx.insert(nameSource)
						.values({ nameId: nameRow.id, sourceId: sourceIds.get(key)! })
						.run();
				}
			});
		}
		for (const e of data.entries) {
			for (const r of e.related) {
				tx.insert(entryRelation)
					.values({
						fromEntryId: entryIds.get(e.slug)!,
						toEntryId: entryIds.get(r.slug)!,
						relation: r.relation
					})
					.onConflictDoNothing()
					.run();
			}
		}
		for (const p of data.photos) {
			tx.insert(photo)
				.values({
					entryId: entryIds.get(p.entry)!,
					file: p.file,
					author: p.author,
					license: p.license,
					licenseUrl: p.licenseUrl,
					sourceUrl: p.sourceUrl,
					altEn: p.altEn,
					altKo: p.altKo,
					width: p.width,
					height: p.height,
					cropped: p.cropped,
					status: 'approved'
				})
				.run();
		}
		for (const [slug, id] of entryIds) {
			tx.insert(revision)
				.values({
					entryId: id,
					version: 1,
					author: SEED_AUTHOR,
					summary: `Imported ${slug} from the curated seed (db/seed)`,
					before: null,
					after: snapshotEntry(tx as unknown as Db, id)
				})
				.run();
		}
	});
	return { entries: data.entries.length, names };
}

export function isEmpty(db: Db): boolean {
	return (db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${entry}`)?.n ?? 0) === 0;
}

/** Loads db/seed into the database when it holds no entries yet (the first start). */
export function seedIfEmpty(db: Db, seedDir: string): boolean {
	if (!isEmpty(db)) return false;
	loadSeed(db, readSeed(seedDir));
	return true;
}
