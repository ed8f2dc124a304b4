/**
 * Standard pronunciation (표준어 규정 제2부 표준 발음법, 1988; North: 조선말규범집 2010,
 * 문화어발음법) as phonetic Hangul. The engine works on one word at a time (a run of syllables,
 * optionally with hyphens marking morpheme boundaries), in module-level typed arrays so the
 * romanizers can read the annotated result without any allocation per syllable.
 *
 * Only consonant rules (chapters 4–7) rewrite the output. Vowel realisation (art. 4–5: ㅢ as
 * [ㅣ], optional ㅖ → [ㅔ]) is left as spelled in the South, because every romanization system
 * spells the vowels from the orthography (RR: "ㅢ is ui even where it is pronounced ㅣ").
 */

import {
	F_B,
	F_BS,
	F_CH,
	F_D,
	F_G,
	F_GG,
	F_GS,
	F_H,
	F_J,
	F_K,
	F_L,
	F_LB,
	F_LG,
	F_LH,
	F_LM,
	F_LP,
	F_LS,
	F_LT,
	F_M,
	F_N,
	F_NG,
	F_NH,
	F_NJ,
	F_P,
	F_S,
	F_SS,
	F_T,
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
	N_COUNT,
	S_BASE,
	T_COUNT,
	V_E,
	V_EO,
	V_I,
	V_UI,
	V_YA,
	V_YE,
	V_YEO,
	V_YO,
	V_YU,
	composeConjoining,
	composeSyllable,
	isSyllable
} from './jamo';
import {
	B_MORPH,
	B_MRDIV,
	AFTER_CAUSATIVE_GI,
	B_SAI,
	CONTENT_BY_FIRST,
	JAMO_NAME_LINK,
	LEXICON_BY_FIRST,
	LG_NOUNS,
	MR_DIVISION_BY_FIRST,
	N_INSERTION_BY_FIRST,
	TENSE_AFTER_L_ENDINGS
} from './lexicon';

export type Standard = 'south' | 'north';

/** Onset tensified by a rule (ch. 6), not by the spelling. */
export const FL_TENSE = 1;
/** …after a sonorant (art. 24–28, lexicon): the pronounced Hangul cannot show it was a rule. */
export const FL_TENSE_SON = 2;
/** Onset moved from the previous final (연음, art. 13–15). */
export const FL_LINK = 4;
/** Onset is an obstruent final merged with ㅎ (art. 12 붙임 1); asp[] keeps the final. */
export const FL_ASP = 8;
/** Morpheme boundary before this syllable (lexicon, second-element list or input hyphen). */
export const FL_BOUND = 16;
/** Art. 15 applied: neutralised final linked over a content-morpheme boundary. */
export const FL_CONTENT = 32;
/** ㄴ inserted before this syllable (art. 29). */
export const FL_NINS = 64;
/** Unwritten genitive link (사이시옷) before this syllable. */
export const FL_SAI = 128;
/** McCune–Reischauer word division: hyphen before this syllable. */
export const FL_MRDIV = 256;
/** The input had a hyphen before this syllable. */
export const FL_HYPHEN = 512;
/** Palatalised onset (art. 17). */
export const FL_PAL = 1024;
/** Syllable pronunciation taken from the lexicon. */
export const FL_LEX = 2048;

export interface RuleOptions {
	/** 문화어발음법 differences (see README). */
	north: boolean;
	/** Art. 20: ㄴ next to ㄹ becomes ㄹ. The DPRK romanization turns this off. */
	liquidise: boolean;
	/** Art. 19: ㄹ → ㄴ after ㅁ ㅇ ㄱ ㅂ. The DPRK romanization keeps r. */
	rToN: boolean;
	/** Use lexicon entries (boundaries, pronunciation overrides). */
	lexicon: boolean;
}

export const SOUTH: RuleOptions = { north: false, liquidise: true, rToN: true, lexicon: true };
export const NORTH: RuleOptions = { north: true, liquidise: true, rToN: true, lexicon: true };
/** DPRK romanization: sound changes except §3.2 (ㄴㄹ as spelled) and ㄹ kept as r. */
export const DPRK_RULES: RuleOptions = {
	north: false,
	liquidise: false,
	rToN: false,
	lexicon: true
};
export const DPRK_ESTABLISHED: RuleOptions = { ...DPRK_RULES, liquidise: true };

/** The word being analysed. Shared scratch space: read it right after `analyze`. */
export const W = {
	n: 0,
	/** Input syllables (after lexicon substitution). */
	src: new Int32Array(32),
	/** Spelled syllables, untouched. */
	orig: new Int32Array(32),
	ini: new Int8Array(32),
	vow: new Int8Array(32),
	fin: new Int8Array(32),
	flags: new Uint16Array(32),
	/** For FL_ASP onsets: the neutral final (F_G, F_D, F_B) that merged with ㅎ. */
	asp: new Int8Array(32)
};

function ensure(n: number): void {
	if (n <= W.src.length) return;
	let cap = W.src.length;
	while (cap < n) cap *= 2;
	W.src = new Int32Array(cap);
	W.orig = new Int32Array(cap);
	W.ini = new Int8Array(cap);
	W.vow = new Int8Array(cap);
	W.fin = new Int8Array(cap);
	W.flags = new Uint16Array(cap);
	W.asp = new Int8Array(cap);
}

// Representative final sound (art. 9–11, default readings).
export const NEUTRAL = new Int8Array([
	0,
	F_G,
	F_G,
	F_G,
	F_N,
	F_N,
	F_N,
	F_D,
	F_L,
	F_G,
	F_M,
	F_L,
	F_L,
	F_L,
	F_B,
	F_L,
	F_M,
	F_B,
	F_B,
	F_D,
	F_D,
	F_NG,
	F_D,
	F_D,
	F_G,
	F_D,
	F_B,
	F_D
]);

// Single final → onset when linked (-1: never linked).
export const LINK_ONSET = new Int8Array(28).fill(-1);
LINK_ONSET[F_G] = I_G;
LINK_ONSET[F_GG] = I_GG;
LINK_ONSET[F_N] = I_N;
LINK_ONSET[F_D] = I_D;
LINK_ONSET[F_L] = I_R;
LINK_ONSET[F_M] = I_M;
LINK_ONSET[F_B] = I_B;
LINK_ONSET[F_S] = I_S;
LINK_ONSET[F_SS] = I_SS;
LINK_ONSET[F_J] = I_J;
LINK_ONSET[F_CH] = I_CH;
LINK_ONSET[F_K] = I_K;
LINK_ONSET[F_T] = I_T;
LINK_ONSET[F_P] = I_P;

// Clusters: the part that stays and the part that links.
export const CLUSTER_FIRST = new Int8Array(28);
export const CLUSTER_SECOND = new Int8Array(28).fill(-1);
for (const [f, a, b] of [
	[F_GS, F_G, I_S],
	[F_NJ, F_N, I_J],
	[F_NH, F_N, I_H],
	[F_LG, F_L, I_G],
	[F_LM, F_L, I_M],
	[F_LB, F_L, I_B],
	[F_LS, F_L, I_S],
	[F_LT, F_L, I_T],
	[F_LP, F_L, I_P],
	[F_LH, F_L, I_H],
	[F_BS, F_B, I_S]
] as const) {
	CLUSTER_FIRST[f] = a;
	CLUSTER_SECOND[f] = b;
}

const TENSE_OF = new Int8Array(19).fill(-1);
TENSE_OF[I_G] = I_GG;
TENSE_OF[I_D] = I_DD;
TENSE_OF[I_B] = I_BB;
TENSE_OF[I_S] = I_SS;
TENSE_OF[I_J] = I_JJ;

const ASPIRATED_OF = new Int8Array(19).fill(-1);
ASPIRATED_OF[I_G] = I_K;
ASPIRATED_OF[I_D] = I_T;
ASPIRATED_OF[I_B] = I_P;
ASPIRATED_OF[I_J] = I_CH;

const NEUTRAL_ONSET = new Int8Array(28).fill(-1);
NEUTRAL_ONSET[F_G] = I_G;
NEUTRAL_ONSET[F_N] = I_N;
NEUTRAL_ONSET[F_D] = I_D;
NEUTRAL_ONSET[F_L] = I_R;
NEUTRAL_ONSET[F_M] = I_M;
NEUTRAL_ONSET[F_B] = I_B;

function isObstruentFinal(f: number): boolean {
	return f === F_G || f === F_D || f === F_B;
}
function nasalOf(f: number): number {
	return f === F_G ? F_NG : f === F_D ? F_N : f === F_B ? F_M : f;
}
function isYVowel(v: number): boolean {
	return v === V_I || v === V_YA || v === V_YEO || v === V_YO || v === V_YU;
}

const CP_BALP = 0xbc1f; // 밟
const CP_NEOLP = 0xb113; // 넓
const CP_JUK = 0xc8fd; // 죽
const CP_DUNG = 0xb465; // 둥
const CP_DEOLP = 0xb35f; // 덟 (여덟)
const LG_NOUN_SET = new Set(LG_NOUNS.map((s) => s.charCodeAt(0)));
// ㄴ+ㄹ exceptions (art. 20 다만): Sino-Korean suffixes after a word of two or more syllables.
// 령 is not among them: 동원령 (令) is [동원녕] but 대관령 (嶺) [대괄령], so 동원령 is in the lexicon.
const NL_EXCEPTION_SUFFIX = new Set(
	['란', '량', '력', '례', '로', '론', '료', '류'].map((s) => s.charCodeAt(0))
);
const ONSET_OF_LETTER: Readonly<Record<string, number>> = { ㅅ: I_S, ㄱ: I_G, ㅂ: I_B };
const CP_GI = 0xae30; // 기
const AFTER_GI = new Set(AFTER_CAUSATIVE_GI.map((s) => s.charCodeAt(0)));
const CP_JAMO_NAME = new Map(
	Object.entries(JAMO_NAME_LINK).map(([name, onset]) => [
		name.charCodeAt(0) * 0x10000 + name.charCodeAt(1),
		ONSET_OF_LETTER[onset]!
	])
);

/** Does the word in W end, from syllable j on, with one of the art. 27 붙임 endings? */
function endsWithTenseEnding(j: number): boolean {
	const rest = String.fromCharCode(...W.src.slice(j, W.n));
	return TENSE_AFTER_L_ENDINGS.includes(rest);
}
// Verb suffix syllables after which ㅈ/ㅊ + ㅎ gives ㅊ (맞히다, 꽂혀); elsewhere ㅌ (꽃향기).
const HI_SUFFIX = new Set(['히', '혀', '혔', '힌', '힐', '힘', '힙'].map((s) => s.charCodeAt(0)));

export interface RuleHit {
	/** 표준 발음법 article (or 문화어발음법 article with "N" prefix). */
	readonly article: string;
	readonly rule: string;
	/** Syllable index in the word where the rule applied (boundary before it). */
	readonly at: number;
}

let trace: RuleHit[] | null = null;
function hit(article: string, rule: string, at: number): void {
	if (trace) trace.push({ article, rule, at });
}

/**
 * Load syllables text[start, end) into W. Hyphens between syllables become boundaries; any
 * other character must not occur in the range.
 */
export function load(text: string, start: number, end: number): void {
	ensure(end - start);
	let n = 0;
	let pending = 0;
	for (let i = start; i < end; i++) {
		const cp = text.charCodeAt(i);
		if (cp === 0x2d) {
			pending = FL_HYPHEN | FL_BOUND;
			continue;
		}
		W.src[n] = cp;
		W.orig[n] = cp;
		W.flags[n] = pending;
		pending = 0;
		n++;
	}
	W.n = n;
}

function codesStartWith(pos: number, word: string): boolean {
	if (pos + word.length > W.n) return false;
	for (let k = 0; k < word.length; k++) if (W.orig[pos + k] !== word.charCodeAt(k)) return false;
	return true;
}

/** Mark lexicon boundaries and substitute lexical pronunciations. */
function applyLexicon(useOverrides: boolean): void {
	const n = W.n;
	const entries = LEXICON_BY_FIRST.get(W.orig[0]!);
	if (entries) {
		for (const e of entries) {
			if (!codesStartWith(0, e.word)) continue;
			for (let k = 0; k < e.marks.length; k++) {
				const m = e.marks[k]!;
				if (m === B_MORPH) W.flags[k] = W.flags[k]! | FL_BOUND;
				else if (m === B_MRDIV) W.flags[k] = W.flags[k]! | FL_BOUND | FL_MRDIV;
				else if (m === B_SAI) W.flags[k] = W.flags[k]! | FL_BOUND | FL_SAI;
			}
			if (useOverrides && e.pron) {
				for (let k = 0; k < e.pron.length; k++) {
					W.src[k] = e.pron.charCodeAt(k);
					W.flags[k] = W.flags[k]! | FL_LEX;
				}
			}
			break;
		}
	}
	for (let i = 1; i < n; i++) {
		const first = W.orig[i]!;
		const prevFinal = (W.orig[i - 1]! - S_BASE) % T_COUNT;
		if (prevFinal !== 0) {
			const ins = N_INSERTION_BY_FIRST.get(first);
			if (ins) for (const w of ins) if (codesStartWith(i, w)) W.flags[i] = W.flags[i]! | FL_BOUND;
			const con = CONTENT_BY_FIRST.get(first);
			if (con) for (const w of con) if (codesStartWith(i, w)) W.flags[i] = W.flags[i]! | FL_BOUND;
		}
		if (i >= 2) {
			const div = MR_DIVISION_BY_FIRST.get(first);
			if (div) {
				for (const w of div)
					if (codesStartWith(i, w)) W.flags[i] = W.flags[i]! | FL_BOUND | FL_MRDIV;
			}
		}
	}
}

/**
 * Apply the sound rules to the word in W (after `load`). Leaves the pronounced jamo in
 * W.ini/vow/fin and the annotations in W.flags/W.asp.
 */
export function analyze(o: RuleOptions): void {
	const n = W.n;
	if (n === 0) return;
	if (o.lexicon) applyLexicon(true);
	const { src, ini, vow, fin, flags, asp } = W;
	for (let i = 0; i < n; i++) {
		const s = src[i]! - S_BASE;
		ini[i] = (s / N_COUNT) | 0;
		vow[i] = ((s % N_COUNT) / T_COUNT) | 0;
		fin[i] = s % T_COUNT;
		asp[i] = 0;
		if (flags[i]! & FL_LEX) {
			// A lexical tense onset where the spelling has a plain one is rule tensification.
			const oi = ((W.orig[i]! - S_BASE) / N_COUNT) | 0;
			if (oi !== ini[i] && TENSE_OF[oi] === ini[i]) flags[i] = flags[i]! | FL_TENSE | FL_TENSE_SON;
		}
	}

	for (let i = 0; i + 1 < n; i++) boundary(i, o);

	// Word-final neutralisation and cluster simplification (art. 8–11).
	const last = n - 1;
	const lf = fin[last]!;
	if (lf === F_LB) {
		fin[last] = src[last] === CP_BALP || (o.north && src[last] !== CP_DEOLP) ? F_B : F_L;
	} else fin[last] = NEUTRAL[lf]!;
	if (lf !== fin[last]) hit('9–11', 'final neutralisation', last);

	if (o.north) {
		// 문화어발음법 제4항: ㅖ after ㄱ ㄹ ㅎ is [ㅔ].
		for (let i = 0; i < n; i++) {
			const on = ini[i]!;
			if (vow[i] === V_YE && (on === I_G || on === I_R || on === I_H)) {
				vow[i] = V_E;
				hit('N4', 'ㅖ → ㅔ after ㄱ ㄹ ㅎ', i);
			}
		}
	}
}

function boundary(i: number, o: RuleOptions): void {
	const { src, ini, vow, fin, flags, asp } = W;
	const j = i + 1;
	let F = fin[i]!;
	let I = ini[j]!;
	const V = vow[j]!;
	const fl = flags[j]!;

	if (F === 0) {
		if (fl & FL_SAI) {
			if (TENSE_OF[I]! >= 0) {
				ini[j] = TENSE_OF[I]!;
				flags[j] = fl | FL_TENSE | FL_TENSE_SON;
				hit('30', 'sai-siot tensification', j);
			} else if (I === I_N || I === I_M) {
				fin[i] = F_N;
				hit('30', 'sai-siot [ㄴ]', j);
			} else if (I === I_O && isYVowel(V)) {
				fin[i] = F_N;
				ini[j] = I_N;
				flags[j] = fl | FL_NINS;
				hit('30', 'sai-siot [ㄴㄴ]', j);
			}
		}
		return;
	}

	if (I === I_O) {
		const letterName = i > 0 ? CP_JAMO_NAME.get(src[i - 1]! * 0x10000 + src[i]!) : undefined;
		if (letterName !== undefined) {
			fin[i] = 0;
			ini[j] = letterName;
			flags[j] = fl | FL_LINK;
			hit('16', 'a letter name links its final as its sound', j);
			return;
		}
		if (fl & FL_BOUND && isYVowel(V)) {
			I = I_N;
			ini[j] = I_N;
			flags[j] = fl | FL_NINS;
			hit('29', 'ㄴ-insertion', j);
			// Continue below: the inserted ㄴ assimilates like any other.
		} else if (fl & FL_BOUND) {
			const nf = F === F_LB && src[i] === CP_BALP ? F_B : NEUTRAL[F]!;
			if (nf === F_NG) return;
			fin[i] = 0;
			ini[j] = NEUTRAL_ONSET[nf]!;
			flags[j] = fl | FL_LINK | FL_CONTENT;
			hit('15', 'neutralise, then link', j);
			return;
		} else {
			if (F === F_NG) return;
			if (F === F_H) {
				fin[i] = 0;
				hit('12.4', 'ㅎ dropped before a vowel', j);
				return;
			}
			if (F === F_NH || F === F_LH) {
				fin[i] = 0;
				ini[j] = F === F_NH ? I_N : I_R;
				flags[j] = fl | FL_LINK;
				hit('12.4', 'ㅎ dropped before a vowel', j);
				return;
			}
			const second = CLUSTER_SECOND[F]!;
			if (second >= 0) {
				fin[i] = CLUSTER_FIRST[F]!;
				let on = second;
				let f2 = fl | FL_LINK;
				if (on === I_S) {
					on = I_SS;
					f2 |= FL_TENSE | (F === F_LS ? FL_TENSE_SON : 0);
				}
				if (F === F_LT && V === V_I) {
					on = I_CH;
					f2 |= FL_PAL;
					hit('17', 'palatalisation', j);
				}
				ini[j] = on;
				flags[j] = f2;
				hit('14', 'linking (cluster)', j);
				return;
			}
			let on = LINK_ONSET[F]!;
			let f2 = fl | FL_LINK;
			if (V === V_I && (F === F_D || F === F_T)) {
				on = F === F_D ? I_J : I_CH;
				f2 |= FL_PAL;
				hit('17', 'palatalisation', j);
			}
			fin[i] = 0;
			ini[j] = on;
			flags[j] = f2;
			hit('13', 'linking', j);
			return;
		}
	}

	if (I === I_H) {
		let out = -1;
		let keep = 0;
		let from = 0;
		switch (F) {
			case F_G:
			case F_GG:
			case F_K:
			case F_GS:
				out = I_K;
				from = F_G;
				break;
			case F_LG:
				out = I_K;
				keep = F_L;
				from = F_G;
				break;
			case F_D:
			case F_S:
			case F_SS:
			case F_T:
				// 제17항 붙임: ㄷ + the suffix 히 (also as 혀, 혔 …) is [치] (닫히다, 닫혀 [다쳐]).
				out = (F === F_D || F === F_T) && (V === V_I || HI_SUFFIX.has(src[j]!)) ? I_CH : I_T;
				from = F_D;
				break;
			case F_J:
			case F_CH:
				out = HI_SUFFIX.has(src[j]!) ? I_CH : I_T;
				from = F_D;
				break;
			case F_NJ:
				out = I_CH;
				keep = F_N;
				from = F_D;
				break;
			case F_B:
			case F_P:
			case F_BS:
				out = I_P;
				from = F_B;
				break;
			case F_LB:
			case F_LP:
				out = I_P;
				keep = F_L;
				from = F_B;
				break;
			case F_LT:
				out = I_T;
				keep = F_L;
				from = F_D;
				break;
			case F_H:
				fin[i] = 0;
				return;
			case F_NH:
				fin[i] = F_N;
				return;
			case F_LH:
			case F_LS:
				fin[i] = F_L;
				return;
			case F_LM:
				fin[i] = F_M;
				return;
			default:
				return; // ㄴ ㄹ ㅁ ㅇ + ㅎ: ㅎ is kept.
		}
		fin[i] = keep;
		ini[j] = out;
		asp[j] = keep === 0 ? from : 0;
		let f2 = fl | (keep === 0 ? FL_ASP : 0);
		if (out === I_CH && (F === F_D || F === F_T)) {
			f2 |= FL_PAL;
			hit('17', 'palatalisation (ㄷ+히)', j);
		} else hit('12.1', 'aspiration (obstruent + ㅎ)', j);
		flags[j] = f2;
		return;
	}

	if (F === F_H || F === F_NH || F === F_LH) {
		const base = F === F_H ? 0 : F === F_NH ? F_N : F_L;
		const asp2 = ASPIRATED_OF[I]!;
		if (asp2 >= 0) {
			ini[j] = asp2;
			fin[i] = base;
			hit('12.1', 'aspiration (ㅎ + obstruent)', j);
			return;
		}
		if (I === I_S) {
			ini[j] = I_SS;
			fin[i] = base;
			hit('12.2', 'ㅎ + ㅅ → ㅆ', j);
			return;
		}
		if (I === I_N) {
			fin[i] = base === 0 ? F_N : base;
			if (base === F_L && o.liquidise) {
				ini[j] = I_R;
				hit('20', 'liquidisation', j);
			}
			hit('12.3', 'ㅎ before ㄴ', j);
			return;
		}
		F = base === 0 ? F_D : base;
	}

	// Consonant + consonant.
	let n: number;
	let sonTense = false;
	if (F === F_LG) {
		if (I === I_G && !LG_NOUN_SET.has(src[i]!)) {
			n = F_L;
			sonTense = true;
		} else n = F_G;
	} else if (F === F_LB) {
		const s = src[i]!;
		if (s === CP_BALP || (s === CP_NEOLP && (src[j] === CP_JUK || src[j] === CP_DUNG))) n = F_B;
		else if (o.north && I !== I_G && s !== CP_DEOLP) n = F_B;
		else n = F_L;
	} else n = NEUTRAL[F]!;
	if (n !== F && F !== F_L) hit('9–11', 'final neutralisation', i);

	const tense = TENSE_OF[I]!;
	if (tense >= 0) {
		if (isObstruentFinal(n)) {
			ini[j] = tense;
			flags[j] = fl | FL_TENSE;
			hit('23', 'tensification after an obstruent', j);
		} else if (
			I !== I_B &&
			(sonTense || F === F_NJ || F === F_LM || ((F === F_LB || F === F_LT) && n === F_L)) &&
			// 제24항 다만: the causative/passive -기- is not tensed (굶기다, 옮기다).
			!(src[j] === CP_GI && j + 1 < W.n && AFTER_GI.has(src[j + 1]!))
		) {
			ini[j] = tense;
			flags[j] = fl | FL_TENSE | FL_TENSE_SON;
			hit(F === F_NJ || F === F_LM ? '24' : '25', 'tensification after a verb stem', j);
		}
	}

	if (F === F_L && tense >= 0 && !(flags[j]! & FL_TENSE) && endsWithTenseEnding(j)) {
		ini[j] = tense;
		flags[j] = fl | FL_TENSE | FL_TENSE_SON;
		hit('27 붙임', 'tense ending after -(으)ㄹ', j);
	}

	if (isObstruentFinal(n) && (I === I_N || I === I_M)) {
		n = nasalOf(n);
		hit('18', 'nasalisation', j);
	}

	if (I === I_R) {
		if (n === F_M || n === F_NG) {
			if (o.rToN) {
				ini[j] = I_N;
				hit('19', 'ㄹ → ㄴ after ㅁ ㅇ', j);
			}
		} else if (isObstruentFinal(n)) {
			n = nasalOf(n);
			if (o.rToN) {
				ini[j] = I_N;
				hit('19 붙임', 'ㄹ → ㄴ after ㄱ ㅂ, then nasalisation', j);
			} else hit('18', 'nasalisation', j);
		} else if (n === F_N && o.liquidise) {
			if (j === W.n - 1 && j >= 2 && NL_EXCEPTION_SUFFIX.has(src[j]!)) {
				ini[j] = I_N;
				hit('20 다만', 'ㄹ → ㄴ after ㄴ (listed suffixes)', j);
			} else {
				n = F_L;
				hit('20', 'liquidisation', j);
			}
		}
	} else if (I === I_N && n === F_L && o.liquidise) {
		ini[j] = I_R;
		hit('20', 'liquidisation', j);
	}
	fin[i] = n;
}

/** Compose W's pronounced jamo as Hangul. */
/**
 * 제5항 다만 1 and 3, which change only how a vowel sounds, so the romanizers (which read W
 * after `analyze`) keep the spelled vowel: ㅕ after ㅈ ㅉ ㅊ is [ㅓ] (가져 [가저], 다쳐 [다처]),
 * ㅢ after a consonant is [ㅣ] (무늬 [무니], 희망 [히망]). The South standard only: the
 * 문화어발음법 articles on ㅢ are not checked against a source here.
 */
function surfaceVowels(o: RuleOptions): void {
	if (o.north) return;
	const { ini, vow } = W;
	for (let i = 0; i < W.n; i++) {
		const on = ini[i]!;
		if (vow[i] === V_YEO && (on === I_J || on === I_JJ || on === I_CH)) {
			vow[i] = V_EO;
			hit('5 다만 1', 'ㅕ after ㅈ ㅉ ㅊ is [ㅓ]', i);
		} else if (vow[i] === V_UI && on !== I_O) {
			vow[i] = V_I;
			hit('5 다만 3', 'ㅢ after a consonant is [ㅣ]', i);
		}
	}
}

export function pronouncedString(): string {
	let out = '';
	for (let i = 0; i < W.n; i++) {
		out += String.fromCharCode(composeSyllable(W.ini[i]!, W.vow[i]!, W.fin[i]!));
	}
	return out;
}

/**
 * Calls `word(start, end)` for each run of syllables (hyphens between syllables included) and
 * `other(start, end)` for everything in between.
 */
export function scan(
	text: string,
	word: (start: number, end: number) => void,
	other: (start: number, end: number) => void
): void {
	const len = text.length;
	let i = 0;
	while (i < len) {
		const start = i;
		if (isSyllable(text.charCodeAt(i))) {
			i++;
			while (i < len) {
				const c = text.charCodeAt(i);
				if (isSyllable(c)) i++;
				else if (c === 0x2d && i + 1 < len && isSyllable(text.charCodeAt(i + 1))) i += 2;
				else break;
			}
			word(start, i);
		} else {
			i++;
			while (i < len && !isSyllable(text.charCodeAt(i))) i++;
			other(start, i);
		}
	}
}

export interface PronounceOptions {
	/** 'south' (표준 발음법, default) or 'north' (문화어발음법 differences, see README). */
	standard?: Standard;
}

/** Standard pronunciation in phonetic Hangul: 신라 → 실라, 국밥 → 국빱, 같이 → 가치. */
export function pronounce(text: string, opts: PronounceOptions = {}): string {
	const o = opts.standard === 'north' ? NORTH : SOUTH;
	const src = composeConjoining(text);
	let out = '';
	scan(
		src,
		(s, e) => {
			load(src, s, e);
			analyze(o);
			surfaceVowels(o);
			let k = 0;
			for (let p = s; p < e; p++) {
				if (src.charCodeAt(p) === 0x2d) {
					out += '-';
					continue;
				}
				out += String.fromCharCode(composeSyllable(W.ini[k]!, W.vow[k]!, W.fin[k]!));
				k++;
			}
		},
		(s, e) => {
			out += src.slice(s, e);
		}
	);
	return out;
}

export interface PronunciationDetail {
	/** The word as given. */
	readonly spelled: string;
	/** Its standard pronunciation in Hangul. */
	readonly pronounced: string;
	/** Which rules applied, in order. */
	readonly rules: readonly RuleHit[];
	/** The pronunciation comes (partly) from the lexicon rather than the rules. */
	readonly lexical: boolean;
	/**
	 * Tensification after a sonorant (art. 24–28) occurred: RR leaves it unwritten, and the
	 * pronounced Hangul no longer shows that it was not spelled.
	 */
	readonly sonorantTensification: boolean;
}

/** Pronunciation of each Hangul word in `text`, with the rules that produced it. */
export function pronunciationOf(text: string, opts: PronounceOptions = {}): PronunciationDetail[] {
	const o = opts.standard === 'north' ? NORTH : SOUTH;
	const src = composeConjoining(text);
	const result: PronunciationDetail[] = [];
	scan(
		src,
		(s, e) => {
			const hits: RuleHit[] = [];
			trace = hits;
			try {
				load(src, s, e);
				analyze(o);
				surfaceVowels(o);
			} finally {
				trace = null;
			}
			let lexical = false;
			let son = false;
			for (let k = 0; k < W.n; k++) {
				if (W.flags[k]! & FL_LEX) lexical = true;
				if (W.flags[k]! & FL_TENSE_SON) son = true;
			}
			result.push({
				spelled: src.slice(s, e),
				pronounced: pronouncedString(),
				rules: hits,
				lexical,
				sonorantTensification: son
			});
		},
		() => {}
	);
	return result;
}
