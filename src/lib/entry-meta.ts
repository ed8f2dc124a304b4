/**
 * The entry page's meta description: one sentence that names both sides and what the word
 * means, in the page's language, then the entry's description. Search results and link
 * previews show it alone, so it must read as a sentence, not a list of fields.
 */
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime';
import { S_BASE, S_LAST, T_COUNT } from '$lib/hangul/jamo';
import { localGloss } from '$lib/content-lang';
import type { Entry } from '$lib/types';

/**
 * How a word ends, which picks the Korean quotative particle (the messages' `final` selector):
 * closed (a final consonant: 랭면이라고), open (국수라고), or other (not Hangul: (이)라고).
 */
export function finalSound(word: string): 'closed' | 'open' | 'other' {
	const last = [...word.trim()].pop()?.codePointAt(0) ?? 0;
	if (last < S_BASE || last > S_LAST) return 'other';
	return (last - S_BASE) % T_COUNT === 0 ? 'open' : 'closed';
}

export function entryMetaDescription(
	entry: Pick<Entry, 'english' | 'glossKo' | 'south' | 'north'>,
	description: string
): string {
	const south = entry.south[0];
	const north = entry.north[0];
	// An English reader gets each name's romanization (the South's RR, the North's own system);
	// a Korean reader needs none.
	const korean = getLocale() === 'ko';
	const cite = (hangul: string, romanized: string | undefined) =>
		korean || !romanized ? hangul : `${hangul} (${romanized})`;
	const southName = south?.hangul ?? '';
	const northName = north?.hangul ?? '';
	const gloss = localGloss(entry).text;
	const sentence =
		southName === northName
			? m.share_meta_entry_same({
					south: cite(southName, south?.romanizations.rr),
					gloss,
					final: finalSound(southName)
				})
			: m.share_meta_entry({
					south: cite(southName, south?.romanizations.rr),
					north: cite(northName, north?.romanizations.dprk),
					gloss,
					final: finalSound(northName)
				});
	return `${sentence} ${description}`.trim();
}
