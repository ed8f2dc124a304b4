/**
 * Code-point arithmetic for precomposed Hangul syllables (U+AC00–U+D7A3) and the
 * compatibility jamo block (U+3131–U+318E). Everything here is table lookups on integers so the
 * sound-rule engine never touches a regex or allocates per syllable.
 */

export const S_BASE = 0xac00;
export const S_LAST = 0xd7a3;
export const V_COUNT = 21;
export const T_COUNT = 28;
export const N_COUNT = V_COUNT * T_COUNT;

// Initial (choseong) indices in Unicode order.
export const I_G = 0;
export const I_GG = 1;
export const I_N = 2;
export const I_D = 3;
export const I_DD = 4;
export const I_R = 5;
export const I_M = 6;
export const I_B = 7;
export const I_BB = 8;
export const I_S = 9;
export const I_SS = 10;
export const I_O = 11;
export const I_J = 12;
export const I_JJ = 13;
export const I_CH = 14;
export const I_K = 15;
export const I_T = 16;
export const I_P = 17;
export const I_H = 18;

// Vowel (jungseong) indices.
export const V_A = 0;
export const V_AE = 1;
export const V_YA = 2;
export const V_YAE = 3;
export const V_EO = 4;
export const V_E = 5;
export const V_YEO = 6;
export const V_YE = 7;
export const V_O = 8;
export const V_WA = 9;
export const V_WAE = 10;
export const V_OE = 11;
export const V_YO = 12;
export const V_U = 13;
export const V_WO = 14;
export const V_WE = 15;
export const V_WI = 16;
export const V_YU = 17;
export const V_EU = 18;
export const V_UI = 19;
export const V_I = 20;

// Final (jongseong) indices; 0 = no final.
export const F_NONE = 0;
export const F_G = 1;
export const F_GG = 2;
export const F_GS = 3;
export const F_N = 4;
export const F_NJ = 5;
export const F_NH = 6;
export const F_D = 7;
export const F_L = 8;
export const F_LG = 9;
export const F_LM = 10;
export const F_LB = 11;
export const F_LS = 12;
export const F_LT = 13;
export const F_LP = 14;
export const F_LH = 15;
export const F_M = 16;
export const F_B = 17;
export const F_BS = 18;
export const F_S = 19;
export const F_SS = 20;
export const F_NG = 21;
export const F_J = 22;
export const F_CH = 23;
export const F_K = 24;
export const F_T = 25;
export const F_P = 26;
export const F_H = 27;

/** Compatibility jamo for each initial index. */
export const INITIAL_COMPAT = [
	0x3131, 0x3132, 0x3134, 0x3137, 0x3138, 0x3139, 0x3141, 0x3142, 0x3143, 0x3145, 0x3146, 0x3147,
	0x3148, 0x3149, 0x314a, 0x314b, 0x314c, 0x314d, 0x314e
] as const;

/** Compatibility jamo for each vowel index (U+314F…U+3163 are contiguous). */
export const VOWEL_COMPAT_BASE = 0x314f;

/** Compatibility jamo for each final index (index 0 unused). */
export const FINAL_COMPAT = [
	0, 0x3131, 0x3132, 0x3133, 0x3134, 0x3135, 0x3136, 0x3137, 0x3139, 0x313a, 0x313b, 0x313c, 0x313d,
	0x313e, 0x313f, 0x3140, 0x3141, 0x3142, 0x3144, 0x3145, 0x3146, 0x3147, 0x3148, 0x314a, 0x314b,
	0x314c, 0x314d, 0x314e
] as const;

/** Keystroke split of compound vowels, so search-as-you-type can match a half-typed syllable. */
const VOWEL_SPLIT: readonly (readonly number[])[] = [
	[0x314f],
	[0x3150],
	[0x3151],
	[0x3152],
	[0x3153],
	[0x3154],
	[0x3155],
	[0x3156],
	[0x3157],
	[0x3157, 0x314f],
	[0x3157, 0x3150],
	[0x3157, 0x3163],
	[0x315b],
	[0x315c],
	[0x315c, 0x3153],
	[0x315c, 0x3154],
	[0x315c, 0x3163],
	[0x3160],
	[0x3161],
	[0x3161, 0x3163],
	[0x3163]
];

/** Keystroke split of final clusters. */
const FINAL_SPLIT: readonly (readonly number[])[] = [
	[],
	[0x3131],
	[0x3132],
	[0x3131, 0x3145],
	[0x3134],
	[0x3134, 0x3148],
	[0x3134, 0x314e],
	[0x3137],
	[0x3139],
	[0x3139, 0x3131],
	[0x3139, 0x3141],
	[0x3139, 0x3142],
	[0x3139, 0x3145],
	[0x3139, 0x314c],
	[0x3139, 0x314d],
	[0x3139, 0x314e],
	[0x3141],
	[0x3142],
	[0x3142, 0x3145],
	[0x3145],
	[0x3146],
	[0x3147],
	[0x3148],
	[0x314a],
	[0x314b],
	[0x314c],
	[0x314d],
	[0x314e]
];

export function isSyllable(cp: number): boolean {
	return cp >= S_BASE && cp <= S_LAST;
}

/** Compatibility jamo U+3131–U+3163 (modern letters only). */
export function isCompatJamo(cp: number): boolean {
	return cp >= 0x3131 && cp <= 0x3163;
}

export function isConjoiningLeading(cp: number): boolean {
	return cp >= 0x1100 && cp <= 0x1112;
}
export function isConjoiningVowel(cp: number): boolean {
	return cp >= 0x1161 && cp <= 0x1175;
}
export function isConjoiningTrailing(cp: number): boolean {
	return cp >= 0x11a8 && cp <= 0x11c2;
}

/** Any code point from a Hangul block; used to decide what "non-Hangul" text is. */
export function isHangulCodePoint(cp: number): boolean {
	return (
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0x1100 && cp <= 0x11ff) ||
		(cp >= 0x3130 && cp <= 0x318f) ||
		(cp >= 0xa960 && cp <= 0xa97f) ||
		(cp >= 0xd7b0 && cp <= 0xd7ff) ||
		(cp >= 0xffa0 && cp <= 0xffdc)
	);
}

export function syllableInitial(cp: number): number {
	return ((cp - S_BASE) / N_COUNT) | 0;
}
export function syllableVowel(cp: number): number {
	return (((cp - S_BASE) % N_COUNT) / T_COUNT) | 0;
}
export function syllableFinal(cp: number): number {
	return (cp - S_BASE) % T_COUNT;
}
export function composeSyllable(ini: number, vow: number, fin: number): number {
	return S_BASE + (ini * V_COUNT + vow) * T_COUNT + fin;
}

/** Map a compatibility consonant to its initial index, or -1 (clusters have no initial). */
export const COMPAT_TO_INITIAL: Readonly<Record<number, number>> = (() => {
	const m: Record<number, number> = {};
	INITIAL_COMPAT.forEach((cp, i) => (m[cp] = i));
	return m;
})();

/** Map a compatibility consonant to its final index, or undefined. */
export const COMPAT_TO_FINAL: Readonly<Record<number, number>> = (() => {
	const m: Record<number, number> = {};
	FINAL_COMPAT.forEach((cp, i) => {
		if (i > 0) m[cp] = i;
	});
	return m;
})();

/**
 * Compose conjoining-jamo sequences (NFD Hangul: L V [T]) into precomposed syllables. Only
 * Hangul is touched, so other text keeps its exact code points (String#normalize would also
 * compose unrelated combining marks).
 */
export function composeConjoining(text: string): string {
	let i = 0;
	const n = text.length;
	// Fast path: nothing to do for the overwhelmingly common precomposed input.
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x1100 && c <= 0x11ff) break;
	}
	if (i === n) return text;
	let out = text.slice(0, i);
	while (i < n) {
		const c = text.charCodeAt(i);
		const v = i + 1 < n ? text.charCodeAt(i + 1) : 0;
		if (isConjoiningLeading(c) && isConjoiningVowel(v)) {
			const t = i + 2 < n ? text.charCodeAt(i + 2) : 0;
			let fin = 0;
			let len = 2;
			if (isConjoiningTrailing(t)) {
				fin = t - 0x11a7;
				len = 3;
			}
			out += String.fromCharCode(composeSyllable(c - 0x1100, v - 0x1161, fin));
			i += len;
		} else {
			out += text[i];
			i++;
		}
	}
	return out;
}

export interface DecomposeOptions {
	/**
	 * Split compound vowels and final clusters into the keys typed on a 2-set keyboard
	 * (닭 → ㄷㅏㄹㄱ, 과 → ㄱㅗㅏ). Default true, which is what incremental search needs;
	 * false keeps one jamo per syllable slot (닭 → ㄷㅏㄺ).
	 */
	split?: boolean;
}

/** Syllables → compatibility jamo; every other character is kept as is. */
export function decompose(text: string, opts: DecomposeOptions = {}): string {
	const split = opts.split !== false;
	const src = composeConjoining(text);
	let out = '';
	for (let i = 0; i < src.length; i++) {
		const cp = src.charCodeAt(i);
		if (!isSyllable(cp)) {
			out += src[i];
			continue;
		}
		const s = cp - S_BASE;
		const ini = (s / N_COUNT) | 0;
		const vow = ((s % N_COUNT) / T_COUNT) | 0;
		const fin = s % T_COUNT;
		out += String.fromCharCode(INITIAL_COMPAT[ini]!);
		if (split) {
			out += String.fromCharCode(...VOWEL_SPLIT[vow]!);
			if (fin) out += String.fromCharCode(...FINAL_SPLIT[fin]!);
		} else {
			out += String.fromCharCode(VOWEL_COMPAT_BASE + vow);
			if (fin) out += String.fromCharCode(FINAL_COMPAT[fin]!);
		}
	}
	return out;
}

/** 초성 of every syllable (냉면 → ㄴㅁ); other characters are kept so word breaks survive. */
export function initials(text: string): string {
	const src = composeConjoining(text);
	let out = '';
	for (let i = 0; i < src.length; i++) {
		const cp = src.charCodeAt(i);
		out += isSyllable(cp)
			? String.fromCharCode(INITIAL_COMPAT[((cp - S_BASE) / N_COUNT) | 0]!)
			: src[i];
	}
	return out;
}
