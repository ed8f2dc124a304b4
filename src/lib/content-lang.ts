import { getLocale } from '$lib/paraglide/runtime';

/**
 * The `lang` of content that exists only in English (glosses, name notes, a description not yet
 * translated) wherever it appears on a page in another language, so a screen reader switches
 * voice and the browser hyphenates and spell-checks it as English. Undefined on English pages,
 * where the page's own lang already says so. Client-safe.
 */
export function englishContentLang(): 'en' | undefined {
	return getLocale() === 'en' ? undefined : 'en';
}

/**
 * The gloss a reader of this page sees: the Korean gloss on Korean pages when the entry has one,
 * else the English gloss, with the `lang` it needs (see englishContentLang).
 */
export function localGloss(entry: { english: string; glossKo?: string }): {
	text: string;
	lang: 'en' | undefined;
} {
	if (getLocale() === 'ko' && entry.glossKo) return { text: entry.glossKo, lang: undefined };
	return { text: entry.english, lang: englishContentLang() };
}

/** The name note in the page's language: noteKo on Korean pages when there is one. */
export function localNote(name: { note: string | null; noteKo?: string | null }): {
	text: string | null;
	lang: 'en' | undefined;
} {
	if (getLocale() === 'ko' && name.noteKo) return { text: name.noteKo, lang: undefined };
	return { text: name.note, lang: englishContentLang() };
}
