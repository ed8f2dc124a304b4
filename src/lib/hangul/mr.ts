/**
 * McCune–Reischauer (1939) with the ALA-LC Korean table (2009 revision) where the two differ;
 * place names follow BGN/PCGN practice. Input is the annotated pronunciation in W.
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
	V_A,
	V_E,
	V_I,
	V_O,
	V_WI
} from './jamo';
import { FL_ASP, FL_HYPHEN, FL_LINK, FL_MRDIV, FL_TENSE, W } from './pronounce';

export const MR_VOWEL: readonly string[] = [
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
	'oe',
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

const MR_CODA: readonly string[] = (() => {
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

const ASP_LETTER: readonly string[] = (() => {
	const t = new Array<string>(28).fill('');
	t[F_G] = 'k';
	t[F_D] = 't';
	t[F_B] = 'p';
	return t;
})();

export const MR_JAMO: Readonly<Record<string, string>> = {
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
	ㅈ: 'ch,j',
	ㅉ: 'tch',
	ㅊ: "ch'",
	ㅋ: "k'",
	ㅌ: "t'",
	ㅍ: "p'",
	ㅎ: 'h',
	...Object.fromEntries(MR_VOWEL.map((v, i) => [String.fromCharCode(0x314f + i), v]))
};

export interface MrWordOptions {
	/** 1939 paper: ㅅ before ㅣ is sh (시 shi). ALA-LC writes si; both write shwi for 쉬. */
	shi: boolean;
	/** Write the word-division hyphens the lexicon marks (된장-찌개). */
	division: boolean;
	/** Hyphen before this syllable (generic place term), -1 for none. */
	hyphenAt: number;
	/** Word-initial ㄹ is an l in the source language (린넨 linnen). */
	lInitial: boolean;
	/** Syllable indices (bit set) that start a hyphenated part, e.g. given-name syllables. */
	hyphenMask: number;
}

function isVoicedFinal(f: number): boolean {
	return f === 0 || f === F_N || f === F_L || f === F_M || f === F_NG;
}

/** Romanize the word in W (already analysed with the South rules). */
export function mrWord(o: MrWordOptions): string {
	const { n, ini, vow, fin, flags, asp } = W;
	let out = '';
	for (let i = 0; i < n; i++) {
		const I = ini[i]!;
		const fl = flags[i]!;
		const pf = i > 0 ? fin[i - 1]! : -1;
		const voiced = i > 0 && isVoicedFinal(pf);
		const ruleTense = (fl & FL_TENSE) !== 0;
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
				on = voiced ? 'j' : 'ch';
				break;
			// Tensification by rule is not doubled (ALA-LC: 의과 ŭikwa, 실시 silsi), only unvoiced.
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
				on = ruleTense ? 'ch' : 'tch';
				break;
			case I_SS:
				on = ruleTense ? 's' : 'ss';
				break;
			case I_S:
				on = vow[i] === V_WI || (o.shi && vow[i] === V_I) ? 'sh' : 's';
				break;
			case I_R:
				on = pf === F_L ? 'l' : i === 0 && o.lInitial ? 'l' : 'r';
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
				on = "ch'";
				break;
			case I_K:
				on = fl & FL_ASP ? 'h' : "k'";
				break;
			case I_T:
				on = fl & FL_ASP ? 'h' : "t'";
				break;
			case I_P:
				on = fl & FL_ASP ? 'h' : "p'";
				break;
			case I_H:
				on = 'h';
				break;
			default:
				on = '';
		}
		if (i > 0) {
			const hyphen =
				(fl & FL_HYPHEN) !== 0 ||
				(o.division && (fl & FL_MRDIV) !== 0) ||
				i === o.hyphenAt ||
				(i < 31 && (o.hyphenMask & (1 << i)) !== 0);
			if (hyphen) {
				// ALA-LC keeps a linked consonant before the hyphen: 평택읍 P'yŏngt'aeg-ŭp.
				if (fl & FL_LINK) {
					out += on + '-';
					on = '';
				} else out += '-';
			} else if (pf === F_N && I === I_G) out += "'";
		}
		out += on;
		const v = vow[i]!;
		// ALA-LC: ë keeps 아에/오에 apart from 애/외.
		if (v === V_E && I === I_O && i > 0 && pf === 0 && (vow[i - 1] === V_A || vow[i - 1] === V_O))
			out += 'ë';
		else out += MR_VOWEL[v]!;
		const f = fin[i]!;
		// McCune–Reischauer (1939) writes ㄹ before ㅎ as r: 발해 Parhae, 일하 irha.
		if (f === F_L && i + 1 < n && ini[i + 1] === I_H) out += 'r';
		else if (f !== 0) out += MR_CODA[f]!;
		else if (i + 1 < n && flags[i + 1]! & FL_ASP && ini[i + 1] !== I_CH)
			out += ASP_LETTER[asp[i + 1]!]!;
	}
	return out;
}

/** Strip breves, diaeresis and apostrophes for the everyday ASCII form. */
export function mrAscii(s: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s[i]!;
		if (c === 'ŏ') out += 'o';
		else if (c === 'ŭ') out += 'u';
		else if (c === 'Ŏ') out += 'O';
		else if (c === 'Ŭ') out += 'U';
		else if (c === 'ë') out += 'e';
		else if (c !== "'") out += c;
	}
	return out;
}
