/**
 * Issue 14 item 7: a search that finds nothing offers the closest real entries (only when they
 * are close) and "Propose this word", with the query in the form's right field. Against the real
 * seed through the function the API and the results page use.
 */
import { describe, expect, it } from 'vitest';
import { seededSearch } from '../support/seeded-search';
import { respondToSearch } from '$lib/server/search';
import { looksNorthern, proposePrefill } from '$lib/search/propose';
import { closeAllowance, typoAllowance } from '$lib/search/typo';
import { LIMITS, prefilledProposalValues } from '$lib/schemas/proposal';

const seeded = seededSearch();

describe('closest entries when nothing matches', () => {
	it.each([
		['평양랭멍이', 'pyeongyang-naengmyeon', '평양랭면'],
		['함흥냉멍이', 'hamheung-naengmyeon', '함흥냉면'],
		['아이스크리이', 'aiseukeurim', '아이스크림']
	])('%s: no result, closest %s', (q, slug, hangul) => {
		const answer = respondToSearch(seeded.search, q);
		expect(answer.results).toEqual([]);
		expect(answer.closest[0]).toMatchObject({ slug, matched: { form: 'close', hangul } });
		expect(answer.closest.length).toBeLessThanOrEqual(3);
	});

	// Words the glossary does not have and that no entry is close to: offering one would be a guess.
	it.each(['랭킹', '가나다라', '케찹', '정구지', '도나쓰', 'xkdfh', 'zzzqqq', 'ㄲㄲㄲ'])(
		'%s: nothing close',
		(q) => {
			const answer = respondToSearch(seeded.search, q);
			expect(answer.results).toEqual([]);
			expect(answer.closest).toEqual([]);
		}
	);

	it('a query with results has no closest entries and no proposal', () => {
		const answer = respondToSearch(seeded.search, '냉면');
		expect(answer.results.length).toBeGreaterThan(0);
		expect(answer).toMatchObject({ closest: [], propose: null });
	});

	it('an empty query is answered with nothing, not an error', () => {
		expect(respondToSearch(seeded.search, '   ')).toEqual({
			query: '',
			question: null,
			answer: null,
			results: [],
			closest: [],
			propose: null
		});
	});

	it('is looser than a typo, never more than a fifth of what was typed', () => {
		for (const script of ['latin', 'jamo'] as const) {
			for (let n = 1; n <= 20; n++) {
				const close = closeAllowance(n, script);
				expect(close).toBeLessThanOrEqual((2 * n) / 5 / 2 + 1e-9);
				if (n >= 10) expect(close).toBeGreaterThan(typoAllowance(n, script));
			}
		}
		expect([3, 4, 6, 8, 13].map((n) => closeAllowance(n, 'jamo'))).toEqual([0, 0.5, 1, 1.5, 2.5]);
	});
});

describe('propose this word: which field', () => {
	it.each([
		['호떡', 'south'],
		['떡 갈비', 'south'],
		['료리법', 'north'],
		['랭국수', 'north'],
		['녀자', 'north'],
		['평양 랭차', 'north'],
		// Begins like a loanword (록 for rock, 라디오): the form cannot tell, so the Southern field.
		['록두죽', 'south'],
		['라볶이', 'south'],
		// A missing 사이시옷 looks like any compound.
		['차물', 'south'],
		['fried chicken', 'english'],
		['raengmyŏn', 'english'],
		["chef's knife", 'english']
	])('%s → %s', (q, field) => {
		expect(proposePrefill(q)).toMatchObject({ field, value: q });
	});

	it('builds the link with the value encoded', () => {
		expect(proposePrefill('  평양   랭차 ')?.href).toBe(
			`/contribute?north=${encodeURIComponent('평양 랭차').replace(/%20/g, '+')}`
		);
		expect(proposePrefill('fried chicken')?.href).toBe('/contribute?english=fried+chicken');
	});

	it.each(['ㄴㅁ', '冷麵', '냉면 noodles', '<script>alert(1)</script>', 'a&b=c', '가'.repeat(41)])(
		'%s: no field takes it',
		(q) => expect(proposePrefill(q)).toBeNull()
	);

	it('reads Northern first syllables word by word', () => {
		expect(looksNorthern('냉면')).toBe(false);
		expect(looksNorthern('랭면')).toBe(true);
		expect(looksNorthern('평양 랭면')).toBe(true);
	});
});

describe('the proposal form filled from the link', () => {
	it('fills the Southern row, the Northern row and the English gloss', () => {
		const values = prefilledProposalValues(
			new URLSearchParams({ south: ' 호떡 ', north: '료리', english: 'sweet  pancake' })
		);
		expect(values.names[0]).toMatchObject({ side: 'south', hangul: '호떡' });
		expect(values.names[1]).toMatchObject({ side: 'north', hangul: '료리' });
		expect(values.english).toBe('sweet pancake');
	});

	it('keeps markup as text, drops control characters and cuts to the field length', () => {
		const values = prefilledProposalValues(
			new URLSearchParams({
				english: `<img src=x onerror=alert(1)>\u0000\u001b${'x'.repeat(200)}`,
				south: '가'.repeat(100)
			})
		);
		expect(values.english.startsWith('<img src=x onerror=alert(1)>x')).toBe(true);
		expect(values.english).toHaveLength(LIMITS.english);
		expect(values.names[0]!.hangul).toHaveLength(LIMITS.hangul);
	});

	it('without parameters is the empty form', () => {
		const values = prefilledProposalValues(new URLSearchParams());
		expect(values.english).toBe('');
		expect(values.names.map((n) => n.hangul)).toEqual(['', '']);
	});
});
