/**
 * The proposal form: how its fields are named, read from FormData, and validated with valibot.
 * Client-safe. The form keeps every row as typed (strings), so a form that fails validation comes
 * back exactly as sent; validation turns the rows into a ProposalPayload, dropping blank rows.
 */
import * as v from 'valibot';
import {
	CATEGORIES,
	CONFIDENCES,
	DIFFERENCES,
	NAME_SIDES,
	NAME_STATUSES,
	REGIONS,
	RELATIONS,
	type Category,
	type Confidence,
	type Difference,
	type NameSide,
	type NameStatus,
	type Region,
	type Relation
} from '../vocabulary';
import type { Issues } from './account';
import { stripUnwantedCharacters } from '../clean-text';

export const MAX_NAME_ROWS = 12;
export const MAX_SOURCE_ROWS = 12;
export const MAX_RELATED_ROWS = 8;
/** Rows a new form starts with: a Southern and a Northern name, two sources, one relation. */
export const START_ROWS = { names: 2, sources: 2, related: 1 } as const;

export const LIMITS = {
	english: 120,
	glossKo: 120,
	why: 400,
	description: 2000,
	hangul: 40,
	hanja: 40,
	note: 500,
	attested: 40,
	citation: 300,
	url: 500,
	publisher: 150,
	year: 20,
	slug: 80,
	summary: 300
} as const;

/** Hangul syllables, single spaces between words. Jamo, Latin and punctuation are refused. */
export const HANGUL_PATTERN = /^[\uAC00-\uD7A3]+(?: [\uAC00-\uD7A3]+)*$/;

export interface NameRow {
	side: string;
	hangul: string;
	hanja: string;
	status: string;
	note: string;
	noteKo: string;
	attested: string;
	/** Source row numbers (1-based) this name cites. */
	sources: string[];
}

export interface SourceRow {
	/** Set for a source already in the glossary; its text is then shown, not edited. */
	id: string;
	citation: string;
	url: string;
	publisher: string;
	year: string;
}

export interface RelatedRow {
	slug: string;
	relation: string;
}

export interface ProposalValues {
	english: string;
	glossKo: string;
	whyEn: string;
	whyKo: string;
	description: string;
	descriptionKo: string;
	category: string;
	difference: string;
	confidence: string;
	regions: string[];
	summary: string;
	names: NameRow[];
	sources: SourceRow[];
	related: RelatedRow[];
}

export interface ProposalSource {
	/** An existing source; null for one the proposal adds. */
	id: number | null;
	citation: string;
	url: string | null;
	publisher: string | null;
	year: string | null;
}

/**
 * What a contributor may leave to the moderators in a NEW entry: one of the two glosses, one of
 * the two "why" sentences, the kind of difference and the confidence. Left open, the field is ''
 * in the payload, and approval needs the moderator to fill it (see settleProposal). Edits start
 * from a complete entry and must stay complete.
 */
export const SETTLE_FIELDS = [
	'english',
	'glossKo',
	'whyEn',
	'whyKo',
	'difference',
	'confidence'
] as const;
export type SettleField = (typeof SETTLE_FIELDS)[number];

/** A proposed entry, as stored in proposal.payload. Name sources index into `sources`. */
export interface ProposalPayload {
	/** '' when a new entry's contributor wrote only the Korean gloss. */
	english: string;
	/** Absent only in proposals stored before the forms edited them; kept as they are then. */
	glossKo?: string;
	why?: { en: string; ko: string };
	description: string;
	descriptionKo: string;
	category: Category;
	/** '' when a new entry's contributor left it to the moderators. */
	difference: Difference | '';
	confidence: Confidence | '';
	regions: Region[];
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
	sources: ProposalSource[];
	related: { slug: string; relation: Relation }[];
	summary: string;
}

export const blankName = (side = ''): NameRow => ({
	side,
	hangul: '',
	hanja: '',
	status: 'current',
	note: '',
	noteKo: '',
	attested: '',
	sources: []
});
export const blankSource = (): SourceRow => ({
	id: '',
	citation: '',
	url: '',
	publisher: '',
	year: ''
});
export const blankRelated = (): RelatedRow => ({ slug: '', relation: 'see-also' });

export function emptyProposalValues(): ProposalValues {
	return {
		english: '',
		glossKo: '',
		whyEn: '',
		whyKo: '',
		description: '',
		descriptionKo: '',
		category: '',
		difference: '',
		// A new entry starts with no confidence chosen: the moderators settle it from the sources.
		confidence: '',
		regions: [],
		summary: '',
		names: [blankName('south'), blankName('north')],
		sources: [blankSource(), blankSource()],
		related: [blankRelated()]
	};
}

/**
 * A new proposal's form with fields filled from the link that led to it (/contribute?south=…,
 * ?north=…, ?english=…: "Propose this word" on a search that found nothing). Values are only
 * cleaned and cut to the field's length; the form validates them like anything typed.
 */
export function prefilledProposalValues(params: URLSearchParams): ProposalValues {
	const values = emptyProposalValues();
	const take = (key: string, max: number) =>
		stripUnwantedCharacters(params.get(key) ?? '')
			.normalize('NFC')
			.trim()
			.replace(/\s+/g, ' ')
			.slice(0, max);
	values.names[0]!.hangul = take('south', LIMITS.hangul);
	values.names[1]!.hangul = take('north', LIMITS.hangul);
	values.english = take('english', LIMITS.english);
	return values;
}

const str = (fd: FormData, key: string): string => {
	const value = fd.get(key);
	return typeof value === 'string' ? value : '';
};
const strs = (fd: FormData, key: string): string[] =>
	fd.getAll(key).filter((x): x is string => typeof x === 'string');

function rowCount(fd: FormData, key: string, max: number): number {
	const n = Number.parseInt(str(fd, key), 10);
	return Number.isFinite(n) ? Math.min(Math.max(n, 1), max) : 1;
}

export type AddRow = 'name' | 'source' | 'related';

/** Which "add another row" button was pressed, if any. */
export function addRowRequest(fd: FormData): AddRow | null {
	const add = str(fd, 'add');
	return add === 'name' || add === 'source' || add === 'related' ? add : null;
}

/**
 * Reads the proposal form as typed. Row counts come from hidden fields (nameRows, sourceRows,
 * relatedRows) and are capped, so a crafted request cannot make the server render a huge form.
 */
export function readProposalForm(fd: FormData): ProposalValues {
	const nameRows = rowCount(fd, 'nameRows', MAX_NAME_ROWS);
	const sourceRows = rowCount(fd, 'sourceRows', MAX_SOURCE_ROWS);
	const relatedRows = rowCount(fd, 'relatedRows', MAX_RELATED_ROWS);
	const names: NameRow[] = [];
	for (let i = 0; i < nameRows; i++) {
		names.push({
			side: str(fd, `names.${i}.side`),
			hangul: str(fd, `names.${i}.hangul`),
			hanja: str(fd, `names.${i}.hanja`),
			status: str(fd, `names.${i}.status`),
			note: str(fd, `names.${i}.note`),
			noteKo: str(fd, `names.${i}.noteKo`),
			attested: str(fd, `names.${i}.attested`),
			sources: strs(fd, `names.${i}.sources`).slice(0, MAX_SOURCE_ROWS)
		});
	}
	const sources: SourceRow[] = [];
	for (let i = 0; i < sourceRows; i++) {
		sources.push({
			id: str(fd, `sources.${i}.id`),
			citation: str(fd, `sources.${i}.citation`),
			url: str(fd, `sources.${i}.url`),
			publisher: str(fd, `sources.${i}.publisher`),
			year: str(fd, `sources.${i}.year`)
		});
	}
	const related: RelatedRow[] = [];
	for (let i = 0; i < relatedRows; i++) {
		related.push({
			slug: str(fd, `related.${i}.slug`),
			relation: str(fd, `related.${i}.relation`)
		});
	}
	return {
		english: str(fd, 'english'),
		glossKo: str(fd, 'glossKo'),
		whyEn: str(fd, 'whyEn'),
		whyKo: str(fd, 'whyKo'),
		description: str(fd, 'description'),
		descriptionKo: str(fd, 'descriptionKo'),
		category: str(fd, 'category'),
		difference: str(fd, 'difference'),
		confidence: str(fd, 'confidence'),
		regions: strs(fd, 'regions').slice(0, REGIONS.length),
		summary: str(fd, 'summary'),
		names,
		sources,
		related
	};
}

/** The same values with one more blank row of the kind asked for (the no-JS "add row" button). */
export function withExtraRow(values: ProposalValues, add: AddRow): ProposalValues {
	if (add === 'name' && values.names.length < MAX_NAME_ROWS)
		return { ...values, names: [...values.names, blankName()] };
	if (add === 'source' && values.sources.length < MAX_SOURCE_ROWS)
		return { ...values, sources: [...values.sources, blankSource()] };
	if (add === 'related' && values.related.length < MAX_RELATED_ROWS)
		return { ...values, related: [...values.related, blankRelated()] };
	return values;
}

// Field schemas. Messages are issue codes (see issue-messages.ts).

// Controls and noncharacters are stripped before anything else, in every text field (clean-text.ts).
const text = (max: number) =>
	v.pipe(v.string(), v.transform(stripUnwantedCharacters), v.trim(), v.maxLength(max, 'too_long'));
const requiredText = (max: number) => v.pipe(text(max), v.nonEmpty('required'));
const optionalText = (max: number) =>
	v.pipe(
		text(max),
		v.transform((s) => s || null)
	);
const oneOf = <T extends string>(list: readonly T[]) =>
	v.pipe(v.string(), v.picklist(list, 'choose_one'));

export const HangulName = v.pipe(
	v.string(),
	v.transform((s) => stripUnwantedCharacters(s).normalize('NFC').trim().replace(/\s+/g, ' ')),
	v.nonEmpty('required'),
	v.maxLength(LIMITS.hangul, 'too_long'),
	v.regex(HANGUL_PATTERN, 'hangul_only')
);

/** http and https only: no javascript:, data: or relative links reach the page. */
export const SourceUrl = v.pipe(
	v.string(),
	v.trim(),
	v.maxLength(LIMITS.url, 'too_long'),
	v.url('url_invalid'),
	v.check((s) => /^https?:\/\//i.test(s), 'url_scheme')
);

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Slug = v.pipe(
	v.string(),
	v.trim(),
	v.maxLength(LIMITS.slug, 'too_long'),
	v.regex(SLUG_PATTERN, 'slug_invalid')
);

// Korean pages show glossKo, why.ko and noteKo: every entry carries them, as the seed's do
// (seed/validate.ts), so a Korean reader never meets English where Korean belongs.
const TopLevel = v.object({
	english: requiredText(LIMITS.english),
	glossKo: requiredText(LIMITS.glossKo),
	whyEn: requiredText(LIMITS.why),
	whyKo: requiredText(LIMITS.why),
	description: text(LIMITS.description),
	descriptionKo: text(LIMITS.description),
	category: oneOf(CATEGORIES),
	difference: oneOf(DIFFERENCES),
	confidence: oneOf(CONFIDENCES),
	regions: v.array(oneOf(REGIONS)),
	summary: text(LIMITS.summary)
});

const openOrOneOf = <T extends string>(list: readonly T[]) =>
	v.union([v.literal(''), oneOf(list)], 'choose_one');

/**
 * A new entry: either language suffices for the gloss and the "why" sentence, and the kind of
 * difference and the confidence may be left to the moderators (SETTLE_FIELDS). At least one of
 * each pair is checked in validateProposal.
 */
const NewEntryTopLevel = v.object({
	...TopLevel.entries,
	english: text(LIMITS.english),
	glossKo: text(LIMITS.glossKo),
	whyEn: text(LIMITS.why),
	whyKo: text(LIMITS.why),
	difference: openOrOneOf(DIFFERENCES),
	confidence: openOrOneOf(CONFIDENCES)
});

const NameFields = v.object({
	side: oneOf(NAME_SIDES),
	hangul: HangulName,
	hanja: optionalText(LIMITS.hanja),
	status: oneOf(NAME_STATUSES),
	note: optionalText(LIMITS.note),
	noteKo: optionalText(LIMITS.note),
	attested: optionalText(LIMITS.attested)
});

const NewSourceFields = v.object({
	citation: text(LIMITS.citation),
	url: v.union([v.literal(''), SourceUrl], 'url_invalid'),
	publisher: optionalText(LIMITS.publisher),
	year: optionalText(LIMITS.year)
});

const RelatedFields = v.object({ slug: Slug, relation: oneOf(RELATIONS) });

function collect<T>(
	issues: Issues,
	prefix: string,
	schema: v.GenericSchema<unknown, T>,
	input: unknown
): T | undefined {
	const result = v.safeParse(schema, input);
	if (result.success) return result.output;
	for (const issue of result.issues) {
		const path = v.getDotPath(issue);
		const key = path ? `${prefix}${path}` : prefix.replace(/\.$/, '');
		if (!(key in issues)) issues[key] = issue.message;
	}
	return undefined;
}

const isBlankName = (n: NameRow) =>
	!n.hangul.trim() && !n.hanja.trim() && !n.note.trim() && !n.noteKo.trim() && !n.attested.trim();
const isBlankSource = (s: SourceRow) =>
	!s.id.trim() && !s.citation.trim() && !s.url.trim() && !s.publisher.trim() && !s.year.trim();
const isBlankRelated = (r: RelatedRow) => !r.slug.trim();

export type ProposalResult =
	{ success: true; payload: ProposalPayload } | { success: false; issues: Issues };

/**
 * Validates the form. Besides each field's own rules: at least one name for each side (a `both`
 * name counts for both), every name cites at least one source (a URL or a printed citation), and
 * no name appears twice on a side. Issue keys are the fields' names, e.g. `names.1.hangul`.
 */
export function validateProposal(
	values: ProposalValues,
	{ newEntry = false }: { newEntry?: boolean } = {}
): ProposalResult {
	const issues: Issues = {};
	const top = collect(issues, '', newEntry ? NewEntryTopLevel : TopLevel, {
		english: values.english,
		glossKo: values.glossKo,
		whyEn: values.whyEn,
		whyKo: values.whyKo,
		description: values.description,
		descriptionKo: values.descriptionKo,
		category: values.category,
		difference: values.difference,
		confidence: values.confidence,
		regions: values.regions,
		summary: values.summary
	});

	// Read from the values, so the message comes in the same round as every other one.
	const blank = (s: string) => !stripUnwantedCharacters(s).trim();
	if (newEntry && blank(values.english) && blank(values.glossKo)) {
		issues['english'] ??= 'gloss_one_language';
		issues['glossKo'] ??= 'gloss_one_language';
	}
	if (newEntry && blank(values.whyEn) && blank(values.whyKo)) {
		issues['whyEn'] ??= 'why_one_language';
		issues['whyKo'] ??= 'why_one_language';
	}

	// Source rows → payload sources; remember where each form row went.
	const sources: ProposalSource[] = [];
	const sourceIndexByRow = new Map<number, number>();
	values.sources.forEach((row, i) => {
		if (isBlankSource(row)) return;
		if (row.id.trim()) {
			const id = Number(row.id);
			if (!Number.isInteger(id) || id <= 0) {
				issues[`sources.${i}.citation`] = 'source_unknown';
				return;
			}
			sourceIndexByRow.set(i + 1, sources.length);
			sources.push({ id, citation: row.citation.trim(), url: null, publisher: null, year: null });
			return;
		}
		const parsed = collect(issues, `sources.${i}.`, NewSourceFields, row);
		if (!parsed) return;
		if (!parsed.citation && !parsed.url) {
			issues[`sources.${i}.citation`] = 'source_citation_or_url';
			return;
		}
		sourceIndexByRow.set(i + 1, sources.length);
		sources.push({
			id: null,
			citation: parsed.citation || parsed.url,
			url: parsed.url || null,
			publisher: parsed.publisher,
			year: parsed.year
		});
	});

	const names: ProposalPayload['names'] = [];
	const seen = new Set<string>();
	values.names.forEach((row, i) => {
		if (isBlankName(row)) return;
		const parsed = collect(issues, `names.${i}.`, NameFields, row);
		const cited = [...new Set(row.sources)]
			.map((n) => sourceIndexByRow.get(Number(n)))
			.filter((x): x is number => x !== undefined);
		if (cited.length === 0 && !(`names.${i}.sources` in issues)) {
			issues[`names.${i}.sources`] = 'source_required';
		}
		if (!parsed) return;
		// A note reads in both languages or in neither (the seed's rule too).
		if (parsed.note && !parsed.noteKo) {
			issues[`names.${i}.noteKo`] ??= 'note_ko_required';
			return;
		}
		if (parsed.noteKo && !parsed.note) {
			issues[`names.${i}.note`] ??= 'note_en_required';
			return;
		}
		const key = `${parsed.side}:${parsed.hangul}`;
		if (seen.has(key)) {
			issues[`names.${i}.hangul`] ??= 'name_duplicate';
			return;
		}
		seen.add(key);
		names.push({ ...parsed, sources: cited.sort((a, b) => a - b) });
	});
	const hasSide = (side: 'south' | 'north') =>
		values.names.some((n) => !isBlankName(n) && (n.side === side || n.side === 'both'));
	if (!hasSide('south')) issues['names'] ??= 'names_south_required';
	else if (!hasSide('north')) issues['names'] ??= 'names_north_required';

	const related: ProposalPayload['related'] = [];
	values.related.forEach((row, i) => {
		if (isBlankRelated(row)) return;
		const parsed = collect(issues, `related.${i}.`, RelatedFields, row);
		if (parsed && !related.some((r) => r.slug === parsed.slug && r.relation === parsed.relation))
			related.push(parsed);
	});

	if (Object.keys(issues).length > 0 || !top) return { success: false, issues };
	return {
		success: true,
		payload: {
			english: top.english,
			glossKo: top.glossKo,
			why: { en: top.whyEn, ko: top.whyKo },
			description: top.description,
			descriptionKo: top.descriptionKo,
			category: top.category,
			difference: top.difference,
			confidence: top.confidence,
			regions: [...new Set(top.regions)],
			names,
			sources,
			related,
			summary: top.summary
		}
	};
}

/** Form values showing a stored payload again (to revise a proposal after changes were requested). */
export function valuesFromPayload(payload: ProposalPayload): ProposalValues {
	return {
		english: payload.english,
		glossKo: payload.glossKo ?? '',
		whyEn: payload.why?.en ?? '',
		whyKo: payload.why?.ko ?? '',
		description: payload.description,
		descriptionKo: payload.descriptionKo,
		category: payload.category,
		difference: payload.difference,
		confidence: payload.confidence,
		regions: [...payload.regions],
		summary: payload.summary,
		names: payload.names.map((n) => ({
			side: n.side,
			hangul: n.hangul,
			hanja: n.hanja ?? '',
			status: n.status,
			note: n.note ?? '',
			noteKo: n.noteKo ?? '',
			attested: n.attested ?? '',
			sources: n.sources.map((s) => String(s + 1))
		})),
		sources: payload.sources.length
			? payload.sources.map((s) => ({
					id: s.id === null ? '' : String(s.id),
					citation: s.citation,
					url: s.url ?? '',
					publisher: s.publisher ?? '',
					year: s.year ?? ''
				}))
			: [blankSource()],
		related: payload.related.length
			? payload.related.map((r) => ({ slug: r.slug, relation: r.relation }))
			: [blankRelated()]
	};
}

/**
 * The fields a proposal left to the moderators. A payload stored before the forms carried the
 * Korean texts has no glossKo or why at all: those are kept as they are, not asked for.
 */
export function openFields(payload: ProposalPayload): SettleField[] {
	const open: SettleField[] = [];
	if (!payload.english) open.push('english');
	if (payload.glossKo === '') open.push('glossKo');
	if (payload.why && !payload.why.en) open.push('whyEn');
	if (payload.why && !payload.why.ko) open.push('whyKo');
	if (!payload.difference) open.push('difference');
	if (!payload.confidence) open.push('confidence');
	return open;
}

/** A payload with nothing left open: what approval writes. */
export type SettledPayload = ProposalPayload & {
	difference: Difference;
	confidence: Confidence;
};

const SETTLE_SCHEMAS: Record<SettleField, v.GenericSchema<unknown, string>> = {
	english: requiredText(LIMITS.english),
	glossKo: requiredText(LIMITS.glossKo),
	whyEn: requiredText(LIMITS.why),
	whyKo: requiredText(LIMITS.why),
	difference: oneOf(DIFFERENCES),
	confidence: oneOf(CONFIDENCES)
};

/**
 * A confidence nobody chose is published as low: one contributor's word, not yet weighed against
 * the sources, is the least a reader may lean on. The moderator can choose higher when approving.
 */
export const OPEN_CONFIDENCE_DEFAULT: Confidence = 'low';

/**
 * Fills the fields a contributor left open with what the moderator gave on the approve form.
 * Every open field must be given (issues under `settle.<field>`), except the confidence, which
 * falls back to OPEN_CONFIDENCE_DEFAULT; fields the contributor filled are never overwritten here
 * (an edit to them is a proposal of its own).
 */
export function settleProposal(
	payload: ProposalPayload,
	given: Partial<Record<SettleField, string>>
): { ok: true; payload: SettledPayload } | { ok: false; issues: Issues } {
	const issues: Issues = {};
	const settled: ProposalPayload = { ...payload, why: payload.why && { ...payload.why } };
	for (const field of openFields(payload)) {
		const raw = given[field] || (field === 'confidence' ? OPEN_CONFIDENCE_DEFAULT : '');
		const parsed = v.safeParse(SETTLE_SCHEMAS[field], raw);
		if (!parsed.success) {
			issues[`settle.${field}`] = parsed.issues[0].message;
			continue;
		}
		const value = parsed.output;
		if (field === 'whyEn' || field === 'whyKo') {
			settled.why = { en: settled.why?.en ?? '', ko: settled.why?.ko ?? '' };
			settled.why[field === 'whyEn' ? 'en' : 'ko'] = value;
		} else if (field === 'difference') settled.difference = value as Difference;
		else if (field === 'confidence') settled.confidence = value as Confidence;
		else settled[field] = value;
	}
	if (Object.keys(issues).length) return { ok: false, issues };
	return { ok: true, payload: settled as SettledPayload };
}
