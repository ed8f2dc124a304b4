import { describe, expect, it } from 'vitest';
import { pronounce, pronunciationOf } from './index';

const cases = (list: readonly (readonly [string, string])[]) =>
	it.each(list.map(([w, p]) => [w, p] as const))('%s → [%s]', (w, p) => {
		expect(pronounce(w)).toBe(p);
	});

describe('examples from the brief', () => {
	cases([
		['신라', '실라'],
		['종로', '종노'],
		['학여울', '항녀울'],
		['같이', '가치'],
		['좋고', '조코'],
		['굳히다', '구치다'],
		['냉면', '냉면'],
		['국립', '궁닙'],
		['국밥', '국빱']
	]);
});

describe('art. 8–9: seven final sounds, neutralisation', () => {
	cases([
		['꽃', '꼳'],
		['밖', '박'],
		['부엌', '부억'],
		['앞', '압'],
		['있다', '읻따'],
		['히읗', '히읃']
	]);
});

describe('art. 10: clusters keep the first consonant (밟-, 넓- exceptions)', () => {
	cases([
		['넋', '넉'],
		['앉다', '안따'],
		['여덟', '여덜'],
		['넓다', '널따'],
		['값', '갑'],
		['밟다', '밥따'],
		['밟는', '밤는'],
		['넓죽하다', '넙쭈카다']
	]);
});

describe('art. 11: ㄺ ㄻ ㄿ keep the second; verb ㄺ before ㄱ keeps ㄹ', () => {
	cases([
		['닭', '닥'],
		['삶', '삼'],
		['읊다', '읍따'],
		['맑게', '말께'],
		['닭고기', '닥꼬기']
	]);
});

describe('art. 12: ㅎ', () => {
	cases([
		['놓다', '노타'],
		['않던', '안턴'],
		['닳지', '달치'],
		['각하', '가카'],
		['맏형', '마텽'],
		['좁히다', '조피다'],
		['앉히다', '안치다'],
		['닿소', '다쏘'],
		['놓는', '논는'],
		['않네', '안네'],
		['뚫는', '뚤른'],
		['낳은', '나은'],
		['싫어도', '시러도']
	]);
});

describe('art. 13–14: linking', () => {
	cases([
		['깎아', '까까'],
		['옷이', '오시'],
		['있어', '이써'],
		['꽃을', '꼬츨'],
		['넋이', '넉씨'],
		['닭을', '달글'],
		['젊어', '절머'],
		['값을', '갑쓸']
	]);
});

describe('art. 15: neutralise, then link before a content morpheme', () => {
	cases([
		['겉옷', '거돋'],
		['맛없다', '마덥따'],
		['부엌안', '부어간']
	]);
	it('맛있다 takes the allowed [마싣따]', () => expect(pronounce('맛있다')).toBe('마싣따'));
});

describe('art. 17: palatalisation', () => {
	cases([
		['곧이듣다', '고지듣따'],
		['해돋이', '해도지'],
		['밭이', '바치'],
		['벼훑이', '벼훌치'],
		['닫히다', '다치다'],
		['묻히다', '무치다']
	]);
});

describe('art. 18: obstruents nasalised before ㄴ ㅁ', () => {
	cases([
		['먹는', '멍는'],
		['깎는', '깡는'],
		['긁는', '긍는'],
		['닫는', '단는'],
		['꽃망울', '꼰망울'],
		['밥물', '밤물'],
		['앞마당', '암마당'],
		['없는', '엄는']
	]);
});

describe('art. 19: ㄹ → ㄴ after ㅁ ㅇ, and after ㄱ ㅂ', () => {
	cases([
		['담력', '담녁'],
		['침략', '침냑'],
		['강릉', '강능'],
		['항로', '항노'],
		['막론', '망논'],
		['백리', '뱅니'],
		['협력', '혐녁'],
		['십리', '심니']
	]);
});

describe('art. 20: liquidisation, with the listed exceptions', () => {
	cases([
		['난로', '날로'],
		['천리', '철리'],
		['대관령', '대괄령'],
		['칼날', '칼랄'],
		['물난리', '물랄리'],
		['닳는', '달른'],
		['의견란', '의견난'],
		['생산량', '생산냥'],
		['이원론', '이원논'],
		['입원료', '이붠뇨']
	]);
});

describe('art. 21: no place assimilation', () => {
	cases([
		['감기', '감기'],
		['문법', '문법'],
		['꽃길', '꼳낄']
	]);
});

describe('art. 23: tensification after obstruents', () => {
	cases([
		['국밥', '국빱'],
		['깎다', '깍따'],
		['넋받이', '넉빠지'],
		['삯돈', '삭똔'],
		['닭장', '닥짱'],
		['칡범', '칙뻠'],
		['뻗대다', '뻗때다'],
		['옷고름', '옫꼬름'],
		['있던', '읻떤'],
		['꽂고', '꼳꼬'],
		['덮개', '덥깨'],
		['옆집', '엽찝'],
		['넓죽하다', '넙쭈카다'],
		['값지다', '갑찌다']
	]);
});

describe('art. 24–25: tensification after verb stems (clusters)', () => {
	cases([
		['앉고', '안꼬'],
		['얹다', '언따'],
		['삶고', '삼꼬'],
		['젊지', '점찌'],
		['넓게', '널께'],
		['핥다', '할따'],
		['훑소', '훌쏘'],
		['떫지', '떨찌']
	]);
});

describe('art. 26–28: lexical tensification via the lexicon', () => {
	cases([
		['실시', '실씨'],
		['싫증', '실쯩'],
		['평가', '평까'],
		['비빔밥', '비빔빱']
	]);
	it('is reported as lexical', () => {
		const [d] = pronunciationOf('싫증');
		expect(d?.lexical).toBe(true);
		expect(d?.sonorantTensification).toBe(true);
	});
});

describe('art. 29: ㄴ-insertion at detectable compound boundaries', () => {
	cases([
		['솜이불', '솜니불'],
		['꽃잎', '꼰닙'],
		['깻잎', '깬닙'],
		['한여름', '한녀름'],
		['색연필', '생년필'],
		['콩엿', '콩녇'],
		['담요', '담뇨'],
		['식용유', '시굥뉴'],
		['솔잎', '솔립'],
		['물엿', '물렫'],
		['서울역', '서울력'],
		['휘발유', '휘발류']
	]);
	it('an input hyphen marks the boundary explicitly', () => {
		expect(pronounce('밤-윷')).toBe('밤-뉻');
	});
	it('no insertion without a detectable boundary (conservative)', () => {
		expect(pronounce('생일')).toBe('생일');
		expect(pronounce('한약')).toBe('하냑');
	});
});

describe('art. 30: 사이시옷', () => {
	cases([
		['냇가', '낻까'],
		['콧날', '콘날'],
		['나뭇잎', '나문닙'],
		['뒷문', '뒨문']
	]);
});

describe('mixed text', () => {
	it('keeps other text and does not carry rules across spaces or punctuation', () => {
		expect(pronounce('Hello 신라!')).toBe('Hello 실라!');
		expect(pronounce('국 밥')).toBe('국 밥');
		expect(pronounce('옷, 안')).toBe('옫, 안');
	});
});

describe('North (문화어발음법 2010)', () => {
	const north = (w: string) => pronounce(w, { standard: 'north' });
	it('N5: initial ㄹ and ㄴ are pronounced as written', () => {
		expect(north('랭면')).toBe('랭면');
		expect(north('로동')).toBe('로동');
		expect(north('녀자')).toBe('녀자');
		expect(north('력사')).toBe('력싸');
	});
	it('N4: ㅖ after ㄱ ㄹ ㅎ is [ㅔ]', () => {
		expect(north('계속')).toBe('게속');
		expect(north('례절')).toBe('레절');
		expect(north('혜택')).toBe('헤택');
		expect(pronounce('계속')).toBe('계속');
	});
	it('N8: ㄼ is [ㅂ] except before ㄱ and in 여덟', () => {
		expect(north('넓지')).toBe('넙찌');
		expect(north('넓고')).toBe('널꼬');
		expect(north('여덟')).toBe('여덜');
		expect(pronounce('넓지')).toBe('널찌');
	});
	it('N22/N24: liquidisation and ㄹ → ㄴ as in the South', () => {
		expect(north('천리마')).toBe('철리마');
		expect(north('목란')).toBe('몽난');
	});
	it('N25 and 사이소리: North spellings without 사이시옷', () => {
		expect(north('깨잎')).toBe('깬닙');
		expect(north('뒤문')).toBe('뒨문');
	});
});

describe('pronunciationOf', () => {
	it('reports the articles that applied', () => {
		const [d] = pronunciationOf('국립');
		expect(d?.pronounced).toBe('궁닙');
		expect(d?.rules.map((r) => r.article)).toContain('19 붙임');
	});
	it('one entry per Hangul word', () => {
		expect(pronunciationOf('신라 and 종로').map((d) => d.pronounced)).toEqual(['실라', '종노']);
	});
});
