/**
 * Turning names and queries into the keys the index is built on. Every key of one kind is made
 * by the same function on both sides, so an index lookup is a plain string comparison.
 */
import { decompose, initials } from '../hangul';
import { looksLikeQwerty, qwertyToHangul } from '../hangul/keyboard';
import { latinLetters, phoneticKey } from '../hangul/phonetic-key';
import { englishTerms } from './english';
import { normalizeText } from '../hangul/unicode';

const SYLLABLE = /[\uAC00-\uD7A3]/;
const COMPAT_JAMO = /[\u3131-\u318E]/;
const COMPAT_CONSONANT = /^[\u3131-\u314E]$/;
const IDEOGRAPH = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g;

/**
 * Compatibility jamo clusters that an IME makes out of two consonants typed in a row (ㄱ then ㅅ
 * shows as ㄳ); an initials query means the two consonants.
 */
const CLUSTERS: Record<string, string> = {
	ㄳ: 'ㄱㅅ',
	ㄵ: 'ㄴㅈ',
	ㄶ: 'ㄴㅎ',
	ㄺ: 'ㄹㄱ',
	ㄻ: 'ㄹㅁ',
	ㄼ: 'ㄹㅂ',
	ㄽ: 'ㄹㅅ',
	ㄾ: 'ㄹㅌ',
	ㄿ: 'ㄹㅍ',
	ㅀ: 'ㄹㅎ',
	ㅄ: 'ㅂㅅ'
};

/** The Hangul of a text (syllables and jamo) without spaces or anything else, in NFC. */
export function hangulOnly(text: string): string {
	let out = '';
	for (const ch of text.normalize('NFC')) if (SYLLABLE.test(ch) || COMPAT_JAMO.test(ch)) out += ch;
	return out;
}

/**
 * The jamo as typed on a 2-set keyboard (닭 → ㄷㅏㄹㄱ): what makes a half-typed syllable a
 * prefix of the whole one (냉며 of 냉면, 굯 of 국수). Lone clusters in the query are split too.
 */
export function jamoKey(hangul: string): string {
	let out = '';
	for (const ch of decompose(hangul)) out += CLUSTERS[ch] ?? ch;
	return out;
}

/** 초성 of a name without spaces: 비빔밥 → ㅂㅂㅂ. */
export function initialsKey(hangul: string): string {
	return initials(hangul).replace(/\s+/g, '');
}

/** Hanja with the separators the seed uses for native parts (卽席-) taken out. */
export function hanjaKey(text: string): string {
	return (text.normalize('NFC').match(IDEOGRAPH) ?? []).join('');
}

/** One position of an initials-and-syllables query such as ㄴ면 or 냉ㅁ. */
export type InitialsSlot = { initial: string; syllable: string | null };

/**
 * Reads a query made of lone consonants and (optionally) whole syllables as one slot per
 * syllable of the wanted name; null when it is not such a query (a vowel alone, no consonant).
 */
export function initialsPattern(hangul: string): InitialsSlot[] | null {
	const slots: InitialsSlot[] = [];
	let consonants = 0;
	for (const ch of hangul) {
		if (SYLLABLE.test(ch)) {
			slots.push({ initial: initials(ch), syllable: ch });
		} else if (COMPAT_CONSONANT.test(ch)) {
			for (const c of CLUSTERS[ch] ?? ch) slots.push({ initial: c, syllable: null });
			consonants++;
		} else {
			return null;
		}
	}
	return consonants > 0 ? slots : null;
}

/**
 * A keyboard reading is only worth trying when it gives real syllables: whole syllables, the
 * last one possibly still being typed. `tofu` gives 새려, which is Hangul; `egg` gives ㄷㅎㅎ,
 * which is not. Shift matters on five keys (R is ㄲ), but caps lock and phones capitalise
 * without meaning it, so the lowercase reading is tried as well.
 */
export function keyboardReadings(text: string): string[] {
	const compact = text.replace(/\s+/g, '');
	if (!looksLikeQwerty(text) || compact.length < 2) return [];
	const readings = new Set([qwertyToHangul(compact), qwertyToHangul(compact.toLowerCase())]);
	return [...readings].filter((hangul) => {
		const chars = [...hangul];
		const syllables = chars.filter((c) => SYLLABLE.test(c)).length;
		const loose = chars.length - syllables;
		return syllables > 0 && (loose === 0 || (loose === 1 && !SYLLABLE.test(chars.at(-1)!)));
	});
}

/** Everything the search needs to know about a query, computed once. */
export interface AnalysedQuery {
	raw: string;
	/** Hangul part, no spaces ('' when the query has no Hangul). */
	hangul: string;
	/** Whether `hangul` is whole syllables only (an exact name lookup makes sense). */
	complete: boolean;
	jamo: string;
	initials: InitialsSlot[] | null;
	/** ASCII letters of a Latin query, as romanization keys are stored. */
	latin: string;
	phonetic: string;
	/** Hangul that the letters would have typed on a 2-set keyboard (sodaus → 냉면). */
	keyboard: string[];
	hanja: string;
	english: string[];
}

export function analyseQuery(raw: string): AnalysedQuery {
	const text = normalizeText(raw).trim();
	const hangul = hangulOnly(text);
	const latin = latinLetters(text);
	return {
		raw: text,
		hangul,
		complete: hangul !== '' && [...hangul].every((c) => SYLLABLE.test(c)),
		jamo: hangul ? jamoKey(hangul) : '',
		initials: hangul ? initialsPattern(hangul) : null,
		latin,
		phonetic: latin ? phoneticKey(text) : '',
		keyboard: latin ? keyboardReadings(text) : [],
		hanja: hanjaKey(text),
		english: englishTerms(text)
	};
}
