/**
 * One form for text from anywhere: what readers paste is not always what they see. macOS and
 * some PDFs hand over Hangul decomposed (NFD: 냉 as ᄂ + ᅢ + ᆼ), East Asian keyboards and menus
 * type Latin letters full width (ｎａｅｎｇｍｙｅｏｎ), old systems half-width jamo (ﾡ). Every
 * boundary where text comes in (a search query, a text to decode, a word to romanize) reads it
 * through normalizeText, so the engine only ever meets composed syllables, compatibility jamo
 * and plain ASCII.
 *
 * Not NFKC over the whole text: it maps compatibility jamo (ㄴㅁ, the initials a reader types)
 * to conjoining jamo (U+1102, U+1106) that are no longer letters of their own, and parenthesised
 * or circled Hangul (㈜, ㉠) to other text. Only the half-width and full-width forms block gets
 * NFKC, which maps it to what it stands for; NFC does the rest (hanja compatibility ideographs
 * included: they have canonical mappings).
 */

const WIDTH_FORMS = /[\u3000\uFF01-\uFFEE]/;
const WIDTH_FORMS_ALL = /[\u3000\uFF01-\uFFEE]/g;
/** Conjoining jamo NFC could not compose into a syllable (a lone one, or an old letter). */
const CONJOINING = /[\u1100-\u11FF]/;
const CONJOINING_ALL = /[\u1100-\u11FF]/g;

/** Compatibility jamo for each conjoining one: initials 1100–1112, vowels 1161–1175, finals 11A8–11C2. */
const COMPAT = new Map<number, string>();
[...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'].forEach((c, i) => COMPAT.set(0x1100 + i, c));
[...'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ'].forEach((c, i) => COMPAT.set(0x1161 + i, c));
[...'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'].forEach((c, i) =>
	COMPAT.set(0x11a8 + i, c)
);

/** The width forms' own letters (ｎ → n, the ideographic space → space, ﾡ → ㄱ). */
function foldWidth(text: string): string {
	return text.replace(WIDTH_FORMS_ALL, (c) => {
		const folded = c.normalize('NFKC');
		// Half-width jamo fold to conjoining jamo; as letters they are the compatibility ones.
		return folded.length === 1 ? (COMPAT.get(folded.charCodeAt(0)) ?? folded) : folded;
	});
}

/** text in NFC, width forms folded, stray conjoining jamo as compatibility jamo. */
export function normalizeText(text: string): string {
	let out = WIDTH_FORMS.test(text) ? foldWidth(text) : text;
	out = out.normalize('NFC');
	if (CONJOINING.test(out)) {
		out = out.replace(CONJOINING_ALL, (c) => COMPAT.get(c.charCodeAt(0)) ?? c);
	}
	return out;
}

/** A normalised text and the way back from its offsets to those of the text as given. */
export interface NormalizedText {
	text: string;
	/** The offset in the given text of a start (side 'start') or an end in the normalised one. */
	toOriginal(offset: number, side: 'start' | 'end'): number;
}

/** A code point that NFC may join to the one before it: a combining mark, a vowel or final jamo. */
const JOINS_PREVIOUS = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

/**
 * normalizeText with a map of offsets: the text is cut before every code point that cannot
 * join the one before it, each piece normalised alone (NFC never composes across such a cut),
 * and the pieces' starts in both texts kept. An offset inside a piece (which a decoder mark
 * never makes: pieces are whole syllables) maps to the piece's start or end.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
	const text = normalizeText(original);
	if (text === original) return { text, toOriginal: (offset) => offset };
	const from: number[] = [];
	const to: number[] = [];
	let out = '';
	let start = 0;
	const flush = (end: number) => {
		if (end <= start) return;
		from.push(start);
		to.push(out.length);
		out += normalizeText(original.slice(start, end));
		start = end;
	};
	for (let i = 0; i < original.length;) {
		const code = original.codePointAt(i)!;
		const width = code > 0xffff ? 2 : 1;
		if (i > 0 && !JOINS_PREVIOUS.test(original.slice(i, i + width))) flush(i);
		i += width;
	}
	flush(original.length);
	from.push(original.length);
	to.push(out.length);
	return {
		// The pieces give the same text as the whole, save where NFC would join across a cut;
		// then the offsets are of the pieces' text, which is the one decoded.
		text: out,
		toOriginal(offset, side) {
			let lo = 0;
			let hi = to.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >>> 1;
				if (to[mid]! <= offset) lo = mid;
				else hi = mid - 1;
			}
			if (to[lo] === offset || side === 'start') return from[lo]!;
			return from[Math.min(lo + 1, from.length - 1)]!;
		}
	};
}
