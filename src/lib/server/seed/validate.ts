/**
 * Checks the curated seed (db/seed/*.json) before it is loaded: references, vocabularies,
 * Hangul/hanja fields, slugs and photo files. validateSeed returns human-readable problems
 * (empty when the seed is valid); readSeed reads the three JSON files.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	CATEGORIES,
	CONFIDENCES,
	DIFFERENCES,
	NAME_SIDES,
	NAME_STATUSES,
	REGIONS,
	RELATIONS,
	RELIABILITIES,
	isOneOf
} from '../../vocabulary';
import type { SeedData, SeedEntry, SeedName, SeedPhoto, SeedSource } from './types';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SOURCE_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Hangul syllables and single spaces between words. */
export const HANGUL_PATTERN = /^[\uAC00-\uD7A3]+( [\uAC00-\uD7A3]+)*$/;
/** CJK ideographs (incl. compatibility and extension A), Hangul syllables, "-" and spaces. */
export const HANJA_PATTERN = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uAC00-\uD7A3 -]+$/;
const HAS_IDEOGRAPH = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;

export interface ValidateOptions {
	/**
	 * Directory holding the photo files; every photo's file must exist there. Default: the
	 * `photos` folder of the directory the data was read from by readSeed, else
	 * `$SEED_DIR/photos`, else `db/seed/photos` (relative to the working directory, like the
	 * loader and the photo store).
	 */
	photoDir?: string;
}

/** The directory each SeedData object was read from (copies of it have none). */
const readFrom = new WeakMap<SeedData, string>();

export function readSeed(dir: string): SeedData {
	const read = <T>(file: string): T =>
		JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
	const data: SeedData = {
		sources: read<SeedSource[]>('sources.json'),
		entries: read<SeedEntry[]>('entries.json'),
		photos: read<SeedPhoto[]>('photos.json')
	};
	readFrom.set(data, path.resolve(dir));
	return data;
}

function defaultPhotoDir(data: SeedData): string {
	const dir = readFrom.get(data) ?? process.env.SEED_DIR ?? 'db/seed';
	return path.resolve(dir, 'photos');
}

function isHttpUrl(value: string): boolean {
	try {
		const u = new URL(value);
		return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
	} catch {
		return false;
	}
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

export function validateSeed(data: SeedData, options: ValidateOptions = {}): string[] {
	const problems: string[] = [];
	const p = (msg: string) => problems.push(msg);
	const photoDir = options.photoDir ?? defaultPhotoDir(data);

	// ── sources ──
	const sourceKeys = new Set<string>();
	for (const [i, s] of data.sources.entries()) {
		const at = `source ${s.key ?? `#${i}`}`;
		if (!isText(s.key) || !SOURCE_KEY_PATTERN.test(s.key)) p(`${at}: key must be kebab-case`);
		else if (sourceKeys.has(s.key)) p(`${at}: duplicate source key`);
		else sourceKeys.add(s.key);
		if (!isText(s.citation)) p(`${at}: citation is empty`);
		if (!isOneOf(RELIABILITIES, s.reliability)) p(`${at}: unknown reliability "${s.reliability}"`);
		if (s.url !== null && (typeof s.url !== 'string' || !isHttpUrl(s.url)))
			p(`${at}: url "${s.url}" is not an http(s) URL`);
		if (s.year !== null && (typeof s.year !== 'string' || !/^\d{4}(–\d{4})?$/.test(s.year)))
			p(`${at}: year "${s.year}" is not a year`);
		if (s.publisher !== null && !isText(s.publisher)) p(`${at}: publisher must be null or text`);
		for (const field of ['author', 'title', 'via'] as const) {
			const v = s[field];
			if (v !== undefined && v !== null && !isText(v)) p(`${at}: ${field} must be null or text`);
		}
	}
	const usedSources = new Set<string>();

	// ── entries ──
	const slugs = new Set<string>();
	for (const e of data.entries) {
		if (!isText(e.slug) || !SLUG_PATTERN.test(e.slug))
			p(`entry "${e.slug}": slug must match ${SLUG_PATTERN}`);
		if (slugs.has(e.slug)) p(`entry ${e.slug}: duplicate slug`);
		slugs.add(e.slug);
	}
	for (let i = 1; i < data.entries.length; i++) {
		if (data.entries[i - 1]!.slug > data.entries[i]!.slug) {
			p(
				`entries are not sorted by slug ("${data.entries[i - 1]!.slug}" before "${data.entries[i]!.slug}")`
			);
			break;
		}
	}

	const relationPairs = new Map<string, string>();
	const whyBy = { en: new Map<string, string>(), ko: new Map<string, string>() };
	for (const e of data.entries) {
		const at = `entry ${e.slug}`;
		if (!isOneOf(CATEGORIES, e.category)) p(`${at}: unknown category "${e.category}"`);
		if (!isOneOf(DIFFERENCES, e.difference)) p(`${at}: unknown difference "${e.difference}"`);
		if (!isOneOf(CONFIDENCES, e.confidence)) p(`${at}: unknown confidence "${e.confidence}"`);
		if (!Array.isArray(e.regions)) p(`${at}: regions must be an array`);
		else {
			for (const r of e.regions) if (!isOneOf(REGIONS, r)) p(`${at}: unknown region "${r}"`);
			if (new Set(e.regions).size !== e.regions.length) p(`${at}: duplicate region`);
		}
		if (!isText(e.english)) p(`${at}: english is empty`);
		if (!isText(e.description)) p(`${at}: description is empty`);
		if (!isText(e.descriptionKo)) p(`${at}: descriptionKo is empty`);
		if (!isText(e.glossKo)) p(`${at}: glossKo is empty`);
		if (!isText(e.why?.en)) p(`${at}: why.en is empty`);
		if (!isText(e.why?.ko)) p(`${at}: why.ko is empty`);
		for (const lang of ['en', 'ko'] as const) {
			const text = e.why?.[lang];
			if (!isText(text)) continue;
			// A why sentence says this entry's own reason; one shared with another entry is a category text.
			const other = whyBy[lang].get(text);
			if (other !== undefined) p(`${at}: why.${lang} is the same as entry ${other}'s`);
			else whyBy[lang].set(text, e.slug);
		}

		// names
		if (!Array.isArray(e.names) || e.names.length === 0) p(`${at}: has no names`);
		const names: SeedName[] = Array.isArray(e.names) ? e.names : [];
		const seen = new Set<string>();
		for (const n of names) {
			const nat = `${at}: name "${n.hangul}" (${n.side})`;
			if (!isOneOf(NAME_SIDES, n.side)) p(`${nat}: unknown side "${n.side}"`);
			if (!isOneOf(NAME_STATUSES, n.status)) p(`${nat}: unknown status "${n.status}"`);
			if (typeof n.hangul !== 'string' || !HANGUL_PATTERN.test(n.hangul))
				p(`${nat}: hangul must contain only Hangul syllables and single spaces`);
			if (
				n.hanja !== null &&
				(typeof n.hanja !== 'string' ||
					!HANJA_PATTERN.test(n.hanja) ||
					!HAS_IDEOGRAPH.test(n.hanja))
			)
				p(
					`${nat}: hanja "${n.hanja}" must contain CJK ideographs (plus Hangul, "-" or spaces only)`
				);
			if (n.note !== null && !isText(n.note)) p(`${nat}: note must be null or text`);
			if (n.noteKo !== null && !isText(n.noteKo)) p(`${nat}: noteKo must be null or text`);
			// Korean pages show noteKo: a note without its Korean twin would show English there.
			if (isText(n.note) && !isText(n.noteKo)) p(`${nat}: has a note but no noteKo`);
			if (isText(n.noteKo) && !isText(n.note)) p(`${nat}: has a noteKo but no note`);
			if (n.attested !== null && !isText(n.attested)) p(`${nat}: attested must be null or text`);
			if (!Array.isArray(n.sources) || n.sources.length === 0) p(`${nat}: has no source`);
			else {
				if (new Set(n.sources).size !== n.sources.length) p(`${nat}: lists a source twice`);
				for (const k of n.sources) {
					if (!sourceKeys.has(k)) p(`${nat}: unknown source "${k}"`);
					usedSources.add(k);
				}
			}
			const id = `${n.side}/${n.hangul}`;
			if (seen.has(id)) p(`${nat}: listed twice on the same side`);
			seen.add(id);
		}
		const covers = (side: 'south' | 'north') =>
			names.some((n) => n.side === side || n.side === 'both');
		if (!covers('south')) p(`${at}: has no South name (side "south" or "both")`);
		if (!covers('north')) p(`${at}: has no North name (side "north" or "both")`);
		for (const side of ['south', 'north'] as const) {
			const onSide = names.filter((n) => n.side === side || n.side === 'both');
			if (
				onSide.length > 0 &&
				!onSide.some((n) => n.status !== 'disputed' && n.status !== 'dated') &&
				e.confidence !== 'low'
			)
				p(`${at}: every ${side} name is disputed or dated, so confidence should be "low"`);
		}
		// The same word on both sides is one 'both' name, unless the two sides give it different
		// statuses (current in the South, only disputed in the North): then a South and a North name.
		const shared =
			names.some((n) => n.side === 'both') ||
			names.some(
				(s) =>
					s.side === 'south' &&
					names.some((n) => n.side === 'north' && n.hangul === s.hangul && n.status !== s.status)
			);
		if (e.difference === 'same' && !shared)
			p(`${at}: difference "same" but no name with side "both"`);

		// relations
		if (!Array.isArray(e.related)) p(`${at}: related must be an array`);
		for (const r of Array.isArray(e.related) ? e.related : []) {
			if (!isOneOf(RELATIONS, r.relation)) p(`${at}: unknown relation "${r.relation}"`);
			if (r.slug === e.slug) p(`${at}: relates to itself`);
			else if (!slugs.has(r.slug)) p(`${at}: related slug "${r.slug}" does not exist`);
			if (!isOneOf(RELATIONS, r.relation)) continue;
			// each pair is stored once and read in both directions
			const key = [e.slug, r.slug].sort().join(' ');
			const prev = relationPairs.get(key);
			const here = `${e.slug} ${r.relation} ${r.slug}`;
			if (prev !== undefined)
				p(`${at}: relation "${here}" duplicates "${prev}" (store each pair once)`);
			else relationPairs.set(key, here);
		}
	}

	// ── photos ──
	const files = new Set<string>();
	for (const [i, ph] of data.photos.entries()) {
		const at = `photo ${ph.file ?? `#${i}`}`;
		if (!slugs.has(ph.entry)) p(`${at}: entry "${ph.entry}" does not exist`);
		if (
			!isText(ph.file) ||
			ph.file.includes('/') ||
			ph.file.includes('\\') ||
			ph.file.startsWith('.')
		)
			p(`${at}: file must be a plain file name`);
		else if (!fs.existsSync(path.join(photoDir, ph.file)))
			p(`${at}: file does not exist in ${photoDir}`);
		if (files.has(ph.file)) p(`${at}: duplicate file`);
		files.add(ph.file);
		if (!isText(ph.author)) p(`${at}: author is empty`);
		if (!isText(ph.license)) p(`${at}: license is empty`);
		if (!isText(ph.licenseUrl) || !isHttpUrl(ph.licenseUrl))
			p(`${at}: licenseUrl is not an http(s) URL`);
		if (ph.sourceUrl !== null && (typeof ph.sourceUrl !== 'string' || !isHttpUrl(ph.sourceUrl)))
			p(`${at}: sourceUrl is not an http(s) URL`);
		if (!isText(ph.altEn)) p(`${at}: altEn is empty`);
		if (
			!Number.isInteger(ph.width) ||
			ph.width <= 0 ||
			!Number.isInteger(ph.height) ||
			ph.height <= 0
		)
			p(`${at}: width and height must be positive integers`);
		if (typeof ph.cropped !== 'boolean') p(`${at}: cropped must be a boolean`);
	}

	for (const s of data.sources)
		if (isText(s.key) && !usedSources.has(s.key)) p(`source ${s.key}: not used by any name`);
	return problems;
}
