/**
 * Search, round 2 (issue 14), against the real seed through the function the API uses: words
 * inside longer names and longer words around names, and familiarity breaking ties.
 *
 * Expectations hold after issue 13's import too (its rows add 간장, 만두 and 비빔냉면 as
 * entries): an inside match is asked to be among the results and below the exact entry, not at a
 * fixed place.
 */
import { describe, expect, it } from 'vitest';
import { seededSearch } from '../support/seeded-search';
import { runSearch } from '$lib/server/search';

const seeded = seededSearch();

const slugs = (q: string, limit = 10) => runSearch(seeded.search, q, limit).map((r) => r.slug);

describe('a name inside longer names', () => {
	it.each([
		['냉면', 'naengmyeon', ['pyeongyang-naengmyeon', 'hamheung-naengmyeon', 'hoe-naengmyeon']],
		['랭면', 'naengmyeon', ['pyeongyang-naengmyeon']],
		['naengmyun', 'naengmyeon', ['pyeongyang-naengmyeon', 'hamheung-naengmyeon', 'hoe-naengmyeon']],
		['naengmyeon', 'naengmyeon', ['pyeongyang-naengmyeon', 'hamheung-naengmyeon']]
	])('%s: the exact entry first, then the longer names', (q, exact, longer) => {
		const found = slugs(q);
		expect(found[0]).toBe(exact);
		for (const slug of longer) expect(found.slice(1)).toContain(slug);
	});

	it.each([
		['간장', ['yangnyeom-ganjang', 'yangjo-ganjang']],
		['만두', ['gunmandu']],
		['ganjang', ['yangnyeom-ganjang', 'yangjo-ganjang']]
	])('%s brings %j', (q, longer) => {
		const found = slugs(q, 20);
		for (const slug of longer) expect(found).toContain(slug);
	});

	it('says what matched: inside the longer name', () => {
		const hit = runSearch(seeded.search, '냉면', 10).find(
			(r) => r.slug === 'pyeongyang-naengmyeon'
		)!;
		expect(hit.matched).toMatchObject({ form: 'inside', hangul: '평양냉면', side: 'south' });
	});

	it('keeps to syllables: 냉면 is not inside a name where 면 and the next syllable share ㄴ', () => {
		for (const r of runSearch(seeded.search, '냉면', 50)) {
			if (r.matched.form === 'inside') expect(r.matched.hangul).toMatch(/냉면|랭면/);
		}
	});
});

describe('a name inside the query', () => {
	it.each([
		['물냉면', 'naengmyeon'],
		['냉면집', 'naengmyeon'],
		['mulnaengmyeon', 'naengmyeon'],
		['naengmyeonjip', 'naengmyeon'],
		['떡볶이집', 'tteokbokki']
	])('%s offers %s first', (q, slug) => {
		const [first] = runSearch(seeded.search, q, 5);
		expect(first?.slug).toBe(slug);
		expect(first?.matched.form).toBe('compound');
	});

	it('김치찌개 offers both of its words', () => {
		expect(slugs('김치찌개', 3)).toEqual(expect.arrayContaining(['kimchi', 'jjigae']));
	});
});

describe('familiarity breaks ties between completions', () => {
	it('naeng: 냉면 first, before 냉수, 냉국, 냉반, 냉차', () => {
		expect(slugs('naeng', 5)[0]).toBe('naengmyeon');
	});

	it('the order of kinds stays: exact above inside', () => {
		const [first, second] = runSearch(seeded.search, '냉면', 2);
		expect(first!.matched.form).toBe('hangul');
		expect(second!.score).toBeLessThan(first!.score);
		expect(second!.matched.form).toBe('inside');
	});
});
