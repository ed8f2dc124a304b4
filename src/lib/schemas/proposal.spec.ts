import { describe, expect, it } from 'vitest';
import {
	emptyProposalValues,
	readProposalForm,
	validateProposal,
	withExtraRow,
	type ProposalValues
} from './proposal';

function valid(): ProposalValues {
	const v = emptyProposalValues();
	v.english = 'cold noodles';
	v.category = 'noodles';
	v.difference = 'initial-sound-law';
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
			attested: '',
			sources: []
		});
		extra.names.push({
			side: 'south',
			hangul: '냉국수',
			hanja: '',
			status: 'current',
			note: '',
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
		v.names[0] = {
			...v.names[0]!,
			hangul: dirty('냉면'),
			note: dirty('note'),
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
		expect(r.payload.names[0]).toMatchObject({ hangul: '냉면', note: 'note', hanja: '冷麵' });
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
