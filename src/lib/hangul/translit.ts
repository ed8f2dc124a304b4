/**
 * Spelling-based romanizations: RR chapter 3 §8 (transliteration for scholarly use) and Yale.
 * Neither looks at pronunciation, so they work syllable by syllable on the code points and only
 * need to decide where a syllable break must be marked for the Hangul to be recoverable.
 */

import { N_COUNT, S_BASE, T_COUNT, isSyllable } from './jamo';
import { RR_VOWEL, vowelsAmbiguous } from './rr';

interface Letters {
	onset: readonly string[];
	vowel: readonly string[];
	coda: readonly string[];
	/** Mark placed at a syllable break that needs one. */
	mark: string;
	/** Whether a silent ㅇ onset always takes the mark (RR §8) or only when ambiguous (Yale). */
	silentAlwaysMarked: boolean;
}

const TRANSLIT: Letters = {
	onset: 'g kk n d tt l m b pp s ss _ j jj ch k t p h'.split(' ').map((s) => (s === '_' ? '' : s)),
	vowel: RR_VOWEL,
	coda: [
		'',
		'g',
		'kk',
		'gs',
		'n',
		'nj',
		'nh',
		'd',
		'l',
		'lg',
		'lm',
		'lb',
		'ls',
		'lt',
		'lp',
		'lh',
		'm',
		'b',
		'bs',
		's',
		'ss',
		'ng',
		'j',
		'ch',
		'k',
		't',
		'p',
		'h'
	],
	mark: '-',
	silentAlwaysMarked: true
};

// Martin's Yale as used by Wiktionary: ㅜ is wu everywhere (the optional "u after labials"
// abbreviation is not applied, so the spelling stays recoverable).
const YALE: Letters = {
	onset: 'k kk n t tt l m p pp s ss _ c cc ch kh th ph h'
		.split(' ')
		.map((s) => (s === '_' ? '' : s)),
	vowel: [
		'a',
		'ay',
		'ya',
		'yay',
		'e',
		'ey',
		'ye',
		'yey',
		'o',
		'wa',
		'way',
		'oy',
		'yo',
		'wu',
		'we',
		'wey',
		'wi',
		'yu',
		'u',
		'uy',
		'i'
	],
	coda: [
		'',
		'k',
		'kk',
		'ks',
		'n',
		'nc',
		'nh',
		't',
		'l',
		'lk',
		'lm',
		'lp',
		'ls',
		'lth',
		'lph',
		'lh',
		'm',
		'p',
		'ps',
		's',
		'ss',
		'ng',
		'c',
		'ch',
		'kh',
		'th',
		'ph',
		'h'
	],
	mark: '.',
	silentAlwaysMarked: false
};

function prepare(l: Letters) {
	const onsets = new Set(l.onset.filter((s) => s !== ''));
	const codas = new Set(l.coda.filter((s) => s !== ''));
	const vowels = new Set(l.vowel);
	let maxOnset = 0;
	for (const o of onsets) maxOnset = Math.max(maxOnset, o.length);
	// ambiguous[coda][onset]: would a reader split coda+onset letters differently? A reader
	// takes the longest onset that leaves a valid coda (or none) before it.
	const ambiguous: boolean[][] = l.coda.map((c) =>
		l.onset.map((o) => {
			if (o === '') return false;
			const s = c + o;
			for (let k = Math.min(maxOnset, s.length); k >= 1; k--) {
				const on = s.slice(s.length - k);
				const co = s.slice(0, s.length - k);
				if (onsets.has(on) && (co === '' || codas.has(co))) return on !== o;
			}
			return true;
		})
	);
	// A coda before a silent ㅇ is misread when some tail of it could begin the next syllable.
	const silentAmbiguous = l.coda.map((c) => {
		for (let k = 1; k <= c.length; k++) {
			const co = c.slice(0, c.length - k);
			if (onsets.has(c.slice(c.length - k)) && (co === '' || codas.has(co))) return true;
		}
		return false;
	});
	return { ...l, vowels, ambiguous, silentAmbiguous };
}

const T = prepare(TRANSLIT);
const Y = prepare(YALE);

function spell(text: string, start: number, end: number, L: ReturnType<typeof prepare>): string {
	let out = '';
	let prevFin = -1;
	let prevVow = -1;
	for (let p = start; p < end; p++) {
		const cp = text.charCodeAt(p);
		if (!isSyllable(cp)) {
			// An input hyphen between syllables.
			out += '-';
			prevFin = -1;
			continue;
		}
		const s = cp - S_BASE;
		const ini = (s / N_COUNT) | 0;
		const vow = ((s % N_COUNT) / T_COUNT) | 0;
		const fin = s % T_COUNT;
		if (prevFin >= 0) {
			let marked: boolean;
			if (ini === 11) {
				marked =
					L.silentAlwaysMarked ||
					(prevFin !== 0
						? L.silentAmbiguous[prevFin]!
						: vowelsAmbiguous(L.vowel[prevVow]!, L.vowel[vow]!, L.vowels));
			} else marked = L.ambiguous[prevFin]![ini]!;
			if (marked) out += L.mark;
		}
		out += L.onset[ini]! + L.vowel[vow]! + L.coda[fin]!;
		prevFin = fin;
		prevVow = vow;
	}
	return out;
}

/** RR §8: 값 gabs, 물엿 mul-yeos, 없었습니다 eobs-eoss-seubnida. */
export function translitWord(text: string, start: number, end: number): string {
	return spell(text, start, end, T);
}

/** Yale: 냉면 nayngmyen, 떡볶이 ttekpokk.i. */
export function yaleWord(text: string, start: number, end: number): string {
	return spell(text, start, end, Y);
}

const COMPAT_ORDER = 'ㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const TRANSLIT_CONS =
	'g kk gs n nj nh d tt l lg lm lb ls lt lp lh m b pp bs s ss ng j jj ch k t p h';
const YALE_CONS =
	'k kk ks n nc nh t tt l lk lm lp ls lth lph lh m p pp ps s ss ng c cc ch kh th ph h';

function jamoTable(cons: string, vowels: readonly string[]): Record<string, string> {
	const t: Record<string, string> = {};
	const parts = cons.split(' ');
	for (let i = 0; i < COMPAT_ORDER.length; i++) t[COMPAT_ORDER[i]!] = parts[i]!;
	vowels.forEach((v, i) => (t[String.fromCharCode(0x314f + i)] = v));
	return t;
}

export const TRANSLIT_JAMO = jamoTable(TRANSLIT_CONS, TRANSLIT.vowel);
export const YALE_JAMO = jamoTable(YALE_CONS, YALE.vowel);
