import { afterEach, describe, expect, it } from 'vitest';
import { entryMetaDescription, finalSound } from './entry-meta';
import { overwriteGetLocale } from './paraglide/runtime';

const name = (hangul: string, rr: string, dprk: string) => ({
	hangul,
	romanizations: { rr, dprk }
});
const naengmyeon = {
	english: 'cold noodles in chilled broth',
	glossKo: '차가운 육수에 만 국수',
	south: [name('냉면', 'naengmyeon', 'naengmyŏn')],
	north: [name('랭면', 'raengmyeon', 'raengmyŏn')]
} as unknown as Parameters<typeof entryMetaDescription>[0];

describe('entry meta description', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('is a sentence naming both sides, then the description', () => {
		overwriteGetLocale(() => 'en');
		expect(entryMetaDescription(naengmyeon, 'Buckwheat noodles.')).toBe(
			'South Koreans say 냉면 (naengmyeon), North Koreans 랭면 (raengmyŏn): cold noodles in chilled broth. Buckwheat noodles.'
		);
	});

	it('is a Korean sentence on Korean pages (no romanization), with the particle the name takes', () => {
		overwriteGetLocale(() => 'ko');
		expect(entryMetaDescription(naengmyeon, '')).toBe(
			'남한에서는 냉면, 북한에서는 랭면이라고 부르는 차가운 육수에 만 국수입니다.'
		);
	});

	it('says so when both sides use one word', () => {
		overwriteGetLocale(() => 'en');
		const same = { ...naengmyeon, north: naengmyeon.south };
		expect(entryMetaDescription(same, '')).toBe(
			'South and North Koreans both say 냉면 (naengmyeon): cold noodles in chilled broth.'
		);
	});

	it.each([
		['랭면', 'closed'],
		['국수', 'open'],
		['김치', 'open'],
		['밥', 'closed'],
		['pizza', 'other'],
		['', 'other']
	])('%s ends %s', (word, sound) => {
		expect(finalSound(word)).toBe(sound);
	});

	it.each([
		['국수', '남북 모두 국수라고 부르는'],
		['밥', '남북 모두 밥이라고 부르는'],
		['BBQ', '남북 모두 BBQ(이)라고 부르는']
	])('picks the particle %s takes', (hangul, start) => {
		overwriteGetLocale(() => 'ko');
		const one = [name(hangul, 'x', 'x')] as unknown as (typeof naengmyeon)['south'];
		const text = entryMetaDescription({ ...naengmyeon, south: one, north: one }, '');
		expect(text.slice(0, start.length)).toBe(start);
	});
});
