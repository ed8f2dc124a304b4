import { sql } from 'drizzle-orm';
import type { Db } from './db/client';

/**
 * The home page's pair of the day ("오늘의 짝"): one well-sourced entry per UTC day, the same for
 * every reader that day, chosen from entries worth a first look: two names that differ, at
 * least two sources behind them, a Northern name attested in a dated text, and a photo or the
 * entry's own "why" sentence to show.
 */
export function featuredCandidates(db: Db): string[] {
	const rows = db.all<{ slug: string }>(sql`
		SELECT e.slug FROM entry e
		WHERE e.status = 'approved'
			AND e.difference <> 'same'
			AND (e.why_en <> '' OR EXISTS (
				SELECT 1 FROM photo p WHERE p.entry_id = e.id AND p.status = 'approved'))
			AND EXISTS (
				SELECT 1 FROM entry_name n
				WHERE n.entry_id = e.id AND n.side = 'north' AND n.attested IS NOT NULL)
			AND (SELECT COUNT(DISTINCT ns.source_id) FROM name_source ns
				JOIN entry_name n ON n.id = ns.name_id WHERE n.entry_id = e.id) >= 2
		ORDER BY e.slug`);
	return rows.map((r) => r.slug);
}

/** The UTC calendar day of `date` as YYYY-MM-DD: one pair per day, everywhere. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The candidate for `day`: a stable hash (FNV-1a) of the day string picks the index, so the pair
 * is the same on every server and restart, and changes at midnight UTC.
 */
export function pickForDay<T>(candidates: readonly T[], day: string): T | undefined {
	if (candidates.length === 0) return undefined;
	let hash = 0x811c9dc5;
	for (let i = 0; i < day.length; i++) {
		hash ^= day.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return candidates[hash % candidates.length];
}
