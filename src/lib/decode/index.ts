/**
 * The menu decoder: reads a Korean text against the glossary and says, for every word it knows,
 * what the other Korea calls it; respells by rule the words it does not know; tells which
 * standard the text is in, and why. PURE and isomorphic (no I/O, no $lib/server): the server runs
 * it for /decode and the API, the browser can run it on the offline glossary.
 *
 *   const result = decodeText('평양랭면은 닭알을 얹어 낸다', glossary);          // from detected
 *   const south = decodeText(text, glossary, { from: 'north' }).converted;   // Southern spelling
 *
 * Offsets are UTF-16 code units of `text` (String indices), end exclusive.
 */
import { compileGlossary, namesAcross, useFor, type CompiledGlossary } from './compile';
import { fitParticle } from './particles';
import { findRuleWords, type RuleFinding } from './rules';
import { findNames, wordEnd, type NameSpan } from './scan';
import type {
	DecodeConversion,
	DecodeGlossary,
	DecodeMatch,
	DecodeOptions,
	DecodeResult,
	Detection,
	Evidence,
	FalseFriendMeaning,
	Standard
} from './types';
import { normalizeWithOffsets } from '../hangul/unicode';

export * from './types';
export { fitParticle } from './particles';

/** The longest text the decoder is asked to read (the API and the page enforce it). */
export const MAX_DECODE_LENGTH = 5000;

const compiledGlossaries = new WeakMap<DecodeGlossary, CompiledGlossary>();

/** The compiled form of a glossary, made once per glossary object. */
function compiled(glossary: DecodeGlossary): CompiledGlossary {
	let found = compiledGlossaries.get(glossary);
	if (!found) {
		found = compileGlossary(glossary);
		compiledGlossaries.set(glossary, found);
	}
	return found;
}

export function otherStandard(standard: Standard): Standard {
	return standard === 'north' ? 'south' : 'north';
}

/** How many signs of each standard are listed at most (the count still uses them all). */
const EVIDENCE_SHOWN = 12;

function detect(spans: readonly NameSpan[], findings: readonly RuleFinding[]): Detection {
	const signs: (Evidence & { start: number })[] = [];
	for (const span of spans) {
		const standard = span.name.onlySide;
		if (standard && !span.name.falseFriend) {
			signs.push({ text: span.name.key, standard, basis: 'glossary', start: span.start });
		}
	}
	for (const f of findings) {
		signs.push({ text: f.text, standard: f.standard, basis: 'rule', start: f.start });
	}
	signs.sort((a, b) => a.start - b.start);
	const seen = new Set<string>();
	const evidence: Evidence[] = [];
	const count = { north: 0, south: 0 };
	for (const { text, standard, basis } of signs) {
		const key = `${standard}:${text}`;
		if (seen.has(key)) continue;
		seen.add(key);
		count[standard]++;
		evidence.push({ text, standard, basis });
	}
	const standard = count.north > count.south ? 'north' : count.south > count.north ? 'south' : null;
	// Show the winning side's signs first: they are the answer to "why Northern?".
	const ordered = standard
		? [
				...evidence.filter((e) => e.standard === standard),
				...evidence.filter((e) => e.standard !== standard)
			]
		: evidence;
	return { standard, evidence: ordered.slice(0, EVIDENCE_SHOWN * 2) };
}

function matchOf(text: string, span: NameSpan, from: Standard): DecodeMatch {
	const use = useFor(span.name, from);
	const side = use.side === 'both' ? from : use.side;
	let falseFriend: FalseFriendMeaning | null = null;
	const pair = span.name.falseFriend;
	if (pair) {
		const other = side === 'north' ? pair.south : pair.north;
		const otherSide = other.side as Standard;
		falseFriend = {
			slug: other.entry.slug,
			english: other.entry.english,
			glossKo: other.entry.glossKo,
			side: otherSide,
			counterparts: namesAcross(other.entry, otherSide)
		};
	}
	return {
		text: text.slice(span.start, span.end),
		start: span.start,
		end: span.end,
		slug: use.entry.slug,
		english: use.entry.english,
		glossKo: use.entry.glossKo,
		side: use.side,
		counterparts: namesAcross(use.entry, side),
		falseFriend,
		why: use.entry.why
	};
}

/** One piece of the text: unmarked, a glossary match or a rule conversion. */
export type DecodeSegment =
	| { kind: 'text'; text: string; rewritten: string }
	| { kind: 'match'; text: string; rewritten: string; match: DecodeMatch }
	| { kind: 'conversion'; text: string; rewritten: string; conversion: DecodeConversion };

/**
 * What a match becomes in the other standard: its counterpart, unless the word is already the
 * other side's or both sides write it alike.
 */
function rewriteMatch(match: DecodeMatch, to: Standard): string {
	if (match.side === to || match.side === 'both') return match.text;
	return match.counterparts[0] ?? match.text;
}

/**
 * The text cut into marked and unmarked pieces, each with its rewriting into the standard other
 * than `from` (a particle right after a changed word takes the form the new word needs:
 * 낙지를 → 오징어를). Joining the rewritten pieces gives `converted`; the page renders them.
 */
export function decodeSegments(
	text: string,
	result: Pick<DecodeResult, 'from' | 'matches' | 'conversions'>
): DecodeSegment[] {
	const to = otherStandard(result.from);
	const marks = [
		...result.matches.map((m) => ({ start: m.start, end: m.end, match: m })),
		...result.conversions.map((c) => ({ start: c.start, end: c.end, conversion: c }))
	].sort((a, b) => a.start - b.start);
	const segments: DecodeSegment[] = [];
	let at = 0;
	let lastWord: string | null = null;
	const plain = (end: number) => {
		if (end <= at) return;
		const piece = text.slice(at, end);
		let rewritten = piece;
		if (lastWord !== null) {
			const restEnd = wordEnd(piece, 0);
			rewritten = fitParticle(lastWord, piece.slice(0, restEnd)) + piece.slice(restEnd);
		}
		segments.push({ kind: 'text', text: piece, rewritten });
		at = end;
		lastWord = null;
	};
	for (const mark of marks) {
		plain(mark.start);
		const piece = text.slice(mark.start, mark.end);
		if ('match' in mark && mark.match) {
			const rewritten = rewriteMatch(mark.match, to);
			segments.push({ kind: 'match', text: piece, rewritten, match: mark.match });
			lastWord = rewritten === piece ? null : rewritten;
		} else if ('conversion' in mark && mark.conversion) {
			const rewritten = mark.conversion.to;
			segments.push({ kind: 'conversion', text: piece, rewritten, conversion: mark.conversion });
			lastWord = rewritten;
		}
		at = mark.end;
	}
	plain(text.length);
	return segments;
}

/**
 * Reads `text` against `glossary`; see the module comment. Never throws on any string.
 *
 * Text pasted decomposed (NFD, as macOS gives it) or in full-width forms is read composed
 * (normalizeText), and the marks' offsets and texts are given back in the text as sent, so a
 * client can slice its own string with them.
 */
export function decodeText(
	text: string,
	glossary: DecodeGlossary,
	options: DecodeOptions = {}
): DecodeResult {
	const normal = normalizeWithOffsets(text);
	if (normal.text === text) return decodeNormalized(text, glossary, options);
	const result = decodeNormalized(normal.text, glossary, options);
	const back = <T extends { start: number; end: number; text: string }>(mark: T): T => {
		const start = normal.toOriginal(mark.start, 'start');
		const end = normal.toOriginal(mark.end, 'end');
		return { ...mark, start, end, text: text.slice(start, end) };
	};
	return {
		...result,
		matches: result.matches.map(back),
		conversions: result.conversions.map(back)
	};
}

function decodeNormalized(
	text: string,
	glossary: DecodeGlossary,
	options: DecodeOptions
): DecodeResult {
	const glossaryIndex = compiled(glossary);
	const spans = findNames(text, glossaryIndex);
	const findings = findRuleWords(text, spans);
	const detected = detect(spans, findings);
	const from = options.from ?? detected.standard ?? 'south';
	const matches = spans.map((span) => matchOf(text, span, from));
	const conversions: DecodeConversion[] = findings
		.filter((f) => f.standard === from && f.other !== null)
		.map((f) => ({ text: f.text, start: f.start, end: f.end, to: f.other!, rule: f.rule }));
	const converted = decodeSegments(text, { from, matches, conversions })
		.map((s) => s.rewritten)
		.join('');
	return { from, detected, matches, conversions, converted };
}
