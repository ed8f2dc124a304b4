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

	// Kills: the `raw === null` guards made false (an absent parameter became an error) and the
	// default sort 'south' made ''.
	it('gives the defaults when there are no parameters', () => {
		expect(parse('')).toEqual({
			ok: true,
			query: {
				category: undefined,
				region: undefined,
				difference: undefined,
				confidence: undefined,
				sort: 'south',
				limit: 50,
				offset: 0
			}
		});
	});

	// Kills: `raw === ''` made false or `||` made `&&` (an empty field from a plain GET form, which
	// sends every field, became an error).
	it('treats empty fields as absent', () => {
		expect(parse('category=&region=&difference=&confidence=&sort=&limit=&offset=')).toEqual(
			parse('')
		);
	});

	// Kills: `n >= min` made `n > min` (limit=1, offset=0 refused) and `n <= max` made `n < max`
	// (limit=500 refused).
	it.each([
		['limit=1', { limit: 1 }],
		['limit=500', { limit: 500 }],
		['offset=0', { offset: 0 }],
		['offset=999999999', { offset: 999_999_999 }]
	])('accepts the edge value %s', (qs, window) => {
		expect(parse(qs)).toMatchObject({ ok: true, query: window });
	});

	// Kills: the message template and the parameter names in it made '' (the message must name
	// the parameter and what it accepts).
	it.each([
		['sort=random', 'sort must be one of: south, north, english, recent'],
		['limit=0', 'limit must be an integer from 1 to 500'],
		['offset=x', 'offset must be an integer from 0 to 1000000000'],
		[
			'limit=0&offset=x',
			'limit must be an integer from 1 to 500; offset must be an integer from 0 to 1000000000'
		]
	])('explains %s exactly', (qs, error) => {
		expect(parse(qs)).toEqual({ ok: false, error });
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
