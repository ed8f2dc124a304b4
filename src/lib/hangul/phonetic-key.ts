/**
 * A folding key for Latin spellings of Korean words. Official systems disagree (naengmyeon,
 * naengmyŏn, raengmyon) and informal spellings disagree more (naengmyun, pulgogi, kimchee,
 * ddukbokki, soondae, mandoo). The key keeps what people hear alike and folds what they write
 * differently, so every spelling of one word meets the others:
 *
 * - vowels: eo, o, u, oo, eu (and ŏ ŭ without their breves) are one vowel; ae and e are one; ee
 *   and i are one. Romanizers cannot agree on those, and English readers cannot hear them apart.
 * - consonants: k/g, t/d, p/b (and f), ch/j (and tch, z), sh/s fold, because RR writes voicing
 *   where MR writes aspiration with an apostrophe and the DPRK with an h (kh th ph).
 * - r, l, and an n that starts a syllable (before a vowel) fold: the South's initial-sound law
 *   turns 랭 into 냉, and Latin spellers swap r and l freely. A leading r/l/n before i or y is
 *   dropped altogether (료리/요리, 녀자/여자), the other half of that law.
 * - doubled letters are single (tteok, ddeok, teok), and so is any run of one folded sound.
 */

/** Multi-letter spellings first: the tokenizer takes the longest one that matches. */
const DIGRAPHS: [string, string][] = [
	['tch', 'j'],
	['ch', 'j'],
	['sh', 's'],
	['ng', 'N'],
	['kh', 'k'],
	['th', 't'],
	['ph', 'p'],
	['eo', 'o'],
	['eu', 'o'],
	['oo', 'o'],
	['ou', 'o'],
	['ae', 'e'],
	['ee', 'i'],
	// 외 is oe in RR and MR but sounds like 웨; informal spellers write we.
	['oe', 'we']
];

/** The digraphs by their first letter, so each position tries two or three of them at most. */
const DIGRAPHS_BY_FIRST = new Map<string, [string, string][]>();
for (const digraph of DIGRAPHS) {
	const list = DIGRAPHS_BY_FIRST.get(digraph[0][0]!);
	if (list) list.push(digraph);
	else DIGRAPHS_BY_FIRST.set(digraph[0][0]!, [digraph]);
}

/** Single letters, as sounds: one character each (x is two). */
const LETTERS: Record<string, string> = {
	a: 'a',
	e: 'e',
	i: 'i',
	o: 'o',
	u: 'o',
	y: 'y',
	w: 'w',
	k: 'k',
	g: 'k',
	q: 'k',
	c: 'k',
	t: 't',
	d: 't',
	p: 'p',
	b: 'p',
	f: 'p',
	v: 'p',
	j: 'j',
	z: 'j',
	s: 's',
	x: 'ks',
	h: 'h',
	m: 'm',
	n: 'n',
	r: 'l',
	l: 'l'
};

const VOWELS = new Set(['a', 'e', 'i', 'o']);
const ASPIRABLE = new Set(['k', 't', 'p', 'j']);

/** Lowercase ASCII letters only: breves and other marks go, as do apostrophes, hyphens, spaces. */
export function latinLetters(text: string): string {
	// Most romanizations are plain lowercase ASCII already: skip the normalisation then.
	if (/^[a-z]*$/.test(text)) return text;
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

/** The sounds of a lowercase ASCII spelling, one character per sound. */
function tokenize(letters: string): string {
	let out = '';
	let i = 0;
	outer: while (i < letters.length) {
		const letter = letters[i]!;
		for (const [spelling, sounds] of DIGRAPHS_BY_FIRST.get(letter) ?? []) {
			if (letters.startsWith(spelling, i)) {
				out += sounds;
				i += spelling.length;
				continue outer;
			}
		}
		out += LETTERS[letter] ?? '';
		i++;
	}
	return out;
}

/** The folded key of a Latin spelling; '' when the text has no Latin letters. */
export function phoneticKey(text: string): string {
	const sounds = tokenize(latinLetters(text));
	const folded: string[] = [];
	for (let i = 0; i < sounds.length; i++) {
		let s = sounds[i]!;
		const next = sounds[i + 1];
		// An n before a vowel or glide starts a syllable: fold it with r/l (냉/랭, 녀/려).
		if (s === 'n' && next !== undefined && (VOWELS.has(next) || next === 'y' || next === 'w')) {
			s = 'l';
		}
		const prev = folded[folded.length - 1];
		// The h of an aspirate (DPRK kh, informal chh) adds nothing once k/g and t/d are one.
		if (s === 'h' && prev !== undefined && ASPIRABLE.has(prev)) continue;
		// 져/저, 쥬/주: after j the glide is written by some and not by others.
		if (s === 'y' && prev === 'j') continue;
		if (s === prev) continue;
		folded.push(s);
	}
	if (folded[0] === 'l' && (folded[1] === 'i' || folded[1] === 'y')) folded.shift();
	return folded.join('');
}
