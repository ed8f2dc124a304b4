import { describe, expect, it } from 'vitest';
import { NAME_STATUSES } from '../vocabulary';
import { englishScore, prefixScore, statusPenalty, TIER, TIER_SPAN, typoScore } from './ranking';

describe('ranking', () => {
	it('orders the tiers: exact name > romanization > prefix > phonetic > typo > English', () => {
		const order = [
			TIER.exact,
			TIER.romanization,
			TIER.prefix,
			TIER.phonetic,
			TIER.typo,
			TIER.english
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
				expect(s).toBeLessThan(TIER.phonetic);
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
		expect(best).toBeLessThan(TIER.typo);
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
