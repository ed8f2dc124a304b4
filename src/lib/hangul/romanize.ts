/**
 * `romanize`: splits text into Hangul words and everything else, decides per kind (word, place,
 * person) how a word is cut into parts, and hands each part to the system's writer.
 */

import { isCompatJamo, composeConjoining, F_NG, I_O, isSyllable } from './jamo';
import { DPRK_INTERNATIONAL, DPRK_LL_ESTABLISHED, L_LOANWORDS } from './lexicon';
import {
	CLUSTER_FIRST,
	CLUSTER_SECOND,
	DPRK_ESTABLISHED,
	DPRK_RULES,
	LINK_ONSET,
	NEUTRAL,
	SOUTH,
	analyze,
	load,
	scan
} from './pronounce';
import { RR_CODA, RR_JAMO, RR_ONSET, RR_VOWEL, rrWord } from './rr';
import { MR_JAMO, mrAscii, mrWord } from './mr';
import { DPRK_JAMO, dprkWord, type DprkEdition } from './dprk';
import { TRANSLIT_JAMO, YALE_JAMO, translitWord, yaleWord } from './translit';
import {
	DPRK_NATURAL,
	DPRK_UNITS,
	MR_NATURAL,
	MR_UNITS,
	RR_OMITTABLE,
	RR_UNITS,
	genericStart,
	looksNative,
	sinoNumber,
	splitPerson,
	DOUBLE_SURNAMES
} from './names';

export const SYSTEMS = ['rr', 'rr-translit', 'mr', 'mr-ascii', 'dprk', 'yale'] as const;
export type RomanizationSystem = (typeof SYSTEMS)[number];
export const KINDS = ['word', 'place', 'person'] as const;
export type TextKind = (typeof KINDS)[number];

export interface RomanizeOptions {
	/** Default 'rr'. */
	system?: RomanizationSystem;
	/** Default 'word'. Place and person change hyphenation, capitals and sound changes. */
	kind?: TextKind;
	/**
	 * Capitalise each romanized Hangul word. Default: true for place and person (RR 3-3),
	 * false for word — pass true for a proper noun or a title given as kind 'word'.
	 */
	capitalize?: boolean;
	/**
	 * Hyphen between the syllables of a given name: RR 3-4 allows it (Min Yong-ha; default
	 * false), ALA-LC requires it for two-syllable names (Ha Ri-su; default true for MR).
	 */
	nameHyphen?: boolean;
	/** RR 3-5 붙임: leave out 시, 군, 읍 (청주시 Cheongju). Default false. */
	omitUnit?: boolean;
	/** Show a number before an administrative unit with its reading, 1(il)-dong. Default true. */
	numberReading?: boolean;
	/** RR 3-2: hyphen where a syllable break could be misread (중앙 Jung-ang). Default false. */
	hyphenAmbiguous?: boolean;
	/**
	 * RR 3-1-4 다만: write ㅎ after ㄱ ㄷ ㅂ in nouns (묵호 Mukho, 식혜 sikhye) instead of the
	 * aspirate. Default true for place and person; for kind 'word' default false, because a word
	 * may be a verb form (먹히다 meokida) and the spelling does not say which.
	 */
	noun?: boolean;
	/**
	 * RR: write a tense consonant the spelling has after a ㄱ ㄷ ㅂ final (벚꽃[벋꼳] beotkkot, the
	 * example of RR ch. 2 붙임 1; 식빵 sikppang, 떡꼬치 tteokkkochi). Default true. Tensing by sound
	 * change stays unwritten either way (국밥 [국빱] gukbap). Off, only reduplications keep their
	 * tense letters (똑똑 ttokttok), which makes RR a function of the pronunciation alone.
	 */
	spelledTense?: boolean;
	/** MR: ㅅ before ㅣ as sh (1939 paper). Default false (ALA-LC: si; shwi either way). */
	shi?: boolean;
	/** DPRK text to follow where 2002 and 2012 differ. Default 2012. */
	edition?: DprkEdition;
	/** DPRK: use established international place spellings (평양 Pyongyang). Default true. */
	established?: boolean;
}

interface Ctx {
	system: RomanizationSystem;
	kind: TextKind;
	capitalize: boolean;
	nameHyphen: boolean | undefined;
	omitUnit: boolean;
	numberReading: boolean;
	hyphenAmbiguous: boolean;
	noun: boolean;
	spelledTense: boolean;
	shi: boolean;
	edition: DprkEdition;
	established: boolean;
}

function startsWithAny(text: string, start: number, words: readonly string[]): boolean {
	for (const w of words) if (text.startsWith(w, start)) return true;
	return false;
}

/** One Hangul word text[s, e) in the context's system, no capitalisation. */
function word(text: string, s: number, e: number, c: Ctx, voiceFirst = false): string {
	switch (c.system) {
		case 'rr':
			load(text, s, e);
			analyze(SOUTH);
			return rrWord({
				noun: c.noun,
				hyphenAmbiguous: c.hyphenAmbiguous,
				spelledTense: c.spelledTense
			});
		case 'rr-translit':
			return translitWord(text, s, e);
		case 'yale':
			return yaleWord(text, s, e);
		case 'mr':
		case 'mr-ascii': {
			load(text, s, e);
			analyze(SOUTH);
			const out = mrWord({
				shi: c.shi,
				division: true,
				hyphenAt: -1,
				lInitial: startsWithAny(text, s, L_LOANWORDS),
				hyphenMask: 0
			});
			return c.system === 'mr-ascii' ? mrAscii(out) : out;
		}
		case 'dprk': {
			loadDprk(text, s, e);
			return dprkWord({
				edition: c.edition,
				voiceFirst,
				voiceAt: -1,
				established: dprkLl,
				spaceMask: 0
			});
		}
	}
}

let dprkLl = false;

/** Load and analyse for the DPRK system, applying §3.2 established ll forms. */
function loadDprk(text: string, s: number, e: number): void {
	dprkLl = false;
	for (const k in DPRK_LL_ESTABLISHED) {
		if (text.startsWith(k, s) && s + k.length <= e) {
			const respelled = DPRK_LL_ESTABLISHED[k]!;
			text = text.slice(0, s) + respelled + text.slice(s + k.length);
			e += respelled.length - k.length;
			dprkLl = true;
			break;
		}
	}
	load(text, s, e);
	analyze(dprkLl ? DPRK_ESTABLISHED : DPRK_RULES);
}

function jamoTable(system: RomanizationSystem): Readonly<Record<string, string>> {
	switch (system) {
		case 'rr':
			return RR_JAMO;
		case 'rr-translit':
			return TRANSLIT_JAMO;
		case 'yale':
			return YALE_JAMO;
		case 'mr':
		case 'mr-ascii':
			return MR_JAMO;
		case 'dprk':
			return DPRK_JAMO;
	}
}

/** Non-syllable text: kept as is, except lone compatibility jamo, which get their table value. */
function other(text: string, s: number, e: number, c: Ctx): string {
	let k = s;
	while (k < e && !isCompatJamo(text.charCodeAt(k))) k++;
	if (k === e) return s === 0 && e === text.length ? text : text.slice(s, e);
	const table = jamoTable(c.system);
	let out = text.slice(s, k);
	for (; k < e; k++) {
		const ch = text[k]!;
		if (isCompatJamo(text.charCodeAt(k))) {
			// A table cell gives both values of a consonant (ㄱ g,k); inside text, the first.
			const cell = table[ch] ?? ch;
			const v = e - s === 1 && text.length === 1 ? cell : cell.split(',')[0]!;
			out += c.system === 'mr-ascii' ? mrAscii(v) : v;
		} else out += ch;
	}
	return out;
}

function cap(s: string): string {
	if (s === '') return s;
	const f = s[0]!;
	const up = f.toUpperCase();
	return up === f ? s : up + s.slice(1);
}

/** DPRK 2012: an initial double consonant may be capitalised as a unit (JJilregol). */
function capDprk(s: string, c: Ctx): string {
	if (c.edition === 2012 && s.length >= 2 && s[0] === s[1] && 'kptsj'.includes(s[0]!))
		return s.slice(0, 2).toUpperCase() + s.slice(2);
	return cap(s);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function text(src: string, c: Ctx): string {
	let out = '';
	scan(
		src,
		(s, e) => {
			const w = word(src, s, e, c);
			// A capital starts a word, never the middle of a token (ㅠ동 yudong, 3·1절 3·1jeol).
			out += c.capitalize && (s === 0 || !LETTER_OR_DIGIT.test(src[s - 1]!)) ? cap(w) : w;
		},
		(s, e) => {
			out += other(src, s, e, c);
		}
	);
	return out;
}

function allSyllables(t: string): boolean {
	if (t === '') return false;
	for (let i = 0; i < t.length; i++) if (!isSyllable(t.charCodeAt(i))) return false;
	return true;
}

/** A place-name token without digits: name plus optional generic term. */
function placeWord(t: string, c: Ctx): string {
	switch (c.system) {
		case 'rr':
		case 'rr-translit': {
			const k = genericStart(t, RR_UNITS);
			if (k < 0) return cap(word(t, 0, t.length, c));
			const unit = t.slice(k);
			const name = cap(word(t, 0, k, c));
			// 3-5: no sound change across the hyphen, so the unit is a word of its own.
			if (c.omitUnit && RR_OMITTABLE.includes(unit)) return name;
			return name + '-' + word(t, k, t.length, c);
		}
		case 'mr':
		case 'mr-ascii': {
			let k = genericStart(t, MR_UNITS);
			if (k >= 0 && c.omitUnit && RR_OMITTABLE.includes(t.slice(k))) return cap(word(t, 0, k, c));
			if (k < 0) k = genericStart(t, MR_NATURAL);
			// BGN/PCGN note 3: sound changes are shown across the generic's hyphen.
			load(t, 0, t.length);
			analyze(SOUTH);
			const out = mrWord({
				shi: c.shi,
				division: true,
				hyphenAt: k,
				lInitial: startsWithAny(t, 0, L_LOANWORDS),
				hyphenMask: 0
			});
			return cap(c.system === 'mr-ascii' ? mrAscii(out) : out);
		}
		case 'dprk': {
			const k = genericStart(t, DPRK_UNITS);
			if (k >= 0) {
				if (c.omitUnit && RR_OMITTABLE.includes(t.slice(k))) return capDprk(word(t, 0, k, c), c);
				return capDprk(word(t, 0, k, c), c) + '-' + word(t, k, t.length, c, true);
			}
			const intl = c.established ? DPRK_INTERNATIONAL[t] : undefined;
			if (intl !== undefined) return intl;
			const g = genericStart(t, DPRK_NATURAL);
			loadDprk(t, 0, t.length);
			return capDprk(
				dprkWord({
					edition: c.edition,
					voiceFirst: false,
					voiceAt: g,
					established: dprkLl,
					spaceMask: 0
				}),
				c
			);
		}
		case 'yale':
			return cap(word(t, 0, t.length, c));
	}
}

const NUMBERED = /^([\uac00-\ud7a3]*)([0-9]+)([\uac00-\ud7a3]+)$/;

function place(src: string, c: Ctx): string {
	let out = '';
	const parts = src.split(/(\s+)/);
	for (const part of parts) {
		if (part === '' || /^\s+$/.test(part)) {
			out += part;
			continue;
		}
		if (allSyllables(part)) {
			out += placeWord(part, c);
			continue;
		}
		// Brackets and quotes around a name (중구) are not part of it: "(Jung-gu)".
		const wrapped = /^(\p{P}+)(.+?)(\p{P}*)$|^(.+?)(\p{P}+)$/u.exec(part);
		if (wrapped) {
			const [, open = '', inner1, close1 = '', inner2, close2 = ''] = wrapped;
			out += open + place(inner1 ?? inner2!, c) + (inner1 !== undefined ? close1 : close2);
			continue;
		}
		const m = NUMBERED.exec(part);
		if (m && genericStart(m[3]!, RR_UNITS, 0) === 0) {
			const [, name = '', digits = '', unit = ''] = m;
			let s = name === '' ? '' : placeWord(name, c) + ' ';
			s += digits;
			const reading = sinoNumber(digits);
			let read: string;
			let unitOut: string;
			if (c.system === 'mr' || c.system === 'mr-ascii') {
				// MR shows sound changes across the generic's hyphen, so the unit is read after the
				// number's reading (1(il)-ga, not 1(il)-ka).
				const joined = reading + unit;
				load(joined, 0, joined.length);
				analyze(SOUTH);
				let r = mrWord({
					shi: c.shi,
					division: false,
					hyphenAt: reading.length,
					lInitial: false,
					hyphenMask: 0
				});
				if (c.system === 'mr-ascii') r = mrAscii(r);
				const cut = r.lastIndexOf('-');
				read = r.slice(0, cut);
				unitOut = r.slice(cut + 1);
			} else {
				read = word(reading, 0, reading.length, c);
				unitOut = word(unit, 0, unit.length, c, c.system === 'dprk');
			}
			if (c.numberReading) s += '(' + read + ')';
			out += s + '-' + unitOut;
			continue;
		}
		out += text(part, { ...c, capitalize: true });
	}
	return out;
}

/** RR 3-4 붙임: no sound change inside a given name; letters are still read before a vowel. */
function rrGiven(g: string): string {
	let out = '';
	for (let i = 0; i < g.length; i++) {
		const cp = g.charCodeAt(i);
		if (!isSyllable(cp)) {
			out += g[i];
			continue;
		}
		const s = cp - 0xac00;
		let ini = (s / 588) | 0;
		const vow = ((s % 588) / 28) | 0;
		const fin = s % 28;
		if (i > 0 && ini === I_O) {
			const p = g.charCodeAt(i - 1);
			const pf = isSyllable(p) ? (p - 0xac00) % 28 : 0;
			if (pf !== 0 && pf !== F_NG) {
				ini = CLUSTER_SECOND[pf]! >= 0 ? CLUSTER_SECOND[pf]! : LINK_ONSET[pf]!;
			}
			if (ini < 0) ini = I_O;
		}
		out += RR_ONSET[ini]! + RR_VOWEL[vow]!;
		if (fin !== 0) {
			const next = i + 1 < g.length ? g.charCodeAt(i + 1) : 0;
			const nextSilent = isSyllable(next) && (((next - 0xac00) / 588) | 0) === I_O;
			if (nextSilent && fin !== F_NG) {
				const first = CLUSTER_FIRST[fin]!;
				if (first) out += RR_CODA[first]!;
			} else out += RR_CODA[NEUTRAL[fin]!]!;
		}
	}
	return out;
}

/** A run of Hangul syllables, hyphens allowed inside (given names written 철-수). */
const NAME_RUN = /[\uAC00-\uD7A3]+(?:-[\uAC00-\uD7A3]+)*/gu;

/**
 * Person kind: each run of Hangul syllables is a name (김철수, 이영희 is two); a lone surname
 * followed by a space joins the next run (김 철수). Everything between names — punctuation,
 * digits, Latin text, tabs, newlines — is kept exactly, lone jamo as in running text.
 */
function person(src: string, c: Ctx): string {
	const runs = [...src.matchAll(NAME_RUN)];
	let out = '';
	let at = 0;
	for (let r = 0; r < runs.length; r++) {
		const start = runs[r]!.index;
		let end = start + runs[r]![0].length;
		const next = runs[r + 1];
		if (next && /^ +$/.test(src.slice(end, next.index))) {
			const run = runs[r]![0];
			if (run.length === 1 || DOUBLE_SURNAMES.includes(run)) {
				end = next.index + next[0].length;
				r++;
			}
		}
		if (start > at) out += other(src, at, start, c);
		out += personName(src.slice(start, end), c);
		at = end;
	}
	if (at < src.length) out += other(src, at, src.length, c);
	return out;
}

function personName(src: string, c: Ctx): string {
	const p = splitPerson(src);
	if (!p || !allSyllables(p.surname)) return text(src, c);
	const { surname, given } = p;
	const g = given.replace(/[\s-]/g, '');
	let sur: string;
	let giv = '';
	switch (c.system) {
		case 'rr': {
			sur = cap(word(surname, 0, surname.length, c));
			if (g !== '') {
				if (c.nameHyphen) giv = [...g].map(rrGiven).join('-');
				else giv = rrGiven(g);
				giv = cap(giv);
			}
			break;
		}
		case 'mr':
		case 'mr-ascii': {
			// ALA-LC: 이/리 (李) is always Yi.
			sur = surname === '이' || surname === '리' ? 'Yi' : cap(word(surname, 0, surname.length, c));
			if (g !== '') {
				const hyphen = c.nameHyphen ?? g.length === 2;
				load(g, 0, g.length);
				analyze(SOUTH);
				let mask = 0;
				if (hyphen) for (let k = 1; k < Math.min(g.length, 31); k++) mask |= 1 << k;
				giv = cap(
					mrWord({ shi: c.shi, division: false, hyphenAt: -1, lInitial: false, hyphenMask: mask })
				);
				if (c.system === 'mr-ascii') giv = mrAscii(giv);
			}
			if (c.system === 'mr-ascii') sur = mrAscii(sur);
			break;
		}
		case 'dprk': {
			sur = cap(word(surname, 0, surname.length, c));
			if (g !== '') {
				load(g, 0, g.length);
				analyze(DPRK_RULES);
				// Sino-Korean given names: one syllable per word, each capitalised (Pak Tong Gu).
				let mask = 0;
				if (!looksNative(g)) for (let k = 1; k < Math.min(g.length, 31); k++) mask |= 1 << k;
				giv = dprkWord({
					edition: c.edition,
					voiceFirst: false,
					voiceAt: -1,
					established: false,
					spaceMask: mask
				})
					.split(' ')
					.map(cap)
					.join(' ');
			}
			break;
		}
		default: {
			sur = cap(word(surname, 0, surname.length, c));
			if (g !== '') giv = cap(word(g, 0, g.length, c));
		}
	}
	return giv === '' ? sur : sur + ' ' + giv;
}

/**
 * Romanize Korean text. Non-Hangul passes through unchanged, sound changes stop at spaces and
 * punctuation, and lone jamo get their table value (ㄱ → "g,k" in RR).
 */
export function romanize(input: string, opts: RomanizeOptions = {}): string {
	const kind = opts.kind ?? 'word';
	const system = opts.system ?? 'rr';
	const proper = kind !== 'word';
	const c: Ctx = {
		system,
		kind,
		capitalize: opts.capitalize ?? proper,
		nameHyphen: opts.nameHyphen,
		omitUnit: opts.omitUnit ?? false,
		numberReading: opts.numberReading ?? true,
		hyphenAmbiguous: opts.hyphenAmbiguous ?? false,
		noun: opts.noun ?? proper,
		spelledTense: opts.spelledTense ?? true,
		shi: opts.shi ?? false,
		edition: opts.edition ?? 2012,
		established: opts.established ?? true
	};
	const src = composeConjoining(input);
	if (kind === 'person') return person(src, c);
	if (kind === 'place') return place(src, c);
	return text(src, c);
}
