/**
 * Issue 14 item 3: English as readers write it. The synonym table is data; these tests check
 * it against the seed (every target exists, nothing invented) and drive it through the function
 * the API and the pages use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededSearch } from '../support/seeded-search';
import { runSearch } from '$lib/server/search';
import { ENGLISH_PLURALS, ENGLISH_SPELLINGS, ENGLISH_SYNONYMS } from '$lib/search/english-synonyms';
import { singular, stem, synonymWords } from '$lib/search/english';
import { SearchIndex } from '$lib/search';
import { romanizeName } from '$lib/search/romanize';

const seedSlugs = new Set(
	(JSON.parse(readFileSync('db/seed/entries.json', 'utf8')) as { slug: string }[]).map(
		(e) => e.slug
	)
);

const seeded = seededSearch();

const top = (q: string, n = 5) => runSearch(seeded.search, q, n);

describe('the synonym table is honest data', () => {
	it.each(ENGLISH_SYNONYMS.map((s) => [s.says[0], s] as const))(
		'%s: every entry it names is in the seed, and it says why',
		(_, synonym) => {
			expect(synonym.means.length).toBeGreaterThan(0);
			for (const slug of synonym.means) expect(seedSlugs).toContain(slug);
			expect(synonym.why.length).toBeGreaterThan(10);
		}
	);

	it('no two rows claim the same words', () => {
		const keys = ENGLISH_SYNONYMS.flatMap((s) => s.says.map((w) => synonymWords(w).join('')));
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
		expect(keys.every((k) => k.length > 0)).toBe(true);
	});

	it('spellings and plurals map to a different word', () => {
		for (const [from, to] of Object.entries({ ...ENGLISH_SPELLINGS, ...ENGLISH_PLURALS })) {
			expect(from).not.toBe(to);
		}
	});
});

describe('common English names find their entries', () => {
	it.each(ENGLISH_SYNONYMS.flatMap((s) => s.says.map((says) => [says, s.means, s.kind] as const)))(
		'%s → %j',
		(says, means, kind) => {
			const found = top(says, 10);
			// The entry first, all the entries the row names among the first results.
			expect(means).toContain(found[0]?.slug);
			for (const slug of means) expect(found.map((r) => r.slug)).toContain(slug);
			const hit = found.find((r) => r.slug === means[0])!;
			// A gloss that says it exactly is the better explanation (ice cream is 아이스크림's gloss).
			expect([kind ?? 'synonym', 'english']).toContain(hit.matched.form);
		}
	);

	it.each([
		['icecream', 'aiseukeurim'],
		['ice-cream', 'aiseukeurim'],
		['Ice Creams', 'aiseukeurim'],
		['BBQ', 'bulgogi'],
		['barbeque', 'bulgogi'],
		['hot-dog', 'hatdogeu'],
		['cup-noodles', 'keop-ramyeon'],
		['spicy ramen', 'ramyeon'],
		['soya sauce', 'ganjang'],
		['chilli powder', 'gochutgaru'],
		['yoghurt', 'yogureuteu'],
		['omelet rice', 'omeuraiseu']
	])('%s → %s (spellings, case, hyphens, a word more)', (q, slug) => {
		expect(top(q)[0]?.slug).toBe(slug);
	});

	it('says what matched: the English name, or the broader word', () => {
		expect(top('ramen')[0]!.matched).toMatchObject({
			form: 'synonym',
			hangul: '라면',
			text: 'ramen'
		});
		// 치킨 came with the core batch (issue 13): its gloss says fried chicken.
		expect(top('fried chicken')[0]!.matched).toMatchObject({
			form: 'english',
			hangul: '치킨'
		});
	});

	it('an English name is not read as a sound-alike or a romanization start', () => {
		// hotdog sounds like 호드기 (hodeugi), soda starts sodangogiguk (소단고기국).
		expect(top('hotdog').map((r) => r.slug)).not.toContain('gabojingeo');
		expect(top('soda')[0]?.slug).toBe('tansan-eumnyo');
		expect(top('ramen').every((r) => r.matched.form !== 'typo')).toBe(true);
	});

	it('fries is French fries; fried is not', () => {
		expect(top('fries')[0]?.slug).toBe('gamja-twigim');
		expect(top('fried rice')[0]?.slug).toBe('bokkeumbap');
		expect(top('fried')[0]?.matched.form).toBe('english');
	});

	it('words that are no synonym change nothing', () => {
		for (const q of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
			expect(top(q).every((r) => !['synonym', 'broader'].includes(r.matched.form))).toBe(true);
		}
	});
});

describe('English plural and singular', () => {
	it.each([
		['pancake', 'pancakes'],
		['burger', 'burgers'],
		['popsicle', 'popsicles'],
		['dumpling', 'dumplings'],
		['cookie', 'cookies'],
		['perilla leaf', 'perilla leaves'],
		['tea leaf', 'tea leaves'],
		['potato', 'potatoes'],
		['sausage', 'sausages']
	])('%s and %s find the same first entry', (one, many) => {
		expect(top(many)[0]?.slug).toBeDefined();
		expect(top(many)[0]?.slug).toBe(top(one)[0]?.slug);
	});

	it('folds plurals the suffix rules cannot', () => {
		expect(stem('leaves')).toBe(stem('leaf'));
		expect(stem('cookies')).toBe(stem('cookie'));
		expect(singular('fries')).toBe('fry');
		expect(singular('fried')).toBe('fried');
		expect(singular('glass')).toBe('glass');
		expect(singular('dishes')).toBe('dish');
	});
});

describe('the index takes any table', () => {
	const docs = [
		{
			slug: 'ramyeon',
			english: 'instant ramyeon',
			description: '',
			names: [{ hangul: '라면', hanja: null, side: 'both' as const, status: 'current' as const }]
		}
	];

	it('leaves out entries it does not have', () => {
		const index = SearchIndex.build(docs, romanizeName, [
			{ says: ['ramen'], means: ['no-such-entry', 'ramyeon'], why: 'test' },
			{ says: ['noodle soup'], means: ['no-such-entry'], why: 'test' }
		]);
		expect(index.search('ramen').map((h) => h.slug)).toEqual(['ramyeon']);
		expect(index.search('noodle soup')).toEqual([]);
	});

	it('with no table, ramen finds nothing', () => {
		expect(SearchIndex.build(docs, romanizeName, []).search('ramen')).toEqual([]);
	});
});
