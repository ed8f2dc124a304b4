/**
 * Words the glossary does not hold but a spelling rule respells, found in the parts of the text
 * no glossary name covers. Each finding says which standard's spelling it is (a sign for
 * detection) and, when the rule can be applied in the direction asked, the other standard's form.
 *
 * Deliberately conservative: a wrong respelling misleads more than a missing one, so
 * - the initial-sound law is applied North → South only (the reverse needs the hanja of every
 *   syllable: 여자 女子 is 녀자 in the North but 여기 stays 여기), only to the first syllable of a
 *   word of two syllables or more, and only to syllables that are hanja readings;
 * - words that look like personal names (리설주: a common family name and a three-syllable
 *   word, or a word before 동지, 선생…), place names (ending in an administrative unit:
 *   룡성구역) and loanwords (라디오) are left alone;
 * - 사이시옷 and 되여/되어 are respelled only for the listed forms.
 */
import { southernInitial } from '../hangul/initial-sound-law';
import { B_SAI, L_LOANWORDS, LEXICON_BY_FIRST } from '../hangul/lexicon';
import { DPRK_UNITS, genericStart } from '../hangul/names';
import { PARTICLES } from './particles';
import { isSyllableAt, wordEnd, type NameSpan } from './scan';
import type { SpellingRule, Standard } from './types';

export interface RuleFinding {
	start: number;
	end: number;
	text: string;
	/** The standard whose spelling this is. */
	standard: Standard;
	/** The other standard's spelling, or null when the rule cannot be reversed. */
	other: string | null;
	rule: SpellingRule;
}

/** Family names written with ㄹ in the North (리 李, 류 柳, 림 林, 량 梁, 렴 廉). */
const R_SURNAMES = new Set(['리', '류', '림', '량', '렴']);
/** Words after a personal name. */
const TITLES = [
	'동지',
	'동무',
	'선생',
	'씨',
	'님',
	'위원장',
	'교수',
	'박사',
	'원수',
	'부인',
	'녀사',
	'여사'
];
/** Loanwords starting with a syllable that is also a hanja reading. */
const LOANWORD_STARTS = [
	...L_LOANWORDS,
	'라디오',
	'라이',
	'라인',
	'라운',
	'라틴',
	'라벨',
	'랍스',
	'람보',
	'로봇',
	'로마',
	'로션',
	'로켓',
	'로케',
	'로그',
	'로비',
	'로또',
	'로열',
	'리본',
	'리그',
	'리듬',
	'리더',
	'리스',
	'리터',
	'리조',
	'린스',
	'룸',
	'류머'
];
/** Place names of the North that keep ㄹ/ㄴ even in the South's writing of them as names. */
const PLACE_STARTS = [
	'락랑',
	'룡성',
	'력포',
	'령변',
	'녕변',
	'룡천',
	'라선',
	'량강',
	'련탄',
	'룡강',
	'락원'
];
/** Words the South also writes with initial ㄴ (녀석 is native, not 女). */
const KEEP = ['녀석', '년놈'];

/** 되- + the -어/-여 ending: the North writes 되여, 되였 where the South writes 되어, 되었. */
const EO_YEO: readonly { north: string; south: string }[] = [
	{ north: '되여', south: '되어' },
	{ north: '되였', south: '되었' }
];

/** North spellings without 사이시옷 from the lexicon, with the South's (뒤문 → 뒷문). */
const SAISIOT: readonly { north: string; south: string }[] = (() => {
	const pairs: { north: string; south: string }[] = [];
	for (const list of LEXICON_BY_FIRST.values()) {
		for (const e of list) {
			const at = e.marks.indexOf(B_SAI);
			if (at < 1) continue;
			const cp = e.word.charCodeAt(at - 1);
			if ((cp - 0xac00) % 28 !== 0) continue;
			const linked = String.fromCharCode(cp + 19);
			pairs.push({ north: e.word, south: e.word.slice(0, at - 1) + linked + e.word.slice(at) });
		}
	}
	return pairs;
})();

/** The word without a trailing particle: [start, end) of the part a rule may respell. */
function stemEnd(text: string, start: number, end: number): number {
	for (let k = start + 2; k < end; k++) if (PARTICLES.has(text.slice(k, end))) return k;
	return end;
}

function nextWord(text: string, end: number): string {
	let i = end;
	while (i < text.length && text[i] === ' ') i++;
	return text.slice(i, wordEnd(text, i));
}

function looksLikeName(text: string, stem: string, end: number): boolean {
	// 리순희 (a family name and two syllables) but not 리용하는: a name does not end in 하-/되-.
	const verb = stem.endsWith('하') || stem.endsWith('되');
	if (stem.length === 3 && R_SURNAMES.has(stem[0]!) && !verb) return true;
	const next = nextWord(text, end);
	if (TITLES.some((t) => next.startsWith(t))) return true;
	if (genericStart(stem, DPRK_UNITS) >= 0) return true;
	return PLACE_STARTS.some((p) => stem.startsWith(p));
}

function initialSoundLaw(text: string, start: number, end: number): RuleFinding | null {
	if (end - start < 2) return null;
	const before = text.charCodeAt(start - 1);
	// 2024년, K리그: a syllable after a digit or a letter does not start a word.
	if (start > 0 && /[\p{L}\p{N}]/u.test(String.fromCharCode(before))) return null;
	const south = southernInitial(text[start]!);
	if (!south) return null;
	const stop = stemEnd(text, start, end);
	const stem = text.slice(start, stop);
	if (stem.length < 2) return null;
	if (LOANWORD_STARTS.some((w) => stem.startsWith(w)) || KEEP.includes(stem)) return null;
	if (looksLikeName(text, stem, end)) return null;
	return {
		start,
		end: stop,
		text: stem,
		standard: 'north',
		// 리용되였다 → 이용되었다: the word's other rule goes into the same respelling.
		other: EO_YEO.reduce((w, p) => w.replaceAll(p.north, p.south), south + stem.slice(1)),
		rule: 'initial-sound-law'
	};
}

function listed(
	text: string,
	start: number,
	end: number,
	pairs: readonly { north: string; south: string }[],
	rule: SpellingRule,
	anywhere: boolean
): RuleFinding[] {
	const found: RuleFinding[] = [];
	for (let i = start; i < end; i++) {
		if (!anywhere && i > start) break;
		for (const { north, south } of pairs) {
			for (const [form, standard, other] of [
				[north, 'north', south],
				[south, 'south', north]
			] as const) {
				if (i + form.length <= end && text.startsWith(form, i)) {
					found.push({ start: i, end: i + form.length, text: form, standard, other, rule });
				}
			}
		}
	}
	return found;
}

/**
 * Every rule finding in the text outside the glossary's spans, in text order. The parts between
 * spans are read as words; a word that a span starts inside is cut at the span.
 */
export function findRuleWords(text: string, spans: readonly NameSpan[]): RuleFinding[] {
	const found: RuleFinding[] = [];
	let s = 0;
	let i = 0;
	while (i < text.length) {
		if (!isSyllableAt(text, i)) {
			i++;
			continue;
		}
		while (s < spans.length && spans[s]!.end <= i) s++;
		const span = spans[s];
		if (span && span.start <= i) {
			i = span.end;
			continue;
		}
		let end = wordEnd(text, i);
		if (span && span.start < end) end = span.start;
		const wordStart = i === 0 || !isSyllableAt(text, i - 1);
		const law = wordStart ? initialSoundLaw(text, i, end) : null;
		if (law) found.push(law);
		else if (wordStart) found.push(...listed(text, i, end, SAISIOT, 'saisiot', false));
		found.push(...listed(text, law ? law.end : i, end, EO_YEO, 'eo-yeo', true));
		i = end;
	}
	return found.sort((a, b) => a.start - b.start);
}
