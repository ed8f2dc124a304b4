/**
 * The Korean standard 2-set (두벌식) layout on a QWERTY keyboard, both ways. People who forget to
 * switch their input method type `sodaus` when they mean 냉면; search converts such queries back.
 */
import Hangul from 'hangul-js';

/** Unshifted keys. Shift gives the tense consonants and ㅒ ㅖ on five of them (below). */
const KEYS: Record<string, string> = {
	q: 'ㅂ',
	w: 'ㅈ',
	e: 'ㄷ',
	r: 'ㄱ',
	t: 'ㅅ',
	y: 'ㅛ',
	u: 'ㅕ',
	i: 'ㅑ',
	o: 'ㅐ',
	p: 'ㅔ',
	a: 'ㅁ',
	s: 'ㄴ',
	d: 'ㅇ',
	f: 'ㄹ',
	g: 'ㅎ',
	h: 'ㅗ',
	j: 'ㅓ',
	k: 'ㅏ',
	l: 'ㅣ',
	z: 'ㅋ',
	x: 'ㅌ',
	c: 'ㅊ',
	v: 'ㅍ',
	b: 'ㅠ',
	n: 'ㅜ',
	m: 'ㅡ'
};

const SHIFTED: Record<string, string> = {
	Q: 'ㅃ',
	W: 'ㅉ',
	E: 'ㄸ',
	R: 'ㄲ',
	T: 'ㅆ',
	O: 'ㅒ',
	P: 'ㅖ'
};

const JAMO_TO_KEY = new Map<string, string>([
	...Object.entries(KEYS).map(([key, jamo]) => [jamo, key] as [string, string]),
	...Object.entries(SHIFTED).map(([key, jamo]) => [jamo, key] as [string, string])
]);

/** The jamo a key gives; uppercase letters other than the five shifted ones act as lowercase. */
function keyToJamo(key: string): string | undefined {
	return SHIFTED[key] ?? KEYS[key.toLowerCase()];
}

/** True when every letter in the text is an ASCII letter the layout knows (spaces allowed). */
export function looksLikeQwerty(text: string): boolean {
	return /^[A-Za-z]+( [A-Za-z]+)*$/.test(text.trim());
}

/**
 * What the keys would have produced with the Korean input method on: `sodaus` → 냉면,
 * `rnrtn` → 국수. Jamo are composed into syllables the way the IME does (hangul-js follows the
 * same automaton), so a half-typed last syllable stays as typed (`sodau` → 냉며). Characters that
 * are not layout keys are kept.
 */
export function qwertyToHangul(text: string): string {
	let out = '';
	let run: string[] = [];
	const flush = () => {
		if (run.length) out += Hangul.assemble(run);
		run = [];
	};
	for (const ch of text) {
		const jamo = keyToJamo(ch);
		if (jamo) {
			run.push(jamo);
		} else {
			flush();
			out += ch;
		}
	}
	flush();
	return out;
}

/**
 * The keys that type a Hangul text on the 2-set layout: 냉면 → `sodaus`. Compound vowels and
 * final clusters are typed as their parts (과 → `rhk`), as on a real keyboard.
 */
export function hangulToQwerty(text: string): string {
	let out = '';
	for (const jamo of Hangul.disassemble(text)) out += JAMO_TO_KEY.get(jamo) ?? jamo;
	return out;
}
