/**
 * Merges a research batch (a food-terms TSV, the format of db/seed/research/) into the curated
 * seed: new entries, new names on existing entries, sources deduplicated by URL. Pure: the CLI
 * (scripts/seed-import.ts) reads and writes the files. Nothing already in the data is overwritten;
 * a row that would change it, or that cannot be imported honestly, is reported instead.
 */
import { createHash } from 'node:crypto';
import { romanize } from '../../hangul';
import {
	CATEGORIES,
	CONFIDENCES,
	DIFFERENCES,
	REGIONS,
	isOneOf,
	type Confidence,
	type Region,
	type Reliability
} from '../../vocabulary';
import type { SeedData, SeedEntry, SeedName, SeedSource } from './types';

/** One row of a research TSV (columns as in db/seed/research/food-terms-*.tsv). */
export interface ResearchRow {
	south_hangul: string;
	north_hangul: string;
	english_gloss: string;
	category: string;
	difference: string;
	hanja: string;
	region: string;
	notes: string;
	sources: string;
	confidence: string;
}

/** Reader texts for a row, keyed `south|north` (db/seed/texts/new-*.tsv). */
export interface RowTexts {
	gloss_ko: string;
	why_en: string;
	why_ko: string;
	description_en: string;
	description_ko: string;
	/** Only for low rows: the note of the disputed North name. */
	note_en?: string;
	note_ko?: string;
}

/** What a source-notes file (food-sources-*.md) says about one URL. */
export interface SourceNote {
	title: string;
	publisher: string | null;
	year: string | null;
	via: string | null;
	reliability: Reliability;
}

export interface ImportReport {
	added: string[];
	merged: string[];
	leftOut: string[];
	conflicts: string[];
}

/**
 * Hosts of dictionary and word-list data. A North form whose only sources are these is listed in
 * a dictionary but not shown in use: it gets status `dictionary`, never `current`.
 */
export const DICTIONARY_HOSTS: readonly string[] = [
	'data.go.kr',
	'opendict.korean.go.kr',
	'stdict.korean.go.kr',
	'dic.gyeoremal.or.kr',
	'ko.wiktionary.org',
	'ko.m.wiktionary.org'
];

export function readTsv(text: string): Record<string, string>[] {
	const [head, ...lines] = text.split('\n').filter((l) => l.trim() !== '');
	if (!head) return [];
	const cols = head.split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
	});
}

const URL_IN_TEXT = /https?:\/\/\S+/;

/** URLs compared as a reader sees them: percent-decoded, without trailing punctuation or slash. */
function normalizeUrl(url: string): string {
	let decoded = url;
	try {
		decoded = decodeURI(url);
	} catch {
		// a malformed escape: compare it as written
	}
	return decoded.replace(/[).,;]+$/, '').replace(/\/$/, '');
}

/** The note for a URL; a row may cite a shortened form of the address the notes give. */
function noteFor(notes: Map<string, SourceNote>, url: string): SourceNote | undefined {
	const exact = notes.get(url);
	if (exact) return exact;
	for (const [noted, note] of notes) if (noted.startsWith(`${url}/`)) return note;
	return undefined;
}

function hostOf(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return '';
	}
}

/** Years as the data writes them: "2019" or "2002–2021". */
function yearSpan(years: number[]): string | null {
	if (years.length === 0) return null;
	const lo = Math.min(...years);
	const hi = Math.max(...years);
	return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** `attested: 2019`, `attested: 2011–2022` or `attested: 2019, 2021` in a row's notes. */
export function attestedFrom(notes: string): string | null {
	const m = /attested:\s*([0-9][0-9,\s–-]*[0-9])/.exec(notes);
	if (!m) return null;
	return yearSpan((m[1]!.match(/\d{4}/g) ?? []).map(Number));
}

/**
 * Reads the source bullets of a food-sources-*.md file:
 * `- **Title** — Publisher, year. URL — grade X. …`
 */
export function readSourceNotes(markdown: string): Map<string, SourceNote> {
	const notes = new Map<string, SourceNote>();
	const bullet = /^- \*\*(.+?)\*\* — (.+?)\.? (https?:\/\/\S+) — grade ([A-D])/;
	for (const line of markdown.split('\n')) {
		const m = bullet.exec(line);
		if (!m) continue;
		const [, rawTitle, rest, url, grade] = m as unknown as [string, string, string, string, string];
		const via = /\((read via [^)]*)\)/.exec(rawTitle)?.[1]?.replace(/^read /, '') ?? null;
		const title = rawTitle.replace(/\s*\(read via [^)]*\)/, '').trim();
		// "Publisher (what it is), read on a mirror, 2021-11-24": the last part is the date, a
		// "read …" part says how it was read, the rest is the publisher.
		const parts = rest.split(', ');
		const when = parts.length > 1 ? parts.pop()! : '';
		const readOn = parts.filter((part) => /^read /.test(part));
		const publisher = parts.filter((part) => !/^read /.test(part)).join(', ') || null;
		const range = /(\d{4})\s*[-–]\s*(\d{4})\b/.exec(when);
		const single = /\b(\d{4})\b/.exec(when);
		const year = /n\.d\./.test(when)
			? null
			: range
				? yearSpan([Number(range[1]), Number(range[2])])
				: single
					? single[1]!
					: null;
		notes.set(normalizeUrl(url), {
			title,
			publisher,
			year,
			via: via ?? (readOn.length ? readOn.join(', ').replace(/^read /, '') : null),
			reliability: grade as Reliability
		});
	}
	return notes;
}

/** The region keys named in a TSV region cell ("Kaesong (North); Jeolla (South)" → both). */
export function regionsFrom(cell: string): Region[] {
	const lower = cell.toLowerCase();
	return REGIONS.filter((r) => new RegExp(`\\b${r}\\b`).test(lower));
}

/** Slug of a new entry: lowercase Revised Romanization, 김치 written kimchi (db/seed/README.md). */
export function slugFor(hangul: string): string {
	return romanize(hangul)
		.toLowerCase()
		.replace(/gimchi/g, 'kimchi')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

interface SourcePiece {
	citation: string;
	url: string;
	via: string | null;
}

function splitSources(cell: string): SourcePiece[] {
	return cell
		.split(' ; ')
		.map((piece) => piece.trim())
		.filter(Boolean)
		.map((piece) => {
			const url = normalizeUrl(URL_IN_TEXT.exec(piece)?.[0] ?? '');
			const before = piece.slice(0, piece.indexOf('http')).trim();
			const via = /\((read via [^)]*)\)/.exec(piece)?.[1]?.replace(/^read /, '') ?? null;
			return { citation: before, url, via };
		});
}

/** Builds a stable kebab-case key from the URL: host label plus its id (or a short hash). */
function newSourceKey(url: string, taken: Set<string>): string {
	const host = hostOf(url)
		.replace(/^(m|kr|blogs)\./, '')
		.split('.')[0]!
		.replace(/[^a-z0-9]+/g, '-');
	const ids = url.match(/\d{3,}/g);
	const id = ids ? ids[ids.length - 1]! : createHash('sha1').update(url).digest('hex').slice(0, 6);
	let key = `${host}-${id}`.replace(/-+/g, '-');
	for (let n = 2; taken.has(key); n++) key = `${host}-${id}-${n}`;
	return key;
}

export interface ImportInput {
	data: SeedData;
	rows: Record<string, string>[];
	/** Reader texts by `south|north`. */
	texts: Map<string, RowTexts>;
	sourceNotes: Map<string, SourceNote>;
	/** Label of the batch for the report ("food-terms-round2.tsv"). */
	batch: string;
}

/**
 * Merges the rows into a copy of the data. Rows are applied in order, so a later row of the same
 * batch can add a name to an entry an earlier row created.
 */
export function importBatch(input: ImportInput): { data: SeedData; report: ImportReport } {
	const data: SeedData = structuredClone(input.data);
	const report: ImportReport = { added: [], merged: [], leftOut: [], conflicts: [] };
	const byUrl = new Map<string, SeedSource>();
	for (const s of data.sources) if (s.url) byUrl.set(normalizeUrl(s.url), s);
	const keys = new Set(data.sources.map((s) => s.key));
	const slugs = new Set(data.entries.map((e) => e.slug));

	/** The source keys for a row, creating sources the data lacks. */
	function sourceKeys(cell: string): { keys: string[]; dictionaryOnly: boolean } {
		const pieces = splitSources(cell);
		const out: string[] = [];
		for (const piece of pieces) {
			let s = byUrl.get(piece.url);
			if (!s) {
				const note = noteFor(input.sourceNotes, piece.url);
				const title = note?.title ?? (piece.citation || hostOf(piece.url));
				s = {
					key: newSourceKey(piece.url, keys),
					citation: piece.citation || title,
					author: null,
					title,
					via: note?.via ?? piece.via,
					url: piece.url,
					publisher: note?.publisher ?? null,
					year: note?.year ?? null,
					reliability: note?.reliability ?? 'C'
				};
				if (!note)
					report.conflicts.push(
						`${input.batch}: source ${piece.url} is not in the source notes; graded C`
					);
				keys.add(s.key);
				byUrl.set(piece.url, s);
				data.sources.push(s);
			}
			if (!out.includes(s.key)) out.push(s.key);
		}
		const dictionaryOnly = pieces.every((p) => DICTIONARY_HOSTS.includes(hostOf(p.url)));
		return { keys: out, dictionaryOnly };
	}

	for (const row of input.rows as unknown as ResearchRow[]) {
		const key = `${row.south_hangul}|${row.north_hangul}`;
		const at = `${input.batch} ${key}`;
		// Sources are created as a row is read; a row left out takes its new sources with it.
		const sourceMark = data.sources.length;
		const leave = (why: string) => {
			for (const s of data.sources.splice(sourceMark)) {
				keys.delete(s.key);
				if (s.url) byUrl.delete(s.url);
			}
			report.leftOut.push(`${at}: ${why}`);
		};
		if (!isOneOf(CONFIDENCES, row.confidence)) {
			leave(`unknown confidence "${row.confidence}"`);
			continue;
		}
		if (!isOneOf(DIFFERENCES, row.difference) || !isOneOf(CATEGORIES, row.category)) {
			leave(`unknown difference or category`);
			continue;
		}
		const confidence: Confidence = row.confidence;
		const low = confidence === 'low';
		const texts = input.texts.get(key);
		const { keys: sources, dictionaryOnly } = sourceKeys(row.sources);
		const attested = attestedFrom(row.notes);
		const hanja = row.hanja || null;
		const note = low ? (texts?.note_en ?? null) : null;
		const noteKo = low ? (texts?.note_ko ?? null) : null;
		if (low && (!note || !noteKo)) {
			leave(`low row without a reader note (texts note_en/note_ko)`);
			continue;
		}
		const northStatus: SeedName['status'] = low
			? 'disputed'
			: dictionaryOnly && !attested
				? 'dictionary'
				: 'current';
		const same = row.difference === 'same';
		const southName: SeedName = {
			side: same ? 'both' : 'south',
			hangul: row.south_hangul,
			hanja: same ? hanja : null,
			status: same && low ? 'disputed' : 'current',
			note: same ? note : null,
			noteKo: same ? noteKo : null,
			attested: same ? attested : null,
			sources
		};
		const northName: SeedName = {
			side: 'north',
			hangul: row.north_hangul,
			hanja,
			status: northStatus,
			note,
			noteKo,
			attested,
			sources
		};

		const existing = data.entries.find((e) =>
			e.names.some((n) => n.hangul === row.south_hangul && n.side !== 'north')
		);
		if (existing) {
			// The North form as a North (or both) name of the entry the South form belongs to.
			const have = existing.names.find(
				(n) => n.hangul === row.north_hangul && (n.side === 'north' || n.side === 'both')
			);
			if (have) {
				const extra = sources.filter((s) => !have.sources.includes(s));
				have.sources.push(...extra);
				// Both spans come from dated sources that use the form: the name was seen across both.
				const span = yearSpan(
					[have.attested, attested].flatMap((a) => (a?.match(/\d{4}/g) ?? []).map(Number))
				);
				have.attested = span;
				report.merged.push(
					`${at} → ${existing.slug}: ${extra.length} source(s) added to ${have.hangul}`
				);
			} else {
				const mergedNote = low
					? { note, noteKo }
					: texts
						? { note: texts.why_en, noteKo: texts.why_ko }
						: null;
				if (!mergedNote) {
					leave(
						`would add ${row.north_hangul} to ${existing.slug} but has no reader text for its note`
					);
					continue;
				}
				existing.names.push({ ...northName, ...mergedNote });
				report.merged.push(
					`${at} → ${existing.slug}: North name ${row.north_hangul} (${northStatus}) added`
				);
			}
			if (existing.difference !== row.difference)
				report.conflicts.push(
					`${at}: ${existing.slug} has difference ${existing.difference}, row says ${row.difference}; kept ${existing.difference}`
				);
			continue;
		}
		const northElsewhere = data.entries.find((e) =>
			e.names.some((n) => n.hangul === row.north_hangul && n.side === 'north')
		);
		if (northElsewhere && !same) {
			leave(
				`North form already belongs to ${northElsewhere.slug} under another South name; left for a person to decide`
			);
			continue;
		}
		if (!texts) {
			leave(`no reader texts (gloss_ko, why, description)`);
			continue;
		}
		let slug = slugFor(row.south_hangul);
		if (slugs.has(slug)) slug = `${slug}-${slugFor(row.north_hangul)}`;
		if (slugs.has(slug)) {
			leave(`slug ${slug} is taken`);
			continue;
		}
		slugs.add(slug);
		const entry: SeedEntry = {
			slug,
			category: row.category,
			regions: regionsFrom(row.region),
			english: row.english_gloss,
			glossKo: texts.gloss_ko,
			why: { en: texts.why_en, ko: texts.why_ko },
			description: texts.description_en,
			descriptionKo: texts.description_ko,
			difference: row.difference,
			confidence,
			names: same ? [southName] : [southName, northName],
			related: []
		};
		data.entries.push(entry);
		report.added.push(`${at} → ${slug}`);
	}
	data.entries.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
	return { data, report };
}
