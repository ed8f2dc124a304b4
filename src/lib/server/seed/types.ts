/**
 * The shape of the curated seed content in db/seed/*.json. These files are the reviewable source
 * of truth for the seed; validate.ts checks them and load.ts writes them into the database.
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
} from '../../vocabulary';

export interface SeedSource {
	/** Stable kebab-case key, referenced by names. */
	key: string;
	citation: string;
	/** Reader-facing parts; optional while a source has only its citation text. */
	author?: string | null;
	title?: string | null;
	/** How it was read (mirror, dump, extract), shown on a smaller second line. */
	via?: string | null;
	url: string | null;
	publisher: string | null;
	year: string | null;
	reliability: Reliability;
}

export interface SeedName {
	side: NameSide;
	hangul: string;
	hanja: string | null;
	status: NameStatus;
	note: string | null;
	/** The Korean twin of `note`; required wherever `note` is set. */
	noteKo: string | null;
	attested: string | null;
	/** Keys into sources.json; at least one. */
	sources: string[];
}

export interface SeedEntry {
	slug: string;
	category: Category;
	regions: Region[];
	english: string;
	/** The Korean twin of `english`. */
	glossKo: string;
	/** One sentence of this entry's own reason, in both languages. */
	why: { en: string; ko: string };
	description: string;
	descriptionKo: string;
	difference: Difference;
	confidence: Confidence;
	names: SeedName[];
	related: { slug: string; relation: Relation }[];
}

export interface SeedPhoto {
	/** Slug of the entry the photo illustrates. */
	entry: string;
	/** File name inside db/seed/photos/. */
	file: string;
	author: string;
	license: string;
	licenseUrl: string;
	sourceUrl: string | null;
	altEn: string;
	altKo: string | null;
	width: number;
	height: number;
	cropped: boolean;
}

export interface SeedData {
	sources: SeedSource[];
	entries: SeedEntry[];
	photos: SeedPhoto[];
}
