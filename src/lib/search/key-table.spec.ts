import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from './key-table';

/** Optimal string alignment distance, the plain dynamic programme, as the reference. */
function osa(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
	);
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
			}
		}
	}
	return d[a.length]![b.length]!;
}

const table = (keys: string[], typoPrefix?: number) => {
	const t = new KeyTable({ typos: 2, typoPrefix });
	keys.forEach((k, i) => t.add(k, i));
	return t.freeze();
};

describe('KeyTable', () => {
	it('keeps postings per key, without repeating the last one', () => {
		const t = new KeyTable();
		t.add('ㄴㅐㅇㅁㅕㄴ', 1);
		t.add('ㄴㅐㅇㅁㅕㄴ', 1);
		t.add('ㄴㅐㅇㅁㅕㄴ', 2);
		t.add('', 3);
		t.freeze();
		expect(t.get('ㄴㅐㅇㅁㅕㄴ')).toEqual([1, 2]);
		expect(t.size).toBe(1);
		expect(() => t.add('x', 1)).toThrow();
	});

	it('lists keys with a prefix shortest first, and stops when told', () => {
		const t = table(['naengmyeon', 'naengguk', 'naeng', 'nakji', 'naengchae', 'bap']);
		const seen: string[] = [];
		t.forEachWithPrefix('naeng', (k) => void seen.push(k));
		expect(seen).toEqual(['naeng', 'naengguk', 'naengchae', 'naengmyeon']);
		const firstTwo: string[] = [];
		t.forEachWithPrefix('naeng', (k) => firstTwo.push(k) < 2);
		expect(firstTwo).toEqual(['naeng', 'naengguk']);
		const none: string[] = [];
		t.forEachWithPrefix('', (k) => void none.push(k));
		expect(none).toEqual([]);
	});

	it('finds typos, including a swap of neighbours', () => {
		const t = table(['naengmyeon', 'naengguk', 'nakji', 'bibimbap']);
		const hits = (q: string, d: number) =>
			t
				.fuzzy(q, d)
				.map((h) => `${h.key}:${h.distance}`)
				.sort();
		expect(hits('naengmyon', 1)).toEqual(['naengmyeon:1']);
		expect(hits('naegnmyeon', 1)).toEqual(['naengmyeon:1']);
		expect(hits('bibimbab', 1)).toEqual(['bibimbap:1']);
		expect(hits('nakjii', 1)).toEqual(['nakji:1']);
		expect(hits('naengmyeon', 0)).toEqual(['naengmyeon:0']);
		expect(hits('ramyeon', 1)).toEqual([]);
	});

	it('agrees with the full dynamic programme on random words', () => {
		const letters = fc.constantFrom('a', 'b', 'c', 'd');
		const word = fc.string({ unit: letters, minLength: 1, maxLength: 7 });
		const edits = fc.integer({ min: 0, max: 2 });
		// A short deletion prefix (3) exercises the prefix argument on words of up to 7 letters.
		const prefix = fc.constantFrom(3, 4, 8);
		fc.assert(
			fc.property(fc.uniqueArray(word, { maxLength: 40 }), word, edits, prefix, (keys, q, d, p) => {
				const got = new Map(
					table(keys, p)
						.fuzzy(q, d)
						.map((h) => [h.key, h.distance])
				);
				const want = new Map(
					keys.filter((k) => osa(q, k) <= d).map((k) => [k, osa(q, k)] as const)
				);
				expect(got).toEqual(want);
			}),
			{ numRuns: 500 }
		);
	});
});
