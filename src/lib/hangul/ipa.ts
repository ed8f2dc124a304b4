/**
 * IPA for Korean words, read from the standard pronunciation (pronounce): Seoul from 표준 발음법,
 * Pyongyang from the North's standard as the engine implements it (문화어발음법: initial ㄹ and ㄴ
 * kept, see README). A broad phonetic transcription in the style of Wikipedia's food infoboxes
 * and Wiktionary, with syllables parted by dots: 냉면 [nɛŋ.mjʌn], 랭면 [ɾɛŋ.mjʌn].
 *
 * The phone set and its sources are in README.md ("IPA"). The same phone values serve both
 * standards: the standards differ in which sounds a word has (the pronunciation), and neither
 * prescribes the phonetic detail (the quality of ㅓ, of ㅐ and ㅔ) that speakers of each city vary in.
 */
import { composeSyllable, isSyllable, syllableFinal, syllableInitial, syllableVowel } from './jamo';
import { pronounce, type Standard } from './pronounce';

/** Onsets by initial index (ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ): [plain, between voiced sounds]. */
const ONSET: readonly (readonly [string, string])[] = [
	['k', 'ɡ'],
	['k͈', 'k͈'],
	['n', 'n'],
	['t', 'd'],
	['t͈', 't͈'],
	['ɾ', 'ɾ'],
	['m', 'm'],
	['p', 'b'],
	['p͈', 'p͈'],
	['sʰ', 'sʰ'],
	['s͈', 's͈'],
	['', ''],
	['tɕ', 'dʑ'],
	['t͈ɕ', 't͈ɕ'],
	['tɕʰ', 'tɕʰ'],
	['kʰ', 'kʰ'],
	['tʰ', 'tʰ'],
	['pʰ', 'pʰ'],
	['h', 'ɦ']
];

/** Vowels by vowel index (ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ). */
const VOWEL = [
	'a',
	'ɛ',
	'ja',
	'jɛ',
	'ʌ',
	'e',
	'jʌ',
	'je',
	'o',
	'wa',
	'wɛ',
	'we',
	'jo',
	'u',
	'wʌ',
	'we',
	'ɥi',
	'ju',
	'ɯ',
	'ɰi',
	'i'
] as const;

/** Codas by final index; after pronounce only the seven representatives (ㄱㄴㄷㄹㅁㅂㅇ) remain. */
const CODA: Readonly<Record<number, string>> = {
	0: '',
	1: 'k̚',
	4: 'n',
	7: 't̚',
	8: 'ɭ',
	16: 'm',
	17: 'p̚',
	21: 'ŋ'
};

const SONORANT_CODAS = new Set([4, 8, 16, 21]);
const INITIAL_RIEUL = 5;
const INITIAL_SIOT = 9;
const INITIAL_SSANGSIOT = 10;
const FINAL_RIEUL = 8;
/** ㅑㅒㅕㅖㅛㅠㅟㅣ: ㅅ and ㅆ are alveolo-palatal before i and j (시 [ɕʰi], 쉬 [ɕʰɥi]). */
const PALATAL_VOWELS = new Set([2, 3, 6, 7, 12, 16, 17, 20]);

/** One word of pronounced Hangul syllables in IPA. */
function wordIpa(word: string): string {
	const syllables: string[] = [];
	let previousFinal = -1;
	for (const char of word) {
		const cp = char.codePointAt(0)!;
		if (!isSyllable(cp)) continue;
		const ini = syllableInitial(cp);
		const vow = syllableVowel(cp);
		const fin = syllableFinal(cp);
		const voiced = previousFinal === 0 || SONORANT_CODAS.has(previousFinal);
		let onset = ONSET[ini]![voiced ? 1 : 0];
		if (ini === INITIAL_RIEUL && previousFinal === FINAL_RIEUL) onset = 'l';
		else if (ini === INITIAL_SIOT && PALATAL_VOWELS.has(vow)) onset = 'ɕʰ';
		else if (ini === INITIAL_SSANGSIOT && PALATAL_VOWELS.has(vow)) onset = 'ɕ͈';
		// A final the rules left unreduced (a name outside them) is read as its representative.
		const coda = CODA[fin] ?? CODA[representative(fin)] ?? '';
		syllables.push(onset + VOWEL[vow]! + coda);
		previousFinal = CODA[fin] === undefined ? representative(fin) : fin;
	}
	return syllables.join('.');
}

/** The representative final of 표준 발음법 9–11 for any final index. */
function representative(fin: number): number {
	const cp = composeSyllable(11, 0, fin);
	const reduced = syllableFinal(pronounce(String.fromCharCode(cp)).charCodeAt(0));
	return CODA[reduced] === undefined ? 0 : reduced;
}

/**
 * IPA of a text in the given standard: each Hangul word transcribed between brackets is left to
 * the caller; words are joined by spaces and anything else is dropped.
 */
export function ipa(text: string, standard: Standard = 'south'): string {
	const pronounced = pronounce(text, { standard });
	return pronounced
		.split(/[^\uac00-\ud7a3]+/u)
		.filter((w) => w.length > 0)
		.map(wordIpa)
		.join(' ');
}
