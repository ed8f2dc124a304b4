import { describe, expect, it } from 'vitest';
import { parseListParams, parsePage } from './list-params';

const opts = { defaultLimit: 50, maxLimit: 500 };
const parse = (qs: string, lenient = false) =>
	parseListParams(new URLSearchParams(qs), { ...opts, lenient });

describe('parseListParams', () => {
	it('reads valid filters and window', () => {
		expect(parse('category=noodles&difference=saisiot&limit=10&offset=20&sort=north')).toEqual({
			ok: true,
			query: {
				category: 'noodles',
				region: undefined,
				difference: 'saisiot',
				confidence: undefined,
				sort: 'north',
				limit: 10,
				offset: 20
			}
		});
	});

	it.each([
		'limit=-5',
		'limit=0',
		'limit=501',
		'offset=abc',
		'offset=1.5',
		'limit=99999999999999999999',
		'category=%3Cscript%3E',
		'region=atlantis',
		'confidence=certain',
		'sort=random'
	])('rejects %s with a message', (qs) => {
		const result = parse(qs);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/must be/);
	});

	it('falls back to defaults when lenient', () => {
		const result = parse('category=nope&limit=-1&offset=x', true);
		expect(result).toMatchObject({
			ok: true,
			query: { category: undefined, limit: 50, offset: 0 }
		});
	});
});

describe('parsePage', () => {
	it.each([
		['', 1],
		['page=3', 3],
		['page=0', 1],
		['page=-2', 1],
		['page=abc', 1],
		['page=99999999999', 1]
	])('%s → %i', (qs, page) => {
		expect(parsePage(new URLSearchParams(qs))).toBe(page);
	});
});
