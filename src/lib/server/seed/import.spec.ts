import { describe, expect, it } from 'vitest';
import {
	attestedFrom,
	importBatch,
	readSourceNotes,
	readTsv,
	regionsFrom,
	slugFor,
	type RowTexts
} from './import';
import type { SeedData, SeedEntry } from './types';

const HEAD =
	'south_hangul\tnorth_hangul\tenglish_gloss\tcategory\tdifference\thanja\tregion\tnotes\tsources\tconfidence';
const MINISTRY = '통일부 남북한 언어비교 open data https://www.data.go.kr/data/15151340/openapi.do';
const ARIRANG =
	'Arirang Meari 「국의 유래」 (2019-06-10) http://arirangmeari.com/index.php?t=culture&cg=2&no=1051';
const NOTES_MD = [
	'- **국의 유래** — Arirang Meari (아리랑메아리, DPRK external website), read on a mirror, 2019. http://arirangmeari.com/index.php?t=culture&cg=2&no=1051 — grade B.',
	'- **널리 장려되는 민족음식들 (via KCNA Watch)** — Naenara (Kr), 2021-11-24. https://kcnawatch.org/newstream/1637741017-152917327/%EB%84%90%EB%A6%AC — grade B. context',
	'- **Something undated** — Somebody, n.d.. http://example.org/page — grade C.'
].join('\n');

function tsv(...rows: string[][]): Record<string, string>[] {
	return readTsv([HEAD, ...rows.map((r) => r.join('\t'))].join('\n'));
}

function texts(key: string, extra: Partial<RowTexts> = {}): [string, RowTexts] {
	return [
		key,
		{
			gloss_ko: `${key} 풀이`,
			why_en: `Why ${key}.`,
			why_ko: `${key}의 까닭.`,
			description_en: `About ${key}.`,
			description_ko: `${key} 설명.`,
			...extra
		}
	];
}

const existing: SeedEntry = {
	slug: 'naengmyeon',
	category: 'noodles',
	regions: [],
	english: 'cold noodles',
	glossKo: '찬 국수',
	why: { en: 'The North keeps the ㄹ of 冷.', ko: '북한은 冷의 ㄹ을 살려 적는다.' },
	description: 'Cold noodles.',
	descriptionKo: '차게 먹는 국수.',
	difference: 'initial-sound-law',
	confidence: 'high',
	names: [
		{
			side: 'south',
			hangul: '냉면',
			hanja: '冷麵',
			status: 'current',
			note: null,
			noteKo: null,
			attested: null,
			sources: ['mou']
		},
		{
			side: 'north',
			hangul: '랭면',
			hanja: '冷麵',
			status: 'current',
			note: null,
			noteKo: null,
			attested: '2020',
			sources: ['mou']
		}
	],
	related: []
};

const base = (): SeedData => ({
	sources: [
		{
			key: 'mou',
			citation: 'Ministry data',
			url: 'https://www.data.go.kr/data/15151340/openapi.do',
			publisher: null,
			year: null,
			reliability: 'A'
		}
	],
	entries: [structuredClone(existing)],
	photos: []
});

const run = (rows: Record<string, string>[], t: [string, RowTexts][] = []) =>
	importBatch({
		data: base(),
		rows,
		texts: new Map(t),
		sourceNotes: readSourceNotes(NOTES_MD),
		batch: 'batch.tsv'
	});

describe('reading the research files', () => {
	it('reads attested years as one year or a span', () => {
		expect(attestedFrom('사이시옷 difference; attested: 2019')).toBe('2019');
		expect(attestedFrom('x; attested: 2011–2022')).toBe('2011–2022');
		expect(attestedFrom('x; attested: 2019, 2021, 2022')).toBe('2019–2022');
		expect(attestedFrom('listed in the 1981 dictionary')).toBeNull();
	});

	it('maps region cells to region keys', () => {
		expect(regionsFrom('general')).toEqual([]);
		expect(regionsFrom('Kaesong (North); Jeolla (South)')).toEqual(['kaesong', 'jeolla']);
		expect(regionsFrom('Ryanggang / Hamgyong (Samsu–Kapsan)')).toEqual(['hamgyong', 'ryanggang']);
	});

	it('makes slugs from the Revised Romanization, 김치 as kimchi', () => {
		expect(slugFor('고깃국')).toBe('gogitguk');
		expect(slugFor('김치찌개')).toBe('kimchijjigae');
	});

	it('reads title, publisher, year, how it was read and the grade from the source notes', () => {
		const notes = readSourceNotes(NOTES_MD);
		expect(notes.get('http://arirangmeari.com/index.php?t=culture&cg=2&no=1051')).toEqual({
			title: '국의 유래',
			publisher: 'Arirang Meari (아리랑메아리, DPRK external website)',
			year: '2019',
			via: 'on a mirror',
			reliability: 'B'
		});
		expect(notes.get('http://example.org/page')?.year).toBeNull();
	});
});

describe('importing a batch', () => {
	it('adds a new entry with its texts, attested year and a source made from the notes', () => {
		const { data, report } = run(
			[
				tsv([
					'고깃국',
					'고기국',
					'meat soup',
					'soup-stew',
					'saisiot',
					'',
					'general',
					'attested: 2019',
					`${ARIRANG} ; ${MINISTRY}`,
					'high'
				])
			][0]!,
			[texts('고깃국|고기국')]
		);
		expect(report.added).toEqual(['batch.tsv 고깃국|고기국 → gogitguk']);
		const e = data.entries.find((x) => x.slug === 'gogitguk')!;
		expect(e.glossKo).toBe('고깃국|고기국 풀이');
		expect(e.why).toEqual({ en: 'Why 고깃국|고기국.', ko: '고깃국|고기국의 까닭.' });
		const north = e.names.find((n) => n.side === 'north')!;
		expect(north).toMatchObject({ hangul: '고기국', status: 'current', attested: '2019' });
		expect(north.sources).toEqual(['arirangmeari-1051', 'mou']);
		// the Ministry source is reused by URL, not duplicated
		expect(data.sources.filter((s) => s.url?.includes('15151340'))).toHaveLength(1);
		expect(data.sources.find((s) => s.key === 'arirangmeari-1051')).toMatchObject({
			title: '국의 유래',
			year: '2019',
			reliability: 'B'
		});
		// entries stay sorted by slug
		expect(data.entries.map((x) => x.slug)).toEqual(['gogitguk', 'naengmyeon']);
	});

	it('gives a North form known only from dictionary data the status dictionary', () => {
		const { data } = run(
			tsv([
				'유동식',
				'묽은음식',
				'liquid food',
				'rice',
				'native-coinage',
				'',
				'general',
				'',
				MINISTRY,
				'medium'
			]),
			[texts('유동식|묽은음식')]
		);
		expect(data.entries.find((x) => x.slug === 'yudongsik')!.names[1]!.status).toBe('dictionary');
	});

	it('writes a "same" row as one name used on both sides', () => {
		const { data } = run(
			tsv([
				'국',
				'국',
				'soup',
				'soup-stew',
				'same',
				'',
				'general',
				'attested: 2019',
				ARIRANG,
				'high'
			]),
			[texts('국|국')]
		);
		const e = data.entries.find((x) => x.slug === 'guk')!;
		expect(e.names).toHaveLength(1);
		expect(e.names[0]).toMatchObject({ side: 'both', hangul: '국', attested: '2019' });
	});

	it('adds a new North name to the entry of its South form, with the row’s text as its note', () => {
		const { data, report } = run(
			tsv([
				'냉면',
				'찬국수',
				'cold noodles',
				'noodles',
				'native-coinage',
				'',
				'general',
				'',
				ARIRANG,
				'medium'
			]),
			[texts('냉면|찬국수')]
		);
		expect(data.entries).toHaveLength(1);
		const added = data.entries[0]!.names.find((n) => n.hangul === '찬국수')!;
		expect(added).toMatchObject({
			side: 'north',
			note: 'Why 냉면|찬국수.',
			noteKo: '냉면|찬국수의 까닭.'
		});
		// the entry keeps its own difference; the disagreement is reported
		expect(data.entries[0]!.difference).toBe('initial-sound-law');
		expect(report.conflicts).toContainEqual(
			expect.stringMatching(/naengmyeon has difference initial-sound-law, row says native-coinage/)
		);
	});

	it('adds sources and widens the attested span of a North name the entry already has', () => {
		const { data, report } = run(
			tsv([
				'냉면',
				'랭면',
				'cold noodles',
				'noodles',
				'initial-sound-law',
				'',
				'general',
				'attested: 2017',
				ARIRANG,
				'high'
			])
		);
		const north = data.entries[0]!.names[1]!;
		expect(north.sources).toEqual(['mou', 'arirangmeari-1051']);
		expect(north.attested).toBe('2017–2020');
		expect(report.merged).toEqual(['batch.tsv 냉면|랭면 → naengmyeon: 1 source(s) added to 랭면']);
	});

	it('leaves out a row without reader texts and takes its new sources with it', () => {
		const { data, report } = run(
			tsv([
				'고깃국',
				'고기국',
				'meat soup',
				'soup-stew',
				'saisiot',
				'',
				'general',
				'',
				ARIRANG,
				'high'
			])
		);
		expect(report.leftOut).toEqual([
			'batch.tsv 고깃국|고기국: no reader texts (gloss_ko, why, description)'
		]);
		expect(data.entries).toHaveLength(1);
		expect(data.sources.map((s) => s.key)).toEqual(['mou']);
	});

	it('turns a low row into a disputed name with its note, and leaves out one without a note', () => {
		const row = [
			'곰탕',
			'곰탕',
			'beef bone soup',
			'soup-stew',
			'same',
			'',
			'general',
			'one mention',
			ARIRANG,
			'low'
		];
		expect(run(tsv(row), [texts('곰탕|곰탕')]).report.leftOut).toEqual([
			'batch.tsv 곰탕|곰탕: low row without a reader note (texts note_en/note_ko)'
		]);
		const { data } = run(tsv(row), [
			texts('곰탕|곰탕', { note_en: 'Only one report.', note_ko: '보도 하나뿐이다.' })
		]);
		const e = data.entries.find((x) => x.slug === 'gomtang')!;
		expect(e.confidence).toBe('low');
		expect(e.names[0]).toMatchObject({
			side: 'both',
			status: 'disputed',
			note: 'Only one report.',
			noteKo: '보도 하나뿐이다.'
		});
	});

	it('does not move a North form that belongs to another entry', () => {
		const { report } = run(
			tsv([
				'찬국수',
				'랭면',
				'cold noodles',
				'noodles',
				'native-coinage',
				'',
				'general',
				'',
				ARIRANG,
				'high'
			]),
			[texts('찬국수|랭면')]
		);
		expect(report.leftOut).toEqual([
			'batch.tsv 찬국수|랭면: North form already belongs to naengmyeon under another South name; left for a person to decide'
		]);
	});
});
