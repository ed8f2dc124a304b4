/**
 * Letters that pass for Latin letters or digits, for the confusable skeleton of user names
 * (Unicode TR39, section 4). Data, not logic: each key is one look-alike, each value what TR39's
 * skeleton writes for it.
 *
 * Where it comes from: selected by hand from Unicode's confusables.txt (the UTS #39 data file),
 * taking the pairs whose target is a Latin letter or digit and whose source is a letter of the
 * scripts a user name can be written in and that look most like Latin: Cyrillic, Greek and
 * Armenian. Only lower-case sources are listed, because a name is lower-cased (and NFKC-folded,
 * which already turns full-width and mathematical letters into ASCII) before the skeleton is
 * taken. It is a subset, not the whole file: confusables between other scripts (Cherokee,
 * Canadian syllabics, Arabic forms …) are left out, and so are pairs whose target is not Latin.
 * The last group is TR39's own Latin-internal mappings: digit one and small L, zero and O,
 * "rn" and m, "vv" and w.
 */
export const CONFUSABLE_WITH_LATIN: Readonly<Record<string, string>> = {
	// Cyrillic
	а: 'a',
	с: 'c',
	ԁ: 'd',
	е: 'e',
	һ: 'h',
	і: 'i',
	ӏ: 'i',
	ј: 'j',
	к: 'k',
	м: 'rn',
	п: 'n',
	о: 'o',
	р: 'p',
	ԛ: 'q',
	г: 'r',
	ѕ: 's',
	т: 't',
	ц: 'u',
	ѵ: 'v',
	ԝ: 'vv',
	ѡ: 'vv',
	х: 'x',
	у: 'y',
	ү: 'y',
	б: '6',
	// Greek
	α: 'a',
	ϲ: 'c',
	ι: 'i',
	ϳ: 'j',
	κ: 'k',
	ϰ: 'k',
	π: 'n',
	ο: 'o',
	σ: 'o',
	ρ: 'p',
	ϱ: 'p',
	τ: 't',
	υ: 'u',
	ν: 'v',
	χ: 'x',
	γ: 'y',
	// Armenian
	ց: 'g',
	հ: 'h',
	ո: 'n',
	ռ: 'n',
	օ: 'o',
	գ: 'q',
	զ: 'q',
	ս: 'u',
	ա: 'vv',
	ք: 'f',
	// Latin letters of IPA and old forms
	ɑ: 'a',
	ɡ: 'g',
	ı: 'i',
	ɩ: 'i',
	ʋ: 'u',
	ɣ: 'y',
	// Latin-internal (TR39): 1 and l, 0 and o, m and rn, w and vv
	'1': 'l',
	'0': 'o',
	m: 'rn',
	w: 'vv'
};
