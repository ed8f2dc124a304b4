/**
 * Letter-level comparison of a Southern and a Northern name, and a guess at why they differ that
 * is made from the letters alone. Pure and isomorphic: the entry page renders the diff on the
 * server, and nothing here touches the database.
 *
 * The unit of comparison is the letter (jamo) in compatibility form (ㄱ, ㅏ …), because the two
 * standards differ below the syllable: 냉면 and 랭면 share every letter but one.
 */
import type { Difference } from '../vocabulary';

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
/** Finals by index (0 = none); clusters are split into their two letters, as they are written. */
const FINALS = [
	'',
	'ㄱ',
	'ㄲ',
	'ㄱㅅ',
	'ㄴ',
	'ㄴㅈ',
	'ㄴㅎ',
	'ㄷ',
	'ㄹ',
	'ㄹㄱ',
	'ㄹㅁ',
	'ㄹㅂ',
	'ㄹㅅ',
	'ㄹㅌ',
	'ㄹㅍ',
	'ㄹㅎ',
	'ㅁ',
	'ㅂ',
	'ㅂㅅ',
	'ㅅ',
	'ㅆ',
	'ㅇ',
	'ㅈ',
	'ㅊ',
	'ㅋ',
	'ㅌ',
	'ㅍ',
	'ㅎ'
];

export type LetterRole = 'initial' | 'medial' | 'final' | 'other';

/** One letter of a name, with the syllable (character index) it belongs to. */
export interface Letter {
	jamo: string;
	syllable: number;
	role: LetterRole;
}

/** Splits a name into letters. Characters that are not Hangul syllables are kept as they are. */
export function toLetters(text: string): Letter[] {
	const letters: Letter[] = [];
	[...text].forEach((char, syllable) => {
		const code = char.codePointAt(0) ?? 0;
		if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) {
			letters.push({ jamo: char, syllable, role: 'other' });
			return;
		}
		const offset = code - SYLLABLE_FIRST;
		const initial = INITIALS[Math.floor(offset / 588)] ?? '';
		const medial = MEDIALS[Math.floor((offset % 588) / 28)] ?? '';
		const final = FINALS[offset % 28] ?? '';
		letters.push({ jamo: initial, syllable, role: 'initial' });
		letters.push({ jamo: medial, syllable, role: 'medial' });
		for (const jamo of final) letters.push({ jamo, syllable, role: 'final' });
	});
	return letters;
}

export type DiffOp =
	| { op: 'equal'; south: number; north: number }
	| { op: 'delete'; south: number }
	| { op: 'insert'; north: number };

/** A run of changed letters: what the South writes there and what the North writes instead. */
export interface Hunk {
	deleted: Letter[];
	inserted: Letter[];
}

export interface JamoDiff {
	south: Letter[];
	north: Letter[];
	/** Indices into `south` and `north`, in reading order. */
	ops: DiffOp[];
	hunks: Hunk[];
	/** Shared letters over all letters (2·LCS / (|south| + |north|)), from 0 to 1. */
	similarity: number;
	/** Character indices that contain a changed letter, per side (for highlighting). */
	changedSyllables: { south: Set<number>; north: Set<number> };
}

/**
 * Longest common subsequence of the two letter sequences, as an edit script South → North. A
 * letter matched in the same place of its syllable scores a little more than one matched across
 * places, so 찻숟갈/차숟갈 loses the final ㅅ of 찻 (사이시옷), not the initial ㅅ of 숟.
 */
export function diffJamo(southName: string, northName: string): JamoDiff {
	const south = toLetters(southName);
	const north = toLetters(northName);
	const n = south.length;
	const m = north.length;
	const score = (a: Letter, b: Letter) => (a.jamo !== b.jamo ? 0 : a.role === b.role ? 1 : 0.75);
	// best[i][j] = best score of south[i..] against north[j..]; names are short, so O(n·m) is fine.
	const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			const s = score(south[i]!, north[j]!);
			best[i]![j] = Math.max(
				s > 0 ? best[i + 1]![j + 1]! + s : 0,
				best[i + 1]![j]!,
				best[i]![j + 1]!
			);
		}
	}
	const ops: DiffOp[] = [];
	let i = 0;
	let j = 0;
	let common = 0;
	while (i < n || j < m) {
		const s = i < n && j < m ? score(south[i]!, north[j]!) : 0;
		if (s > 0 && best[i]![j] === best[i + 1]![j + 1]! + s) {
			ops.push({ op: 'equal', south: i++, north: j++ });
			common++;
		} else if (j >= m || (i < n && best[i + 1]![j]! >= best[i]![j + 1]!)) {
			ops.push({ op: 'delete', south: i++ });
		} else {
			ops.push({ op: 'insert', north: j++ });
		}
	}
	const hunks: Hunk[] = [];
	let open: Hunk | null = null;
	for (const op of ops) {
		if (op.op === 'equal') {
			open = null;
			continue;
		}
		if (!open) hunks.push((open = { deleted: [], inserted: [] }));
		if (op.op === 'delete') open.deleted.push(south[op.south]!);
		else open.inserted.push(north[op.north]!);
	}
	const changedSyllables = {
		south: new Set(hunks.flatMap((h) => h.deleted.map((l) => l.syllable))),
		north: new Set(hunks.flatMap((h) => h.inserted.map((l) => l.syllable)))
	};
	return {
		south,
		north,
		ops,
		hunks,
		similarity: n + m === 0 ? 1 : (2 * common) / (n + m),
		changedSyllables
	};
}

/** South/North pairs of word-initial consonants under the initial-sound law (두음 법칙). */
const INITIAL_SOUND_LAW = new Set(['ㄴ>ㄹ', 'ㅇ>ㄹ', 'ㅇ>ㄴ']);

/**
 * Consonants that differ only in aspiration or tension (or ㅍ/ㅎ for a foreign f): two
 * adaptations of one foreign word disagree in exactly these (토마토/도마도, 버터/빠다, 와플/워흘),
 * while native spelling variants keep their syllable-initial consonants.
 */
const LARYNGEAL_FAMILIES = ['ㄱㅋㄲ', 'ㄷㅌㄸ', 'ㅂㅍㅃㅎ', 'ㅈㅊㅉ'];

const family = (jamo: string) => LARYNGEAL_FAMILIES.find((f) => f.includes(jamo)) ?? jamo;

/**
 * True when the consonants of the two names (without the silent ㅇ) pair up one to one within
 * their families and at least one syllable-initial pair differs: 컵/고뿌 (ㅋ/ㄱ, ㅂ/ㅃ) but not
 * 섞박지/석박지, whose only change is in a final.
 */
function laryngealVariants(south: Letter[], north: Letter[]): boolean {
	const consonants = (letters: Letter[]) =>
		letters.filter((l) => l.role !== 'medial' && l.role !== 'other' && l.jamo !== 'ㅇ');
	const a = consonants(south);
	const b = consonants(north);
	if (a.length !== b.length || a.length === 0) return false;
	let initialDiffers = false;
	for (const [k, x] of a.entries()) {
		const y = b[k]!;
		if (family(x.jamo) !== family(y.jamo)) return false;
		if (x.jamo !== y.jamo && (x.role === 'initial' || y.role === 'initial')) initialDiffers = true;
	}
	return initialDiffers;
}

/**
 * Shapes that native and Sino-Korean food words rarely have and adapted loanwords often do:
 * an open syllable with ㅡ after a stop or sibilant (the vowel inserted to pronounce a foreign
 * consonant cluster: 스, 크, 트, 프, 드), and a palatal glide after ㅈ/ㅊ/ㅉ/ㅅ (쵸, 쥬, 샴, 슈).
 */
const EPENTHETIC = /^[ㅅㅋㅌㅍㅈㅊㅆㅉㅂㄷ]ㅡ$/;
const PALATAL_GLIDE = /^[ㅈㅊㅉ][ㅑㅕㅛㅠ]|^ㅅ[ㅑㅛㅠ]/;

function syllableLetters(name: string): string[] {
	const bySyllable: string[] = [];
	for (const l of toLetters(name)) {
		if (l.role !== 'other') bySyllable[l.syllable] = (bySyllable[l.syllable] ?? '') + l.jamo;
	}
	return bySyllable.filter((s) => s !== undefined);
}

export function looksBorrowed(name: string): boolean {
	return syllableLetters(name).some((s) => EPENTHETIC.test(s) || PALATAL_GLIDE.test(s));
}

/**
 * The syllables of each name that the other name does not share (by a syllable-level LCS), so
 * a compound that swaps one word (백설기/흰설기) is judged on 백/흰 alone.
 */
function unsharedSyllables(south: string, north: string): [string[], string[]] {
	const a = [...south];
	const b = [...north];
	const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
		new Array<number>(b.length + 1).fill(0)
	);
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] =
				a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const onlySouth: string[] = [];
	const onlyNorth: string[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			i++;
			j++;
		} else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
			onlySouth.push(a[i++]!);
		} else {
			onlyNorth.push(b[j++]!);
		}
	}
	return [onlySouth, onlyNorth];
}

/** A syllable that is only a vowel (우 in 무/무우): adding one is a spelling, not a new word. */
const VOWEL_ONLY = /^ㅇ[ㅏ-ㅣ]$/;

/** Names of an entry that the data relates to this one as a false friend. */
export interface FalseFriend {
	south: string;
	north: string;
}

export interface DetectContext {
	/** Entries the data links as false friends: the only evidence a word changed its meaning. */
	falseFriends?: readonly FalseFriend[];
	/** The kind the data records, used only to break a tie the letters cannot decide. */
	recorded?: Difference;
}

export interface Detection {
	kind: Difference;
	/** What the guess rests on: the letters, the data's false-friend relation, or the data itself. */
	basis: 'letters' | 'relation' | 'data';
}

/** Below this share of common letters two names count as different words, not two spellings. */
const SPELLING_SIMILARITY = 0.5;

/**
 * Names the rule that explains why the South writes `south` and the North writes `north`.
 * `regional-dish` is a fact about the dish, not the names, so it is never detected.
 */
export function detectDifference(
	south: string,
	north: string,
	context: DetectContext = {}
): Detection {
	const { falseFriends = [], recorded } = context;
	// The same word naming another thing on the other side: 오징어 (South) is 낙지 in the North.
	if (falseFriends.some((f) => f.south === north || f.north === south)) {
		return { kind: 'meaning-shift', basis: 'relation' };
	}
	const diff = diffJamo(south, north);
	if (diff.hunks.length === 0) return { kind: 'same', basis: 'letters' };

	const lastSyllable = [...south].length - 1;
	const isInitialSoundLaw = (h: Hunk) =>
		h.deleted.length === 1 &&
		h.inserted.length === 1 &&
		h.deleted[0]!.role === 'initial' &&
		h.inserted[0]!.role === 'initial' &&
		INITIAL_SOUND_LAW.has(`${h.deleted[0]!.jamo}>${h.inserted[0]!.jamo}`);
	const isSaisiot = (h: Hunk) =>
		h.inserted.length === 0 &&
		h.deleted.length === 1 &&
		h.deleted[0]!.jamo === 'ㅅ' &&
		h.deleted[0]!.role === 'final' &&
		h.deleted[0]!.syllable < lastSyllable;
	// Both rules keep the syllables; 요릿집/료리집 shows both, and the initial sound is the headline.
	const sameLength = [...south].length === [...north].length;
	if (sameLength && diff.hunks.every((h) => isInitialSoundLaw(h) || isSaisiot(h))) {
		const kind = diff.hunks.some(isInitialSoundLaw) ? 'initial-sound-law' : 'saisiot';
		return { kind, basis: 'letters' };
	}

	const southBorrowed = looksBorrowed(south);
	const northBorrowed = looksBorrowed(north);
	if (southBorrowed && northBorrowed) return { kind: 'loanword', basis: 'letters' };
	if (laryngealVariants(diff.south, diff.north)) return { kind: 'loanword', basis: 'letters' };
	const [onlySouth, onlyNorth] = unsharedSyllables(south, north);
	const borrowed = southBorrowed || northBorrowed;
	// A loanword is one morpheme, so its letters are compared whole (초콜릿/쵸콜레트); a native
	// compound is compared on the syllables it does not share.
	const partSimilarity = Math.max(
		diffJamo(onlySouth.join(''), onlyNorth.join('')).similarity,
		borrowed ? diff.similarity : 0
	);
	const vowelsOnly = (part: string[]) =>
		part.every((syllable) => syllableLetters(syllable).every((l) => VOWEL_ONLY.test(l)));
	const addedVowelsOnly =
		(onlySouth.length === 0 && vowelsOnly(onlyNorth)) ||
		(onlyNorth.length === 0 && vowelsOnly(onlySouth));
	if (addedVowelsOnly || partSimilarity >= SPELLING_SIMILARITY) {
		return { kind: borrowed ? 'loanword' : 'spelling', basis: 'letters' };
	}
	// Two unrelated words, one of them foreign-looking: a second loan (소시지/칼파스) and a native
	// coinage (도넛/가락지빵) look the same letter by letter, so the data decides.
	if (borrowed && recorded === 'loanword') {
		return { kind: 'loanword', basis: 'data' };
	}
	return { kind: 'native-coinage', basis: 'letters' };
}
