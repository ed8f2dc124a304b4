/**
 * The entry page's meta description: one sentence that names both sides and what the word
 * means, in the page's language, then the entry's description. Search results and link
 * previews show it alone, so it must read as a sentence, not a list of fields.
 */
import { m } from '$lib/paraglide/messages.js';
import { S_BASE, S_LAST, T_COUNT } from '$lib/hangul/jamo';
import { localGloss } from '$lib/content-lang';
import type { Entry } from '$lib/types';

/** 이라고 after a syllable with a final consonant (랭면이라고), 라고 after one without (국수라고). */
export function quoteParticle(word: string): string {
	const last = word.trim().codePointAt(word.trim().length - 1) ?? 0;
	if (last < S_BASE || last > S_LAST) return '(이)라고';
	return (last - S_BASE) % T_COUNT === 0 ? '라고' : '이라고';
}

export function entryMetaDescription(
	entry: Pick<Entry, 'english' | 'glossKo' | 'south' | 'north'>,
	description: string
): string {
	const south = entry.south[0];
	const north = entry.north[0];
	const names = {
		gloss: localGloss(entry).text,
		south: south?.hangul ?? '',
		southRoman: south?.romanizations.rr ?? '',
		north: north?.hangul ?? '',
		northRoman: north?.romanizations.dprk ?? ''
	};
	const sentence =
		names.south === names.north
			? m.share_meta_entry_same({ ...names, quote: quoteParticle(names.south) })
			: m.share_meta_entry({ ...names, quote: quoteParticle(names.north) });
	return `${sentence} ${description}`.trim();
}
