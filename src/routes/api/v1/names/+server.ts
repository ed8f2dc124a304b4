import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import * as submissions from '$lib/server/submissions';
import { HANGUL_PATTERN, LIMITS } from '$lib/schemas/proposal';

/**
 * Which entries already have a name written exactly so: `GET /api/v1/names?hangul=랭면`
 * (optionally `&except=<entry id>`). Used by the proposal form's "already exists" warning.
 */
export const GET: RequestHandler = ({ url }) => {
	const hangul = (url.searchParams.get('hangul') ?? '').normalize('NFC').trim();
	if (!hangul || hangul.length > LIMITS.hangul || !HANGUL_PATTERN.test(hangul)) {
		return json({ error: 'hangul must be Hangul syllables and spaces' }, { status: 400 });
	}
	const except = Number.parseInt(url.searchParams.get('except') ?? '', 10);
	const entries = submissions.entriesWithName(
		getDb(),
		hangul,
		Number.isFinite(except) ? except : null
	);
	return json(
		{ hangul, entries: entries.map((e) => ({ slug: e.slug, english: e.english, side: e.side })) },
		{ headers: { 'Cache-Control': 'public, max-age=60' } }
	);
};
