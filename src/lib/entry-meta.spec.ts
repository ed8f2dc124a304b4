import { afterEach, describe, expect, it } from 'vitest';
import { entryMetaDescription, quoteParticle } from './entry-meta';
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

	it('is a Korean sentence on Korean pages, with the particle the name takes', () => {
		overwriteGetLocale(() => 'ko');
		expect(entryMetaDescription(naengmyeon, '')).toBe(
			'남한에서는 냉면(naengmyeon), 북한에서는 랭면(raengmyŏn)이라고 부르는 차가운 육수에 만 국수입니다.'
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
		['랭면', '이라고'],
		['국수', '라고'],
		['김치', '라고'],
		['밥', '이라고'],
		['pizza', '(이)라고']
	])('%s takes %s', (word, particle) => {
		expect(quoteParticle(word)).toBe(particle);
	});
});
