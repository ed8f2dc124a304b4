/**
 * The initial-sound law (두음 법칙, 한글 맞춤법 제10–12항): the South writes a Sino-Korean syllable
 * that starts a word without its ㄹ or ㄴ (료리 → 요리, 로동 → 노동, 녀자 → 여자); the North keeps
 * the letter (조선말규범집). The spelling alone cannot say whether a syllable is Sino-Korean, so
 * only syllables that are readings of hanja qualify: a native or borrowed word rarely has exactly
 * their shape (러시아, 레몬, 르 are never changed), and the callers add their own guards.
 */
import {
	I_N,
	I_O,
	I_R,
	composeSyllable,
	isSyllable,
	syllableFinal,
	syllableInitial,
	syllableVowel,
	V_I,
	V_YA,
	V_YAE,
	V_YE,
	V_YEO,
	V_YO,
	V_YU
} from './jamo';

/** Sino-Korean readings that begin with ㄹ (the syllables of 한국 한자음 with initial ㄹ). */
const SINO_R = new Set(
	'라락란랄람랍랑래랭략량려력련렬렴렵령례로록론롱뢰료룡루류륙륜률륭륵름릉리린림립'
);
/**
 * Sino-Korean readings with ㄴ before ㅕ or ㅛ (녀자, 년세, 념원, 녕변, 뇨소). ㄴ before ㅣ and ㅠ
 * is left out: 니 and 뉴 begin far more loanwords (뉴스) and colloquial words (니가) than hanja.
 */
const SINO_N = new Set('녀녁년녈념녕뇨');

/** ㄹ or ㄴ before these vowels drops to ㅇ; ㄹ before any other vowel becomes ㄴ. */
const Y_VOWELS = new Set([V_YA, V_YAE, V_YEO, V_YE, V_YO, V_YU, V_I]);

/**
 * The South's spelling of a word-initial syllable the North writes with ㄹ or ㄴ (료 → 요,
 * 로 → 노, 녀 → 여), or null when the law does not apply to it.
 */
export function southernInitial(syllable: string): string | null {
	const cp = syllable.charCodeAt(0);
	if (syllable.length !== 1 || !isSyllable(cp)) return null;
	if (!SINO_R.has(syllable) && !SINO_N.has(syllable)) return null;
	const ini = syllableInitial(cp);
	const vowel = syllableVowel(cp);
	const next = Y_VOWELS.has(vowel) ? I_O : ini === I_R ? I_N : null;
	if (next === null) return null;
	return String.fromCharCode(composeSyllable(next, vowel, syllableFinal(cp)));
}
