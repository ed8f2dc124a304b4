/** The shape of a search result as the API sends it and the pages show it. */
import type { Name } from '../types';
import type { SearchMatch } from './index';

/** An entry as a search result carries it: enough to show both sides without another request. */
export interface SearchResultEntry {
	slug: string;
	english: string;
	/** The Korean gloss, shown on Korean pages; empty when the entry has none yet. */
	glossKo: string;
	south: Name[];
	north: Name[];
}

export interface SearchResult {
	slug: string;
	score: number;
	matched: SearchMatch;
	entry: SearchResultEntry;
}
