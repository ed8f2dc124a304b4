/**
 * Field-level comparison of two versions of an entry. Pure and client-safe: the server computes
 * diffs for the moderation queue and the history, the DiffTable component shows them.
 *
 * Names are matched by side and Hangul. A name removed and another added on the same side that
 * share most of their letters (냉면 → 랭면) are one name respelled: the reviewer is shown the letters
 * that changed, not an unrelated removal and addition. Names with little in common stay apart, so
 * replacing 찬국수 with 랭면 is not passed off as a spelling fix.
 */
import { diffJamo } from './hangul/jamo-diff';
import type {
	Category,
	Confidence,
	Difference,
	NameSide,
	NameStatus,
	Region,
	Relation
} from './vocabulary';

export interface NameContent {
	side: NameSide;
	hangul: string;
	hanja: string | null;
	status: NameStatus;
	note: string | null;
	/** Undefined in a proposal stored before the forms carried it: the name keeps what it has. */
	noteKo?: string | null;
	attested: string | null;
	/** Citations of the sources, as readers see them. */
	sources: string[];
}

/** An entry's content in the terms a reader compares: sources by citation, not by id. */
export interface EntryContent {
	english: string;
	/** The Korean texts are null in a proposal stored before the forms carried them (kept as they are). */
	glossKo: string | null;
	whyEn: string | null;
	whyKo: string | null;
	description: string;
	descriptionKo: string;
	category: Category;
	/** '' in a new entry's proposal that left it to the moderators (SETTLE_FIELDS). */
	difference: Difference | '';
	confidence: Confidence | '';
	regions: Region[];
	names: NameContent[];
	related: { slug: string; relation: Relation }[];
}

export const SCALAR_FIELDS = [
	'english',
	'glossKo',
	'whyEn',
	'whyKo',
	'description',
	'descriptionKo',
	'category',
	'difference',
	'confidence'
] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];

export type Change =
	| { kind: 'field'; field: ScalarField; before: string | null; after: string | null }
	| { kind: 'regions'; before: Region[]; after: Region[] }
	| {
			kind: 'name';
			side: NameSide;
			hangul: string;
			before: NameContent | null;
			after: NameContent | null;
	  }
	| { kind: 'related'; slug: string; relation: Relation; before: boolean; after: boolean };

/** Shared letters (0–1) above which a removed and an added name count as one name respelled. */
export const RESPELLING_SIMILARITY = 0.6;

const nameKey = (n: Pick<NameContent, 'side' | 'hangul'>) => `${n.side}:${n.hangul}`;

function sameName(a: NameContent, b: NameContent): boolean {
	return (
		a.hanja === b.hanja &&
		a.status === b.status &&
		a.note === b.note &&
		(b.noteKo === undefined || (a.noteKo ?? null) === b.noteKo) &&
		a.attested === b.attested &&
		[...a.sources].sort().join('\n') === [...b.sources].sort().join('\n')
	);
}

/** What changed from `before` to `after`; `before` null means the entry is new. */
export function diffContent(before: EntryContent | null, after: EntryContent): Change[] {
	const changes: Change[] = [];
	for (const field of SCALAR_FIELDS) {
		const a = before ? before[field] : null;
		const b = after[field];
		if (b === null) continue;
		if (a !== b && !(a === null && b === ''))
			changes.push({ kind: 'field', field, before: a, after: b });
	}
	const regionsBefore = before ? [...before.regions].sort() : [];
	const regionsAfter = [...after.regions].sort();
	if (regionsBefore.join() !== regionsAfter.join())
		changes.push({ kind: 'regions', before: regionsBefore, after: regionsAfter });

	const oldNames = new Map((before?.names ?? []).map((n) => [nameKey(n), n]));
	const newNames = new Map(after.names.map((n) => [nameKey(n), n]));
	const removed: NameContent[] = [];
	for (const [key, n] of oldNames) {
		const now = newNames.get(key);
		if (!now) removed.push(n);
		else if (!sameName(n, now))
			changes.push({ kind: 'name', side: n.side, hangul: n.hangul, before: n, after: now });
	}
	const added = [...newNames].filter(([key]) => !oldNames.has(key)).map(([, n]) => n);
	const respelled = pairRespellings(removed, added);
	for (const n of removed) {
		const to = respelled.get(n);
		changes.push({
			kind: 'name',
			side: n.side,
			hangul: to?.hangul ?? n.hangul,
			before: n,
			after: to ?? null
		});
	}
	const paired = new Set(respelled.values());
	for (const n of added)
		if (!paired.has(n))
			changes.push({ kind: 'name', side: n.side, hangul: n.hangul, before: null, after: n });

	const relKey = (r: { slug: string; relation: Relation }) => `${r.slug}:${r.relation}`;
	const oldRel = new Set((before?.related ?? []).map(relKey));
	const newRel = new Set(after.related.map(relKey));
	for (const r of before?.related ?? [])
		if (!newRel.has(relKey(r)))
			changes.push({
				kind: 'related',
				slug: r.slug,
				relation: r.relation,
				before: true,
				after: false
			});
	for (const r of after.related)
		if (!oldRel.has(relKey(r)))
			changes.push({
				kind: 'related',
				slug: r.slug,
				relation: r.relation,
				before: false,
				after: true
			});
	return changes;
}

/** Removed names matched to added ones on the same side, most similar pairs first. */
function pairRespellings(
	removed: NameContent[],
	added: NameContent[]
): Map<NameContent, NameContent> {
	const candidates: { from: NameContent; to: NameContent; similarity: number }[] = [];
	for (const from of removed)
		for (const to of added) {
			if (from.side !== to.side) continue;
			const { similarity } = diffJamo(from.hangul, to.hangul);
			if (similarity >= RESPELLING_SIMILARITY) candidates.push({ from, to, similarity });
		}
	candidates.sort((a, b) => b.similarity - a.similarity);
	const pairs = new Map<NameContent, NameContent>();
	const taken = new Set<NameContent>();
	for (const c of candidates) {
		if (pairs.has(c.from) || taken.has(c.to)) continue;
		pairs.set(c.from, c.to);
		taken.add(c.to);
	}
	return pairs;
}
