/**
 * 표준 발음법 articles added in issue 15, each with the article's own examples (the article
 * texts of 표준어 규정 제2부, 1988, as published by 국립국어원).
 */
import { describe, expect, it } from 'vitest';
import { pronounce, pronunciationOf, romanize } from './index';

const EXAMPLES: Record<string, [spelled: string, pronounced: string][]> = {
	'5 다만 1 (져 쪄 쳐 → 저 쩌 처)': [
		['가져', '가저'],
		['쪄', '쩌'],
		['다쳐', '다처']
	],
	'5 다만 3 (consonant + ㅢ → ㅣ)': [
		['늴리리', '닐리리'],
		['닁큼', '닝큼'],
		['무늬', '무니'],
		['띄어쓰기', '띠어쓰기'],
		['씌어', '씨어'],
		['틔어', '티어'],
		['희어', '히어'],
		['희떱다', '히떱따'],
		['희망', '히망'],
		['유희', '유히']
	],
	'16 (letter names)': [
		['디귿이', '디그시'],
		['디귿을', '디그슬'],
		['디귿에', '디그세'],
		['지읒이', '지으시'],
		['지읒을', '지으슬'],
		['지읒에', '지으세'],
		['치읓이', '치으시'],
		['치읓을', '치으슬'],
		['치읓에', '치으세'],
		['키읔이', '키으기'],
		['키읔을', '키으글'],
		['키읔에', '키으게'],
		['티읕이', '티으시'],
		['티읕을', '티으슬'],
		['티읕에', '티으세'],
		['피읖이', '피으비'],
		['피읖을', '피으블'],
		['피읖에', '피으베'],
		['히읗이', '히으시'],
		['히읗을', '히으슬'],
		['히읗에', '히으세']
	],
	'17 붙임 (ㄷ + 히 → 치)': [
		['굳히다', '구치다'],
		['닫히다', '다치다'],
		['묻히다', '무치다'],
		['닫혀', '다처']
	],
	'20 다만 (ㄴ + ㄹ → ㄴㄴ)': [
		['의견란', '의견난'],
		['임진란', '임진난'],
		['생산량', '생산냥'],
		['동원령', '동원녕'],
		['상견례', '상견녜'],
		['횡단로', '횡단노'],
		['이원론', '이원논'],
		['입원료', '이붠뇨'],
		['구근류', '구근뉴']
	],
	'24 다만 (causative/passive -기- is not tensed)': [
		['안기다', '안기다'],
		['감기다', '감기다'],
		['굶기다', '굼기다'],
		['옮기다', '옴기다']
	],
	'27 붙임 (endings after -(으)ㄹ are tense)': [
		['할걸', '할껄'],
		['할밖에', '할빠께'],
		['할세라', '할쎄라'],
		['할수록', '할쑤록'],
		['할지라도', '할찌라도'],
		['할지언정', '할찌언정'],
		['할진대', '할찐대']
	]
};

describe.each(Object.entries(EXAMPLES))('표준 발음법 %s', (_article, examples) => {
	it.each(examples)('%s → [%s]', (spelled, pronounced) => {
		expect(pronounce(spelled)).toBe(pronounced);
	});
});

describe('the rules stay where the articles put them', () => {
	it('대관령 (嶺) is liquidised as usual; only 동원령 (令) is listed', () => {
		expect(pronounce('대관령')).toBe('대괄령');
		expect(romanize('대관령', { kind: 'place' })).toBe('Daegwallyeong');
	});
	it('the noun ending -기 is still tensed after ㄵ (앉기 [안끼])', () => {
		expect(pronounce('앉기')).toBe('안끼');
	});
	it('RR follows 20 다만 (신문로 Sinmunno) but writes the spelled vowel of 5 다만 (희망 huimang)', () => {
		expect(romanize('신문로', { kind: 'place' })).toBe('Sinmunno');
		expect(romanize('희망')).toBe('huimang');
		expect(romanize('가져')).toBe('gajyeo');
	});
	it('names the article that applied', () => {
		const [d] = pronunciationOf('디귿이');
		expect(d!.rules.map((r) => r.article)).toContain('16');
		const [h] = pronunciationOf('할수록');
		expect(h!.rules.map((r) => r.article)).toContain('27 붙임');
	});
});
