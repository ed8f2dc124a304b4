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

const isJamoVowel = (c: string) => c >= '\u314f' && c <= '\u3163';
const isJamo = (c: string) => c >= '\u3131' && c <= '\u3163';

/**
 * Two neighbours typed in the wrong order cost half; but a jamo consonant swapped with a vowel
 * moves a syllable boundary (축구 ㅊㅜㄱㄱㅜ, 초국 ㅊㅗㄱㅜㄱ): other syllables, not a slip, so a full edit.
 * In Latin letters a swap across a vowel is the common slip (gimbpa), and stays half.
 */
function swapCost(a: string, b: string): number {
	return isJamo(a) && isJamo(b) && isJamoVowel(a) !== isJamoVowel(b) ? 1 : HALF;
}

/**
 * Weighted optimal-string-alignment distance of a query to a key, or Infinity once it must
 * exceed max. A swap of neighbours, a plausible substitution and a doubled or undoubled letter
 * cost half; other insertions, deletions and substitutions cost one.
 */
export function typoCost(query: string, key: string, max: number): number {
	const n = query.length;
	const m = key.length;
	if (Math.abs(n - m) > 2 * max) return Infinity;
	const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	// A letter next to its twin: typing one of a double, or doubling a single.
	const indel = (s: string, i: number) => (s[i - 1] === s[i] || s[i + 1] === s[i] ? HALF : 1);
	for (let i = 1; i <= n; i++) d[i]![0] = d[i - 1]![0]! + indel(query, i - 1);
	for (let j = 1; j <= m; j++) d[0]![j] = d[0]![j - 1]! + indel(key, j - 1);
	let previousBest = 0;
	for (let i = 1; i <= n; i++) {
		let best = Infinity;
		for (let j = 1; j <= m; j++) {
			const a = query[i - 1]!;
			const b = key[j - 1]!;
			const sub = a === b ? 0 : plausibleSubstitution(a, b) ? HALF : 1;
			let v = Math.min(
				d[i - 1]![j]! + indel(query, i - 1),
				d[i]![j - 1]! + indel(key, j - 1),
				d[i - 1]![j - 1]! + sub
			);
			if (i > 1 && j > 1 && a === key[j - 2] && query[i - 2] === b) {
				v = Math.min(v, d[i - 2]![j - 2]! + swapCost(a, b));
			}
			d[i]![j] = v;
			if (v < best) best = v;
		}
		// A swap reaches back two rows, so only two rows both over max rule the key out.
		if (best > max && previousBest > max) return Infinity;
		previousBest = best;
	}
	return d[n]![m]! > max ? Infinity : d[n]![m]!;
}

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
	if (length < 7) return HALF;
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
