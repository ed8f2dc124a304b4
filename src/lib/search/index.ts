/**
 * The in-memory search index over glossary entries. Pure: it is given documents (entries with
 * their names) and a romanizer, and knows nothing of the database, so the server builds it from
 * SQLite and the benchmark from generated data.
 *
 * One query is read every way it could have been meant — Hangul of either standard (whole,
 * half-typed or as initials), hanja, a romanization, an informal spelling, letters typed with
 * the keyboard in English mode, English words — and each reading looks up its own table. Every
 * table is keyed by a normalised form, so each lookup is a hash probe or a binary search, never
 * a scan of the entries.
 */
import type { RomanizationSystem } from '../hangul';
import type { NameSide, NameStatus } from '../vocabulary';
import { latinLetters, phoneticKey } from '../hangul/phonetic-key';
import { EnglishIndex } from './english-index';
import { synonymWords } from './english';
import { ENGLISH_SYNONYMS, type EnglishSynonym } from './english-synonyms';
import { editDistance, KeyTable } from './key-table';
import {
	analyseQuery,
	hangulOnly,
	hanjaKey,
	initialsKey,
	jamoKey,
	type AnalysedQuery,
	type InitialsSlot
} from './normalize';
import {
	familiarityBonus,
	insideScore,
	prefixScore,
	statusPenalty,
	TIER,
	TIER_SPAN,
	typoScore
} from './ranking';
import { closeAllowance, forEachSlip, SLIP_ALLOWANCE, typoAllowance, typoCost } from './typo';
import { readQuestion } from './question';
import { normalizeText } from '../hangul/unicode';

export { analyseQuery } from './normalize';

export type { RomanizationSystem };

/**
 * Romanizations indexed for every name. When several spell a name alike, the first in this
 * order names the match: the official systems before their transliteration and ASCII forms.
 */
export const ROMANIZATION_SYSTEMS: readonly RomanizationSystem[] = [
	'rr',
	'mr',
	'dprk',
	'yale',
	'rr-translit',
	'mr-ascii'
];

export type Romanizer = (hangul: string, system: RomanizationSystem) => string;

export interface SearchName {
	hangul: string;
	hanja: string | null;
	side: NameSide;
	status: NameStatus;
	/** Precomputed romanizations; any system left out is asked of the romanizer. */
	romanizations?: Partial<Record<RomanizationSystem, string>>;
}

export interface SearchDocument {
	slug: string;
	english: string;
	description: string;
	names: SearchName[];
	/**
	 * How well attested the entry is (the server counts its sources). Only breaks ties between
	 * equal matches: ㄴㅁ is the initials of 냉면 and of 녹말, and the better-known dish goes first.
	 */
	weight?: number;
}

/**
 * How a query met a name:
 * - hangul: the whole name, in either standard (an alias is a name too)
 * - hanja: the name's hanja
 * - romanization: the whole name in one romanization system (breves, apostrophes optional)
 * - prefix: the start of the name, to the letter (냉ㅁ, 냉며), or of a romanization
 * - initials: the 초성 of the name, alone or mixed with syllables (ㄴㅁ, ㄴ면)
 * - keyboard: the name typed with the keyboard in English mode (sodaus)
 * - phonetic: an informal spelling that sounds like a romanization (naengmyun)
 * - inside: the query is part of a longer name (냉면 in 평양냉면, naengmyun in
 *   pyeongyangnaengmyeon), at a syllable boundary
 * - compound: a name is part of the query (냉면 in 물냉면 or 냉면집, mulnaengmyeon)
 * - typo: a name or a romanization within one or two edits
 * - close: not a match but the nearest name, offered when nothing matched (closest())
 * - synonym: a common English name of the entry's food (ramen for 라면), from english-synonyms.ts
 * - broader: English words for a kind of the entry's food (fried chicken for 튀김)
 * - english: words of the English gloss or description
 */
export type MatchForm =
	| 'hangul'
	| 'hanja'
	| 'romanization'
	| 'prefix'
	| 'initials'
	| 'keyboard'
	| 'phonetic'
	| 'inside'
	| 'compound'
	| 'typo'
	| 'close'
	| 'synonym'
	| 'broader'
	| 'english';

export interface SearchMatch {
	/** The name that matched (for English matches, the entry's headword). */
	hangul: string;
	side: NameSide;
	status: NameStatus;
	form: MatchForm;
	/** The romanization system, for romanization, phonetic and Latin typo matches. */
	system: RomanizationSystem | null;
	/**
	 * What the query was compared with: a romanized spelling, hanja, a gloss, a name; for an
	 * inside match the longer name, for a compound the query's part that is the name.
	 */
	text: string;
}

export interface SearchHit {
	slug: string;
	/** Position of the entry in the documents the index was built from. */
	doc: number;
	score: number;
	matched: SearchMatch;
}

const MAX_LIMIT = 50;
/** Names examined per prefix or initials lookup before it stops (a one-letter query). */
/** How many pages of candidates a prefix lookup gathers before it stops at a key length. */
const PREFIX_PAGES = 4;
const PREFIX_BUDGET = 4000;

/** A candidate before it becomes a SearchMatch: only the few shown are ever built. */
interface Candidate {
	score: number;
	name: number;
	form: MatchForm;
	system: number;
	text: string;
}

const NO_SYSTEM = -1;
const SYLLABLE = /[\uAC00-\uD7A3]/;
/** Tails are spelled as RR and MR write them: the spellings readers meet. */
const INSIDE_SYSTEMS: readonly RomanizationSystem[] = ['rr', 'mr'];
/** A jamo key's vowels: after a matched prefix, a vowel means the prefix split a syllable. */
const isVowelJamo = (code: number) => code >= 0x314f && code <= 0x3163;
/** Forms whose score gets the familiarity bonus: the ones where many entries tie. */
// Not 'compound': of the names inside a query, the longest is what the reader named (평양랭면집 is
// 평양랭면 however well known 랭면 is), so familiarity must not outweigh how much of it a name covers.
const FAMILIAR_FORMS = new Set<MatchForm>(['prefix', 'initials', 'phonetic', 'inside']);
/** Korean compounds are right-headed: 김치만두 is a kind of 만두, so a name that ends the query leads. */
const HEAD_BONUS = 2;
/** The shortest phonetic key looked for inside names or as part of a query (naeng is 4). */
const INSIDE_MIN_LATIN = 5;
/** Compatibility jamo of the 19 initial consonants, in syllable-block order. */
const INITIAL_JAMO = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
/** ROMANIZATION_SYSTEMS[0..2]: rr, mr, dprk. */
const TYPED_SYSTEMS = 3;
/**
 * Typos are looked for only when the exact, prefix and phonetic readings found fewer entries
 * than this: a query that already names entries is not a misspelling of others.
 */
const TYPO_WHEN_FEWER = 3;

/** Allowed edits for a key of this many letters (or jamo): one when short, two when long. */
export function maxEdits(length: number): number {
	if (length < 3) return 0;
	return length < 8 ? 1 : 2;
}

export class SearchIndex {
	readonly docs: readonly SearchDocument[];
	private readonly romanize: Romanizer;
	/** Name id → its document and its position among the document's names. */
	private readonly nameDoc: Int32Array;
	private readonly nameIndex: Uint8Array;
	/** Document → id of its first name (a document's names have consecutive ids). */
	private readonly firstName: Int32Array;
	/** Jamo as typed (냉면 → ㄴㅐㅇㅁㅕㄴ): exact names, prefixes, Hangul typos. */
	private readonly jamo = new KeyTable({ typos: 2 });
	private readonly initials = new KeyTable();
	private readonly hanja = new KeyTable();
	/** Postings are name * 8 + system. */
	private readonly romanization = new KeyTable();
	private readonly phonetic = new KeyTable({ typos: 2 });
	/**
	 * Inside words: the jamo of every tail of a name that starts at a syllable after the first
	 * and keeps two syllables or more (평양냉면 → 양냉면, 냉면), and the phonetic keys of those
	 * tails as RR and MR spell them alone. A prefix lookup here finds names that contain the
	 * query at a syllable boundary, with no scan. Postings are name ids.
	 */
	private readonly insideJamo = new KeyTable();
	private readonly insidePhonetic = new KeyTable();
	/** Per document, the ranking bonus of familiarityBonus. */
	private readonly familiarity: Uint8Array;
	private readonly english: EnglishIndex;
	/** English synonyms by key (synonymWords joined): the entries they name, best first. */
	private readonly synonyms = new Map<string, { doc: number; says: string; kind: MatchForm }[]>();
	/** The most words of any synonym, so a query is cut into no longer runs than that. */
	private synonymWordsMax = 0;
	/** Scratch space for one query: best candidate per document. */
	private readonly best: (Candidate | undefined)[];
	private readonly touched: number[] = [];

	private constructor(docs: readonly SearchDocument[], romanize: Romanizer) {
		this.docs = docs;
		this.romanize = romanize;
		const nameCount = docs.reduce((n, d) => n + d.names.length, 0);
		this.nameDoc = new Int32Array(nameCount);
		this.nameIndex = new Uint8Array(nameCount);
		this.firstName = new Int32Array(docs.length);
		this.english = new EnglishIndex(docs);
		this.best = new Array<Candidate | undefined>(docs.length);
		this.familiarity = new Uint8Array(docs.length);
	}

	static build(
		docs: readonly SearchDocument[],
		romanize: Romanizer,
		synonyms: readonly EnglishSynonym[] = ENGLISH_SYNONYMS
	): SearchIndex {
		const index = new SearchIndex(docs, romanize);
		index.fill();
		index.fillSynonyms(synonyms);
		return index;
	}

	/** A synonym whose entry is not in this index (not approved, renamed) is left out. */
	private fillSynonyms(synonyms: readonly EnglishSynonym[]): void {
		const docOf = new Map(this.docs.map((d, i) => [d.slug, i]));
		for (const synonym of synonyms) {
			const docs = synonym.means.flatMap((slug) => docOf.get(slug) ?? []);
			for (const says of synonym.says) {
				const words = synonymWords(says);
				if (words.length === 0) continue;
				this.synonymWordsMax = Math.max(this.synonymWordsMax, words.length);
				const list = this.synonyms.get(words.join('')) ?? [];
				for (const doc of docs) {
					list.push({ doc, says, kind: synonym.kind === 'broader' ? 'broader' : 'synonym' });
				}
				this.synonyms.set(words.join(''), list);
			}
		}
	}

	private fill(): void {
		let id = 0;
		const seen = new Set<string>();
		this.docs.forEach((doc, d) => {
			this.firstName[d] = id;
			doc.names.forEach((name, i) => {
				this.nameDoc[id] = d;
				this.nameIndex[id] = i;
				const hangul = hangulOnly(name.hangul);
				this.jamo.add(jamoKey(hangul), id);
				this.initials.add(initialsKey(hangul), id);
				if (name.hanja) this.hanja.add(hanjaKey(name.hanja), id);
				seen.clear();
				ROMANIZATION_SYSTEMS.forEach((system, s) => {
					const text = name.romanizations?.[system] ?? this.romanize(name.hangul, system);
					const key = latinLetters(text);
					// The first system that spells it so names the match; later ones add nothing.
					if (!key || seen.has(key)) return;
					seen.add(key);
					this.romanization.add(key, id * 8 + s);
					// Informal spellings imitate the systems people see (RR, MR, the DPRK's); the
					// transliterations and Yale would double the phonetic table for little.
					if (s < TYPED_SYSTEMS) this.phonetic.add(phoneticKey(text), id * 8 + s);
				});
				this.addTails(hangul, id);
				id++;
			});
		});
		for (const table of [
			this.jamo,
			this.initials,
			this.hanja,
			this.romanization,
			this.phonetic,
			this.insideJamo,
			this.insidePhonetic
		]) {
			table.freeze();
		}
		this.docs.forEach((doc, d) => {
			// Other entries whose names end with one of this entry's names: 냉면 ends three.
			const containing = new Set<number>();
			for (const name of doc.names) {
				for (const id of this.insideJamo.get(jamoKey(hangulOnly(name.hangul))) ?? []) {
					if (this.nameDoc[id] !== d) containing.add(this.nameDoc[id]!);
				}
			}
			this.familiarity[d] = familiarityBonus(doc.weight ?? 0, containing.size);
		});
	}

	private addTails(hangul: string, id: number): void {
		const syllables = [...hangul].filter((c) => SYLLABLE.test(c));
		if (syllables.length < 3) return;
		for (let i = 1; i + 2 <= syllables.length; i++) {
			const tail = syllables.slice(i).join('');
			this.insideJamo.add(jamoKey(tail), id);
			for (const system of INSIDE_SYSTEMS) {
				this.insidePhonetic.add(phoneticKey(this.romanize(tail, system)), id);
			}
		}
	}

	/** How many distinct keys each table holds (for the benchmark's report). */
	stats(): Record<string, number> {
		return {
			names: this.nameDoc.length,
			jamo: this.jamo.size,
			initials: this.initials.size,
			hanja: this.hanja.size,
			romanization: this.romanization.size,
			phonetic: this.phonetic.size,
			insideJamo: this.insideJamo.size,
			insidePhonetic: this.insidePhonetic.size,
			englishTerms: this.english.vocabulary.size
		};
	}

	private name(id: number): SearchName {
		return this.docs[this.nameDoc[id]!]!.names[this.nameIndex[id]!]!;
	}

	/** Keeps the better of a document's candidates. */
	private offer(name: number, score: number, form: MatchForm, system: number, text: string) {
		const doc = this.nameDoc[name]!;
		if (FAMILIAR_FORMS.has(form)) score += this.familiarity[doc]!;
		const current = this.best[doc];
		if (current === undefined) this.touched.push(doc);
		else if (current.score >= score) return;
		this.best[doc] = { score, name, form, system, text };
	}

	/** An English match names the entry's headword: its first current name. */
	private offerDoc(doc: number, score: number, text: string, form: MatchForm = 'english') {
		const names = this.docs[doc]!.names;
		if (names.length === 0) return;
		const headword = Math.max(
			0,
			names.findIndex((n) => n.status === 'current')
		);
		const current = this.best[doc];
		if (current === undefined) this.touched.push(doc);
		else if (current.score >= score) return;
		const name = this.firstName[doc]! + headword;
		this.best[doc] = { score, name, form, system: NO_SYSTEM, text };
	}

	/** Documents seen while a lookup runs, to stop prefix enumeration once enough are found. */
	private get found(): number {
		return this.touched.length;
	}

	/** A question ("north korean word for squid") is searched for its word (squid). */
	search(query: string, limit = 10): SearchHit[] {
		const n = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
		const text = normalizeText(query);
		const q = analyseQuery(readQuestion(text)?.term ?? text);
		try {
			this.collect(q, n);
			return this.top(n);
		} finally {
			for (const doc of this.touched) this.best[doc] = undefined;
			this.touched.length = 0;
		}
	}

	private collect(q: AnalysedQuery, limit: number): void {
		if (q.hangul) this.collectHangul(q, limit);
		if (q.hanja) this.collectHanja(q.hanja, limit);
		const synonym = q.english.length > 0 && this.collectSynonyms(q.raw);
		if (q.latin) {
			const realEnglish = synonym || this.englishIsReal(q.english);
			this.collectLatin(q, limit, realEnglish, synonym);
			if (!realEnglish) this.collectInsideLatin(q, limit, q.raw.trim());
			for (const reading of q.keyboard) this.collectKeyboard(reading, limit, realEnglish);
		}
		if (q.english.length) {
			// A gloss word that is a romanized name (songpyeon in 'potato-starch songpyeon') is
			// Korean, not English: a misspelling of it is a typo of the name, costed as such, and
			// must not lift the glosses that mention the name above the name itself.
			this.english.collect(
				q.raw,
				limit,
				(doc, score) => this.offerDoc(doc, score, this.docs[doc]!.english),
				(word) => this.romanization.get(word) === undefined
			);
		}
	}

	/**
	 * ramen, icecream, korean bbq: the query, or a run of its words, is a synonym. The whole query
	 * scores near the top of the English tier, below a gloss that says exactly what was typed
	 * (ice cream is the gloss of 아이스크림); a part of it less, by how much of the query it is.
	 * True when the whole query is a synonym: it is English then, not a misspelt romanization.
	 */
	private collectSynonyms(raw: string): boolean {
		if (this.synonyms.size === 0) return false;
		const words = synonymWords(raw);
		const n = words.length;
		let whole = false;
		for (let i = 0; i < n; i++) {
			for (let j = i + 1; j <= Math.min(n, i + this.synonymWordsMax); j++) {
				const found = this.synonyms.get(words.slice(i, j).join(''));
				if (!found) continue;
				if (j - i === n) whole = true;
				found.forEach((s, rank) => {
					const base = j - i === n ? 85 : 40 + Math.round((30 * (j - i)) / n);
					const score = TIER.english + base - (s.kind === 'broader' ? 15 : 0) - rank;
					this.offerDoc(s.doc, score, s.says, s.kind);
				});
			}
		}
		return whole;
	}

	private collectHangul(q: AnalysedQuery, limit: number): void {
		const exact = q.complete ? this.jamo.get(q.jamo) : undefined;
		for (const id of exact ?? []) {
			this.offer(id, TIER.exact - statusPenalty(this.name(id).status), 'hangul', NO_SYSTEM, '');
		}
		this.prefixLookup(this.jamo, q.jamo, limit, (id, key) => {
			if (key === q.jamo && q.complete) return;
			const score = prefixScore(TIER.prefix, q.jamo.length, key.length);
			this.offer(id, score - statusPenalty(this.name(id).status), 'prefix', NO_SYSTEM, '');
		});
		if (q.initials) this.collectInitials(q.initials, limit);
		if (q.complete) this.collectInsideHangul(q, limit);
		const allowance = typoAllowance(q.jamo.length, 'jamo');
		if (allowance > 0 && this.wantsTypos(limit)) {
			// Two raw edits, as two slips (뽁 for 볶: the tense letter on the wrong consonant) cost one.
			for (const hit of this.jamo.fuzzy(q.jamo, 2 * allowance)) {
				if (hit.distance === 0) continue;
				const cost = typoCost(q.jamo, hit.key, allowance);
				if (cost > allowance) continue;
				const score = typoScore(cost, q.jamo.length);
				for (const id of this.jamo.get(hit.key)!) {
					this.offer(id, score - statusPenalty(this.name(id).status), 'typo', NO_SYSTEM, '');
				}
			}
		}
	}

	/**
	 * 냉면 → 평양냉면, 함흥냉면, 회냉면 (the query inside longer names) and 물냉면, 냉면집 → 냉면
	 * (names inside the query). Both need two syllables at least: one syllable is inside too
	 * many names to mean any of them.
	 */
	private collectInsideHangul(q: AnalysedQuery, limit: number): void {
		const syllables = [...q.hangul];
		const n = syllables.length;
		if (n < 2) return;
		this.prefixLookup(this.insideJamo, q.jamo, limit, (id, key) => {
			// 냉면 is a prefix of the jamo of 냉며느리 too, but there its ㄴ starts the next syllable.
			if (key.length > q.jamo.length && isVowelJamo(key.charCodeAt(q.jamo.length))) return;
			const name = this.name(id);
			const score = insideScore(n, hangulOnly(name.hangul).length) - statusPenalty(name.status);
			this.offer(id, score, 'inside', NO_SYSTEM, name.hangul);
		});
		if (n < 3) return;
		for (let start = 0; start < n - 1; start++) {
			for (let end = start + 2; end <= n; end++) {
				if (end - start === n) continue;
				const part = syllables.slice(start, end).join('');
				for (const id of this.jamo.get(jamoKey(part)) ?? []) {
					const score =
						insideScore(end - start, n) +
						(end === n ? HEAD_BONUS : 0) -
						statusPenalty(this.name(id).status);
					this.offer(id, score, 'compound', NO_SYSTEM, q.hangul);
				}
			}
		}
	}

	/**
	 * The Latin twin of collectInsideHangul: naengmyun inside pyeongyangnaengmyeon, naengmyeon
	 * inside mulnaengmyeon. Phonetic keys have no syllable marks, so a name inside the query
	 * must begin or end it (mul + naengmyeon, naengmyeon + jip) and be the larger part of it.
	 */
	private collectInsideLatin(q: AnalysedQuery, limit: number, query: string): void {
		const key = q.phonetic;
		if (key.length < INSIDE_MIN_LATIN) return;
		this.prefixLookup(this.insidePhonetic, key, limit, (id, tail) => {
			const name = this.name(id);
			const score = insideScore(key.length, tail.length) - 2 - statusPenalty(name.status);
			this.offer(id, score, 'inside', NO_SYSTEM, name.hangul);
		});
		// Longest part first, and only the longest that is a name: without syllable marks, a
		// shorter part is more often a chance spelling than a word.
		for (const side of ['start', 'end'] as const) {
			for (let k = key.length - 1; k >= INSIDE_MIN_LATIN && 2 * k >= key.length; k--) {
				const part = side === 'start' ? key.slice(0, k) : key.slice(key.length - k);
				const postings = this.phonetic.get(part);
				if (!postings) continue;
				for (const posting of postings) {
					const id = posting >> 3;
					const score =
						insideScore(k, key.length) -
						2 +
						(side === 'end' ? HEAD_BONUS : 0) -
						statusPenalty(this.name(id).status);
					this.offer(id, score, 'compound', posting & 7, query);
				}
				break;
			}
		}
	}

	/**
	 * ㄴㅁ, ㅂㅂㅂ, ㄴ면, 냉ㅁ: each slot is a syllable of the name; a consonant slot must be that
	 * syllable's initial, a syllable slot the syllable itself (the last one may be half-typed).
	 */
	private collectInitials(slots: InitialsSlot[], limit: number): void {
		const pattern = slots.map((s) => s.initial).join('');
		const last = slots[slots.length - 1]!;
		const lastJamo = last.syllable ? jamoKey(last.syllable) : null;
		const mixed = slots.some((s) => s.syllable !== null);
		// Checked for every candidate, so without building strings: syllables compare as code
		// units, initials by arithmetic; only a half-typed last syllable is decomposed.
		const matches = (hangul: string): boolean => {
			let i = 0;
			for (let c = 0; c < hangul.length && i < slots.length; c++) {
				const code = hangul.charCodeAt(c);
				if (code < 0xac00 || code > 0xd7a3) continue;
				const slot = slots[i]!;
				if (slot.syllable === null) {
					if (INITIAL_JAMO[((code - 0xac00) / 588) | 0] !== slot.initial) return false;
				} else if (i === slots.length - 1) {
					if (!jamoKey(hangul[c]!).startsWith(lastJamo!)) return false;
				} else if (code !== slot.syllable.charCodeAt(0)) {
					return false;
				}
				i++;
			}
			return i === slots.length;
		};
		const offer = (id: number, length: number) => {
			// Whole initials (ㄴㅁ for 냉면) first; a jamo prefix such as 냉ㅁ scores the same
			// through the prefix lookup, which names it better.
			const base =
				(length === pattern.length ? TIER.prefix - 2 : TIER.prefix - 6) - (mixed ? 6 : 0);
			const score = prefixScore(base, pattern.length, length);
			this.offer(id, score - statusPenalty(this.name(id).status), 'initials', NO_SYSTEM, '');
		};
		this.prefixLookup(this.initials, pattern, limit, (id, key) => {
			if (!mixed || matches(this.name(id).hangul)) offer(id, key.length);
		});
	}

	private collectHanja(hanja: string, limit: number): void {
		for (const id of this.hanja.get(hanja) ?? []) {
			const name = this.name(id);
			this.offer(id, TIER.exact - 1 - statusPenalty(name.status), 'hanja', NO_SYSTEM, '');
		}
		this.prefixLookup(this.hanja, hanja, limit, (id, key) => {
			if (key === hanja) return;
			const score = prefixScore(TIER.prefix, hanja.length * 3, key.length * 3);
			this.offer(id, score - statusPenalty(this.name(id).status), 'hanja', NO_SYSTEM, '');
		});
	}

	private collectLatin(
		q: AnalysedQuery,
		limit: number,
		realEnglish: boolean,
		synonym: boolean
	): void {
		const exact = this.romanization.get(q.latin);
		for (const posting of exact ?? []) {
			const id = posting >> 3;
			const score = TIER.romanization - statusPenalty(this.name(id).status);
			this.offer(id, score, 'romanization', posting & 7, '');
		}
		// A common English name (soda) is not the start of a romanization (sodangogiguk).
		if (q.latin.length >= 2 && !synonym) {
			this.prefixLookup(this.romanization, q.latin, limit, (posting, key) => {
				if (key === q.latin) return;
				const id = posting >> 3;
				const score = prefixScore(TIER.prefix - 10, q.latin.length, key.length);
				this.offer(id, score - statusPenalty(this.name(id).status), 'prefix', posting & 7, '');
			});
		}
		// Nor a sound-alike of one (hotdog is not 호드기 hodeugi): the table says what it means.
		if (!q.phonetic || synonym) return;
		for (const posting of this.phonetic.get(q.phonetic) ?? []) {
			const id = posting >> 3;
			const score = TIER.phonetic + 40 - statusPenalty(this.name(id).status);
			this.offer(id, score, 'phonetic', posting & 7, '');
		}
		// A sound-alike start is a guess; not when the query spells a name exactly (soju is 소주,
		// not the start of 소젖), nor for a short query (coffee's
		// kopi is not the start of 고빗국, taco's tako not of 닭곰 takkom: under five letters a
		// sound-alike must be the whole name).
		if (q.phonetic.length >= 3 && !exact) {
			this.prefixLookup(this.phonetic, q.phonetic, limit, (posting, key) => {
				if (key === q.phonetic) return;
				if (q.phonetic.length < 5 && key.length > q.phonetic.length) return;
				// Nor a start that leaves most of the name untyped: tokyo's tokyo is the sound of
				// 두견주's first syllable and a half, not a reader on the way to it.
				if (q.phonetic.length * 3 < key.length * 2) return;
				const id = posting >> 3;
				const score = prefixScore(TIER.phonetic + 20, q.phonetic.length, key.length);
				this.offer(id, score - statusPenalty(this.name(id).status), 'phonetic', posting & 7, '');
			});
		}
		// A real English word (tea, soup) is one edit from some romanization or other; reading it
		// as a misspelt Korean word would push the English matches down.
		const allowance = realEnglish ? 0 : typoAllowance(q.phonetic.length, 'latin');
		if (allowance > 0 && this.wantsTypos(limit)) {
			// Two edits on the folded key: a swap the fold hides (oe is folded as we, so
			// naengmyoen is two edits from naengmyeon there) is one half-cost swap in the letters.
			// Under a half-edit allowance such a key can only be a typo by its spelling, one slip
			// from the query's: those few spellings are looked up (collectSlips) rather than the
			// hundreds of keys two folded edits away costed one by one.
			const slipsOnly = allowance === SLIP_ALLOWANCE;
			if (slipsOnly) this.collectSlips(q, allowance);
			for (const hit of this.phonetic.fuzzy(q.phonetic, slipsOnly ? 1 : 2)) {
				if (hit.distance === 0) continue;
				// Every edit costs half at least, so a key more than 2 × allowance edits away is
				// over the allowance folded, and only its spelling can still make it a typo.
				const folded =
					hit.distance <= 2 * allowance ? typoCost(q.phonetic, hit.key, allowance) : Infinity;
				// The fold makes unrelated words close (volcano and 보리가루 are one edit apart
				// folded); a typo must also look like the name as it is spelled: within twice the
				// allowance when the fold is close, within the allowance when only the spelling is.
				const spellingMax = folded === Infinity ? allowance : 2 * allowance;
				for (const posting of this.phonetic.get(hit.key)!) {
					const id = posting >> 3;
					const name = this.name(id);
					const system = ROMANIZATION_SYSTEMS[posting & 7]!;
					const spelled = latinLetters(
						name.romanizations?.[system] ?? this.romanize(name.hangul, system)
					);
					const asSpelled = typoCost(q.latin, spelled, spellingMax);
					if (asSpelled === Infinity) continue;
					const cost = Math.min(folded, asSpelled);
					if (cost > allowance) continue;
					const s = typoScore(cost, q.phonetic.length) - statusPenalty(name.status);
					this.offer(id, s, 'typo', posting & 7, '');
				}
			}
		}
	}

	/**
	 * The Latin typos of collectLatin whose folded key is two edits from the query's, under a
	 * half-edit allowance: names spelled (in RR, MR or the DPRK's system) one slip from the query.
	 */
	private collectSlips(q: AnalysedQuery, allowance: number): void {
		forEachSlip(q.latin, (spelling) => {
			for (const posting of this.romanization.get(spelling) ?? []) {
				const s = posting & 7;
				if (s >= TYPED_SYSTEMS) continue;
				const id = posting >> 3;
				const name = this.name(id);
				const system = ROMANIZATION_SYSTEMS[s]!;
				const text = name.romanizations?.[system] ?? this.romanize(name.hangul, system);
				// Folded keys one edit away are costed by the fuzzy loop; three or more never were.
				if (editDistance(q.phonetic, phoneticKey(text), 2) !== 2) continue;
				const cost = typoCost(q.latin, spelling, allowance);
				if (cost > allowance) continue;
				const score = typoScore(cost, q.phonetic.length) - statusPenalty(name.status);
				this.offer(id, score, 'typo', s, '');
			}
		});
	}

	private collectKeyboard(reading: string, limit: number, realEnglish: boolean): void {
		const key = jamoKey(reading);
		for (const id of this.jamo.get(key) ?? []) {
			const score = TIER.romanization - 20 - statusPenalty(this.name(id).status);
			this.offer(id, score, 'keyboard', NO_SYSTEM, reading);
		}
		if (realEnglish) return;
		this.prefixLookup(this.jamo, key, limit, (id, k) => {
			if (k === key) return;
			const score = prefixScore(TIER.prefix - 30, key.length, k.length);
			this.offer(id, score - statusPenalty(this.name(id).status), 'keyboard', NO_SYSTEM, reading);
		});
	}

	/**
	 * Typos are a last resort: not once the query spelled some name exactly (gochugaru is
	 * 고춧가루; 후춧가루 is not its typo), nor when the readings found enough entries.
	 */
	private wantsTypos(limit: number): boolean {
		if (this.found >= Math.min(limit, TYPO_WHEN_FEWER)) return false;
		return this.touched.every((doc) => this.best[doc]!.score < TIER.romanization - 50);
	}

	/** True when every English term of the query is a word of some gloss or description. */
	private englishIsReal(terms: string[]): boolean {
		return terms.length > 0 && terms.every((t) => this.english.has(t));
	}

	/**
	 * Visits name postings of keys starting with prefix, shortest keys first. Stops once `limit`
	 * documents are found and the keys get longer (their scores only go down), or after a
	 * budget of postings for very short prefixes.
	 */
	private prefixLookup(
		table: KeyTable,
		prefix: string,
		limit: number,
		visit: (posting: number, key: string) => void
	): void {
		let budget = PREFIX_BUDGET;
		let stopLength = Infinity;
		table.forEachWithPrefix(prefix, (key) => {
			if (key.length > stopLength) return false;
			for (const posting of table.get(key)!) {
				visit(posting, key);
				budget--;
			}
			// Keys come shortest first; a familiar longer name (naengmyeon) must still be seen
			// when short ones (naengju, naengsu …) alone would fill the page, so read on to a
			// few pages' worth before stopping at a length.
			if (this.found >= PREFIX_PAGES * limit && stopLength === Infinity) stopLength = key.length;
			return budget > 0;
		});
	}

	/**
	 * The best `limit` documents, best first; ties go to the better-attested entry, then the
	 * shorter name, then the slug.
	 */
	private top(limit: number): SearchHit[] {
		const picked: Candidate[] = [];
		const docs: number[] = [];
		for (const doc of this.touched) {
			const c = this.best[doc]!;
			if (picked.length === limit && !this.better(c, doc, picked.at(-1)!, docs.at(-1)!)) continue;
			let i = picked.length;
			while (i > 0 && this.better(c, doc, picked[i - 1]!, docs[i - 1]!)) i--;
			picked.splice(i, 0, c);
			docs.splice(i, 0, doc);
			if (picked.length > limit) {
				picked.pop();
				docs.pop();
			}
		}
		return picked.map((c, i) => {
			const doc = docs[i]!;
			return {
				slug: this.docs[doc]!.slug,
				doc,
				score: c.score,
				matched: this.describe(c)
			};
		});
	}

	private better(a: Candidate, docA: number, b: Candidate, docB: number): boolean {
		if (a.score !== b.score) return a.score > b.score;
		const wa = this.docs[docA]!.weight ?? 0;
		const wb = this.docs[docB]!.weight ?? 0;
		if (wa !== wb) return wa > wb;
		const la = this.name(a.name).hangul.length;
		const lb = this.name(b.name).hangul.length;
		if (la !== lb) return la < lb;
		return this.docs[docA]!.slug < this.docs[docB]!.slug;
	}

	private describe(c: Candidate): SearchMatch {
		const name = this.name(c.name);
		const system = c.system === NO_SYSTEM ? null : ROMANIZATION_SYSTEMS[c.system]!;
		let text = c.text;
		if (!text) {
			if (system) text = name.romanizations?.[system] ?? this.romanize(name.hangul, system);
			else if (c.form === 'hanja') text = name.hanja ?? name.hangul;
			else text = name.hangul;
		}
		return {
			hangul: name.hangul,
			side: name.side,
			status: name.status,
			form: c.form,
			system,
			text
		};
	}

	/**
	 * The entries closest to a query that found nothing, for "did you mean": names within a
	 * looser typo allowance than search grants (closeAllowance), costed the same way, by their
	 * jamo or by the sound of a Latin query. When none is that close the answer is empty, and the
	 * page says that nothing comes close rather than offering a guess.
	 */
	closest(query: string, limit = 3): SearchHit[] {
		const text = normalizeText(query);
		const q = analyseQuery(readQuestion(text)?.term ?? text);
		const n = Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
		try {
			const consider = (
				table: KeyTable,
				typed: string,
				letters: string,
				script: 'latin' | 'jamo',
				toName: (posting: number) => number,
				spelled: (posting: number) => string
			) => {
				const allowance = closeAllowance(typed.length, script);
				if (allowance === 0) return;
				const take = (key: string) => {
					const folded = typoCost(typed, key, allowance);
					for (const posting of table.get(key)!) {
						const cost = Math.min(
							folded,
							script === 'latin' ? typoCost(letters, spelled(posting), allowance) : Infinity
						);
						if (cost > allowance) continue;
						const id = toName(posting);
						const score = typoScore(cost, typed.length) - statusPenalty(this.name(id).status);
						this.offer(id, score, 'close', script === 'latin' ? posting & 7 : NO_SYSTEM, '');
					}
				};
				for (const hit of table.fuzzy(typed, 2 * allowance)) take(hit.key);
				// Deletion neighbourhoods stop at two edits; keys that share the first third of the
				// query reach a little further (평양랭멍이: a slip and a syllable too many). A third,
				// not two letters: at 100k names a two-letter start is thousands of keys to cost.
				let budget = 200;
				table.forEachWithPrefix(
					typed.slice(0, Math.max(2, Math.floor(typed.length / 3))),
					(key) => {
						take(key);
						return --budget > 0;
					}
				);
			};
			if (q.complete || (q.jamo && !q.initials)) {
				consider(
					this.jamo,
					q.jamo,
					'',
					'jamo',
					(id) => id,
					() => ''
				);
			}
			if (q.phonetic.length >= 3) {
				consider(
					this.phonetic,
					q.phonetic,
					q.latin,
					'latin',
					(posting) => posting >> 3,
					(posting) => {
						const name = this.name(posting >> 3);
						const system = ROMANIZATION_SYSTEMS[posting & 7]!;
						return latinLetters(name.romanizations?.[system] ?? this.romanize(name.hangul, system));
					}
				);
			}
			return this.top(n);
		} finally {
			for (const doc of this.touched) this.best[doc] = undefined;
			this.touched.length = 0;
		}
	}
}

export { TIER, TIER_SPAN };
