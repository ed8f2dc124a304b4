/**
 * Brings an existing database up to the curated seed at start-up, without losing anything a
 * moderator did:
 * - a seed entry the database lacks is imported, with revision 1 by the seed;
 * - a seed change to an entry nobody edited since its last seed import is written as a new
 *   revision by the seed (names left unreviewed, as seed names are);
 * - a seed change to an entry someone edited since becomes a pending proposal by the seed, for a
 *   moderator to weigh against their edit. The same proposal is never made twice.
 * A seed entry whose content is unchanged since its last import is left alone, so a moderator's
 * edit stands until the seed itself changes again.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	entry,
	entryName,
	entryRelation,
	nameSource,
	proposal,
	revision,
	source,
	user
} from '../db/schema';
import { snapshotEntry } from '../entries';
import { writeRevision, type EntryWrite } from '../revisions';
import type { ProposalPayload } from '../../schemas/proposal';
import type { EntrySnapshot } from '../../types';
import { SEED_AUTHOR } from './load';
import type { SeedData, SeedEntry } from './types';
import { validateSeed } from './validate';

export interface UpgradeResult {
	added: string[];
	updated: string[];
	proposed: string[];
}

/** The account seed proposals are filed under. Its key has a space, which sign-up refuses. */
const SEED_USER = 'seed import';

/** An entry's content in one comparable form (old snapshots lack the Korean texts). */
function canonical(s: EntrySnapshot): string {
	return JSON.stringify({
		english: s.english,
		glossKo: s.glossKo ?? '',
		why: { en: s.why?.en ?? '', ko: s.why?.ko ?? '' },
		description: s.description,
		descriptionKo: s.descriptionKo,
		category: s.category,
		difference: s.difference,
		confidence: s.confidence,
		regions: s.regions,
		names: s.names.map((n) => ({
			side: n.side,
			hangul: n.hangul,
			hanja: n.hanja,
			status: n.status,
			note: n.note,
			noteKo: n.noteKo ?? null,
			attested: n.attested,
			sources: [...n.sources].sort((a, b) => a - b)
		})),
		related: [...s.related]
			.map((r) => `${r.relation} ${r.slug}`)
			.sort()
			.join('|')
	});
}

function seedSnapshot(e: SeedEntry, sourceIds: Map<string, number>): EntrySnapshot {
	return {
		slug: e.slug,
		category: e.category,
		regions: e.regions,
		english: e.english,
		glossKo: e.glossKo,
		why: e.why,
		description: e.description,
		descriptionKo: e.descriptionKo,
		difference: e.difference,
		confidence: e.confidence,
		names: e.names.map((n) => ({
			side: n.side,
			hangul: n.hangul,
			hanja: n.hanja,
			status: n.status,
			note: n.note,
			noteKo: n.noteKo,
			attested: n.attested,
			sources: [...new Set(n.sources)].map((k) => sourceIds.get(k)!)
		})),
		related: e.related
	};
}

function toWrite(s: EntrySnapshot): EntryWrite {
	return {
		english: s.english,
		glossKo: s.glossKo ?? '',
		why: s.why ?? { en: '', ko: '' },
		description: s.description,
		descriptionKo: s.descriptionKo,
		category: s.category,
		difference: s.difference,
		confidence: s.confidence,
		regions: s.regions,
		names: s.names.map(({ sources, ...n }) => ({ ...n, sourceIds: sources })),
		related: s.related
	};
}

function seedUserId(db: Db): number {
	const found = db.select({ id: user.id }).from(user).where(eq(user.usernameKey, SEED_USER)).get();
	if (found) return found.id;
	// '!' is no argon2 hash: verifyPassword fails on it, so nobody can log in as the seed.
	return db
		.insert(user)
		.values({ username: SEED_USER, usernameKey: SEED_USER, passwordHash: '!', role: 'contributor' })
		.returning({ id: user.id })
		.get().id;
}

/** Upserts the seed's sources by key (the reliability grade stays as a moderator may have set it). */
function upsertSources(db: Db, data: SeedData): Map<string, number> {
	const ids = new Map<string, number>();
	for (const s of data.sources) {
		const fields = {
			citation: s.citation,
			author: s.author ?? null,
			title: s.title ?? null,
			via: s.via ?? null,
			url: s.url,
			publisher: s.publisher,
			year: s.year
		};
		const row = db.select({ id: source.id }).from(source).where(eq(source.key, s.key)).get();
		if (row) {
			db.update(source).set(fields).where(eq(source.id, row.id)).run();
			ids.set(s.key, row.id);
		} else {
			const inserted = db
				.insert(source)
				.values({ key: s.key, ...fields, reliability: s.reliability })
				.returning({ id: source.id })
				.get();
			ids.set(s.key, inserted.id);
		}
	}
	return ids;
}

export function upgradeSeed(db: Db, data: SeedData): UpgradeResult {
	const problems = validateSeed(data);
	if (problems.length) throw new Error(`Seed is invalid:\n${problems.join('\n')}`);
	const result: UpgradeResult = { added: [], updated: [], proposed: [] };
	db.transaction((txn) => {
		const tx = txn as unknown as Db;
		const sourceIds = upsertSources(tx, data);
		const present = new Map(
			tx
				.select({ id: entry.id, slug: entry.slug, version: entry.version })
				.from(entry)
				.all()
				.map((r) => [r.slug, r])
		);
		const missing = data.entries.filter((e) => !present.has(e.slug));
		// New entries first, so relations between them (and from old entries) find their targets.
		const newIds = new Map<string, number>();
		for (const e of missing) {
			const id = tx
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
				.get().id;
			newIds.set(e.slug, id);
			e.names.forEach((n, position) => {
				const nameId = tx
					.insert(entryName)
					.values({
						entryId: id,
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
					.get().id;
				for (const key of new Set(n.sources))
					tx.insert(nameSource)
						.values({ nameId, sourceId: sourceIds.get(key)! })
						.run();
			});
		}
		const idOf = (slug: string) => newIds.get(slug) ?? present.get(slug)?.id;
		for (const e of missing) {
			for (const r of e.related) {
				const to = idOf(r.slug);
				if (to === undefined) continue;
				tx.insert(entryRelation)
					.values({ fromEntryId: newIds.get(e.slug)!, toEntryId: to, relation: r.relation })
					.onConflictDoNothing()
					.run();
			}
			const id = newIds.get(e.slug)!;
			tx.insert(revision)
				.values({
					entryId: id,
					version: 1,
					author: SEED_AUTHOR,
					summary: `Imported ${e.slug} from the curated seed (db/seed) on upgrade`,
					before: null,
					after: snapshotEntry(tx, id)
				})
				.run();
			result.added.push(e.slug);
		}

		for (const e of data.entries) {
			const row = present.get(e.slug);
			if (!row) continue;
			const target = seedSnapshot(e, sourceIds);
			const wanted = canonical(target);
			const lastSeed = tx
				.select({ after: revision.after })
				.from(revision)
				.where(and(eq(revision.entryId, row.id), eq(revision.author, SEED_AUTHOR)))
				.orderBy(desc(revision.version))
				.limit(1)
				.get();
			if (lastSeed && canonical(lastSeed.after as EntrySnapshot) === wanted) continue;
			const current = snapshotEntry(tx, row.id)!;
			if (canonical(current) === wanted) continue;
			const latest = tx
				.select({ author: revision.author })
				.from(revision)
				.where(eq(revision.entryId, row.id))
				.orderBy(desc(revision.version))
				.limit(1)
				.get();
			if (!latest || latest.author === SEED_AUTHOR) {
				const written = writeRevision(tx, {
					entryId: row.id,
					expectedVersion: row.version,
					data: toWrite(target),
					author: { id: null, username: SEED_AUTHOR },
					reviewer: null,
					summary: `Updated ${e.slug} from the curated seed (db/seed)`
				});
				if (written.ok) result.updated.push(e.slug);
				continue;
			}
			const payload = proposalPayload(tx, target);
			const userId = seedUserId(tx);
			const same = tx
				.select({ payload: proposal.payload })
				.from(proposal)
				.where(and(eq(proposal.userId, userId), eq(proposal.entryId, row.id)))
				.all()
				.some((p) => JSON.stringify(p.payload) === JSON.stringify(payload));
			if (same) continue;
			tx.insert(proposal)
				.values({ userId, entryId: row.id, baseVersion: row.version, payload, state: 'pending' })
				.run();
			result.proposed.push(e.slug);
		}
	});
	return result;
}

/** The seed's content as a proposal payload (names cite sources by index into `sources`). */
function proposalPayload(db: Db, s: EntrySnapshot): ProposalPayload {
	const ids = [...new Set(s.names.flatMap((n) => n.sources))];
	const rows = new Map(
		db
			.select()
			.from(source)
			.all()
			.filter((r) => ids.includes(r.id))
			.map((r) => [r.id, r])
	);
	return {
		english: s.english,
		glossKo: s.glossKo ?? '',
		why: s.why ?? { en: '', ko: '' },
		description: s.description,
		descriptionKo: s.descriptionKo,
		category: s.category,
		difference: s.difference,
		confidence: s.confidence,
		regions: s.regions,
		names: s.names.map(({ sources, ...n }) => ({
			...n,
			noteKo: n.noteKo ?? null,
			sources: sources.map((id) => ids.indexOf(id))
		})),
		sources: ids.map((id) => {
			const r = rows.get(id)!;
			return { id, citation: r.citation, url: r.url, publisher: r.publisher, year: r.year };
		}),
		related: s.related,
		summary:
			'The curated seed changed this entry after a moderator edited it: compare and choose (seed upgrade).'
	};
}
