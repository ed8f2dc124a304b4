/**
 * The decoder against the real glossary (db/seed/entries.json, read as the plain data the server
 * and the offline copy pass in), on the menu-like texts of tests/fixtures/decode-texts.ts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECODE_TEXTS } from '../../../tests/fixtures/decode-texts';
import type { SeedEntry } from '../server/seed/types';
import { southernInitial } from '../hangul/initial-sound-law';
import { decodeSegments, decodeText, fitParticle, type DecodeGlossary } from '.';

const seed = JSON.parse(readFileSync('db/seed/entries.json', 'utf8')) as SeedEntry[];
const glossary: DecodeGlossary = {
	entries: seed.map((e) => ({
		slug: e.slug,
		english: e.english,
		glossKo: e.glossKo,
		why: e.why,
		names: e.names.map((n) => ({ hangul: n.hangul, side: n.side, status: n.status }))
	}))
};

describe('the test texts', () => {
	it('are at least ten, Northern and Southern', () => {
		expect(DECODE_TEXTS.length).toBeGreaterThanOrEqual(10);
		expect(DECODE_TEXTS.filter((t) => t.standard === 'north').length).toBeGreaterThanOrEqual(4);
		expect(DECODE_TEXTS.filter((t) => t.standard === 'south').length).toBeGreaterThanOrEqual(4);
	});

	describe.each(DECODE_TEXTS)('$id ($title)', (c) => {
		const result = decodeText(c.text, glossary);

		it('detects the standard', () => {
			expect(result.detected.standard).toBe(c.standard);
			expect(result.from).toBe(c.standard ?? 'south');
		});

		it('finds the glossary words', () => {
			expect(result.matches.map((m) => ({ text: m.text, slug: m.slug }))).toEqual(c.matches);
		});

		it('warns of the false friends', () => {
			expect(result.matches.filter((m) => m.falseFriend).map((m) => m.text)).toEqual(
				c.falseFriends
			);
		});

		it('respells by rule only the expected words', () => {
			expect(result.conversions.map((x) => ({ text: x.text, to: x.to }))).toEqual(c.conversions);
		});

		it('gives offsets in UTF-16 code units of the text', () => {
			for (const mark of [...result.matches, ...result.conversions]) {
				expect(c.text.slice(mark.start, mark.end)).toBe(mark.text);
			}
		});

		it.runIf(c.untouched)('leaves names and the words short names sit inside alone', () => {
			for (const word of c.untouched ?? []) {
				const at = c.text.indexOf(word);
				const marks = [...result.matches, ...result.conversions];
				expect(marks.filter((m) => m.start < at + word.length && m.end > at)).toEqual([]);
			}
		});

		it.runIf(c.converted)('rewrites the whole text in the other standard', () => {
			expect(result.converted).toBe(c.converted);
		});

		it('keeps the text when segments are joined unrewritten', () => {
			expect(
				decodeSegments(c.text, result)
					.map((s) => s.text)
					.join('')
			).toBe(c.text);
		});
	});
});

describe('a match', () => {
	it('gives the side, the counterparts and the why of its entry', () => {
		const [match] = decodeText('랭면', glossary).matches;
		expect(match).toMatchObject({
			text: '랭면',
			start: 0,
			end: 2,
			slug: 'naengmyeon',
			side: 'north',
			counterparts: ['냉면']
		});
		expect(match!.why.en).toBe(seed.find((e) => e.slug === 'naengmyeon')!.why.en);
	});

	it('reads 낙지 in a Northern text as squid and says what the South means by it', () => {
		const [match] = decodeText('낙지를 샀다', glossary, { from: 'north' }).matches;
		expect(match).toMatchObject({ slug: 'ojingeo', side: 'north', counterparts: ['오징어'] });
		expect(match!.falseFriend).toMatchObject({
			slug: 'nakji',
			side: 'south',
			english: 'long-arm octopus',
			counterparts: ['서해낙지']
		});
	});

	it('reads 낙지 in a Southern text as the octopus and says what the North means by it', () => {
		const [match] = decodeText('낙지를 샀다', glossary, { from: 'south' }).matches;
		expect(match).toMatchObject({ slug: 'nakji', side: 'south', counterparts: ['서해낙지'] });
		expect(match!.falseFriend).toMatchObject({ slug: 'ojingeo', side: 'north' });
	});

	it('is found before particles and endings and inside compounds', () => {
		const texts = decodeText('평양랭면은 닭알말이와 즉석국수를', glossary).matches.map(
			(m) => m.text
		);
		expect(texts).toEqual(['평양랭면', '닭알말이', '즉석국수']);
	});

	it('is found written with or without a space', () => {
		expect(decodeText('평양 랭면', glossary).matches[0]).toMatchObject({
			text: '평양 랭면',
			slug: 'pyeongyang-naengmyeon'
		});
		expect(decodeText('변성녹말', glossary).matches[0]?.slug).toBe('byeonseong-nongmal');
	});

	it('takes a one-syllable name only as a word of its own or after another name', () => {
		expect(decodeText('밥상', glossary).matches).toEqual([]);
		expect(decodeText('밥을', glossary).matches.map((m) => m.slug)).toEqual(['bap']);
		expect(decodeText('김정은', glossary).matches).toEqual([]);
	});
});

describe('the reader overriding the standard', () => {
	const text = DECODE_TEXTS.find((t) => t.id === 'north-news')!.text;

	it('reads a Northern text as Southern when asked, and respells nothing by rule', () => {
		const result = decodeText(text, glossary, { from: 'south' });
		expect(result.from).toBe('south');
		expect(result.detected.standard).toBe('north');
		expect(result.conversions).toEqual([]);
	});

	it('still shows the evidence for the detected standard', () => {
		const { evidence } = decodeText(text, glossary, { from: 'south' }).detected;
		expect(evidence.map((e) => e.text)).toContain('로동자');
		expect(evidence.find((e) => e.text === '로동자')).toMatchObject({
			standard: 'north',
			basis: 'rule'
		});
	});

	it('rewrites a Southern text in Northern spelling', () => {
		expect(decodeText('냉면과 달걀', glossary, { from: 'south' }).converted).toBe('랭면과 닭알');
	});
});

describe('the initial-sound law', () => {
	it.each([
		['료', '요'],
		['로', '노'],
		['리', '이'],
		['락', '낙'],
		['녀', '여'],
		['랭', '냉'],
		['려', '여']
	])('%s → %s', (north, south) => expect(southernInitial(north)).toBe(south));

	it.each(['러', '레', '르', '니', '뉴', '가', 'a', '', '료리'])('%s is not changed', (s) =>
		expect(southernInitial(s)).toBeNull()
	);

	it('leaves loanwords, place names and words after a digit alone', () => {
		for (const text of ['라디오', '로봇을', '룡성구역', '2024년도', '녀석']) {
			expect(decodeText(text, glossary, { from: 'north' }).conversions).toEqual([]);
		}
	});
});

describe('fitParticle', () => {
	it.each([
		['오징어', '를', '를'],
		['오징어', '을', '를'],
		['닭알', '를', '을'],
		['냉면', '는', '은'],
		['서울', '으로', '로'],
		['떡', '로', '으로'],
		['오징어', '에서', '에서']
	])('%s + %s → %s', (word, rest, fitted) => expect(fitParticle(word, rest)).toBe(fitted));
});

describe('any text', () => {
	it('decodes without throwing and with offsets inside the text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
				const result = decodeText(text, glossary);
				for (const m of [...result.matches, ...result.conversions]) {
					expect(text.slice(m.start, m.end)).toBe(m.text);
				}
			}),
			{ numRuns: 100 }
		);
	}, 60_000);

	it('decodes Hangul soup made of glossary syllables', () => {
		const syllables = [...new Set(seed.flatMap((e) => e.names.flatMap((n) => [...n.hangul])))];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...syllables, ' ', '을', '는'), { maxLength: 300 }),
				(parts) => {
					const text = parts.join('');
					const result = decodeText(text, glossary);
					expect(
						decodeSegments(text, result)
							.map((s) => s.text)
							.join('')
					).toBe(text);
				}
			),
			{ numRuns: 200 }
		);
	}, 60_000);
});
