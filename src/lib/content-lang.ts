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
