/**
 * How matches are scored. A score is a tier (what kind of match) plus small adjustments inside
 * the tier, and the adjustments never reach the next tier down, so the order of kinds holds:
 * exact name > exact romanization > prefix > phonetic > inside a word > English > typo. A typo is
 * a guess, so it never outranks an entry the query names in English or inside a longer name.
 *
 * Which side a name belongs to never enters the score: 랭면 finds the entry exactly as well as
 * 냉면 does.
 */
import type { NameStatus } from '../vocabulary';

export const TIER = {
	exact: 1000,
	romanization: 900,
	prefix: 800,
	phonetic: 700,
	inside: 600,
	english: 500,
	typo: 400
} as const;

/** Adjustments inside a tier stay below this, so tiers never overlap. */
export const TIER_SPAN = 99;

/**
 * A headword beats a colloquial or dated name that matches as well; only a hair, because a
 * user who types a dated name still wants its entry first.
 */
export function statusPenalty(status: NameStatus): number {
	switch (status) {
		case 'current':
			return 0;
		case 'alias':
			return 1;
		case 'colloquial':
			return 2;
		case 'dated':
			return 3;
		case 'dictionary':
			return 4;
		case 'disputed':
			return 5;
	}
}

/** Prefix matches: the less of the name is left untyped, the better. */
export function prefixScore(base: number, typed: number, total: number): number {
	const missing = Math.max(0, total - typed);
	return base - Math.min(40, missing * 4);
}

/**
 * Familiarity: how well known an entry is, from the data (its sources and names, and how many
 * other entries' names end with one of its names: 냉면 is the tail of 평양냉면, 함흥냉면, 회냉면).
 * Added to completions and inside-word matches, where many entries share one query (naeng →
 * 냉면, 냉수, 냉국 …) and the shorter name is not the one readers want; capped so that it never
 * lifts a match into the next tier.
 */
export const FAMILIARITY_MAX = 30;

export function familiarityBonus(weight: number, containedIn: number): number {
	return Math.min(FAMILIARITY_MAX, 2 * weight + 3 * containedIn);
}

/**
 * Inside a word: the query is part of a longer name (냉면 in 평양냉면) or a name is part of the
 * query (냉면 in 물냉면); the more of the one the other covers, the better.
 */
export function insideScore(part: number, whole: number): number {
	return TIER.inside + 10 + Math.round(40 * Math.min(1, part / Math.max(1, whole)));
}

/** Typos: each edit costs, and a typo in a short word costs more than one in a long word. */
export function typoScore(distance: number, length: number): number {
	return TIER.typo + 70 - distance * 25 - (length < 6 ? 10 : 0);
}

/**
 * English: how much of the query the entry's gloss covers (the gloss is what the entry is
 * called in English; the description only mentions things), how much of the gloss the query
 * covers (cold noodles is all of a gloss "cold noodles", part of "Pyongyang cold noodles"), and
 * whether the gloss reads as the query does.
 */
export function englishScore(input: {
	termsInGloss: number;
	/** Gloss terms met, a term met only as the start of a word counting half. */
	glossCovered: number;
	termsInDescriptionOnly: number;
	terms: number;
	glossTerms: number;
	phrase: 'start' | 'inside' | 'none';
	inexact: number;
}): number {
	const { termsInGloss, glossCovered, termsInDescriptionOnly, terms, glossTerms, phrase, inexact } =
		input;
	const fieldWeight = (2 * termsInGloss + termsInDescriptionOnly) / (2 * terms);
	const coverage = glossTerms > 0 ? Math.min(1, glossCovered / glossTerms) : 0;
	const phraseBonus = phrase === 'start' ? 8 : phrase === 'inside' ? 4 : 0;
	// inexact: 1 per term met only as the start of a word, 2 per term met through a typo.
	const score = 50 * fieldWeight + 30 * coverage + phraseBonus - 5 * inexact;
	return TIER.english + Math.max(0, Math.min(TIER_SPAN, Math.round(score)));
}
