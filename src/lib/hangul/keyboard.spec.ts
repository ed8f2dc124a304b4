import Hangul from 'hangul-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hangulToQwerty, looksLikeQwerty, qwertyToHangul } from './keyboard';

describe('qwertyToHangul (2-set layout)', () => {
	it.each([
		['sodaus', '냉면'],
		['fodaus', '랭면'],
		['rnrtn', '국수'],
		['qlqlaqkq', '비빔밥'],
		['rlacl', '김치'],
		['ekfrdkf', '닭알'],
		['rhkdlf', '과일'],
		['dkssudgktpdy', '안녕하세요'],
		// Shift gives the tense consonants and ㅒ ㅖ.
		['EnrqhRdl', '뚝볶이'],
		['EjrqhRdl', '떡볶이'],
		['Wlro', '찌개'],
		// Other capitals act as lowercase (caps lock, a phone's capital first letter).
		['Sodaus', '냉면'],
		['DKSSUD', '안녕'],
		// …except the five shifted keys: caps lock on turns o into ㅒ.
		['SODAUS', '넁면']
	])('%s → %s', (keys, hangul) => {
		expect(qwertyToHangul(keys)).toBe(hangul);
	});

	it('composes a half-typed last syllable as the IME shows it', () => {
		expect(qwertyToHangul('sodau')).toBe('냉며');
		expect(qwertyToHangul('soda')).toBe('냉ㅁ');
		// ㄱ then ㅅ makes the cluster ㄳ until the vowel arrives.
		expect(qwertyToHangul('rnrt')).toBe('굯');
	});

	it('keeps spaces and other characters', () => {
		expect(qwertyToHangul('vudvud sodaus!')).toBe('평평 냉면!');
	});
});

describe('hangulToQwerty', () => {
	it('types compound vowels and final clusters as their parts', () => {
		expect(hangulToQwerty('냉면')).toBe('sodaus');
		expect(hangulToQwerty('과')).toBe('rhk');
		expect(hangulToQwerty('닭')).toBe('ekfr');
		expect(hangulToQwerty('ㄳ')).toBe('rt');
		expect(hangulToQwerty('떡볶이, ok')).toBe('EjrqhRdl, ok');
	});

	it('round-trips any Hangul syllable text', () => {
		const syllable = fc
			.integer({ min: 0xac00, max: 0xd7a3 })
			.map((code) => String.fromCharCode(code));
		fc.assert(
			fc.property(fc.array(syllable, { minLength: 1, maxLength: 6 }), (chars) => {
				const text = chars.join('');
				// The IME is greedy, so only texts that disassemble the same way come back whole.
				const back = qwertyToHangul(hangulToQwerty(text));
				expect(Hangul.disassemble(back).join('')).toBe(Hangul.disassemble(text).join(''));
			})
		);
	});
});

describe('looksLikeQwerty', () => {
	it('accepts ASCII letters and single spaces only', () => {
		expect(looksLikeQwerty('sodaus')).toBe(true);
		expect(looksLikeQwerty('cold noodles')).toBe(true);
		expect(looksLikeQwerty('raengmyŏn')).toBe(false);
		expect(looksLikeQwerty('냉면')).toBe(false);
		expect(looksLikeQwerty("k'imch'i")).toBe(false);
	});
});
