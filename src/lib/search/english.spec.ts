import { describe, expect, it } from 'vitest';
import { englishTerms, englishWords, stem } from './english';

describe('stem', () => {
	it.each([
		['noodles', 'noodle'],
		['dishes', 'dish'],
		['fried', 'fries'],
		['frying', 'fry'],
		['pickled', 'pickle'],
		['chilled', 'chill'],
		['dumplings', 'dumpling'],
		['eggs', 'egg'],
		['stuffed', 'stuff'],
		['cakes', 'cake']
	])('%s and %s share a stem', (a, b) => {
		expect(stem(a)).toBe(stem(b));
	});

	it('keeps words apart that only look alike at the end', () => {
		expect(stem('rice')).not.toBe(stem('rich'));
		expect(stem('tea')).toBe('tea');
		expect(stem('gas')).toBe('gas');
		expect(stem('octopus')).toBe('octopus');
	});
});

describe('englishWords and englishTerms', () => {
	it('lowercases, drops accents and punctuation', () => {
		expect(englishWords('Café, crème brûlée!')).toEqual(['cafe', 'creme', 'brulee']);
		expect(englishWords("pig's trotters")).toEqual(["pig's", 'trotters']);
	});

	it('drops stop words and stems the rest, in order', () => {
		expect(englishTerms('Cold noodles in chilled broth')).toEqual([
			'cold',
			'noodl',
			'chil',
			'broth'
		]);
		expect(englishTerms('the of and')).toEqual([]);
		expect(englishTerms('냉면')).toEqual([]);
	});
});
