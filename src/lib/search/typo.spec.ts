import { describe, expect, it } from 'vitest';
import { forEachSlip, typoCost } from './typo';

/** The same small PRNG as the benchmark's, so a failure names a word that can be replayed. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const slips = (word: string) => {
	const out = new Set<string>();
	forEachSlip(word, (s) => out.add(s));
	return out;
};

describe('forEachSlip', () => {
	it('gives exactly the spellings typoCost prices at half an edit or less', () => {
		const random = prng(14);
		const letters = 'aeioungkbsjmhy';
		const word = (n: number) =>
			Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
		for (let t = 0; t < 300; t++) {
			const query = word(3 + Math.floor(random() * 6));
			const found = slips(query);
			for (const spelling of found)
				expect(typoCost(query, spelling, 0.5), spelling).toBeLessThanOrEqual(0.5);
			// Every string one edit of any kind away (and some further): those within half an
			// edit must all have been listed.
			for (let k = 0; k < 200; k++) {
				const chars = [...query];
				const at = Math.floor(random() * chars.length);
				const kind = Math.floor(random() * 4);
				const other = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
				if (kind === 0) chars.splice(at, 1);
				else if (kind === 1) chars.splice(at, 0, random() < 0.5 ? chars[at]! : other);
				else if (kind === 2) chars[at] = other;
				else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
				const candidate = chars.join('');
				if (typoCost(query, candidate, 0.5) <= 0.5)
					expect(found.has(candidate), candidate).toBe(true);
			}
		}
	});

	it('lists a neighbouring key, a swap, a doubled and an undoubled letter', () => {
		const found = slips('bulgogi');
		for (const s of ['vulgogi', 'bulgoig', 'bullgogi', 'bulgogi'])
			expect(found.has(s), s).toBe(true);
		expect(slips('ttok').has('tok')).toBe(true);
		expect(found.has('bulgogu')).toBe(true);
		expect(found.has('bulgoga')).toBe(false);
	});
});

describe('typoCost', () => {
	it('prices slips at half an edit and other edits at one', () => {
		expect(typoCost('naengmyeon', 'naengmyeon', 1)).toBe(0);
		expect(typoCost('naengmyoen', 'naengmyeon', 1)).toBe(0.5);
		expect(typoCost('naengmyron', 'naengmyeon', 1)).toBe(0.5);
		expect(typoCost('naengmyaon', 'naengmyeon', 1)).toBe(1);
		expect(typoCost('naengmyaan', 'naengmyeon', 1)).toBe(Infinity);
		expect(typoCost('ㅊㅜㄱㄱㅜ', 'ㅊㅜㄱㅜㄱ', 2)).toBe(1);
	});
});
