/**
 * Revised Romanization of Korean (문화관광부 고시 2000-8, current text 문화체육관광부 고시
 * 2014-42), transcription part (chapters 1–3 §7). Input is the annotated pronunciation in W.
 */

import {
	F_B,
	F_D,
	F_G,
	F_L,
	F_M,
	F_N,
	F_NG,
	I_BB,
	I_DD,
	I_G,
	I_GG,
	I_JJ,
	I_O,
	I_R,
	I_SS,
	N_COUNT,
	S_BASE
} from './jamo';
import { FL_ASP, FL_HYPHEN, FL_LINK, FL_TENSE, FL_TENSE_SON, W } from './pronounce';

export const RR_ONSET: readonly string[] = [
	'g',
	'kk',
	'n',
	'd',
	'tt',
	'r',
	'm',
	'b',
	'pp',
	's',
	'ss',
	'',
	'j',
	'jj',
	'ch',
	'k',
	't',
	'p',
	'h'
];

export const RR_VOWEL: readonly string[] = [
	'a',
	'ae',
	'ya',
	'yae',
	'eo',
	'e',
	'yeo',
	'ye',
	'o',
	'wa',
	'wae',
	'oe',
	'yo',
	'u',
	'wo',
	'we',
	'wi',
	'yu',
	'eu',
	'ui',
	'i'
];

/** Finals after neutralisation (2-2 note 1: k t p before a consonant or at the end). */
export const RR_CODA: readonly string[] = (() => {
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

/** Plain letter for a tense onset whose tenseness RR leaves unwritten (3-1 note). */
const PLAIN_OF_TENSE: readonly string[] = (() => {
	const t = new Array<string>(19).fill('');
	t[I_GG] = 'g';
	t[I_DD] = 'd';
	t[I_BB] = 'b';
	t[I_SS] = 's';
	t[I_JJ] = 'j';
	return t;
})();

const ASP_LETTER: readonly string[] = (() => {
	const t = new Array<string>(28).fill('');
	t[F_G] = 'k';
	t[F_D] = 't';
	t[F_B] = 'p';
	return t;
})();

/** Lone compatibility jamo as the chapter 2 tables give them (ㄱ → "g,k"). */
export const RR_JAMO: Readonly<Record<string, string>> = {
	ㄱ: 'g,k',
	ㄲ: 'kk',
	ㄳ: 'k',
	ㄴ: 'n',
	ㄵ: 'n',
	ㄶ: 'n',
	ㄷ: 'd,t',
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
	ㅂ: 'b,p',
	ㅃ: 'pp',
	ㅄ: 'p',
	ㅅ: 's',
	ㅆ: 'ss',
	ㅇ: 'ng',
	ㅈ: 'j',
	ㅉ: 'jj',
	ㅊ: 'ch',
	ㅋ: 'k',
	ㅌ: 't',
	ㅍ: 'p',
	ㅎ: 'h',
	...Object.fromEntries(RR_VOWEL.map((v, i) => [String.fromCharCode(0x314f + i), v]))
};

const RR_VOWEL_SET = new Set(RR_VOWEL);

/** Could v1+v2 be read with another syllable break (세운 seun = 스+ㄴ…)? */
export function vowelsAmbiguous(v1: string, v2: string, vowels: ReadonlySet<string>): boolean {
	const s = v1 + v2;
	if (vowels.has(s)) return true;
	for (let k = 1; k < s.length; k++) {
		if (k === v1.length) continue;
		if (vowels.has(s.slice(0, k)) && vowels.has(s.slice(k))) return true;
	}
	return false;
}

export interface RrWordOptions {
	/** 3-1-4 다만: in nouns, ㅎ after ㄱ ㄷ ㅂ is written (묵호 Mukho, 집현전 Jiphyeonjeon). */
	noun: boolean;
	/** 3-2: hyphen where the syllable break could be misread (중앙 Jung-ang). */
	hyphenAmbiguous: boolean;
	/**
	 * Write a tense consonant that the spelling has after ㄱ ㄷ ㅂ (벚꽃 beotkkot, 식빵 sikppang);
	 * off, only reduplications (똑똑 ttokttok) keep theirs.
	 */
	spelledTense: boolean;
}

/** The onset letter the spelling has at syllable i of W (before any sound change). */
function spelledOnset(i: number): number {
	return ((W.orig[i]! - S_BASE) / N_COUNT) | 0;
}

/**
 * Does syllable i start a repetition of the one or two spelled syllables before it (똑똑, 뚜벅뚜벅)?
 * Such a base keeps its tense letter in RR even when tensing is otherwise unwritten.
 */
function repeatsSyllables(i: number): boolean {
	for (let k = 1; k <= 2 && k <= i && i + k <= W.n; k++) {
		let same = true;
		for (let j = 0; j < k && same; j++) same = W.orig[i - k + j] === W.orig[i + j];
		if (same) return true;
	}
	return false;
}

/** Romanize the word in W (already analysed). */
export function rrWord(o: RrWordOptions): string {
	const { n, ini, vow, fin, flags, asp } = W;
	let out = '';
	for (let i = 0; i < n; i++) {
		const I = ini[i]!;
		const fl = flags[i]!;
		if (i > 0) {
			const pf = fin[i - 1]!;
			if (fl & FL_HYPHEN) out += '-';
			else if (o.hyphenAmbiguous) {
				if (
					(pf === F_N && I === I_G) ||
					(pf === F_NG && I === I_O) ||
					(pf === 0 &&
						I === I_O &&
						vowelsAmbiguous(RR_VOWEL[vow[i - 1]!]!, RR_VOWEL[vow[i]!]!, RR_VOWEL_SET))
				)
					out += '-';
			}
		}
		let on: string;
		const plain = PLAIN_OF_TENSE[I]!;
		if (plain !== '' && i > 0) {
			const pf = fin[i - 1]!;
			if (pf === F_G || pf === F_D || pf === F_B) {
				// After an obstruent every stop is tense in speech (국밥 [국빱]); RR leaves that
				// unwritten (3-1 note) but writes a tense letter the spelling has (ch. 2 붙임 1:
				// 벚꽃[벋꼳] beotkkot). Compare with the spelled onsets, never the pronounced ones:
				// 꼽고 [꼽꼬] is kkopgo although both syllables sound with ㄲ.
				const spelled = (fl & FL_LINK) === 0 && spelledOnset(i) === I;
				const reduplicated = spelled && repeatsSyllables(i);
				on = spelled && (o.spelledTense || reduplicated) ? RR_ONSET[I]! : plain;
			} else if (fl & FL_TENSE && fl & FL_TENSE_SON) on = plain;
			else on = RR_ONSET[I]!;
		} else if (I === I_R && i > 0 && fin[i - 1] === F_L) on = 'l';
		else if (o.noun && fl & FL_ASP) on = 'h';
		else on = RR_ONSET[I]!;
		out += on;
		out += RR_VOWEL[vow[i]!]!;
		const f = fin[i]!;
		if (f !== 0) out += RR_CODA[f]!;
		else if (o.noun && i + 1 < n && flags[i + 1]! & FL_ASP) out += ASP_LETTER[asp[i + 1]!]!;
	}
	return out;
}
