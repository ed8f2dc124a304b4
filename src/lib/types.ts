/**
 * The shapes of glossary data as pages and the JSON API see them. Client-safe: components import
 * these types, the server fills them.
 */
import type {
	Category,
	Confidence,
	Difference,
	NameSide,
	NameStatus,
	Region,
	Relation,
	Reliability
} from './vocabulary';

/** Pronunciation and romanizations of a name, computed by the Hangul engine. */
export interface NameReadings {
	/** Standard pronunciation as phonetic Hangul, by the standard of the side the name belongs to. */
	pronunciation: string;
	/** IPA of that pronunciation (src/lib/hangul/README.md, "IPA"): 랭면 ɾɛŋ.mjʌn. */
	ipa: string;
	romanizations: { rr: string; mr: string; dprk: string; yale: string };
}

export interface Source {
	id: number;
	/** The whole citation as one text (kept for sources without author/title). */
	citation: string;
	author: string | null;
	title: string | null;
	/** How it was read (a mirror, an open-data dump, an extract). */
	via: string | null;
	url: string | null;
	publisher: string | null;
	year: string | null;
	reliability: Reliability;
}

export interface Name extends NameReadings {
	hangul: string;
	hanja: string | null;
	status: NameStatus;
	note: string | null;
	noteKo: string | null;
	attested: string | null;
	sources: number[];
	/** A moderator vouched for it: it came through an approved proposal or revert, or was marked reviewed. */
	reviewed: boolean;
}

export interface Photo {
	/** The `<img>` source: a JPEG for uploads, the single file for seed photos. */
	url: string;
	/** JPEG widths for the `<img>`; null when there is one file only. */
	srcset: string | null;
	/** AVIF then WebP `<source>` sets for `<picture>`; empty when there is one file only. */
	sources: { type: string; srcset: string }[];
	/** A tiny blurred image as a data: URI, painted until the photo arrives. */
	placeholder: string | null;
	author: string;
	license: string;
	licenseUrl: string;
	sourceUrl: string | null;
	alt: string;
	altKo: string | null;
	width: number;
	height: number;
	cropped: boolean;
}

export interface RelatedEntry {
	slug: string;
	relation: Relation;
	english: string;
	glossKo: string;
	south: string;
	north: string;
}

export interface Entry {
	slug: string;
	category: Category;
	regions: Region[];
	english: string;
	glossKo: string;
	why: { en: string; ko: string };
	description: string;
	descriptionKo: string;
	difference: Difference;
	confidence: Confidence;
	version: number;
	south: Name[];
	north: Name[];
	related: RelatedEntry[];
	photos: Photo[];
	sources: Source[];
}

/** What a list row needs: the headwords of each side and enough to filter and sort. */
export interface EntrySummary {
	slug: string;
	category: Category;
	regions: Region[];
	english: string;
	glossKo: string;
	difference: Difference;
	confidence: Confidence;
	south: { hangul: string; status: NameStatus }[];
	north: { hangul: string; status: NameStatus }[];
}

/** The content of an entry as a revision stores it: everything an edit can change. */
export interface EntrySnapshot {
	slug: string;
	category: Category;
	regions: Region[];
	english: string;
	/** Optional: revisions written before migration 0003 have none. */
	glossKo?: string;
	why?: { en: string; ko: string };
	description: string;
	descriptionKo: string;
	difference: Difference;
	confidence: Confidence;
	names: {
		side: NameSide;
		hangul: string;
		hanja: string | null;
		status: NameStatus;
		note: string | null;
		noteKo?: string | null;
		attested: string | null;
		sources: number[];
	}[];
	related: { slug: string; relation: Relation }[];
}

export const SORTS = ['south', 'north', 'english', 'recent'] as const;
export type Sort = (typeof SORTS)[number];
