/**
 * The Atom feed (RFC 4287) of new and changed entries, one per language (/feed.xml, /ko/feed.xml).
 * An entry appears once, at its latest revision: Atom readers treat an id seen again with a later
 * `updated` as the same entry changed, so an edit moves it to the top instead of adding a copy.
 */
import type { Db } from './db/client';
import * as entries from './entries';
import { escapeXml } from './share-card';
import { LICENCE } from './export';
import type { Entry } from '../types';

/** Enough for a reader polling daily; the whole glossary is at /api/v1/export.json. */
export const FEED_SIZE = 50;

/** The words of a feed in its language, from the messages. */
export interface FeedText {
	lang: string;
	title: string;
	subtitle: string;
	/** "New entry" / "Changed (version 3)" before the entry's summary line. */
	created: string;
	changed: (version: number) => string;
}

export interface FeedRevision {
	entryId: number;
	slug: string;
	version: number;
	/** When the latest revision was written (RFC 3339, UTC). */
	updated: string;
	/** When revision 1 was written. */
	published: string;
}

/** The approved entries whose latest revision is newest, newest first. */
export function latestRevisions(db: Db, limit = FEED_SIZE): FeedRevision[] {
	return db.$client
		.prepare(
			`SELECT e.id AS entryId, e.slug, e.version, r.created_at AS updated,
				(SELECT min(created_at) FROM revision WHERE entry_id = e.id) AS published
			FROM entry e JOIN revision r ON r.entry_id = e.id AND r.version = e.version
			WHERE e.status = 'approved'
			ORDER BY r.created_at DESC, e.id DESC
			LIMIT ?`
		)
		.all(limit) as FeedRevision[];
}

function headwords(entry: Entry): string {
	const first = (names: Entry['south']) => names[0]?.hangul ?? '—';
	return `${first(entry.south)} / ${first(entry.north)}`;
}

function entryXml(entry: Entry, rev: FeedRevision, href: string, text: FeedText, host: string) {
	const korean = text.lang === 'ko';
	const gloss = korean ? entry.glossKo || entry.english : entry.english;
	const why = korean ? entry.why.ko : entry.why.en;
	const state = rev.version === 1 ? text.created : text.changed(rev.version);
	return `<entry>
<id>tag:${escapeXml(host)},2026:entry-${rev.entryId}-${text.lang}</id>
<title>${escapeXml(`${headwords(entry)} — ${gloss}`)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(href)}"/>
<published>${escapeXml(rev.published)}</published>
<updated>${escapeXml(rev.updated)}</updated>
<summary type="text">${escapeXml([state, why].filter(Boolean).join(' '))}</summary>
<category term="${escapeXml(entry.category)}"/>
</entry>`;
}

/**
 * The feed document. `localize` turns a neutral path into this language's (/entries/x →
 * /ko/entries/x); ids carry the language, as the two feeds' entries are different texts.
 */
export function feedXml(
	db: Db,
	origin: string,
	text: FeedText,
	localize: (path: string) => string
): string {
	// A tag URI names a host without its port (RFC 4151).
	const host = new URL(origin).hostname;
	const revisions = latestRevisions(db);
	const items = revisions.flatMap((rev) => {
		const entry = entries.getEntry(db, rev.slug);
		if (!entry) return [];
		return [entryXml(entry, rev, origin + localize(`/entries/${rev.slug}`), text, host)];
	});
	// No entry yet: a fixed date keeps the document (and its ETag) the same until one arrives.
	const updated = revisions[0]?.updated ?? '1970-01-01T00:00:00.000Z';
	return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(text.lang)}">
<id>${escapeXml(origin + localize('/feed.xml'))}</id>
<title>${escapeXml(text.title)}</title>
<subtitle>${escapeXml(text.subtitle)}</subtitle>
<updated>${escapeXml(updated)}</updated>
<author><name>${escapeXml(LICENCE.attribution)}</name></author>
<rights>${escapeXml(`${LICENCE.name} ${LICENCE.url}`)}</rights>
<link rel="self" type="application/atom+xml" href="${escapeXml(origin + localize('/feed.xml'))}"/>
<link rel="alternate" type="text/html" href="${escapeXml(origin + localize('/'))}"/>
${items.join('\n')}
</feed>
`;
}
