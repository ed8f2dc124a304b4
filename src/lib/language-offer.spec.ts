import { describe, expect, it } from 'vitest';
import { offersKorean, prefersKorean } from './language-offer';

describe('prefersKorean', () => {
	it.each([
		['ko-KR,ko;q=0.9,en-US;q=0.8', true],
		['ko', true],
		['KO-kr', true],
		['ko;q=1, en', true],
		['en-US,en;q=0.9,ko;q=0.8', false],
		['kok', false],
		['', false],
		[null, false],
		[undefined, false]
	])('%s → %s', (header, expected) => {
		expect(prefersKorean(header)).toBe(expected);
	});
});

describe('offersKorean', () => {
	it.each([
		['/', true],
		['/entries/naengmyeon', true],
		['/entries/__data.json', true],
		['/ko', false],
		['/ko/entries', false],
		['/api/v1/entries', false],
		['/kokoro', true]
	])('%s → %s for a Korean browser', (path, expected) => {
		expect(offersKorean(path, 'ko-KR')).toBe(expected);
	});
	it('never for an English browser', () => {
		expect(offersKorean('/', 'en-GB,en')).toBe(false);
	});
});
