/**
 * Issue 18 (leftover): text pasted decomposed (NFD, as macOS gives it), in full-width letters or
 * half-width jamo searches, decodes and romanizes as its composed (NFC) form does.
 */
import { describe, expect, it } from 'vitest';
import { DECODE_TEXTS } from '../fixtures/decode-texts';
import { seededSearch } from '../support/seeded-search';
import { normalizeText, normalizeWithOffsets } from '$lib/hangul/unicode';
import { parseSearchParams, respondToSearch, runSearch } from '$lib/server/search';
import { decodeText, type DecodeGlossary } from '$lib/decode';
import { loadDecodeGlossary, parseDecodeRequest } from '$lib/server/decode';
import { parseRomanizeParams } from '$lib/server/romanize-params';
import { romanize } from '$lib/hangul';

const seeded = seededSearch();
const nfd = (s: string) => s.normalize('NFD');
const fullWidth = (s: string) =>
	[...s]
		.map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
		.join('');

describe('normalizeText', () => {
	it.each([
		['NFD syllables', nfd('평양냉면'), '평양냉면'],
		['full-width letters', 'ｎａｅｎｇｍｙｅｏｎ', 'naengmyeon'],
		['an ideographic space', '냉면\u3000집', '냉면 집'],
		['half-width jamo', '\uFFA4\uFFB1', 'ㄴㅁ'],
		['a lone conjoining jamo', '\u1102\u1106', 'ㄴㅁ'],
		['a decomposed Latin breve', 'raengmyo\u0306n', 'raengmyŏn']
	])('%s', (_, input, expected) => {
		expect(normalizeText(input)).toBe(expected);
	});

	it('leaves what NFKC would break alone: initials, parenthesised and circled Hangul', () => {
		for (const text of ['ㄴㅁ', 'ㄲㅂ', '㈜냉면', '㉠']) expect(normalizeText(text)).toBe(text);
	});

	it('maps offsets of the normalised text back to the text as pasted', () => {
		const pasted = `오늘 ${nfd('평양랭면')}과 ${nfd('닭알')}`;
		const { text, toOriginal } = normalizeWithOffsets(pasted);
		expect(text).toBe('오늘 평양랭면과 닭알');
		const at = text.indexOf('평양랭면');
		expect(pasted.slice(toOriginal(at, 'start'), toOriginal(at + 4, 'end'))).toBe(nfd('평양랭면'));
	});
});

describe('search reads NFD and full-width queries as NFC', () => {
	const top = (q: string) => runSearch(seeded.search, q, 3).map((r) => r.slug);

	it.each(['냉면', '평양냉면', '랭면', '떡볶이', '냉며', '물냉면'])('%s in NFD', (q) => {
		expect(top(nfd(q))).toEqual(top(q));
		expect(top(nfd(q)).length).toBeGreaterThan(0);
	});

	it('full-width romanization and English', () => {
		expect(top(fullWidth('naengmyeon'))).toEqual(top('naengmyeon'));
		expect(top(fullWidth('cold noodles'))).toEqual(top('cold noodles'));
		expect(top(fullWidth('naengmyeon'))[0]).toBe('naengmyeon');
	});

	it('a Korean question in NFD is read as a question', () => {
		const q = '북한에서 아이스크림을 뭐라고 해?';
		const answer = respondToSearch(seeded.search, nfd(q));
		expect(answer.question).toEqual({ term: '아이스크림', side: 'north' });
		expect(answer.answer?.names).toEqual(respondToSearch(seeded.search, q).answer?.names);
	});

	it('the no-result answer proposes the composed word', () => {
		const answer = respondToSearch(seeded.search, nfd('뚱딴지국밥집'));
		expect(answer.query).toBe('뚱딴지국밥집');
	});

	it('the length limit counts the composed query (100 syllables in NFD are 100, not 250)', () => {
		const long = nfd('냉'.repeat(100));
		const parsed = parseSearchParams(new URLSearchParams({ q: long }));
		expect(parsed).toEqual({ ok: true, q: '냉'.repeat(100), limit: 10 });
	});
});

describe('the decoder reads NFD text as NFC', () => {
	const glossary = (): DecodeGlossary => loadDecodeGlossary(seeded.db);

	it.each(DECODE_TEXTS.map((c) => [c.id, c.text] as const))('%s', (_, text) => {
		const pasted = nfd(text);
		const composed = decodeText(text, glossary());
		const decomposed = decodeText(pasted, glossary());
		expect(decomposed.from).toBe(composed.from);
		expect(decomposed.converted).toBe(composed.converted);
		expect(decomposed.matches.map((m) => m.slug)).toEqual(composed.matches.map((m) => m.slug));
		expect(decomposed.conversions.map((c) => c.to)).toEqual(composed.conversions.map((c) => c.to));
		// Offsets are of the text as sent, and each mark's text is what it covers there.
		for (const mark of [...decomposed.matches, ...decomposed.conversions]) {
			expect(pasted.slice(mark.start, mark.end)).toBe(mark.text);
		}
	});

	it('the 5,000-character limit counts the composed text', () => {
		const text = nfd('냉면 '.repeat(1666));
		expect(parseDecodeRequest({ text })).toMatchObject({ ok: true });
	});
});

describe('romanize reads NFD and full-width input as NFC', () => {
	it('parseRomanizeParams hands the engine the composed text', () => {
		const req = parseRomanizeParams(new URLSearchParams({ text: nfd('평양냉면') }));
		expect(req).toMatchObject({ ok: true, text: '평양냉면' });
		if (req.ok)
			expect(romanize(req.text, { system: req.system, kind: req.kind })).toBe(
				romanize('평양냉면', { system: 'rr', kind: 'word' })
			);
	});
});
