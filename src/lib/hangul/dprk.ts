/**
 * The DPRK's official romanization (1992 system; UNCSGN E/CONF.94/INF.72, 2002; revised 2012,
 * "Rules of the Latin Alphabetical Transcriptions of the Korean Language"). We follow 2012,
 * with `edition: 2002` giving ㅚ as oe. Input is the annotated pronunciation in W, analysed with
 * liquidisation and ㄹ → ㄴ turned off (§3.2: ll only in established forms; ㄹ is written r).
 */

import {
	F_B,
	F_D,
	F_G,
	F_L,
	F_M,
	F_N,
	F_NG,
	I_B,
	I_BB,
	I_CH,
	I_D,
	I_DD,
	I_G,
	I_GG,
	I_H,
	I_J,
	I_JJ,
	I_K,
	I_M,
	I_N,
	I_O,
	I_P,
	I_R,
	I_S,
	I_SS,
	I_T,
	V_OE
} from './jamo';
import { FL_CONTENT, FL_HYPHEN, FL_SAI, FL_TENSE, W } from './pronounce';

export type DprkEdition = 2002 | 2012;

const VOWEL_2012: readonly string[] = [
	'a',
	'ae',
	'ya',
	'yae',
	'ŏ',
	'e',
	'yŏ',
	'ye',
	'o',
	'wa',
	'wae',
	'oi',
	'yo',
	'u',
	'wŏ',
	'we',
	'wi',
	'yu',
	'ŭ',
	'ŭi',
	'i'
];
const VOWEL_2002: readonly string[] = VOWEL_2012.map((v, i) => (i === V_OE ? 'oe' : v));

const CODA: readonly string[] = (() => {
	const t = new Array<string>(28).fill('');
	t[F_G] = 'k';
	t[F_N] = 'n';
	t[F_D] = 't';
	t[F_L] = 'l';
	t[F_M] = 'm';
	t[F_B] = 'p';
	t[F_NG] = 'ng';
	return t;
})();

export const DPRK_JAMO: Readonly<Record<string, string>> = {
	ㄱ: 'k,g',
	ㄲ: 'kk',
	ㄳ: 'k',
	ㄴ: 'n',
	ㄵ: 'n',
	ㄶ: 'n',
	ㄷ: 't,d',
	ㄸ: 'tt',
	ㄹ: 'r,l',
	ㄺ: 'k',
	ㄻ: 'm',
	ㄼ: 'l',
	ㄽ: 'l',
	ㄾ: 'l',
	ㄿ: 'p',
	ㅀ: 'l',
	ㅁ: 'm',
	ㅂ: 'p,b',
	ㅃ: 'pp',
	ㅄ: 'p',
	ㅅ: 's',
	ㅆ: 'ss',
	ㅇ: 'ng',
	ㅈ: 'j',
	ㅉ: 'jj',
	ㅊ: 'ch',
	ㅋ: 'kh',
	ㅌ: 'th',
	ㅍ: 'ph',
	ㅎ: 'h',
	...Object.fromEntries(VOWEL_2012.map((v, i) => [String.fromCharCode(0x314f + i), v]))
};

const CONTENT_CODA: readonly string[] = (() => {
	const t = new Array<string>(19).fill('');
	t[I_G] = 'k';
	t[I_D] = 't';
	t[I_B] = 'p';
	t[I_N] = 'n';
	t[I_R] = 'l';
	t[I_M] = 'm';
	return t;
})();

export interface DprkWordOptions {
	edition: DprkEdition;
	/** Write the first ㄱ ㄷ ㅂ voiced: a generic term after its name (Kyogu-dong, Satkatbong). */
	voiceFirst: boolean;
	/** Index of a joined generic term (Satkatbong): its first consonant is written voiced. */
	voiceAt: number;
	/** §3.2: this is an established form, so ㄹㄹ (from ㄴㄹ) is written ll. */
	established: boolean;
	/** Syllable indices (bit set) after which the output is cut and a space inserted. */
	spaceMask: number;
}

/** Romanize the word in W (analysed with DPRK rule options). */
export function dprkWord(o: DprkWordOptions): string {
	const { n, ini, vow, fin, flags } = W;
	const vowels = o.edition === 2002 ? VOWEL_2002 : VOWEL_2012;
	let out = '';
	for (let i = 0; i < n; i++) {
		const I = ini[i]!;
		const fl = flags[i]!;
		const pf = i > 0 ? fin[i - 1]! : -1;
		// §2.1: voiced between vowels and after resonants; a given name's first letter is not.
		const generic = i === o.voiceAt || (i === 0 && o.voiceFirst);
		const voiced =
			(i > 0 && (pf === 0 || pf === F_N || pf === F_L || pf === F_M || pf === F_NG)) || generic;
		// §3.3: compound tensing is written, as a doubled letter, after a vowel.
		const doubled = (fl & FL_SAI) !== 0 && pf === 0;
		// A generic term keeps its plain voiced form whatever the tensification (Satkatbong).
		const ruleTense = (fl & FL_TENSE) !== 0 && !doubled;
		if (generic && ruleTense) {
			const plain = I === I_GG ? I_G : I === I_DD ? I_D : I === I_BB ? I_B : -1;
			if (plain >= 0) {
				ini[i] = plain;
				flags[i] = fl & ~FL_TENSE;
				i--;
				continue;
			}
		}
		let on: string;
		switch (I) {
			case I_G:
				on = voiced ? 'g' : 'k';
				break;
			case I_D:
				on = voiced ? 'd' : 't';
				break;
			case I_B:
				on = voiced ? 'b' : 'p';
				break;
			case I_J:
				on = 'j';
				break;
			case I_GG:
				on = ruleTense ? 'k' : 'kk';
				break;
			case I_DD:
				on = ruleTense ? 't' : 'tt';
				break;
			case I_BB:
				on = ruleTense ? 'p' : 'pp';
				break;
			case I_JJ:
				on = ruleTense ? 'j' : 'jj';
				break;
			case I_SS:
				on = ruleTense ? 's' : 'ss';
				break;
			case I_S:
				on = 's';
				break;
			case I_R:
				on = pf === F_L && o.established ? 'l' : 'r';
				break;
			case I_N:
				on = 'n';
				break;
			case I_M:
				on = 'm';
				break;
			case I_O:
				on = '';
				break;
			case I_CH:
				on = 'ch';
				break;
			case I_K:
				on = 'kh';
				break;
			case I_T:
				on = 'th';
				break;
			case I_P:
				on = 'ph';
				break;
			case I_H:
				on = 'h';
				break;
			default:
				on = '';
		}
		if (i > 0) {
			if (i < 31 && o.spaceMask & (1 << i)) out += ' ';
			else if (fl & FL_HYPHEN) out += '-';
			else if (fl & FL_CONTENT) {
				// §4.1: 부엌안골 Puŏk-angol — the final stays with its syllable, a hyphen marks the break.
				out += CONTENT_CODA[I]! + '-';
				on = '';
			} else if (pf === F_N && (I === I_G || I === I_GG) && i !== o.voiceAt) out += '-';
		}
		out += on;
		out += vowels[vow[i]!]!;
		const f = fin[i]!;
		if (f !== 0) out += CODA[f]!;
	}
	return out;
}
