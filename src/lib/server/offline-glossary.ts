/**
 * The offline glossary the service worker saves (GET /api/v1/offline.json): the search documents
 * of search.ts plus the few fields of each entry the offline entry view shows, in one JSON body
 * that is the same bytes for the same data (no timestamp of its own), so its ETag is stable
 * across restarts and a device that already holds it gets a 304.
 */
import type { Db } from './db/client';
import { allEntries, dataVersion } from './export';
import { searchDocuments } from './search';
import { etagOf } from './http/page-cache';
import {
	OFFLINE_FORMAT,
	type OfflineEntry,
	type OfflineGlossary,
	type OfflineName
} from '../offline/glossary';
import type { Name } from '../types';

function offlineName(n: Name): OfflineName {
	return {
		hangul: n.hangul,
		hanja: n.hanja,
		status: n.status,
		pronunciation: n.pronunciation,
		rr: n.romanizations.rr,
		mr: n.romanizations.mr,
		note: n.note,
		noteKo: n.noteKo
	};
}

export function offlineGlossary(db: Db): OfflineGlossary {
	const version = dataVersion(db);
	const full = new Map(allEntries(db).map((e) => [e.slug, e]));
	const entries = searchDocuments(db).flatMap((doc): OfflineEntry[] => {
		const e = full.get(doc.slug);
		if (!e) return [];
		return [
			{
				...doc,
				category: e.category,
				glossKo: e.glossKo,
				why: e.why,
				descriptionKo: e.descriptionKo,
				difference: e.difference,
				south: e.south.map(offlineName),
				north: e.north.map(offlineName)
			}
		];
	});
	// dataVersion ends with the latest updated_at of an approved entry (an ISO timestamp).
	const latest = version.split(':').slice(2).join(':');
	return {
		format: OFFLINE_FORMAT,
		version,
		updated: latest.slice(0, 10),
		count: entries.length,
		entries
	};
}

const cache = new WeakMap<Db, { version: string; body: Uint8Array; etag: string }>();

/** The serialised glossary and its ETag, kept until the data version changes. */
export function offlineGlossaryBody(db: Db): { body: Uint8Array; etag: string } {
	const version = dataVersion(db);
	const kept = cache.get(db);
	if (kept?.version === version) return kept;
	const body = new TextEncoder().encode(JSON.stringify(offlineGlossary(db)));
	const made = { version, body, etag: etagOf(body) };
	cache.set(db, made);
	return made;
}
