/**
 * The shapes of the decoder's input and output. Plain data only, so the server can build a
 * glossary from SQLite and the browser from the offline JSON, and both get the same answer.
 */
import type { NameSide, NameStatus, Side } from '../vocabulary';

export type Standard = Side;

export interface DecodeName {
	hangul: string;
	side: NameSide;
	status: NameStatus;
}

/** One approved entry, reduced to what reading a text needs. */
export interface DecodeEntry {
	slug: string;
	english: string;
	glossKo: string;
	why: { en: string; ko: string };
	names: DecodeName[];
}

/**
 * What the decoder reads texts against. A name written the same way on the North side of one
 * entry and the South side of another (낙지: squid in the North, long-arm octopus in the South) is
 * a false friend; the decoder finds those itself, so the glossary needs no extra field for them.
 */
export interface DecodeGlossary {
	entries: readonly DecodeEntry[];
}

export interface DecodeOptions {
	/** The standard the text is written in; detected from the text when left out. */
	from?: Standard;
}

/** What the same letters mean on the other side. */
export interface FalseFriendMeaning {
	slug: string;
	english: string;
	glossKo: string;
	/** The side on which the word means this entry. */
	side: Standard;
	/** How the text's own standard names that thing (낙지 in the South = 서해낙지 in the North). */
	counterparts: string[];
}

export interface DecodeMatch {
	/** The text as written, spaces included (평양 랭면). */
	text: string;
	/** UTF-16 offsets into the decoded text, end exclusive. */
	start: number;
	end: number;
	slug: string;
	english: string;
	glossKo: string;
	/** The side of the name that matched: north, south or both. */
	side: NameSide;
	/** The entry's names on the other side, best first (the same word when both write it alike). */
	counterparts: string[];
	falseFriend: FalseFriendMeaning | null;
	why: { en: string; ko: string };
}

export const SPELLING_RULES = ['initial-sound-law', 'saisiot', 'eo-yeo'] as const;
export type SpellingRule = (typeof SPELLING_RULES)[number];

/** A word not in the glossary, respelled by a spelling rule. */
export interface DecodeConversion {
	text: string;
	start: number;
	end: number;
	to: string;
	rule: SpellingRule;
}

/** One sign of the standard a text is written in. */
export interface Evidence {
	text: string;
	standard: Standard;
	/** A glossary name found on one side only, or a spelling only one standard uses. */
	basis: 'glossary' | 'rule';
}

export interface Detection {
	/** null when the text gives no sign or as many of each. */
	standard: Standard | null;
	evidence: Evidence[];
}

export interface DecodeResult {
	/** The standard the text was read as: the caller's, else the detected one, else south. */
	from: Standard;
	detected: Detection;
	matches: DecodeMatch[];
	conversions: DecodeConversion[];
	/** The whole text in the other standard's words and spelling. */
	converted: string;
}
