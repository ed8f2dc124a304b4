import { describe, expect, it } from 'vitest';
import { maxEdits, SearchIndex, TIER, type SearchDocument } from './index';
import { romanizeName } from './romanize';

const doc = (
	slug: string,
	english: string,
	names: [hangul: string, side: 'south' | 'north' | 'both', status?: 'current' | 'alias'][],
	description = '',
	hanja: string | null = null
): SearchDocument => ({
	slug,
	english,
	description,
	names: names.map(([hangul, side, status = 'current']) => ({ hangul, side, status, hanja }))
});

const DOCS: SearchDocument[] = [
	doc(
		'naengmyeon',
		'cold noodles in chilled broth',
		[
			['냉면', 'south'],
			['랭면', 'north'],
			['찬국수', 'north', 'alias']
		],
		'Buckwheat noodles served cold.',
		'冷麵'
	),
	doc('naengmyeon-guksu', 'noodle shop', [['냉면국수', 'both']], 'A shop that sells naengmyeon.'),
	doc(
		'bibimbap',
		'mixed rice',
		[
			['비빔밥', 'both'],
			['교반', 'north', 'alias']
		],
		'Rice with vegetables.'
	),
	doc(
		'nongmal',
		'starch',
		[
			['녹말', 'south'],
			['농마', 'north']
		],
		'Potato starch, for noodles.'
	),
	doc('eomuk', 'fish cake', [
		['어묵', 'south'],
		['오뎅', 'south', 'alias'],
		['고기떡', 'north']
	]),
	doc(
		'channip',
		'tea leaves',
		[
			['찻잎', 'south'],
			['차잎', 'north']
		],
		'Leaves brewed for tea.'
	),
	doc('dae', 'bamboo', [['대', 'both']])
];

const index = SearchIndex.build(DOCS, romanizeName);
const slugs = (q: string, limit = 10) => index.search(q, limit).map((h) => h.slug);
const first = (q: string) => index.search(q, 10)[0];

describe('SearchIndex: every form of query', () => {
	it.each([
		['냉면', 'hangul', '냉면'],
		['랭면', 'hangul', '랭면'],
		['찬국수', 'hangul', '찬국수'],
		['오뎅', 'hangul', '오뎅'],
		['冷麵', 'hanja', '냉면'],
		['냉며', 'prefix', '냉면'],
		['냉ㅁ', 'prefix', '냉면'],
		['ㄴㅁ', 'initials', '냉면'],
		['ㄴ면', 'initials', '냉면'],
		['ㅂㅂㅂ', 'initials', '비빔밥'],
		['sodaus', 'keyboard', '냉면'],
		['sodau', 'keyboard', '냉면'],
		['raengmyŏn', 'romanization', '랭면'],
		['naengm', 'prefix', '냉면'],
		['naengmyun', 'phonetic', '냉면'],
		['냉먼', 'typo', '냉면'],
		['bibinbap', 'typo', '비빔밥'],
		['cold noodles', 'english', '냉면'],
		['fish cakes', 'english', '어묵']
	])('%s matches by %s (%s)', (query, form, hangul) => {
		const hit = first(query)!;
		expect(hit.matched.form).toBe(form);
		expect(hit.matched.hangul).toBe(hangul);
	});

	it('names the romanization system that matched, and the spelling', () => {
		expect(first('raengmyŏn')!.matched).toMatchObject({
			side: 'north',
			system: 'mr',
			text: 'raengmyŏn'
		});
		expect(first('Naengmyeon')!.matched).toMatchObject({ system: 'rr', text: 'naengmyeon' });
		expect(first('냉면')!.matched.system).toBeNull();
	});
});

describe('SearchIndex: ranking', () => {
	it('puts an exact name before a longer name it begins', () => {
		expect(slugs('냉면').slice(0, 2)).toEqual(['naengmyeon', 'naengmyeon-guksu']);
		expect(first('냉면')!.score).toBe(TIER.exact);
	});

	it('orders the kinds: romanization > prefix > English', () => {
		const hits = index.search('naengmyeon');
		expect(hits.map((h) => [h.slug, h.matched.form])).toEqual([
			['naengmyeon', 'romanization'],
			['naengmyeon-guksu', 'prefix']
		]);
		// The shop's description mentions naengmyeon, but its name already matched better.
		expect(hits[1]!.score).toBeGreaterThan(TIER.prefix - 50);
	});

	it('ranks a Northern name exactly like a Southern one', () => {
		expect(first('랭면')!.score).toBe(first('냉면')!.score);
		expect(first('raengmyon')!.score).toBe(first('naengmyeon')!.score);
	});

	it('prefers the gloss to the description for English words', () => {
		expect(slugs('noodles')[0]).toBe('naengmyeon-guksu');
		expect(slugs('starch')).toEqual(['nongmal']);
	});

	it('does not read a real English word as a misspelt romanization', () => {
		// "tea" is one edit from the romanization of 대 (dae); it is a word of a gloss here.
		expect(slugs('tea')[0]).toBe('channip');
		expect(index.search('tea').some((h) => h.matched.form === 'typo')).toBe(false);
	});

	it('keeps each entry once, with its best match', () => {
		const hits = index.search('ㄴ');
		expect(new Set(hits.map((h) => h.slug)).size).toBe(hits.length);
	});
});

describe('SearchIndex: limits and edges', () => {
	it('honours the limit and caps it at 50', () => {
		expect(index.search('ㄴ', 1)).toHaveLength(1);
		// A limit below 1 still answers the best hit; 냉 begins two names here.
		expect(index.search('냉', 0)).toHaveLength(1);
		expect(index.search('냉', 2.9)).toHaveLength(2);
		// Sixty entries that all begin with 가: the default is 10, and any larger limit stops at 50.
		const many = SearchIndex.build(
			Array.from({ length: 60 }, (_, i) =>
				doc(`ga-${i}`, `entry ${i}`, [[`가${String.fromCodePoint(0xac00 + 28 * (i + 1))}`, 'both']])
			),
			romanizeName
		);
		expect(many.search('가')).toHaveLength(10);
		expect(many.search('가', 50)).toHaveLength(50);
		expect(many.search('가', 51)).toHaveLength(50);
		expect(many.search('가', 1000)).toHaveLength(50);
	});

	it('finds nothing for nothing', () => {
		expect(index.search('')).toEqual([]);
		expect(index.search('   ')).toEqual([]);
		expect(index.search('!?')).toEqual([]);
		expect(index.search('zzzzzzzz')).toEqual([]);
	});

	it('allows one edit for short queries and two for long ones', () => {
		expect([2, 3, 7, 8, 12].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
	});

	it('offers the closest names when nothing matches, and nothing when none is close', () => {
		expect(slugs('냉멍궁수')).toEqual([]);
		expect(index.closest('냉멍궁수', 2)[0]).toMatchObject({
			slug: 'naengmyeon-guksu',
			matched: { form: 'close', hangul: '냉면국수' }
		});
		expect(slugs('냉몬뇨')).toEqual([]);
		expect(index.closest('냉몬뇨')).toEqual([]);
		expect(index.closest('zzzzzzzz')).toEqual([]);
	});

	it('reports the size of its tables', () => {
		expect(index.stats()).toMatchObject({ names: 14 });
	});
});
