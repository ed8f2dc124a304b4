import { describe, expect, it } from 'vitest';
import { ipa } from './ipa';

/**
 * Worked by hand from the phone table in README.md ("IPA") and the standard pronunciation: the
 * issue's own pair first, then one word for each rule of the table.
 */
describe('ipa', () => {
	it.each([
		// The example: the same dish in Seoul and in Pyongyang.
		['냉면', 'south', 'nɛŋ.mjʌn'],
		['랭면', 'north', 'ɾɛŋ.mjʌn'],
		// Lenis stops voiced between vowels and after sonorants, plain at the start of a word.
		['불고기', 'south', 'puɭ.ɡo.ɡi'],
		['비빔밥', 'south', 'pi.bim.p͈ap̚'],
		['감자', 'south', 'kam.dʑa'],
		// Tensing by the rules (국밥 [국빱]) and unreleased codas.
		['국밥', 'south', 'kuk̚.p͈ap̚'],
		['떡', 'south', 't͈ʌk̚'],
		// ㄹ: a flap between vowels, [ɭl] when doubled (신라 [실라]), lateral at the end.
		['사람', 'south', 'sʰa.ɾam'],
		['신라', 'south', 'ɕʰiɭ.la'],
		['물', 'south', 'muɭ'],
		// ㅅ/ㅆ before i and j; aspirates; ㅎ weakened between vowels.
		['김치', 'south', 'kim.tɕʰi'],
		['쌀', 'south', 's͈aɭ'],
		['씨', 'south', 'ɕ͈i'],
		['고향', 'south', 'ko.ɦjaŋ'],
		// ㅎ dropped before a vowel (좋아 [조아], art. 12-4) and ㅢ at the start of a word.
		['좋아', 'south', 'tɕo.a'],
		['의사', 'south', 'ɰi.sʰa'],
		// A final cluster reduced (닭 [닥]) and linked before a vowel (닭알 [달갈]).
		['닭', 'south', 'tak̚'],
		['닭알', 'north', 'taɭ.ɡaɭ']
	] as const)('%s (%s) → [%s]', (word, standard, expected) => {
		expect(ipa(word, standard)).toBe(expected);
	});

	it('transcribes each word of a phrase and leaves out what is not Hangul', () => {
		expect(ipa('평양 랭면!', 'north')).toBe('pʰjʌŋ.jaŋ ɾɛŋ.mjʌn');
		expect(ipa('abc')).toBe('');
	});
});
