/** What the compare page needs beyond single entries: the list to choose from and a random pair. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { entry } from './db/schema';
import * as entries from './entries';
import type { Entry } from '../types';
import type { FalseFriend } from '../hangul/jamo-diff';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

export interface CompareChoice {
	slug: string;
	south: string;
	north: string;
	english: string;
}

/** Every approved entry as an option, ordered by its Southern headword. */
export function compareChoices(db: Db): CompareChoice[] {
	const { entries: rows } = entries.listEntries(db, {
		sort: 'south',
		limit: Number.MAX_SAFE_INTEGER,
		offset: 0
	});
	return rows.map((r) => ({
		slug: r.slug,
		south: r.south[0]?.hangul ?? '',
		north: r.north[0]?.hangul ?? '',
		english: r.english
	}));
}

/** Two different approved entries at random, for the "random pair" link. */
export function randomPair(db: Db): [string, string] | null {
	const rows = db
		.select({ slug: entry.slug })
		.from(entry)
		.where(eq(entry.status, 'approved'))
		.orderBy(sql`random()`, asc(entry.id))
		.limit(2)
		.all();
	return rows.length === 2 ? [rows[0]!.slug, rows[1]!.slug] : null;
}

/** The headwords of the entries the data links to this one as false friends. */
export function falseFriendsOf(e: Pick<Entry, 'related'>): FalseFriend[] {
	return e.related
		.filter((r) => r.relation === 'false-friend')
		.map((r) => ({ south: r.south, north: r.north }));
}
