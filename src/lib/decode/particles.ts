/**
 * Particles and the commonest endings that follow a noun inside one written word (랭면은,
 * 닭알말이와, 즉석국수를). The decoder uses them to accept a one-syllable name only as a word of
 * its own (밥을, not 밥 inside 밥상), to leave them out of a respelled word, and to pick the
 * right form of a particle after a word whose last letter changed (낙지를 → 오징어를).
 */

const BASE = [
	'은',
	'는',
	'이',
	'가',
	'을',
	'를',
	'과',
	'와',
	'도',
	'만',
	'에',
	'의',
	'로',
	'으로',
	'에서',
	'에게',
	'한테',
	'께',
	'까지',
	'부터',
	'처럼',
	'보다',
	'하고',
	'이나',
	'나',
	'이랑',
	'랑',
	'이며',
	'며',
	'이요',
	'요',
	'이다',
	'다',
	'입니다',
	'이에요',
	'예요',
	'이고',
	'고',
	'들',
	'뿐',
	'마다',
	'조차',
	'밖에',
	'이라',
	'라',
	'이라도',
	'라도',
	'으로써',
	'로써',
	'으로서',
	'로서',
	'같은'
];
const AFTER = ['', '은', '는', '도', '만', '을', '를', '의', '이', '가'];

/** Every particle, and particle + topic/also/only (에는, 에서도, 들이), as one set. */
export const PARTICLES: ReadonlySet<string> = new Set(
	BASE.flatMap((p) => AFTER.map((a) => p + a)).concat(['들의', '들과', '들에게'])
);

/** Particles whose form follows the last letter of the word before: [after a final, after a vowel]. */
const ALTERNATING: readonly (readonly [string, string])[] = [
	['은', '는'],
	['이', '가'],
	['을', '를'],
	['과', '와'],
	['으로', '로'],
	['이랑', '랑'],
	['이나', '나'],
	['이며', '며'],
	['이라도', '라도'],
	['이에요', '예요']
];

/**
 * `rest` (the letters after a replaced word, up to the end of the written word) with its
 * particle in the form that fits `word`; rest unchanged when it is not one alternating particle.
 * 으로 follows ㄹ as 로 (서울로), as in the South and the North alike.
 */
export function fitParticle(word: string, rest: string): string {
	const last = word.charCodeAt(word.length - 1);
	if (last < 0xac00 || last > 0xd7a3) return rest;
	const final = (last - 0xac00) % 28;
	for (const [consonant, vowel] of ALTERNATING) {
		if (rest !== consonant && rest !== vowel) continue;
		if (consonant === '으로') return final === 0 || final === 8 ? vowel : consonant;
		return final === 0 ? vowel : consonant;
	}
	return rest;
}
