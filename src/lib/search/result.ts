/** The shape of a search result as the API sends it and the pages show it. */
import type { Name } from '../types';
import type { SearchMatch } from './index';
import type { ProposePrefill } from './propose';
import type { AskedSide } from './question';

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

export interface SearchAnswer {
	term: string;
	side: AskedSide;
	slug: string;
	names: string[];
}

/**
 * A search as the API answers it and the pages show it. When nothing matched, `closest` holds
 * the nearest real entries (possibly none: nothing came close) and `propose` the link to propose
 * the word (null for a query no field takes, such as bare jamo); both are empty otherwise.
 */
export interface SearchResponse {
	query: string;
	/** A question's word and the side asked about; the results are for the word. */
	question: { term: string; side: AskedSide } | null;
	/**
	 * The answer to a question, from its first result: that entry's current names on the side
	 * asked about ("North Korean for ice cream: 에스키모"); null for no question or no result.
	 */
	answer: SearchAnswer | null;
	results: SearchResult[];
	closest: SearchResult[];
	propose: ProposePrefill | null;
}
