/**
 * The menu decoder on the server: the glossary of approved entries as plain decoder data, built
 * from the database on first use and dropped when entries change (content-changed.ts), like the
 * search index; and the checks of a decode request (the API and the /decode page alike).
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from './db';
import type { Db } from './db/client';
import { entry, entryName } from './db/schema';
import {
	decodeText,
	MAX_DECODE_LENGTH,
	type DecodeGlossary,
	type DecodeResult,
	type Standard
} from '../decode';
import { SIDES, isOneOf } from '../vocabulary';
import { normalizeText } from '../hangul/unicode';

/** The approved entries of db with their names, in slug order (the tests pass their own db). */
export function loadDecodeGlossary(db: Db): DecodeGlossary {
	const rows = db
		.select()
		.from(entry)
		.where(eq(entry.status, 'approved'))
		.orderBy(asc(entry.slug))
		.all();
	const ids = rows.map((r) => r.id);
	const names = ids.length
		? db
				.select()
				.from(entryName)
				.where(inArray(entryName.entryId, ids))
				.orderBy(asc(entryName.position))
				.all()
		: [];
	const namesOf = new Map<number, typeof names>();
	for (const n of names) {
		const list = namesOf.get(n.entryId);
		if (list) list.push(n);
		else namesOf.set(n.entryId, [n]);
	}
	return {
		entries: rows.map((row) => ({
			slug: row.slug,
			english: row.english,
			glossKo: row.glossKo,
			why: { en: row.whyEn, ko: row.whyKo },
			names: (namesOf.get(row.id) ?? []).map((n) => ({
				hangul: n.hangul,
				side: n.side,
				status: n.status
			}))
		}))
	};
}

let cached: DecodeGlossary | null = null;

/** The site's decoder glossary (built on first use). */
export function decodeGlossary(): DecodeGlossary {
	cached ??= loadDecodeGlossary(getDb());
	return cached;
}

/** Drops the glossary; the next decode rebuilds it (after an approval or a revert). */
export function invalidateDecodeGlossary(): void {
	cached = null;
}

/** What was wrong with a request, for the page to say in the reader's language. */
export type DecodeIssue = 'body' | 'text-required' | 'text-length' | 'from';

export type DecodeRequest =
	{ ok: true; text: string; from?: Standard } | { ok: false; issue: DecodeIssue; error: string };

/**
 * Checks a decode request: text a non-empty string of at most 5,000 characters (code points;
 * Hangul syllables are one each), from absent, empty or one of north, south.
 */
export function parseDecodeRequest(body: unknown): DecodeRequest {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		return {
			ok: false,
			issue: 'body',
			error: 'the body must be a JSON object: { "text": "…", "from": "north" }'
		};
	}
	const { text, from } = body as { text?: unknown; from?: unknown };
	if (typeof text !== 'string' || text.trim() === '') {
		return { ok: false, issue: 'text-required', error: 'text is required' };
	}
	// Counted composed: 5,000 syllables pasted decomposed (NFD) are 5,000 characters, not 12,000.
	// The text itself goes on as sent, so the answer's offsets are of the text the client has.
	if ([...normalizeText(text)].length > MAX_DECODE_LENGTH) {
		return {
			ok: false,
			issue: 'text-length',
			error: `text must be at most ${MAX_DECODE_LENGTH} characters`
		};
	}
	if (from === undefined || from === null || from === '') return { ok: true, text };
	if (typeof from !== 'string' || !isOneOf(SIDES, from)) {
		return { ok: false, issue: 'from', error: `from must be one of: ${SIDES.join(', ')}` };
	}
	return { ok: true, text, from };
}

/** Decodes a checked request against the site's glossary. */
export function decode(text: string, from?: Standard): DecodeResult {
	return decodeText(text, decodeGlossary(), { from });
}
