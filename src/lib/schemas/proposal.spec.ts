import { describe, expect, it } from 'vitest';
import {
	emptyProposalValues,
	openFields,
	settleProposal,
	LIMITS,
	readProposalForm,
	validateProposal,
	valuesFromPayload,
	withExtraRow,
	type ProposalValues
} from './proposal';

function valid(): ProposalValues {
	const v = emptyProposalValues();
	v.english = 'cold noodles';
	v.glossKo = '찬 육수에 만 국수';
	v.whyEn = 'The North keeps the initial ㄹ of 冷.';
	v.whyKo = '북한은 冷의 첫소리 ㄹ을 살려 적는다.';
	v.category = 'noodles';
	v.difference = 'initial-sound-law';
	v.confidence = 'medium';
	v.names[0] = { ...v.names[0]!, hangul: '냉면', sources: ['1'] };
	v.names[1] = { ...v.names[1]!, hangul: '랭면', sources: ['1', '2'] };
	v.sources[0] = { id: '', citation: '조선말대사전', url: '', publisher: '', year: '2017' };
	v.sources[1] = { id: '', citation: '', url: 'https://example.org/a', publisher: '', year: '' };
	return v;
}

function issuesFor(change: (v: ProposalValues) => void) {
	const v = valid();
	change(v);
	const r = validateProposal(v);
	return r.success ? {} : r.issues;
}

describe('validateProposal', () => {
	it('accepts a complete proposal and drops blank rows', () => {
		const v = valid();
		v.sources.push({ id: '', citation: '', url: '', publisher: '', year: '' });
		const r = validateProposal(v);
		expect(r.success).toBe(true);
		if (!r.success) return;
		expect(r.payload.names).toHaveLength(2);
		expect(r.payload.sources).toHaveLength(2);
		expect(r.payload.sources[1]).toMatchObject({
			citation: 'https://example.org/a',
			url: 'https://example.org/a'
		});
		expect(r.payload.names[1]!.sources).toEqual([0, 1]);
		expect(r.payload.related).toEqual([]);
	});

	it.each([
		[
			'Latin in a Hangul field',
			(v: ProposalValues) => (v.names[1]!.hangul = 'raengmyon'),
			'names.1.hangul',
			'hangul_only'
		],
		[
			'bare jamo',
			(v: ProposalValues) => (v.names[1]!.hangul = 'ㄹㅐㅇ'),
			'names.1.hangul',
			'hangul_only'
		],
		[
			'markup',
			(v: ProposalValues) => (v.names[0]!.hangul = '<b>냉면</b>'),
			'names.0.hangul',
			'hangul_only'
		],
		[
			'an overlong name',
			(v: ProposalValues) => (v.names[0]!.hangul = '냉'.repeat(41)),
			'names.0.hangul',
			'too_long'
		],
		[
			'an unknown category',
			(v: ProposalValues) => (v.category = 'pizza'),
			'category',
			'choose_one'
		],
		[
			'an unknown region',
			(v: ProposalValues) => (v.regions = ['atlantis']),
			'regions.0',
			'choose_one'
		],
		[
			'an unknown status',
			(v: ProposalValues) => (v.names[0]!.status = 'great'),
			'names.0.status',
			'choose_one'
		],
		['a missing gloss', (v: ProposalValues) => (v.english = '  '), 'english', 'required'],
		[
			'a javascript: URL',
			(v: ProposalValues) => (v.sources[1]!.url = 'javascript:alert(1)'),
			'sources.1.url',
			'url_scheme'
		],
		[
			'a relative URL',
			(v: ProposalValues) => (v.sources[1]!.url = '/evil'),
			'sources.1.url',
			'url_invalid'
		],
		[
			'a northern name without source',
			(v: ProposalValues) => (v.names[1]!.sources = []),
			'names.1.sources',
			'source_required'
		],
		[
			'a source that is a blank row',
			(v: ProposalValues) => (v.names[1]!.sources = ['3']),
			'names.1.sources',
			'source_required'
		],
		[
			'a source with only a year',
			(v: ProposalValues) =>
				(v.sources[1] = { id: '', citation: '', url: '', publisher: '', year: '1990' }),
			'sources.1.citation',
			'source_citation_or_url'
		],
		[
			'no northern name',
			(v: ProposalValues) => (v.names[1]!.hangul = ''),
			'names',
			'names_north_required'
		],
		[
			'a bad related slug',
			(v: ProposalValues) => (v.related[0] = { slug: 'Not A Slug', relation: 'see-also' }),
			'related.0.slug',
			'slug_invalid'
		],
		[
			'a too long description',
			(v: ProposalValues) => (v.description = 'x'.repeat(2001)),
			'description',
			'too_long'
		]
	])('refuses %s', (_, change, path, code) => {
		expect(issuesFor(change)[path]).toBe(code);
	});

	it('requires a source for a Southern name exactly as for a Northern one', () => {
		const south = validateProposal({
			...valid(),
			names: valid().names.map((n, i) => (i === 0 ? { ...n, sources: [] } : n))
		});
		const north = validateProposal({
			...valid(),
			names: valid().names.map((n, i) => (i === 1 ? { ...n, sources: [] } : n))
		});
		expect(south).toEqual({ success: false, issues: { 'names.0.sources': 'source_required' } });
		expect(north).toEqual({ success: false, issues: { 'names.1.sources': 'source_required' } });
		// A second Southern name (not the one that satisfies "a name for each side") is checked too,
		// and so is one that cites only a source row left blank.
		const extra = valid();
		extra.names.push({
			side: 'south',
			hangul: '찬국수',
			hanja: '',
			status: 'current',
			note: '',
			noteKo: '',
			attested: '',
			sources: []
		});
		extra.names.push({
			side: 'south',
			hangul: '냉국수',
			hanja: '',
			status: 'current',
			note: '',
			noteKo: '',
			attested: '',
			sources: ['5']
		});
		const r = validateProposal(extra);
		expect(r.success ? {} : r.issues).toEqual({
			'names.2.sources': 'source_required',
			'names.3.sources': 'source_required'
		});
		// A name for both sides needs one as well.
		const both = validateProposal({
			...valid(),
			names: [
				{
					side: 'both',
					hangul: '김치',
					hanja: '',
					status: 'current',
					note: '',
					noteKo: '',
					attested: '',
					sources: []
				}
			]
		});
		expect(both.success ? {} : both.issues).toEqual({ 'names.0.sources': 'source_required' });
	});

	it('lets a "both" name count for both sides', () => {
		const r = validateProposal({
			...valid(),
			names: [
				{
					side: 'both',
					hangul: '김치',
					hanja: '',
					status: 'current',
					note: '',
					noteKo: '',
					attested: '',
					sources: ['1']
				}
			]
		});
		expect(r.success).toBe(true);
	});

	it('normalises spacing in Hangul names', () => {
		const v = valid();
		v.names[0]!.hangul = '  평양   냉면 ';
		const r = validateProposal(v);
		expect(r.success && r.payload.names[0]!.hangul).toBe('평양 냉면');
	});
});

describe('the Korean texts (glossKo, why, noteKo)', () => {
	it("stores the Korean gloss, both why sentences and a name's Korean note in the payload", () => {
		const v = valid();
		v.names[1]!.note = 'Listed in a 2017 dictionary.';
		v.names[1]!.noteKo = ' 2017년 사전에 실려 있다. ';
		const r = validateProposal(v);
		expect(r.success).toBe(true);
		if (!r.success) return;
		expect(r.payload.glossKo).toBe('찬 육수에 만 국수');
		expect(r.payload.why).toEqual({
			en: 'The North keeps the initial ㄹ of 冷.',
			ko: '북한은 冷의 첫소리 ㄹ을 살려 적는다.'
		});
		expect(r.payload.names[1]).toMatchObject({
			note: 'Listed in a 2017 dictionary.',
			noteKo: '2017년 사전에 실려 있다.'
		});
		// A name without a note has no Korean note either: null, not an empty string.
		expect(r.payload.names[0]!.noteKo).toBeNull();
	});

	it.each([
		['a missing Korean gloss', (v: ProposalValues) => (v.glossKo = ' '), 'glossKo', 'required'],
		['a missing English why', (v: ProposalValues) => (v.whyEn = ''), 'whyEn', 'required'],
		['a missing Korean why', (v: ProposalValues) => (v.whyKo = '\u0007'), 'whyKo', 'required'],
		[
			'an overlong Korean gloss',
			(v: ProposalValues) => (v.glossKo = '국'.repeat(LIMITS.glossKo + 1)),
			'glossKo',
			'too_long'
		],
		[
			'an overlong why',
			(v: ProposalValues) => (v.whyKo = '가'.repeat(LIMITS.why + 1)),
			'whyKo',
			'too_long'
		],
		[
			'an overlong Korean note',
			(v: ProposalValues) => {
				v.names[0]!.note = 'A note.';
				v.names[0]!.noteKo = '가'.repeat(LIMITS.note + 1);
			},
			'names.0.noteKo',
			'too_long'
		],
		[
			'a note without its Korean twin',
			(v: ProposalValues) => (v.names[1]!.note = 'Seen in a 2019 KCNA report.'),
			'names.1.noteKo',
			'note_ko_required'
		],
		[
			'a Korean note without its English twin',
			(v: ProposalValues) => (v.names[1]!.noteKo = '2019년 조선중앙통신 보도에 나온다.'),
			'names.1.note',
			'note_en_required'
		]
	])('refuses %s', (_, change, path, code) => {
		expect(issuesFor(change)[path]).toBe(code);
	});

	it('reads the fields by name and shows a stored payload again with them', () => {
		const fd = new FormData();
		fd.set('glossKo', '냉면');
		fd.set('whyEn', 'Why.');
		fd.set('whyKo', '까닭.');
		fd.set('nameRows', '1');
		fd.set('names.0.noteKo', '메모');
		const values = readProposalForm(fd);
		expect(values).toMatchObject({ glossKo: '냉면', whyEn: 'Why.', whyKo: '까닭.' });
		expect(values.names[0]!.noteKo).toBe('메모');

		const v = valid();
		v.names[0]!.note = 'A note.';
		v.names[0]!.noteKo = '메모.';
		const r = validateProposal(v);
		if (!r.success) throw new Error('expected a valid proposal');
		const again = valuesFromPayload(r.payload);
		expect(again).toMatchObject({
			glossKo: v.glossKo,
			whyEn: v.whyEn,
			whyKo: v.whyKo
		});
		expect(again.names[0]!.noteKo).toBe('메모.');
		// A proposal stored before the form had the fields comes back with them blank.
		const { glossKo: _g, why: _w, ...old } = r.payload;
		expect(valuesFromPayload(old)).toMatchObject({ glossKo: '', whyEn: '', whyKo: '' });
	});

	it('a Korean note alone makes a name row count as filled in', () => {
		const v = valid();
		v.names.push({ ...v.names[0]!, side: 'south', hangul: '', noteKo: '메모', sources: [] });
		expect(issuesFor(() => {})).toEqual({});
		const r = validateProposal(v);
		expect(r.success ? {} : r.issues).toMatchObject({ 'names.2.hangul': 'required' });
	});
});

describe('readProposalForm', () => {
	it('reads rows by index, keeps blank rows and caps the row counts', () => {
		const fd = new FormData();
		fd.set('nameRows', '999');
		fd.set('sourceRows', '1');
		fd.set('relatedRows', 'x');
		fd.set('names.0.hangul', '냉면');
		fd.append('names.0.sources', '1');
		fd.append('regions', 'pyongyang');
		fd.append('regions', 'seoul');
		const v = readProposalForm(fd);
		expect(v.names).toHaveLength(12);
		expect(v.names[0]).toMatchObject({ hangul: '냉면', sources: ['1'] });
		expect(v.sources).toHaveLength(1);
		expect(v.related).toHaveLength(1);
		expect(v.regions).toEqual(['pyongyang', 'seoul']);
		expect(withExtraRow(v, 'source').sources).toHaveLength(2);
		expect(withExtraRow(v, 'name').names).toHaveLength(12);
	});
});

describe('control characters', () => {
	it('strips C0/C1 controls, noncharacters and lone surrogates from every text field', () => {
		const dirty = (s: string) => `\u000B${s}\u0001\u001B\uFFFF\u0085\uFDD0\uD800`;
		const v = valid();
		v.english = dirty('cold noodles');
		v.description = dirty('line one\r\nline two');
		v.descriptionKo = dirty('설명');
		v.summary = dirty('summary');
		v.glossKo = dirty('냉면');
		v.whyEn = dirty('why');
		v.whyKo = dirty('까닭');
		v.names[0] = {
			...v.names[0]!,
			hangul: dirty('냉면'),
			note: dirty('note'),
			noteKo: dirty('메모'),
			hanja: dirty('冷麵')
		};
		v.sources[0] = { ...v.sources[0]!, citation: dirty('조선말대사전'), publisher: dirty('P') };
		const r = validateProposal(v);
		expect(r.success).toBe(true);
		if (!r.success) return;
		expect(r.payload.english).toBe('cold noodles');
		expect(r.payload.description).toBe('line one\nline two');
		expect(r.payload.descriptionKo).toBe('설명');
		expect(r.payload.summary).toBe('summary');
		expect(r.payload.names[0]).toMatchObject({
			hangul: '냉면',
			note: 'note',
			noteKo: '메모',
			hanja: '冷麵'
		});
		expect(r.payload.glossKo).toBe('냉면');
		expect(r.payload.why).toEqual({ en: 'why', ko: '까닭' });
		expect(r.payload.sources[0]).toMatchObject({ citation: '조선말대사전', publisher: 'P' });
		expect(JSON.stringify(r.payload)).not.toMatch(
			// eslint-disable-next-line no-control-regex -- the test looks for control characters
			/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFF]/
		);
	});

	it('keeps supplementary-plane characters whole', () => {
		const v = valid();
		v.english = 'noodles 𠀀 😀';
		const r = validateProposal(v);
		expect(r.success && r.payload.english).toBe('noodles 𠀀 😀');
	});
});

describe('a new entry in one language, with the rest left to the moderators', () => {
	function koreanOnly(): ProposalValues {
		const v = valid();
		v.english = '';
		v.whyEn = '';
		v.difference = '';
		v.confidence = '';
		return v;
	}

	it('accepts a new entry with only the Korean gloss and Korean "why", or only the English ones', () => {
		const ko = validateProposal(koreanOnly(), { newEntry: true });
		expect(ko.success).toBe(true);
		if (!ko.success) return;
		expect(ko.payload).toMatchObject({ english: '', glossKo: '찬 육수에 만 국수', difference: '' });
		expect(openFields(ko.payload)).toEqual(['english', 'whyEn', 'difference', 'confidence']);

		const en = valid();
		en.glossKo = '';
		en.whyKo = '';
		const r = validateProposal(en, { newEntry: true });
		expect(r.success && openFields(r.payload)).toEqual(['glossKo', 'whyKo']);
	});

	it('asks for one language when both are blank, beside both fields', () => {
		const v = koreanOnly();
		v.glossKo = '  ';
		v.whyKo = '';
		const r = validateProposal(v, { newEntry: true });
		expect(r.success ? {} : r.issues).toMatchObject({
			english: 'gloss_one_language',
			glossKo: 'gloss_one_language',
			whyEn: 'why_one_language',
			whyKo: 'why_one_language'
		});
	});

	it('keeps an edit complete: both languages, a difference and a confidence', () => {
		const r = validateProposal(koreanOnly());
		expect(r.success ? {} : r.issues).toMatchObject({
			english: 'required',
			whyEn: 'required',
			difference: 'choose_one',
			confidence: 'choose_one'
		});
	});

	it('approval fills what was left open from the moderator, and low confidence by default', () => {
		const r = validateProposal(koreanOnly(), { newEntry: true });
		if (!r.success) throw new Error('invalid');
		expect(settleProposal(r.payload, {})).toEqual({
			ok: false,
			issues: {
				'settle.english': 'required',
				'settle.whyEn': 'required',
				'settle.difference': 'choose_one'
			}
		});
		const settled = settleProposal(r.payload, {
			english: ' cold noodles ',
			whyEn: 'The North keeps the initial ㄹ.',
			difference: 'initial-sound-law',
			// Given for a field the contributor filled: ignored.
			glossKo: 'something else'
		});
		expect(settled.ok && settled.payload).toMatchObject({
			english: 'cold noodles',
			glossKo: '찬 육수에 만 국수',
			why: { en: 'The North keeps the initial ㄹ.', ko: '북한은 冷의 첫소리 ㄹ을 살려 적는다.' },
			difference: 'initial-sound-law',
			confidence: 'low'
		});
		expect(
			settleProposal(r.payload, {
				english: 'x',
				whyEn: 'y',
				difference: 'spelling',
				confidence: 'certain'
			})
		).toMatchObject({ ok: false, issues: { 'settle.confidence': 'choose_one' } });
	});
});
