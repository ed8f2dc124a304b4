/**
 * Proper-name structure: where an administrative unit or a generic place term starts, where a
 * family name ends, how a number before an administrative unit is read.
 */

import { F_B, F_G, F_L, F_M, F_N, F_NG, N_COUNT, S_BASE, T_COUNT } from './jamo';

/** RR 3-5: 도 시 군 구 읍 면 리 동 가 (and the compound units built on them). */
export const RR_UNITS: readonly string[] = [
	'특별자치도',
	'특별자치시',
	'특별시',
	'광역시',
	'도',
	'시',
	'군',
	'구',
	'읍',
	'면',
	'리',
	'동',
	'가'
];
/** RR 3-5 붙임: units that may be left out. */
export const RR_OMITTABLE: readonly string[] = ['시', '군', '읍'];

/** ALA-LC 2009: 북도/남도 are treated as one generic (Kyŏngsang-bukto). */
export const MR_UNITS: readonly string[] = ['북도', '남도', ...RR_UNITS];
/** BGN/PCGN: natural features also take a hyphen (Taedong-gang). */
export const MR_NATURAL: readonly string[] = [
	'산맥',
	'반도',
	'고개',
	'폭포',
	'평야',
	'강',
	'산',
	'천',
	'봉',
	'령',
	'섬',
	'호',
	'만'
];

/** DPRK 2002 §4.2 / 2012: units take a hyphen; 구역 and 노동자구 are North units. */
export const DPRK_UNITS: readonly string[] = ['노동자구', '구역', '지구', ...RR_UNITS];
/** DPRK: natural features are joined but their first consonant is written voiced. */
export const DPRK_NATURAL: readonly string[] = [
	...MR_NATURAL,
	'바위',
	'골',
	'벌',
	'못',
	'덕',
	'교'
];

/**
 * Index where a generic term at the end of `word` starts, or -1. The name before it must have
 * at least two syllables (영동, 부산 and 남포 are names, not X-dong, X-san, X-p'o), unless the
 * caller knows the unit follows a number.
 */
export function genericStart(word: string, generics: readonly string[], minStem = 2): number {
	for (const g of generics) {
		if (word.length - g.length >= minStem && word.endsWith(g)) return word.length - g.length;
	}
	return -1;
}

/** Two-syllable family names; any other name starts with a one-syllable family name. */
export const DOUBLE_SURNAMES: readonly string[] = [
	'남궁',
	'황보',
	'제갈',
	'선우',
	'독고',
	'사공',
	'서문',
	'동방',
	'어금',
	'망절'
];

export interface PersonName {
	surname: string;
	given: string;
}

/**
 * Split a Korean personal name. A space is taken as the family/given boundary; otherwise a
 * listed two-syllable family name is preferred when at least one syllable follows it.
 */
export function splitPerson(text: string): PersonName | null {
	const t = text.trim();
	if (t === '') return null;
	const sp = t.search(/\s/);
	if (sp > 0) return { surname: t.slice(0, sp), given: t.slice(sp).trim() };
	if (t.length >= 3) {
		for (const s of DOUBLE_SURNAMES) if (t.startsWith(s)) return { surname: s, given: t.slice(2) };
	}
	if (t.length === 1) return { surname: t, given: '' };
	return { surname: t.slice(0, 1), given: t.slice(1) };
}

const SINO_FINALS = new Set([0, F_G, F_N, F_L, F_M, F_B, F_NG]);

/**
 * DPRK §names: Sino-Korean given names are written syllable by syllable, native ones together.
 * The spelling cannot tell the two apart in general; a syllable that has no Sino-Korean reading
 * shape (final other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ, a tense onset other than 쌍/씨) marks the name native.
 */
export function looksNative(given: string): boolean {
	for (let i = 0; i < given.length; i++) {
		const cp = given.charCodeAt(i);
		if (cp < S_BASE || cp > 0xd7a3) continue;
		const s = cp - S_BASE;
		const ini = (s / N_COUNT) | 0;
		const fin = s % T_COUNT;
		if (!SINO_FINALS.has(fin)) return true;
		if (ini === 1 || ini === 4 || ini === 8 || ini === 13) return true;
		// ㅆ: only 쌍 (雙) and 씨 (氏) are Sino-Korean.
		if (ini === 10 && cp !== 0xc30d && cp !== 0xc528) return true;
	}
	return false;
}

const DIGITS = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const SMALL_UNITS = ['', '십', '백', '천'];
const BIG_UNITS = ['', '만', '억', '조'];

/** Sino-Korean reading of a digit string (1 → 일, 12 → 십이, 105 → 백오). */
export function sinoNumber(digits: string): string {
	const s = digits.replace(/^0+/, '');
	if (s === '') return '영';
	if (s.length > 16)
		return digits
			.split('')
			.map((d) => DIGITS[+d] || '영')
			.join('');
	let out = '';
	const groups: string[] = [];
	for (let end = s.length; end > 0; end -= 4) groups.unshift(s.slice(Math.max(0, end - 4), end));
	groups.forEach((g, gi) => {
		let part = '';
		for (let k = 0; k < g.length; k++) {
			const d = +g[k]!;
			const pos = g.length - 1 - k;
			if (d === 0) continue;
			// 십, 백, 천 are read without 일; the digit itself only in the ones place.
			part += (d === 1 && pos > 0 ? '' : DIGITS[d]!) + SMALL_UNITS[pos]!;
		}
		if (part !== '') out += part + BIG_UNITS[groups.length - 1 - gi]!;
	});
	return out;
}
