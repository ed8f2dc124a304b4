import { describe, expect, it } from 'vitest';
import { romanize } from './index';

/*
 * Worked RR values, each derived by hand from the rule text (RULES.md, RR chapter 3), for the
 * mutants of rr.ts that the vector tables let survive (issue 20). Each block names the mutant it
 * kills.
 */
const rr = (hangul: string, extra: Record<string, boolean> = {}) =>
	romanize(hangul, { system: 'rr', kind: 'word', ...extra });

describe('RR does not write tensification after a sonorant (3-1: "Tensification is not written")', () => {
	// Kills rr.ts `fl & FL_TENSE && fl & FL_TENSE_SON` made false (or either side made true): the
	// pronounced tense onset was written — 비빔밥 [비빔빱] became bibimppap, 앉고 [안꼬] ankko,
	// 평가 [평까] pyeongkka, 실시 [실씨] silssi.
	it.each([
		['비빔밥', 'bibimbap'],
		['앉고', 'ango'],
		['평가', 'pyeongga'],
		['실시', 'silsi']
	])('%s → %s', (hangul, expected) => {
		expect(rr(hangul)).toBe(expected);
	});
});

describe('RR letters', () => {
	// Kills the ㅆ letters of RR_ONSET and RR_JAMO made '' (씨앗 → iat, 쌀 → al, ㅆ alone → '').
	it.each([
		['씨앗', 'ssiat'],
		['쌀', 'ssal'],
		['있어', 'isseo'],
		['ㅆ', 'ss']
	])('ㅆ is ss: %s → %s', (hangul, expected) => {
		expect(rr(hangul)).toBe(expected);
	});

	// A lone cluster letter is read as the coda it stands for (ch. 2 §2: k t p at the end).
	it.each([
		['ㄳ', 'k'],
		['ㄵ', 'n'],
		['ㅄ', 'p']
	])('lone cluster jamo %s → %s', (hangul, expected) => {
		expect(rr(hangul)).toBe(expected);
	});
});

describe('RR ㅎ after ㄱ ㄷ ㅂ (3-1: "in nouns a ㅎ after ㄱㄷㅂ is written as h")', () => {
	// Kills the noun branch (`o.noun && …`) made false: 맏형 as a noun lost its h.
	it('맏형 as a noun is mathyeong, as a plain word matyeong', () => {
		expect(rr('맏형', { noun: true })).toBe('mathyeong');
		expect(rr('맏형')).toBe('matyeong');
	});
});

describe('RR optional hyphen (3-2: only where the syllable break could be misread)', () => {
	it.each([
		['중앙', 'jung-ang'],
		['반구대', 'ban-gudae'],
		['해운대', 'hae-undae']
	])('%s → %s', (hangul, expected) => {
		expect(rr(hangul, { hyphenAmbiguous: true })).toBe(expected);
	});

	// Negative cases: kill the hyphen conditions made true (a hyphen everywhere) — no break here
	// can be read two ways (gimchi can only be gim-chi, busan only bu-san).
	it.each([
		['김치', 'gimchi'],
		['부산', 'busan'],
		['신라', 'silla'],
		['오이', 'oi']
	])('%s → %s (no hyphen)', (hangul, expected) => {
		expect(rr(hangul, { hyphenAmbiguous: true })).toBe(expected);
	});
});
