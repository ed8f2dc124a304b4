import { describe, expect, it } from 'vitest';
import {
	analyseQuery,
	hangulOnly,
	hanjaKey,
	initialsKey,
	initialsPattern,
	jamoKey,
	keyboardReadings
} from './normalize';

describe('keys of names', () => {
	it('jamoKey splits syllables as typed, so half a syllable is a prefix of the whole', () => {
		expect(jamoKey('냉면')).toBe('ㄴㅐㅇㅁㅕㄴ');
		expect(jamoKey('닭')).toBe('ㄷㅏㄹㄱ');
		expect(jamoKey('과')).toBe('ㄱㅗㅏ');
		expect(jamoKey('냉면').startsWith(jamoKey('냉며'))).toBe(true);
		expect(jamoKey('국수').startsWith(jamoKey('굯'))).toBe(true);
		expect(jamoKey('ㄳ')).toBe('ㄱㅅ');
	});

	it('initialsKey gives the 초성 without spaces', () => {
		expect(initialsKey('비빔밥')).toBe('ㅂㅂㅂ');
		expect(initialsKey('쭉 냅시다')).toBe('ㅉㄴㅅㄷ');
	});

	it('hangulOnly and hanjaKey keep their script only', () => {
		expect(hangulOnly(' 평양 냉면! ')).toBe('평양냉면');
		expect(hangulOnly('ㄴㅁ')).toBe('ㄴㅁ');
		expect(hanjaKey('卽席-')).toBe('卽席');
		expect(hanjaKey('冷麵 (cold)')).toBe('冷麵');
	});
});

describe('initialsPattern', () => {
	it('reads consonants as initials and syllables as themselves', () => {
		expect(initialsPattern('ㄴㅁ')).toEqual([
			{ initial: 'ㄴ', syllable: null },
			{ initial: 'ㅁ', syllable: null }
		]);
		expect(initialsPattern('ㄴ면')).toEqual([
			{ initial: 'ㄴ', syllable: null },
			{ initial: 'ㅁ', syllable: '면' }
		]);
	});

	it('splits a cluster the IME made of two consonants', () => {
		expect(initialsPattern('ㄳ')?.map((s) => s.initial)).toEqual(['ㄱ', 'ㅅ']);
	});

	it('is null without a lone consonant, or with a lone vowel', () => {
		expect(initialsPattern('냉면')).toBeNull();
		expect(initialsPattern('ㅏㅁ')).toBeNull();
	});
});

describe('keyboardReadings', () => {
	it('reads letters typed in English mode as Hangul', () => {
		expect(keyboardReadings('sodaus')).toEqual(['냉면']);
		expect(keyboardReadings('sodau')).toEqual(['냉며']);
		expect(keyboardReadings('EjrqhRdl')).toEqual(['떡볶이', '덕복이']);
	});

	it('gives nothing when the keys do not make syllables', () => {
		expect(keyboardReadings('egg')).toEqual([]);
		expect(keyboardReadings('x')).toEqual([]);
		expect(keyboardReadings('raengmyŏn')).toEqual([]);
	});
});

describe('analyseQuery', () => {
	it('reads a Hangul query', () => {
		const q = analyseQuery(' 냉며 ');
		expect(q).toMatchObject({ hangul: '냉며', complete: true, jamo: 'ㄴㅐㅇㅁㅕ', latin: '' });
		expect(analyseQuery('냉ㅁ').complete).toBe(false);
	});

	it('reads a Latin query as romanization, phonetic key, keyboard and English', () => {
		const q = analyseQuery('Raengmyŏn');
		expect(q.latin).toBe('raengmyon');
		expect(q.phonetic).toBe('leNmyon');
		expect(analyseQuery('cold noodles').english).toEqual(['cold', 'noodl']);
		expect(analyseQuery('sodaus').keyboard).toEqual(['냉면']);
	});

	it('reads hanja', () => {
		expect(analyseQuery('冷麵').hanja).toBe('冷麵');
	});
});
