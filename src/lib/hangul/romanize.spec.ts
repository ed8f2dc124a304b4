import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { romanize, SYSTEMS, type RomanizeOptions } from './index';

const FIXTURES = new URL('../../../tests/fixtures/romanization/', import.meta.url);

interface Row {
	hangul: string;
	expected: string;
	rule: string;
	source: string;
}

function rows(file: string): Row[] {
	const lines = readFileSync(new URL(file, FIXTURES), 'utf8').split('\n');
	const header = lines[0]!.split('\t');
	expect(header).toEqual(['hangul', 'expected', 'rule_or_section', 'source']);
	return lines
		.slice(1)
		.filter((l) => l.trim() !== '')
		.map((l) => {
			const [hangul = '', expected = '', rule = '', source = ''] = l.split('\t');
			return { hangul, expected, rule, source };
		});
}

/**
 * How a row's rule column becomes romanize() options. The kind comes from the section the row
 * illustrates, never from the row itself:
 *
 * RR    2-1, 2-2 tables and notes, 3-1 sound changes → word; 3-3 proper nouns, 3-5 administrative
 *       units, 3-6 natural/cultural names → place (3-5-note: `omitUnit`); 3-4 → person (the
 *       "(allowed: …)" form is checked with `nameHyphen`); 3-8 → system rr-translit.
 * MR    MR1939, ALALC pronunciation/tensing/western-words, WP-MR, WP-dish → word;
 *       ALALC hyphen-jurisdiction and BGNPCGN (geographic names) → place; ALALC names → person.
 * DPRK  the 2002 guideline and the 2012 rules are for geographical names → place, except the
 *       rows on personal names (`…:name`) → person.
 *
 * Capitals: place and person are capitalised by kind (RR 3-3). Sections about sound changes
 * mix common words and names (3-1-note: 낙동강 Nakdonggang beside 샛별 saetbyeol) and say
 * nothing about which is which, so for kind 'word' rows the spec passes `capitalize` when the
 * expected form starts with a capital — case is the one thing those rows cannot imply.
 */
function optionsFor(file: 'rr' | 'mr' | 'dprk', row: Row): RomanizeOptions {
	const r = row.rule;
	let o: RomanizeOptions;
	if (file === 'rr') {
		if (r.startsWith('3-8')) o = { system: 'rr-translit', kind: 'word' };
		else if (r.startsWith('3-4')) o = { system: 'rr', kind: 'person' };
		else if (r.startsWith('3-5-note')) o = { system: 'rr', kind: 'place', omitUnit: true };
		else if (/^3-[356]\b/.test(r)) o = { system: 'rr', kind: 'place' };
		else o = { system: 'rr', kind: 'word' };
	} else if (file === 'mr') {
		if (/^(ALALC:hyphen-jurisdiction|BGNPCGN:)/.test(r)) o = { system: 'mr', kind: 'place' };
		else if (r.startsWith('ALALC:names')) o = { system: 'mr', kind: 'person' };
		else o = { system: 'mr', kind: 'word' };
	} else {
		o = { system: 'dprk', kind: /:name\b/.test(r) ? 'person' : 'place' };
	}
	if (o.kind === 'word' && /^\p{Lu}/u.test(row.expected)) o.capitalize = true;
	return o;
}

for (const file of ['rr', 'mr', 'dprk'] as const) {
	describe(`${file}.tsv`, () => {
		const all = rows(`${file}.tsv`);
		it('has rows', () => expect(all.length).toBeGreaterThan(10));
		it.each(all.map((r) => [r.hangul, r.expected, r.rule, r] as const))(
			'%s → %s (%s)',
			(hangul, expected, _rule, row) => {
				expect(romanize(hangul, optionsFor(file, row))).toBe(expected);
			}
		);
		const allowed = all
			.map((r) => ({ r, m: /\(allowed: ([^)]+)\)/.exec(r.rule) }))
			.filter((x) => x.m);
		if (allowed.length > 0) {
			it.each(allowed.map(({ r, m }) => [r.hangul, m![1]!, r] as const))(
				'%s → %s (allowed form, nameHyphen)',
				(hangul, expected, row) => {
					expect(romanize(hangul, { ...optionsFor(file, row), nameHyphen: true })).toBe(expected);
				}
			);
		}
	});
}

describe('RR beyond the vectors', () => {
	it.each([
		['묵호', 'Mukho'],
		['집현전', 'Jiphyeonjeon'],
		['북한', 'Bukhan']
	])('3-1-4 다만: nouns keep h after ㄱㄷㅂ (place) %s → %s', (h, e) => {
		expect(romanize(h, { kind: 'place' })).toBe(e);
	});
	it('3-1-4: kind word writes the aspirate, noun:true keeps the h', () => {
		expect(romanize('식혜')).toBe('sikye');
		expect(romanize('식혜', { noun: true })).toBe('sikhye');
		expect(romanize('먹히다')).toBe('meokida');
	});
	it.each([
		['중앙', 'Jung-ang'],
		['반구대', 'Ban-gudae'],
		['세운', 'Se-un'],
		['해운대', 'Hae-undae'],
		['안압지', 'Anapji']
	])('3-2 optional hyphen against misreading %s → %s', (h, e) => {
		expect(romanize(h, { kind: 'place', hyphenAmbiguous: true })).toBe(e);
	});
	it('3-2: no hyphen by default', () => {
		expect(romanize('중앙', { kind: 'place' })).toBe('Jungang');
	});
	it('kind changes the result: 면 noodles vs 면 township', () => {
		expect(romanize('냉면')).toBe('naengmyeon');
		expect(romanize('삼죽면', { kind: 'place' })).toBe('Samjuk-myeon');
		expect(romanize('삼죽면')).toBe('samjungmyeon');
	});
	it('3-5: numbers before a unit, with and without the reading', () => {
		expect(romanize('종로2가', { kind: 'place' })).toBe('Jongno 2(i)-ga');
		expect(romanize('봉천1동', { kind: 'place', numberReading: false })).toBe('Bongcheon 1-dong');
	});
	it('3-5: compound units', () => {
		expect(romanize('충청북도', { kind: 'place' })).toBe('Chungcheongbuk-do');
		expect(romanize('서울특별시', { kind: 'place' })).toBe('Seoul-teukbyeolsi');
	});
	it('3-5: a two-syllable name is not split (영동 is a name, not 영-dong)', () => {
		expect(romanize('영동', { kind: 'place' })).toBe('Yeongdong');
	});
	it('3-4: two-syllable family names', () => {
		expect(romanize('남궁민수', { kind: 'person' })).toBe('Namgung Minsu');
		expect(romanize('황보영', { kind: 'person' })).toBe('Hwangbo Yeong');
	});
	it('3-8: transliteration examples from the rule text', () => {
		const t = (h: string) => romanize(h, { system: 'rr-translit' });
		expect(t('집')).toBe('jib');
		expect(t('붓꽃')).toBe('buskkoch');
		expect(t('먹는')).toBe('meogneun');
		expect(t('독립')).toBe('doglib');
		expect(t('굳이')).toBe('gud-i');
		expect(t('좋다')).toBe('johda');
		expect(t('없었습니다')).toBe('eobs-eoss-seubnida');
	});
	it('tensification is unwritten but reduplicated tense spellings are kept', () => {
		expect(romanize('국밥')).toBe('gukbap');
		expect(romanize('깍두기')).toBe('kkakdugi');
		expect(romanize('똑똑하다')).toBe('ttokttokada');
		expect(romanize('떡볶이')).toBe('tteokbokki');
	});
	it('a tense letter spelled after ㄱ ㄷ ㅂ is written (RR ch. 2 붙임 1: 벚꽃[벋꼳] beotkkot)', () => {
		expect(romanize('벚꽃')).toBe('beotkkot');
		expect(romanize('색깔')).toBe('saekkkal');
		expect(romanize('칡뿌리')).toBe('chikppuri');
		expect(romanize('식빵')).toBe('sikppang');
		expect(romanize('떡꼬치')).toBe('tteokkkochi');
		// Reduplicated bases of two syllables keep theirs too.
		expect(romanize('뚜벅뚜벅')).toBe('ttubeokttubeok');
		// Tensing by sound change stays unwritten (3-1 note).
		expect(romanize('국밥')).toBe('gukbap');
		expect(romanize('해깝게')).toBe('haekkapge');
		expect(romanize('꼽고')).toBe('kkopgo');
	});
	it('spelledTense: false writes from the sound alone, keeping only reduplications', () => {
		const bySound = { spelledTense: false } as const;
		expect(romanize('식빵', bySound)).toBe('sikbang');
		expect(romanize('벚꽃', bySound)).toBe('beotgot');
		expect(romanize('똑똑하다', bySound)).toBe('ttokttokada');
		expect(romanize('뚜벅뚜벅', bySound)).toBe('ttubeokttubeok');
		// 해깝게 [해깝께] and 꼽고 [꼽꼬]: the ㄲ of the first syllable is no reduplication of a ㄱ.
		expect(romanize('해깝게', bySound)).toBe('haekkapge');
		expect(romanize('꼽고', bySound)).toBe('kkopgo');
	});
	it('food words', () => {
		expect(romanize('김치찌개')).toBe('gimchijjigae');
		expect(romanize('닭고기')).toBe('dakgogi');
		expect(romanize('물냉면')).toBe('mullaengmyeon');
		expect(romanize('깻잎')).toBe('kkaennip');
	});
});

describe('mixed input', () => {
	it('keeps non-Hangul, spaces and punctuation; rules stop at them', () => {
		expect(romanize('Hello, 김치 and 냉면!')).toBe('Hello, gimchi and naengmyeon!');
		expect(romanize('국 밥')).toBe('guk bap');
		expect(romanize('신.라')).toBe('sin.ra');
	});
	it('lone jamo take their table value', () => {
		expect(romanize('ㄱ')).toBe('g,k');
		expect(romanize('ㅏ')).toBe('a');
		expect(romanize('ㅋㅋ')).toBe('kk');
		expect(romanize('ㄱ', { system: 'mr' })).toBe('k,g');
		expect(romanize('ㅈ', { system: 'yale' })).toBe('c');
	});
	it('composes conjoining jamo (NFD Hangul)', () => {
		expect(romanize('\u1100\u1161\u11a8')).toBe('gak');
	});
	it('keeps lone surrogates and combining marks', () => {
		expect(romanize('\ud800a\u0301 가')).toBe('\ud800a\u0301 ga');
	});
	it('person kind keeps surrounding whitespace', () => {
		expect(romanize(' 홍길동 ', { kind: 'person' })).toBe(' Hong Gildong ');
		expect(romanize('   ', { kind: 'person' })).toBe('   ');
	});
	it('an input hyphen between syllables marks a morpheme boundary and is kept', () => {
		expect(romanize('옷-안')).toBe('o-dan');
	});
});

describe('McCune–Reischauer beyond the vectors', () => {
	it('ㄹ before ㅎ is r, as the 1939 paper writes it (발해 Parhae)', () => {
		expect(romanize('발해', { system: 'mr', kind: 'place' })).toBe('Parhae');
		expect(romanize('일하', { system: 'mr' })).toBe('irha');
		expect(romanize('발해', { system: 'mr-ascii', kind: 'place' })).toBe('Parhae');
		// Only before ㅎ: 일본 stays Ilbon.
		expect(romanize('일본', { system: 'mr', kind: 'place' })).toBe('Ilbon');
	});
	const mr = (h: string, o: RomanizeOptions = {}) => romanize(h, { system: 'mr', ...o });
	it('ALA-LC names: sound change across the given-name hyphen', () => {
		expect(mr('김대중', { kind: 'person' })).toBe('Kim Tae-jung');
		expect(mr('안응렬', { kind: 'person' })).toBe('An Ŭng-nyŏl');
		expect(mr('박목월', { kind: 'person' })).toBe('Pak Mog-wŏl');
		expect(mr('이율곡', { kind: 'person' })).toBe('Yi Yul-gok');
	});
	it("n'g apostrophe and kh for ㄱ+ㅎ", () => {
		expect(mr('한국', { kind: 'place' })).toBe("Han'guk");
		expect(mr('북한', { kind: 'place' })).toBe('Pukhan');
	});
	it('ALA-LC: linked consonant stays before the generic hyphen', () => {
		expect(mr('평택읍', { kind: 'place' })).toBe("P'yŏngt'aeg-ŭp");
	});
	it('sh before ㅟ always, before ㅣ only with the 1939 option', () => {
		expect(mr('시')).toBe('si');
		expect(mr('시', { shi: true })).toBe('shi');
		expect(mr('쉬')).toBe('shwi');
	});
	it('a numbered unit is read after the number (voiced across the hyphen)', () => {
		expect(mr('종로1가', { kind: 'place' })).toBe('Chongno 1(il)-ga');
	});
	it('mr-ascii drops breves and apostrophes', () => {
		expect(romanize('평양', { system: 'mr-ascii', kind: 'place' })).toBe('Pyongyang');
		expect(romanize('김치찌개', { system: 'mr-ascii' })).toBe('kimchi-tchigae');
	});
	it('mr-ascii keeps apostrophes that were in the input', () => {
		expect(romanize("don't 김치", { system: 'mr-ascii' })).toBe("don't kimchi");
	});
});

describe('DPRK beyond the vectors', () => {
	const d = (h: string, o: RomanizeOptions = {}) =>
		romanize(h, { system: 'dprk', kind: 'place', ...o });
	it('2012 examples', () => {
		expect(d('압록강')).toBe('Amrokgang');
		expect(d('백마산')).toBe('Paengmasan');
		expect(d('꽃마을')).toBe('KKonmaŭl');
		expect(d('새별읍')).toBe('Saeppyŏl-ŭp');
		expect(d('뒤문')).toBe('Twinmun');
		expect(d('한나산')).toBe('Hallasan');
		expect(d('붉은바위')).toBe('Pulgŭnbawi');
		expect(d('앉은바위')).toBe('Anjŭnbawi');
	});
	it('§4.1 a hyphen where the syllables could be confused', () => {
		// A final before a vowel-initial content morpheme stays with its syllable (art. 15).
		expect(d('앞언덕')).toBe('Ap-ŏndŏk');
		// A linking final is written linked, and the other systems write no hyphen.
		expect(romanize('단어', { system: 'dprk' })).toBe('tanŏ');
		expect(romanize('앞언덕', { system: 'rr' })).toBe('abeondeok');
	});
	it('ㅚ: oi (2012) or oe (2002)', () => {
		expect(romanize('외국', { system: 'dprk' })).toBe('oiguk');
		expect(romanize('외국', { system: 'dprk', edition: 2002 })).toBe('oeguk');
	});
	it('Sino-Korean given names syllable by syllable, first one voiceless', () => {
		expect(romanize('박동구', { system: 'dprk', kind: 'person' })).toBe('Pak Tong Gu');
	});
	it('established international form, unless turned off', () => {
		expect(d('평양')).toBe('Pyongyang');
		expect(d('평양', { established: false })).toBe('Phyŏngyang');
	});
});

describe('Yale', () => {
	const y = (h: string) => romanize(h, { system: 'yale' });
	it('follows the spelling', () => {
		expect(y('냉면')).toBe('nayngmyen');
		expect(y('김치')).toBe('kimchi');
		expect(y('불고기')).toBe('pwulkoki');
		expect(y('의사')).toBe('uysa');
		expect(y('외국')).toBe('oykwuk');
		expect(y('값')).toBe('kaps');
		expect(y('신라')).toBe('sinla');
	});
	it('marks a break with a period only where the letters would be misread', () => {
		expect(y('먹어')).toBe('mek.e');
		expect(y('강아지')).toBe('kangaci');
		expect(y('개아')).toBe('kay.a');
	});
});

describe('text around names and places is kept as it is', () => {
	it('person: punctuation and Latin text stay, in every system (no "undefined")', () => {
		expect(romanize('김철수.', { kind: 'person', system: 'mr' })).toBe("Kim Ch'ŏl-su.");
		expect(romanize('김철수.', { kind: 'person', system: 'mr-ascii' })).toBe('Kim Chol-su.');
		expect(romanize('김철수.', { kind: 'person', system: 'dprk' })).toBe('Kim Chŏl Su.');
		expect(romanize('김철수 (Kim)', { kind: 'person', system: 'yale' })).toBe('Kim Chelswu (Kim)');
		for (const system of SYSTEMS)
			expect(romanize('김철수.', { kind: 'person', system })).not.toMatch(/undefined|-$/);
	});
	it('person: each name is its own, separators and whitespace kept', () => {
		expect(romanize('김철수, 이영희', { kind: 'person' })).toBe('Gim Cheolsu, I Yeonghui');
		expect(romanize('김철수\t이영희\n박', { kind: 'person', system: 'dprk' })).toBe(
			'Kim Chŏl Su\tI Yŏng Hŭi\nPak'
		);
		// A surname written apart from the given name is still one name.
		expect(romanize('김 철수', { kind: 'person' })).toBe('Gim Cheolsu');
		expect(romanize('남궁 민', { kind: 'person' })).toBe('Namgung Min');
	});
	it('a lone surrogate is passed through, never read as a syllable', () => {
		expect(romanize('\uD800김', { kind: 'person' })).toBe('\uD800Gim');
		expect(romanize('김\uDC00')).toBe('gim\uDC00');
	});
	it('a lone jamo inside text gets one value; alone it shows the table cell', () => {
		expect(romanize('ㄱ')).toBe('g,k');
		expect(romanize('ㄱ과 ㄴ')).toBe('ggwa n');
		expect(romanize('ㄹ 받침')).not.toContain(',');
	});
	it('place: capitals start words, never the middle of a token', () => {
		expect(romanize('ㅠ동', { kind: 'place' })).toBe('yudong');
		expect(romanize('3·1절', { kind: 'place' })).toBe('3·1jeol');
		expect(romanize('"부산"', { kind: 'place' })).toBe('"Busan"');
		expect(romanize('삼죽면,', { kind: 'place' })).toBe('Samjuk-myeon,');
	});
});
