import { describe, expect, it } from 'vitest';
import { diffContent, type EntryContent } from './entry-diff';

const base: EntryContent = {
	english: 'cold noodles',
	glossKo: '차가운 육수에 만 국수',
	whyEn: 'The North keeps the initial ㄹ of 冷.',
	whyKo: '북한은 冷의 첫소리 ㄹ을 살려 적는다.',
	description: 'Buckwheat noodles in cold broth.',
	descriptionKo: '',
	category: 'noodles',
	difference: 'initial-sound-law',
	confidence: 'high',
	regions: ['pyongyang', 'hamhung'],
	names: [
		{
			side: 'south',
			hangul: '냉면',
			hanja: '冷麪',
			status: 'current',
			note: null,
			attested: null,
			sources: ['A']
		},
		{
			side: 'north',
			hangul: '랭면',
			hanja: '冷麪',
			status: 'current',
			note: 'Pyongyang style.',
			noteKo: '평양식.',
			attested: null,
			sources: ['A', 'B']
		}
	],
	related: [{ slug: 'guksu', relation: 'broader' }]
};
const clone = (): EntryContent => structuredClone(base);

describe('diffContent', () => {
	it("shows changes to the Korean gloss, the why sentences and a name's Korean note", () => {
		const b = clone();
		b.glossKo = '찬 국수';
		b.whyKo = '북한은 두음 법칙을 따르지 않는다.';
		b.names[1]!.noteKo = '평양에서 먹는 식.';
		expect(diffContent(base, b)).toEqual([
			{ kind: 'field', field: 'glossKo', before: base.glossKo, after: '찬 국수' },
			{ kind: 'field', field: 'whyKo', before: base.whyKo, after: b.whyKo },
			{ kind: 'name', side: 'north', hangul: '랭면', before: base.names[1], after: b.names[1] }
		]);
	});

	it('leaves the Korean texts out when a proposal carries none (stored before the form had them)', () => {
		const b = clone();
		b.glossKo = null;
		b.whyEn = null;
		b.whyKo = null;
		delete b.names[1]!.noteKo;
		expect(diffContent(base, b)).toEqual([]);
	});

	it('finds nothing between equal versions, whatever the order of regions, names and sources', () => {
		const b = clone();
		b.regions.reverse();
		b.names.reverse();
		b.names[0]!.sources.reverse();
		expect(diffContent(base, b)).toEqual([]);
	});

	it('lists each changed field with before and after', () => {
		const b = clone();
		b.english = 'chilled noodles';
		b.descriptionKo = '메밀국수';
		b.regions = ['pyongyang'];
		expect(diffContent(base, b)).toEqual([
			{ kind: 'field', field: 'english', before: 'cold noodles', after: 'chilled noodles' },
			{ kind: 'field', field: 'descriptionKo', before: '', after: '메밀국수' },
			{ kind: 'regions', before: ['hamhung', 'pyongyang'], after: ['pyongyang'] }
		]);
	});

	it('matches names by side and Hangul: changed, added, removed', () => {
		const b = clone();
		b.names[1]!.note = 'Pyongyang spelling';
		b.names[0]!.hangul = '물국수';
		b.names.push({
			side: 'north',
			hangul: '찬국수',
			hanja: null,
			status: 'alias',
			note: null,
			attested: null,
			sources: ['C']
		});
		const changes = diffContent(base, b);
		expect(changes).toContainEqual(
			expect.objectContaining({
				kind: 'name',
				hangul: '랭면',
				before: base.names[1],
				after: b.names[1]
			})
		);
		// 냉면 and 물국수 share no letter in place: a different name, not a respelling.
		expect(changes).toContainEqual(
			expect.objectContaining({ kind: 'name', hangul: '냉면', after: null })
		);
		expect(changes).toContainEqual(
			expect.objectContaining({ kind: 'name', hangul: '물국수', before: null })
		);
		expect(changes).toContainEqual(
			expect.objectContaining({ kind: 'name', hangul: '찬국수', before: null })
		);
		expect(changes.filter((c) => c.kind === 'name')).toHaveLength(4);
	});

	it('pairs a name removed and one added on the same side that share most letters as one respelling', () => {
		const b = clone();
		b.names[0]!.hangul = '랭면';
		b.names[0]!.side = 'south';
		const changes = diffContent(base, b);
		expect(changes).toEqual([
			{ kind: 'name', side: 'south', hangul: '랭면', before: base.names[0], after: b.names[0] }
		]);
	});

	it('pairs respellings per side and most similar first, and never across sides', () => {
		const b = clone();
		b.names = [
			{ ...base.names[0]!, hangul: '냉면국수' },
			{ ...base.names[0]!, hangul: '넹면' },
			{ ...base.names[1]!, side: 'north', hangul: '냉면' }
		];
		const changes = diffContent(base, b).filter((c) => c.kind === 'name');
		// 넹면 is closer to 냉면 than 냉면국수 is; the North's 랭면 → 냉면 stays on its side.
		expect(changes).toContainEqual(
			expect.objectContaining({ side: 'south', hangul: '넹면', before: base.names[0] })
		);
		expect(changes).toContainEqual(
			expect.objectContaining({ side: 'south', hangul: '냉면국수', before: null })
		);
		expect(changes).toContainEqual(
			expect.objectContaining({ side: 'north', hangul: '냉면', before: base.names[1] })
		);
		expect(changes).toHaveLength(3);
	});

	it('counts a source change as a change of the name', () => {
		const b = clone();
		b.names[0]!.sources = ['A', 'D'];
		expect(diffContent(base, b)).toEqual([
			expect.objectContaining({ kind: 'name', hangul: '냉면' })
		]);
	});

	it('shows relations added and removed', () => {
		const b = clone();
		b.related = [{ slug: 'guksu', relation: 'see-also' }];
		expect(diffContent(base, b)).toEqual([
			{ kind: 'related', slug: 'guksu', relation: 'broader', before: true, after: false },
			{ kind: 'related', slug: 'guksu', relation: 'see-also', before: false, after: true }
		]);
	});

	it('shows every field of a new entry as added', () => {
		const changes = diffContent(null, base);
		expect(
			changes.filter((c) => c.kind === 'field').map((c) => c.kind === 'field' && c.field)
		).toEqual([
			'english',
			'glossKo',
			'whyEn',
			'whyKo',
			'description',
			'category',
			'difference',
			'confidence'
		]);
		expect(changes.filter((c) => c.kind === 'name')).toHaveLength(2);
	});
});
