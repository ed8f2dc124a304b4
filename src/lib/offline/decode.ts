/**
 * The menu decoder without a connection: the pure decoder of $lib/decode over the saved
 * glossary. The saved entries carry every field the decoder reads (slug, glosses, why, names
 * with side and status); their names come by status, then position, and the decoder orders a
 * name's uses and an entry's counterparts by status with a stable sort, so it reads a text as the
 * server does (offline-decode.spec.ts compares the two on the decoder's test texts).
 */
import { decodeText, type DecodeGlossary, type DecodeResult, type Standard } from '../decode';
import type { OfflineGlossary } from './glossary';
import { readSavedGlossary } from './saved';

const decoderGlossaries = new WeakMap<OfflineGlossary, DecodeGlossary>();

/** The decoder's view of a saved glossary; the same object each time (the decoder caches by it). */
export function offlineDecodeGlossary(glossary: OfflineGlossary): DecodeGlossary {
	let found = decoderGlossaries.get(glossary);
	if (!found) {
		found = {
			entries: glossary.entries.map((e) => ({
				slug: e.slug,
				english: e.english,
				glossKo: e.glossKo,
				why: e.why,
				names: e.names.map((n) => ({ hangul: n.hangul, side: n.side, status: n.status }))
			}))
		};
		decoderGlossaries.set(glossary, found);
	}
	return found;
}

let saved: { version: string; glossary: DecodeGlossary } | null = null;

/**
 * Decodes with the glossary saved on this device, or answers null when none is saved (or the
 * browser keeps none). The parsed copy is kept in memory while its version stays the same.
 */
export async function decodeWithSavedGlossary(
	text: string,
	from?: Standard
): Promise<DecodeResult | null> {
	const glossary = await readSavedGlossary();
	if (!glossary) return null;
	if (saved?.version !== glossary.version) {
		saved = { version: glossary.version, glossary: offlineDecodeGlossary(glossary) };
	}
	return decodeText(text, saved.glossary, from ? { from } : {});
}
