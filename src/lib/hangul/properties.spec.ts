import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	KINDS,
	SYSTEMS,
	decompose,
	initials,
	pronounce,
	pronunciationOf,
	romanize,
	type RomanizationSystem,
	type TextKind
} from './index';
import { isHangulCodePoint } from './jamo';

const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
/** Any UTF-16 code unit, so lone surrogates occur. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Text biased towards the interesting parts: syllables, jamo, ASCII, marks, surrogates. */
const mixedUnit = fc.oneof(
	syllable,
	fc.integer({ min: 0x3131, max: 0x318e }).map((c) => String.fromCharCode(c)),
	fc.integer({ min: 0x1100, max: 0x11ff }).map((c) => String.fromCharCode(c)),
	fc.constantFrom(' ', '-', '1', '2', ',', '.', '\u0301', '\ud800', '\udc00', '\n', "'"),
	fc.string({ unit: 'grapheme-ascii', maxLength: 3 })
);
const anyText = fc.oneof(
	fc.string({ unit: codeUnit, maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.string({ unit: mixedUnit, maxLength: 30 })
);
const hangulWord = fc.string({ unit: syllable, minLength: 1, maxLength: 6 });
const system = fc.constantFrom<RomanizationSystem>(...SYSTEMS);
const kind = fc.constantFrom<TextKind>(...KINDS);

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

describe('properties', () => {
	it('never throws, whatever the input, system and kind', () => {
		fc.assert(
			fc.property(anyText, system, kind, fc.boolean(), (t, s, k, flag) => {
				romanize(t, { system: s, kind: k, hyphenAmbiguous: flag, nameHyphen: flag });
				pronounce(t);
				pronounce(t, { standard: 'north' });
				pronunciationOf(t);
				decompose(t);
				initials(t);
			}),
			{ numRuns: 3000 }
		);
	});

	it('rr and mr-ascii give ASCII for Hangul-syllable-only input', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: syllable, minLength: 1, maxLength: 8 }),
				fc.constantFrom<RomanizationSystem>('rr', 'mr-ascii', 'rr-translit', 'yale'),
				kind,
				(t, s, k) => {
					expect(isAscii(romanize(t, { system: s, kind: k }))).toBe(true);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('the pronunciation is a fixed point of the sound rules', () => {
		fc.assert(
			fc.property(
				hangulWord,
				fc.constantFrom<'south' | 'north'>('south', 'north'),
				(w, standard) => {
					const p = pronounce(w, { standard });
					expect(pronounce(p, { standard })).toBe(p);
				}
			),
			{ numRuns: 5000 }
		);
	});

	/*
	 * RR writes the pronunciation, so romanizing the pronunciation gives the same result. This
	 * holds because (1) pronounce() is idempotent (above), (2) RR reads only the pronounced jamo:
	 * a tense stop after an obstruent final is written plain whether it was spelled or produced
	 * by art. 23, except in reduplications, which look the same in both, and (3) vowels are left
	 * as spelled. It cannot hold where tensification follows a sonorant (art. 24–28 or a lexicon
	 * pronunciation: 앉고 [안꼬] is "ango", but the spelled 안꼬 is "ankko") nor where art. 5 다만
	 * changes a vowel's sound (희망 [히망] is still "huimang"), so those words are excluded, and only
	 * those.
	 */
	it('romanize(pronounce(w)) === romanize(w) in RR written from the sound alone', () => {
		// spelledTense (the default) reads the spelling: 벚꽃 beotkkot, but [벋꼳] beotgot.
		const bySound = { spelledTense: false } as const;
		fc.assert(
			fc.property(hangulWord, (w) => {
				const [d] = pronunciationOf(w);
				fc.pre(!d!.sonorantTensification && !d!.lexical);
				// Art. 5 다만 changes how a vowel sounds (희망 [히망]); RR writes the spelled vowel.
				fc.pre(!d!.rules.some((r) => r.article.startsWith('5 ')));
				// A repeated syllable reads as a spelled reduplication, which RR writes; in the
				// spelling (뚹뚹나) or in the sound written as text (각각 → 깍깍) the two inputs differ.
				fc.pre(!/(..?)\1/u.test(w) && !/(..?)\1/u.test(pronounce(w)));
				expect(romanize(pronounce(w), bySound)).toBe(romanize(w, bySound));
			}),
			{ numRuns: 5000 }
		);
	});

	it('non-Hangul text is returned unchanged', () => {
		const nonHangul = anyText.filter((t) => {
			for (const ch of t) if (isHangulCodePoint(ch.codePointAt(0)!)) return false;
			return true;
		});
		fc.assert(
			fc.property(nonHangul, system, kind, (t, s, k) => {
				expect(romanize(t, { system: s, kind: k })).toBe(t);
				expect(pronounce(t)).toBe(t);
				expect(decompose(t)).toBe(t);
			}),
			{ numRuns: 3000 }
		);
	});

	it('decompose and initials agree on syllable count', () => {
		fc.assert(
			fc.property(hangulWord, (w) => {
				expect(initials(w).length).toBe(w.length);
				expect(decompose(w, { split: false }).length).toBeGreaterThanOrEqual(2 * w.length);
			})
		);
	});
});

describe('search helpers', () => {
	it('initials', () => {
		expect(initials('냉면')).toBe('ㄴㅁ');
		expect(initials('김치 찌개!')).toBe('ㄱㅊ ㅉㄱ!');
	});
	it('decompose', () => {
		expect(decompose('닭')).toBe('ㄷㅏㄹㄱ');
		expect(decompose('닭', { split: false })).toBe('ㄷㅏㄺ');
		expect(decompose('과자')).toBe('ㄱㅗㅏㅈㅏ');
		expect(decompose('a냉')).toBe('aㄴㅐㅇ');
	});
});
