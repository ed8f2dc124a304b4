import { describe, expect, it } from 'vitest';
import { NAME_STATUSES } from '../vocabulary';
import {
	englishScore,
	FAMILIARITY_MAX,
	familiarityBonus,
	insideScore,
	prefixScore,
	statusPenalty,
	TIER,
	TIER_SPAN,
	typoScore
} from './ranking';

describe('ranking', () => {
	it('orders the tiers: exact name > romanization > prefix > phonetic > inside > English > typo', () => {
		const order = [
			TIER.exact,
			TIER.romanization,
			TIER.prefix,
			TIER.phonetic,
			TIER.inside,
			TIER.english,
			TIER.typo
		];
		expect([...order].sort((a, b) => b - a)).toEqual(order);
	});

	it('keeps every adjustment inside its tier', () => {
		for (const status of NAME_STATUSES) expect(statusPenalty(status)).toBeLessThan(10);
		expect(TIER.prefix - prefixScore(TIER.prefix, 1, 40)).toBeLessThanOrEqual(40);
		for (const d of [1, 2]) {
			for (const len of [3, 5, 8, 20]) {
				const s = typoScore(d, len);
				expect(s).toBeGreaterThan(TIER.typo);
				expect(s).toBeLessThan(TIER.english);
			}
		}
		const best = englishScore({
			termsInGloss: 3,
			glossCovered: 3,
			termsInDescriptionOnly: 0,
			terms: 3,
			glossTerms: 3,
			phrase: 'start',
			inexact: 0
		});
		expect(best).toBeLessThanOrEqual(TIER.english + TIER_SPAN);
		expect(best).toBeLessThan(TIER.inside);
		expect(best).toBeGreaterThan(typoScore(1, 20));
	});

	it('keeps the familiarity bonus and inside-word scores inside their tiers', () => {
		expect(familiarityBonus(1000, 1000)).toBe(FAMILIARITY_MAX);
		for (const [part, whole] of [
			[2, 3],
			[2, 20],
			[9, 9]
		] as const) {
			const s = insideScore(part, whole);
			expect(s).toBeGreaterThan(TIER.inside);
			expect(s + FAMILIARITY_MAX).toBeLessThan(TIER.phonetic);
		}
		expect(insideScore(4, 4)).toBeGreaterThan(insideScore(2, 4));
		expect(prefixScore(TIER.prefix, 1, 40) + FAMILIARITY_MAX).toBeLessThan(TIER.romanization);
		expect(TIER.phonetic + 40 + FAMILIARITY_MAX).toBeLessThan(TIER.prefix);
	});

	it('prefers a longer typed prefix, fewer edits, a headword', () => {
		expect(prefixScore(TIER.prefix, 5, 6)).toBeGreaterThan(prefixScore(TIER.prefix, 3, 6));
		expect(typoScore(1, 8)).toBeGreaterThan(typoScore(2, 8));
		expect(statusPenalty('current')).toBeLessThan(statusPenalty('dated'));
	});

	it('prefers English words in the gloss over words in the description', () => {
		const base = { terms: 2, glossTerms: 4, phrase: 'none' as const, inexact: 0 };
		const inGloss = englishScore({
			...base,
			termsInGloss: 2,
			glossCovered: 2,
			termsInDescriptionOnly: 0
		});
		const inDescription = englishScore({
			...base,
			termsInGloss: 0,
			glossCovered: 0,
			termsInDescriptionOnly: 2
		});
		expect(inGloss).toBeGreaterThan(inDescription);
	});
});
