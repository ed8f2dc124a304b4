/**
 * Word-structure facts that the spelling does not show. The sound rules that depend on
 * morphology (표준 발음법 art. 15, 26–30) are only applied where this file says so; everything
 * else in the engine is rule-driven. Keep entries few and well attested: a wrong entry is worse
 * than a missing one, because the rules without it are at least predictable.
 *
 * Entry notation (the key is the spelling with the marks removed):
 *   |  morpheme boundary (compound or derivative) — enables ㄴ-insertion (art. 29) and
 *      neutralise-then-link (art. 15) at that point
 *   -  the same, and McCune–Reischauer/ALA-LC word division writes a hyphen there
 *   *  an unwritten genitive link (사이시옷, art. 30), as North Korean spelling leaves it
 *      (기대산 = South 깃대산)
 * `pron` stores the standard pronunciation when it is lexical (tensification after a sonorant,
 * art. 26–28, or a dictionary exception to art. 12).
 */

export interface LexiconEntry {
	/** Spelling with boundary marks. */
	readonly marked: string;
	/** Standard (South) pronunciation, same number of syllables, when not predictable. */
	readonly pron?: string;
}

const ENTRIES: readonly LexiconEntry[] = [
	// Dictionary pronunciations with lexical tensification (art. 26–28) or exceptions.
	{ marked: '싫증', pron: '실쯩' }, // ㅀ+ㅈ is not aspirated here (표준국어대사전)
	{ marked: '의과', pron: '의꽈' },
	{ marked: '내과', pron: '내꽈' },
	{ marked: '외과', pron: '외꽈' },
	{ marked: '치과', pron: '치꽈' },
	{ marked: '안과', pron: '안꽈' },
	{ marked: '평가', pron: '평까' },
	{ marked: '인기', pron: '인끼' },
	{ marked: '사건', pron: '사껀' },
	{ marked: '조건', pron: '조껀' },
	{ marked: '실시', pron: '실씨' },
	{ marked: '일식', pron: '일씩' },
	{ marked: '갈등', pron: '갈뜽' },
	{ marked: '발전', pron: '발쩐' },
	{ marked: '결정', pron: '결쩡' },
	{ marked: '물질', pron: '물찔' },
	{ marked: '물고기', pron: '물꼬기' },
	{ marked: '동원령', pron: '동원녕' }, // art. 20 다만's own example; 대관령 (嶺) is [대괄령]
	{ marked: '비빔|밥', pron: '비빔빱' },
	{ marked: '볶음|밥', pron: '보끔빱' },
	{ marked: '보리|밥', pron: '보리빱' },
	{ marked: '된장|국', pron: '된장꾹' },
	{ marked: '해장|국', pron: '해장꾹' },
	{ marked: '콩나물|국', pron: '콩나물꾹' },
	{ marked: '냉|국', pron: '냉꾹' },
	{ marked: '술|집', pron: '술찝' },
	// ㄴ-insertion compounds whose second element is too short or too ambiguous for the
	// generic list below (일, 약, 요, 유, 역, 용 are also common Sino-Korean syllables).
	{ marked: '막|일' },
	{ marked: '논|일' },
	{ marked: '밭|일' },
	{ marked: '맨|입' },
	{ marked: '물|약' },
	{ marked: '알|약' },
	{ marked: '내복|약' },
	{ marked: '담|요' },
	{ marked: '식용|유' },
	{ marked: '휘발|유' },
	{ marked: '영업|용' },
	{ marked: '서울|역' },
	{ marked: '늑막|염' },
	{ marked: '백분|율' },
	// Dish names: McCune–Reischauer word division as in the Korean-name infoboxes of the
	// English Wikipedia (the WP-dish vectors); 갈비탕 is written as one word there.
	{ marked: '감자-탕' },
	{ marked: '삼계-탕' },
	// North Korean spellings without 사이시옷 (DPRK 2002 §3.3 examples and common food words).
	{ marked: '기*대산' },
	{ marked: '새*별' },
	{ marked: '뒤*문' },
	{ marked: '깨*잎' },
	{ marked: '나무*잎' },
	{ marked: '고기*국' },
	{ marked: '김치*국' },
	{ marked: '만두*국' },
	{ marked: '순대*국' },
	{ marked: '북어*국' },
	{ marked: '배추*국' },
	{ marked: '냉이*국' },
	{ marked: '조개*국' }
];

/**
 * Second elements after which a compound boundary is assumed anywhere inside a word when the
 * previous syllable ends in a consonant: they trigger ㄴ-insertion (art. 29). All are native
 * nouns that cannot be endings or particles, so the guess is safe (꽃잎, 깻잎, 물엿, 학여울…).
 */
export const N_INSERTION_SECOND: readonly string[] = [
	'잎',
	'엿',
	'여울',
	'이불',
	'여름',
	'연필',
	'열차',
	'윷',
	'요기'
];

/**
 * Vowel-initial content morphemes (art. 15: neutralise the final, then link): 부엌안 → [부어간],
 * 겉옷 → [거돋], 맛없다 → [마덥따]. None of them can be a particle or ending.
 */
export const CONTENT_SECOND: readonly string[] = [
	'안',
	'앞',
	'위',
	'옷',
	'웃',
	'아래',
	'없',
	'언덕' // 앞언덕 [아번덕]: the DPRK's own example, Ap-ŏndŏk
];

/**
 * McCune–Reischauer word division: generic dish words written after a hyphen when they follow
 * a noun of two or more syllables (김치찌개 kimch'i-tchigae, 된장찌개 toenjang-tchigae).
 */
export const MR_DIVISION_SECOND: readonly string[] = [
	'찌개',
	'전골',
	'볶음',
	'구이',
	'조림',
	'무침',
	'국밥',
	'냉면',
	'비빔밥'
];

/** Loanwords whose initial ㄹ stands for an l in the source language (ALA-LC 2009). */
export const L_LOANWORDS: readonly string[] = [
	'린넨',
	'레몬',
	'라임',
	'라떼',
	'라자냐',
	'랍스터',
	'로브스터',
	'립스틱',
	'라거',
	'라드',
	'라벤더',
	'런치',
	'리터',
	'라씨'
];

/**
 * Established DPRK forms with ㄴㄹ/ㄴㄴ written ll (2002 §3.2; 2012 examples: 천리마 Chŏllima,
 * 한나산 Hallasan). Value: the spelling whose ordinary liquidisation gives the established form.
 */
export const DPRK_LL_ESTABLISHED: Readonly<Record<string, string>> = {
	천리마: '천리마',
	한나산: '한라산',
	한라산: '한라산',
	전라: '전라',
	신라: '신라'
};

/**
 * Established international spellings of DPRK place names, used for kind 'place' unless
 * `established: false`. Kept to the one name in the DPRK's own English usage beyond doubt.
 */
export const DPRK_INTERNATIONAL: Readonly<Record<string, string>> = { 평양: 'Pyongyang' };

/**
 * Names of the consonant letters whose final is linked as another consonant before a vowel
 * (표준 발음법 제16항: 디귿이 [디그시], 지읒을 [지으슬], 키읔이 [키으기], 피읖에 [피으베]).
 * Value: the onset the final becomes.
 */
export const JAMO_NAME_LINK: Readonly<Record<string, 'ㅅ' | 'ㄱ' | 'ㅂ'>> = {
	디귿: 'ㅅ',
	지읒: 'ㅅ',
	치읓: 'ㅅ',
	키읔: 'ㄱ',
	티읕: 'ㅅ',
	피읖: 'ㅂ',
	히읗: 'ㅅ'
};

/**
 * Endings that begin after the ㄹ of -(으)ㄹ and are pronounced tense (제27항 붙임: 할걸 [할껄],
 * 할밖에 [할빠께], 할세라 [할쎄라], 할수록 [할쑤록], 할지라도 [할찌라도], 할지언정 [할찌언정],
 * 할진대 [할찐대]), matched at the end of a word.
 */
export const TENSE_AFTER_L_ENDINGS: readonly string[] = [
	'걸',
	'밖에',
	'세라',
	'수록',
	'지라도',
	'지언정',
	'진대'
];

/**
 * What may follow the causative/passive suffix -기- so that it is that suffix and not the noun
 * ending -기 (제24항 다만: 굶기다 [굼기다], 옮기다 [옴기다] are not tensed; 앉기 [안끼] is).
 */
export const AFTER_CAUSATIVE_GI: readonly string[] = [
	'다',
	'고',
	'는',
	'며',
	'면',
	'어',
	'었',
	'지',
	'셨',
	'시',
	'세'
];

/** ㄺ-final nouns: before ㄱ they keep ㄱ (닭고기 [닥꼬기]); verb stems keep ㄹ (art. 11). */
export const LG_NOUNS: readonly string[] = ['닭', '흙', '칡', '삵'];

export interface ParsedEntry {
	/** Spelling without marks. */
	readonly word: string;
	/** Boundary mark before each syllable: 0 none, or one of the B_* codes below. */
	readonly marks: readonly number[];
	readonly pron: string | undefined;
}

export const B_MORPH = 1;
export const B_MRDIV = 2;
export const B_SAI = 3;

function parseEntry(e: LexiconEntry): ParsedEntry {
	let word = '';
	const marks: number[] = [];
	let pending = 0;
	for (const ch of e.marked) {
		if (ch === '|') pending = B_MORPH;
		else if (ch === '-') pending = B_MRDIV;
		else if (ch === '*') pending = B_SAI;
		else {
			word += ch;
			marks.push(pending);
			pending = 0;
		}
	}
	return { word, marks, pron: e.pron };
}

/** Entries indexed by first syllable, longest first, for prefix matching on a word. */
export const LEXICON_BY_FIRST: ReadonlyMap<number, readonly ParsedEntry[]> = (() => {
	const m = new Map<number, ParsedEntry[]>();
	for (const e of ENTRIES) {
		const p = parseEntry(e);
		const k = p.word.charCodeAt(0);
		const list = m.get(k) ?? [];
		list.push(p);
		m.set(k, list);
	}
	for (const list of m.values()) list.sort((a, b) => b.word.length - a.word.length);
	return m;
})();

function indexByFirst(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
	const m = new Map<number, string[]>();
	for (const w of words) {
		const k = w.charCodeAt(0);
		const list = m.get(k) ?? [];
		list.push(w);
		m.set(k, list);
	}
	return m;
}

export const N_INSERTION_BY_FIRST = indexByFirst(N_INSERTION_SECOND);
export const CONTENT_BY_FIRST = indexByFirst(CONTENT_SECOND);
export const MR_DIVISION_BY_FIRST = indexByFirst(MR_DIVISION_SECOND);

/** Does `text` contain `word` starting at `pos`? */
export function matchesAt(text: string, pos: number, word: string): boolean {
	return text.startsWith(word, pos);
}
