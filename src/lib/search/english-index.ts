/**
 * The inverted index of English words (glosses and descriptions), the last way a query is read.
 *
 * Each term lists the documents whose gloss holds it and, separately, those whose description
 * alone does, both ordered by gloss length. A shorter gloss scores higher (the query covers
 * more of it) and a gloss always beats a description, so a lookup walks the rarest term's lists
 * best-first, skips a document as soon as a cheap ceiling on its score says it cannot enter the
 * top results, and stops when no later document can. The other terms are checked on the
 * candidate's own term text, not by intersecting posting lists.
 */
import { englishScore } from './ranking';
import { englishTerms, englishWords, stem } from './english';
import { KeyTable } from './key-table';

export interface EnglishSource {
	english: string;
	description: string;
}

/** How a term of the query is met in a document: the word itself, a word it begins, a typo. */
const EXACT = 0;
const PARTIAL = 1;
const TYPO = 2;
const PLACES = ['start', 'inside', 'none'] as const;

/**
 * The words that satisfy one query term, as needles for a document's ' a b c ' term text (built
 * once per query, not once per document).
 */
interface TermOptions {
	exact: string | null;
	/** Starts of words, for the last word while it is still being typed ('nood' of noodles). */
	partial: string[];
	typos: string[];
	/**
	 * The term ids whose posting lists hold every document that can satisfy this term, each
	 * with how well: the word itself, a word it begins, a typo.
	 */
	lists: { id: number; quality: number }[];
	size: number;
}

/** A term's lists are counted when at most this many times the driver's (see collect). */
const COUNT_AT_MOST = 4;

/** Allowed typos in an English word: longer words tolerate more. */
function englishEdits(word: string): number {
	// Four-letter words are a letter from many others (taco, taro; soup, soap): no typos.
	if (word.length < 5) return 0;
	return word.length < 8 ? 1 : 2;
}

/** The position of a ' term ' among the terms of a ' a b c ' text (255 when absent or late). */
function termPosition(text: string, needle: string): number {
	const at = text.indexOf(needle);
	if (at < 0) return 255;
	let position = 0;
	for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 32) position++;
	return Math.min(254, position);
}

export class EnglishIndex {
	/** Vocabulary: term → [term id], for exact, prefix and typo lookups of words. */
	readonly vocabulary = new KeyTable({ typos: 2 });
	private readonly inGloss: Int32Array[] = [];
	/** Position of the term in each gloss of inGloss, for the phrase bonus. */
	private readonly positionInGloss: Uint8Array[] = [];
	private readonly inDescriptionOnly: Int32Array[] = [];
	/** Per document: its gloss and description terms as ' a b c ', for membership tests. */
	private readonly glossText: string[];
	private readonly descriptionText: string[];
	private readonly glossLength: Uint8Array;
	private readonly visited: Uint32Array;
	/** Per query (by stamp): how many of the other terms each document holds. */
	private readonly counted: Uint32Array;
	private readonly count: Uint8Array;
	private readonly lastTerm: Uint8Array;
	private stamp = 0;

	constructor(docs: readonly EnglishSource[]) {
		this.glossText = new Array<string>(docs.length);
		this.descriptionText = new Array<string>(docs.length);
		this.glossLength = new Uint8Array(docs.length);
		this.visited = new Uint32Array(docs.length);
		this.counted = new Uint32Array(docs.length);
		this.count = new Uint8Array(docs.length);
		this.lastTerm = new Uint8Array(docs.length);
		const ids = new Map<string, number>();
		const terms: string[] = [];
		const gloss: number[][] = [];
		const description: number[][] = [];
		const idOf = (term: string) => {
			let id = ids.get(term);
			if (id === undefined) {
				id = terms.length;
				ids.set(term, id);
				terms.push(term);
				gloss.push([]);
				description.push([]);
				this.vocabulary.add(term, id);
			}
			return id;
		};
		docs.forEach((doc, d) => {
			const glossTerms = [...new Set(englishTerms(doc.english))];
			const descriptionTerms = [...new Set(englishTerms(doc.description))].filter(
				(t) => !glossTerms.includes(t)
			);
			this.glossText[d] = ` ${glossTerms.join(' ')} `;
			this.descriptionText[d] = ` ${descriptionTerms.join(' ')} `;
			this.glossLength[d] = Math.min(255, glossTerms.length);
			for (const t of glossTerms) gloss[idOf(t)]!.push(d);
			for (const t of descriptionTerms) description[idOf(t)]!.push(d);
		});
		// Shortest gloss first, so a walk down a list meets the best candidates first.
		const byGlossLength = (list: number[]) =>
			Int32Array.from(list.sort((a, b) => this.glossLength[a]! - this.glossLength[b]! || a - b));
		gloss.forEach((list, id) => {
			const sorted = byGlossLength(list);
			const needle = ` ${terms[id]} `;
			this.inGloss.push(sorted);
			this.positionInGloss.push(
				Uint8Array.from(sorted, (d) => termPosition(this.glossText[d]!, needle))
			);
		});
		for (const list of description) this.inDescriptionOnly.push(byGlossLength(list));
		this.vocabulary.freeze();
	}

	/** True when the term is a word of some gloss or description. */
	has(term: string): boolean {
		return this.vocabulary.get(term) !== undefined;
	}

	/**
	 * Calls offer(doc, score) for the documents whose gloss or description holds every term of
	 * the query (the last may be half-typed, any may be a typo), at most about `limit` of them:
	 * a document that `limit` others beat is never offered.
	 */
	collect(
		raw: string,
		limit: number,
		offer: (doc: number, score: number) => void,
		correctable: (word: string) => boolean = () => true
	): void {
		const terms = englishTerms(raw);
		if (terms.length === 0) return;
		const lastWord = englishWords(raw).at(-1) ?? '';
		const typing = !/\s$/.test(raw);
		const options = terms.map((term, i) =>
			this.options(term, i === terms.length - 1 && typing ? lastWord : '', correctable)
		);
		if (options.some((o) => o.lists.length === 0)) return;
		let driverIndex = 0;
		options.forEach((o, i) => {
			if (o.size < options[driverIndex]!.size) driverIndex = i;
		});
		const driver = options[driverIndex]!;
		const phrase = terms.join(' ');
		const n = terms.length;
		const best: number[] = [];
		const threshold = () => (best.length >= limit ? best[limit - 1]! : -1);
		if (++this.stamp === 0xffffffff) {
			this.visited.fill(0);
			this.counted.fill(0);
			this.stamp = 1;
		}
		const stamp = this.stamp;
		// Count, for every document, how many of the other terms it holds: a pass over their
		// posting lists, after which a driver document missing a term costs one array read. Not
		// for a term far commoner than the driver (serve is in every 'served …' description):
		// reading its lists would cost more than checking the driver's documents' text, which
		// score() does anyway.
		let countedTerms = 0;
		options.forEach((o, t) => {
			if (t === driverIndex || o.size > COUNT_AT_MOST * Math.max(1, driver.size)) return;
			countedTerms++;
			for (const { id } of o.lists) {
				for (const docs of [this.inGloss[id]!, this.inDescriptionOnly[id]!]) {
					for (const doc of docs) {
						if (this.counted[doc] !== stamp) {
							this.counted[doc] = stamp;
							this.count[doc] = 0;
							this.lastTerm[doc] = 255;
						}
						if (this.lastTerm[doc] !== t) {
							this.lastTerm[doc] = t;
							this.count[doc]!++;
						}
					}
				}
			}
		});
		const holdsOthers = (doc: number) =>
			countedTerms === 0 || (this.counted[doc] === stamp && this.count[doc] === countedTerms);
		// Ceilings by gloss length and phrase bonus, computed once: the best a document could
		// score were every other term in its gloss, exactly.
		// The driver's own term may be met only as a prefix or a typo of the listed word.
		const ceilings = new Map<number, number>();
		const ceiling = (
			glossLength: number,
			place: 'start' | 'inside' | 'none',
			inGloss: boolean,
			quality: number
		) => {
			const key = ((glossLength * 3 + PLACES.indexOf(place)) * 2 + +inGloss) * 3 + quality;
			let c = ceilings.get(key);
			if (c === undefined) {
				const driverCover = quality === EXACT ? 1 : 0.5;
				c = englishScore({
					termsInGloss: inGloss ? n : n - 1,
					glossCovered: n - 1 + (inGloss ? driverCover : 0),
					termsInDescriptionOnly: inGloss ? 0 : 1,
					terms: n,
					glossTerms: glossLength,
					phrase: quality === TYPO ? 'none' : place,
					inexact: quality
				});
				ceilings.set(key, c);
			}
			return c;
		};

		const consider = (doc: number) => {
			if (this.visited[doc] === stamp || !holdsOthers(doc)) return;
			this.visited[doc] = stamp;
			const score = this.score(doc, options, phrase, threshold());
			if (score === null || score <= threshold()) return;
			let at = best.length;
			while (at > 0 && best[at - 1]! < score) at--;
			best.splice(at, 0, score);
			if (best.length > limit) best.pop();
			offer(doc, score);
		};

		for (const { id, quality } of driver.lists) {
			const list = this.inGloss[id]!;
			const positions = this.positionInGloss[id]!;
			for (let i = 0; i < list.length; i++) {
				const doc = list[i]!;
				const length = this.glossLength[doc]!;
				// Lists run from short glosses to long ones: past this, nothing can do better.
				if (ceiling(length, 'start', true, quality) <= threshold()) break;
				// The phrase can start the gloss only if the driver stands where the query has it.
				const p = positions[i]!;
				const place = p === driverIndex ? 'start' : p > driverIndex ? 'inside' : 'none';
				if (ceiling(length, place, true, quality) <= threshold()) continue;
				consider(doc);
			}
		}
		for (const { id, quality } of driver.lists) {
			for (const doc of this.inDescriptionOnly[id]!) {
				if (ceiling(this.glossLength[doc]!, 'none', false, quality) <= threshold()) break;
				consider(doc);
			}
		}
	}

	/** The words that can stand for one query term in a document. */
	private options(
		term: string,
		typedWord: string,
		correctable: (word: string) => boolean
	): TermOptions {
		const options: TermOptions = { exact: null, partial: [], typos: [], lists: [], size: 0 };
		const add = (key: string, quality: number) => {
			const id = this.vocabulary.get(key)?.[0];
			if (id === undefined || options.lists.some((l) => l.id === id)) return;
			options.lists.push({ id, quality });
			options.size += this.inGloss[id]!.length + this.inDescriptionOnly[id]!.length;
		};
		if (this.has(term)) {
			options.exact = ` ${term} `;
			add(term, EXACT);
		}
		if (typedWord.length >= 3) {
			// Both the stem and the word as typed: 'nood' stems to itself, 'cookies' to 'cooky'.
			const starts = [...new Set([stem(typedWord), typedWord])];
			options.partial = starts.map((s) => ` ${s}`);
			let budget = 50;
			for (const start of starts) {
				this.vocabulary.forEachWithPrefix(start, (key) => {
					add(key, PARTIAL);
					return --budget > 0;
				});
			}
		}
		if (options.lists.length === 0) {
			for (const hit of this.vocabulary.fuzzy(term, englishEdits(term))) {
				// Readers rarely miss a word's first letter; two edits without that anchor make
				// passport into assort(ed).
				if (hit.key[0] !== term[0]) continue;
				if (!correctable(hit.key)) continue;
				options.typos.push(` ${hit.key} `);
				add(hit.key, TYPO);
			}
		}
		return options;
	}

	/**
	 * Where the terms are met in the document, as a score; null when one of them is not met, or
	 * when the document cannot beat `floor`. The gloss is checked first: it is short, and what it
	 * lacks already caps the score, so most descriptions are never read.
	 */
	private score(doc: number, options: TermOptions[], phrase: string, floor: number): number | null {
		const gloss = this.glossText[doc]!;
		const n = options.length;
		const glossTerms = this.glossLength[doc]!;
		let inGloss = 0;
		let glossCovered = 0;
		let inexact = 0;
		const missing: TermOptions[] = [];
		for (const o of options) {
			const q = quality(gloss, o);
			if (q === null) {
				missing.push(o);
				continue;
			}
			inGloss++;
			glossCovered += q === EXACT ? 1 : 0.5;
			inexact += q;
		}
		const partialLast = quality(gloss, options[n - 1]!) === PARTIAL;
		if (missing.length > 0) {
			const cap = englishScore({
				termsInGloss: inGloss,
				glossCovered,
				termsInDescriptionOnly: missing.length,
				terms: n,
				glossTerms,
				phrase: 'none',
				inexact
			});
			if (cap <= floor) return null;
			const description = this.descriptionText[doc]!;
			for (const o of missing) {
				const q = quality(description, o);
				if (q === null) return null;
				inexact += q;
			}
			return englishScore({
				termsInGloss: inGloss,
				glossCovered,
				termsInDescriptionOnly: missing.length,
				terms: n,
				glossTerms,
				phrase: 'none',
				inexact
			});
		}
		// A word still being typed (cold nood) can still read as the gloss does.
		const phraseOk = inexact === 0 || (inexact === PARTIAL && partialLast);
		return englishScore({
			termsInGloss: inGloss,
			glossCovered,
			termsInDescriptionOnly: 0,
			terms: n,
			glossTerms,
			phrase: phraseOk ? phrasePlace(gloss, phrase, partialLast) : 'none',
			inexact
		});
	}
}

/** How well a document's term text (' a b c ') meets a term, or null. */
function quality(text: string, o: TermOptions): number | null {
	if (o.exact !== null && text.includes(o.exact)) return EXACT;
	for (const p of o.partial) if (text.includes(p)) return PARTIAL;
	for (const t of o.typos) if (text.includes(t)) return TYPO;
	return null;
}

/** Where the query's terms stand, in order, among the gloss's terms (' a b c '). */
function phrasePlace(gloss: string, phrase: string, open: boolean): 'start' | 'inside' | 'none' {
	const needle = open ? ` ${phrase}` : ` ${phrase} `;
	if (gloss.startsWith(needle)) return 'start';
	return gloss.includes(needle) ? 'inside' : 'none';
}
