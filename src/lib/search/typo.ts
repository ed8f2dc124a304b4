/**
 * When a near spelling counts as a typo. A raw edit distance of one is too generous for short
 * words: coffee is one or two edits from a dozen romanizations, galbi one insertion from garibi
 * (scallop). A reader's slip is a key next to the right one, two letters swapped, a letter
 * doubled or dropped from a double; those cost half an edit, anything else a whole one, and the
 * allowance grows with the length of what was typed. The thresholds come from the labelled
 * queries of tests/unit/search-typos.spec.ts.
 */
import { hangulToQwerty } from '../hangul/keyboard';

const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters next to each other on a QWERTY keyboard (the 2-set Hangul layout shares it). */
const NEIGHBOURS = new Map<string, Set<string>>();
ROWS.forEach((row, r) => {
	[...row].forEach((key, c) => {
		const near = new Set<string>();
		for (const [dr, dc] of [
			[0, -1],
			[0, 1],
			[-1, 0],
			[-1, 1],
			[1, -1],
			[1, 0]
		] as const) {
			const other = ROWS[r + dr]?.[c + dc];
			if (other) near.add(other);
		}
		NEIGHBOURS.set(key, near);
	});
});

/**
 * Vowel jamo readers confuse by sound, not by key (ㅐ/ㅔ merged in Seoul speech, ㅓ/ㅗ and ㅕ/ㅛ
 * spelled alike in Latin by many): the Latin side folds these already in the phonetic key.
 */
const SOUND_ALIKE = new Set([
	'ㅐㅔ',
	'ㅔㅐ',
	'ㅒㅖ',
	'ㅖㅒ',
	'ㅓㅗ',
	'ㅗㅓ',
	'ㅕㅛ',
	'ㅛㅕ',
	'ㅚㅙ',
	'ㅙㅚ',
	'ㅚㅞ',
	'ㅞㅚ'
]);

/** The key a character is typed with: itself for Latin, its 2-set key for a jamo. */
function keyOf(ch: string): string {
	const code = ch.charCodeAt(0);
	if (code >= 0x3131 && code <= 0x318e) return hangulToQwerty(ch).toLowerCase();
	return ch.toLowerCase();
}

/** True when typing b for a (or a for b) is a likely slip. */
export function plausibleSubstitution(a: string, b: string): boolean {
	if (SOUND_ALIKE.has(a + b)) return true;
	const ka = keyOf(a);
	const kb = keyOf(b);
	if (ka.length !== 1 || kb.length !== 1) return false;
	return ka === kb || (NEIGHBOURS.get(ka)?.has(kb) ?? false);
}

const HALF = 0.5;

/**
 * plausibleSubstitution for the characters keys are made of (ASCII letters and compatibility
 * jamo), as a dense table: typoCost asks it for nearly every cell, and keyOf's Hangul-to-QWERTY
 * lookup per cell was most of a Latin typo query's time at 100,000 names.
 */
const JAMO_FIRST = 0x3131;
const JAMO_LAST = 0x3163;
const SLOTS = 128 + (JAMO_LAST - JAMO_FIRST + 1);
const slotOf = (code: number) =>
	code < 128 ? code : code >= JAMO_FIRST && code <= JAMO_LAST ? 128 + code - JAMO_FIRST : -1;
const charOfSlot = (slot: number) =>
	String.fromCharCode(slot < 128 ? slot : slot - 128 + JAMO_FIRST);
const PLAUSIBLE = new Uint8Array(SLOTS * SLOTS);
for (let a = 0; a < SLOTS; a++) {
	for (let b = 0; b < SLOTS; b++) {
		if (a !== b && plausibleSubstitution(charOfSlot(a), charOfSlot(b)))
			PLAUSIBLE[a * SLOTS + b] = 1;
	}
}

/** Half edits: a slip; the cost table counts in these so that it stays integral. */
const SLIP = 1;
const EDIT = 2;

function substitutionHalves(a: number, b: number): number {
	if (a === b) return 0;
	const sa = slotOf(a);
	const sb = slotOf(b);
	if (sa >= 0 && sb >= 0) return PLAUSIBLE[sa * SLOTS + sb] ? SLIP : EDIT;
	return plausibleSubstitution(String.fromCharCode(a), String.fromCharCode(b)) ? SLIP : EDIT;
}

const isJamoVowelCode = (c: number) => c >= 0x314f && c <= 0x3163;
const isJamoCode = (c: number) => c >= 0x3131 && c <= 0x3163;

/** Scratch rows reused by every typoCost call (search is synchronous: no call overlaps). */
let rows = new Int32Array(0);
let indels = new Int32Array(0);

/** Half-edit cost of typing or dropping s[i]: a letter next to its twin is a slip. */
function fillIndels(s: string, into: Int32Array, offset: number): void {
	const n = s.length;
	for (let i = 0; i < n; i++) {
		const c = s.charCodeAt(i);
		const twin = (i > 0 && s.charCodeAt(i - 1) === c) || (i + 1 < n && s.charCodeAt(i + 1) === c);
		into[offset + i] = twin ? SLIP : EDIT;
	}
}

/**
 * Weighted optimal-string-alignment distance of a query to a key, or Infinity once it must
 * exceed max. A swap of neighbours, a plausible substitution and a doubled or undoubled letter
 * cost half; other insertions, deletions and substitutions cost one.
 *
 * Counted in half edits on reused rows, and only within a band: every step costs at least half
 * an edit, so a cell further than 2·max from the diagonal is over max whatever its path, and
 * leaving it out changes no cost that is within max.
 */
export function typoCost(query: string, key: string, max: number): number {
	const n = query.length;
	const m = key.length;
	if (Math.abs(n - m) > 2 * max) return Infinity;
	const limit = Math.floor(2 * max);
	const band = limit;
	const INF = 1 << 29;
	const width = m + 1;
	if (rows.length < 3 * width) rows = new Int32Array(3 * width * 2);
	if (indels.length < n + m) indels = new Int32Array((n + m) * 2);
	fillIndels(query, indels, 0);
	fillIndels(key, indels, n);
	// Three rolling rows: i - 2 (for swaps), i - 1, i.
	let before = 0;
	let previous = width;
	let current = 2 * width;
	rows[previous] = 0;
	for (let j = 1; j <= m; j++) {
		rows[previous + j] = j <= band ? rows[previous + j - 1]! + indels[n + j - 1]! : INF;
	}
	let previousBest = 0;
	for (let i = 1; i <= n; i++) {
		const a = query.charCodeAt(i - 1);
		const aBefore = i > 1 ? query.charCodeAt(i - 2) : -1;
		const dropA = indels[i - 1]!;
		rows[current] = i <= band ? rows[previous]! + dropA : INF;
		const from = Math.max(1, i - band);
		const to = Math.min(m, i + band);
		if (from > 1) rows[current + from - 1] = INF;
		let best = INF;
		for (let j = from; j <= to; j++) {
			const b = key.charCodeAt(j - 1);
			let v = rows[previous + j]! + dropA;
			const insert = rows[current + j - 1]! + indels[n + j - 1]!;
			if (insert < v) v = insert;
			const sub = rows[previous + j - 1]! + substitutionHalves(a, b);
			if (sub < v) v = sub;
			if (i > 1 && j > 1 && a === key.charCodeAt(j - 2) && aBefore === b) {
				// Two neighbours typed in the wrong order are a slip; but a jamo consonant swapped
				// with a vowel moves a syllable boundary (축구 ㅊㅜㄱㄱㅜ, 초국 ㅊㅗㄱㅜㄱ): other
				// syllables, a full edit. In Latin letters a swap across a vowel is the common
				// slip (gimbpa).
				const swap =
					rows[before + j - 2]! +
					(isJamoCode(a) && isJamoCode(b) && isJamoVowelCode(a) !== isJamoVowelCode(b)
						? EDIT
						: SLIP);
				if (swap < v) v = swap;
			}
			rows[current + j] = v;
			if (v < best) best = v;
		}
		if (to < m) rows[current + to + 1] = INF;
		// A swap reaches back two rows, so only two rows both over max rule the key out.
		if (best > limit && previousBest > limit) return Infinity;
		previousBest = best;
		const spare = before;
		before = previous;
		previous = current;
		current = spare;
	}
	const cost = rows[previous + m]!;
	return cost > limit ? Infinity : cost / 2;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every spelling one slip from a lowercase word, and the word itself: what typoCost prices at
 * half an edit or less (a letter for a neighbouring key, two neighbours swapped, a letter doubled
 * or one of a double dropped). A handful of dozen strings, so a short query's typos can be
 * looked up by their spelling instead of costing every name its folded key is near.
 */
export function forEachSlip(word: string, visit: (spelling: string) => void): void {
	const seen = new Set<string>();
	const emit = (spelling: string) => {
		if (seen.has(spelling)) return;
		seen.add(spelling);
		visit(spelling);
	};
	emit(word);
	for (let i = 0; i < word.length; i++) {
		const head = word.slice(0, i);
		const tail = word.slice(i + 1);
		const c = word[i]!;
		for (const other of LETTERS) {
			if (other !== c && plausibleSubstitution(c, other)) emit(head + other + tail);
		}
		if (i + 1 < word.length && word[i + 1] !== c) emit(head + word[i + 1] + c + word.slice(i + 2));
		emit(head + c + c + tail);
		if (word[i - 1] === c || word[i + 1] === c) emit(head + tail);
	}
}

/** The allowance of a short Latin key: one slip, nothing more. */
export const SLIP_ALLOWANCE = HALF;

/**
 * The cost a typo may have, by the length of the key typed: a Latin phonetic key under five
 * letters (soju, taco) gets no typos, one of five or six only a slip, longer ones one edit and
 * from ten letters one and a half. Jamo carry about two and a half to a syllable, so a
 * two-syllable Hangul word (six jamo) already gets one edit.
 */
export function typoAllowance(length: number, script: 'latin' | 'jamo'): number {
	if (script === 'jamo') {
		if (length < 4) return 0;
		return length < 9 ? 1 : 1.5;
	}
	if (length < 5) return 0;
	if (length < 7) return SLIP_ALLOWANCE;
	return length < 10 ? 1 : 1.5;
}

/**
 * The cost a name may have to be offered as the closest entry when a query found nothing: half
 * an edit more than a typo, and never more than a fifth of what was typed, to the half edit
 * below (1.5 edits in six jamo made 랭킹 "close" to 랭장, two syllables sharing one). Under four
 * letters or jamo nothing is close: a short query has too many neighbours to mean one of them.
 */
export function closeAllowance(length: number, script: 'latin' | 'jamo'): number {
	if (length < 4) return 0;
	const wider = typoAllowance(length, script) + (length >= 8 ? 1 : 0.5);
	return Math.min(wider, Math.floor((2 * length) / 5) / 2);
}
