/**
 * A table from string keys to postings (small integers), with the two lookups search needs
 * besides the exact one: every key that starts with a prefix, shortest first, and every key
 * within a few edits of a query.
 *
 * Prefixes use sorted arrays rather than a trie of objects: at 100,000 entries a node per
 * character would cost hundreds of megabytes, a sorted array one pointer per key, and a run of
 * keys sharing a prefix is a contiguous range found by binary search.
 *
 * Typos use a deletion neighbourhood (the SymSpell idea): two strings are within d edits only
 * if deleting at most d characters from each makes them equal, so the table stores a hash of
 * every ≤ d-deletion of every key, and a query looks up its own deletions and checks the few
 * keys that come back. Walking the sorted keys as a trie with a Levenshtein row per node was
 * tried first: at 100,000 names and two edits it visits ~10,000 nodes, ~10 ms a query; the
 * deletion lookup is ~40 hash probes.
 */

export interface FuzzyHit {
	key: string;
	distance: number;
}

export interface KeyTableOptions {
	/** Build the typo index for up to this many edits (0: no typo lookups). */
	typos?: 0 | 1 | 2;
	/**
	 * Deletions are taken from the first this-many characters only (SymSpell's prefix length):
	 * two keys within d edits still share a ≤ d-deletion of their prefixes, and long keys no
	 * longer cost a quadratic number of deletions. Candidates are checked on the whole key.
	 */
	typoPrefix?: number;
}

export class KeyTable {
	private readonly postings = new Map<string, number[]>();
	/** byLength[n]: the keys of n UTF-16 units, sorted; for prefix lookups shortest first. */
	private byLength: string[][] = [];
	/** Keys the typo index covers (all of them); a key's position here is its id there. */
	private typoKeys: string[] = [];
	private deletions: DeletionIndex | null = null;
	private readonly typos: 0 | 1 | 2;
	private readonly typoPrefix: number;
	private frozen = false;

	constructor(options: KeyTableOptions = {}) {
		this.typos = options.typos ?? 0;
		this.typoPrefix = options.typoPrefix ?? 8;
	}

	add(key: string, posting: number): void {
		if (this.frozen) throw new Error('KeyTable is frozen');
		if (!key) return;
		const list = this.postings.get(key);
		if (!list) this.postings.set(key, [posting]);
		else if (list[list.length - 1] !== posting) list.push(posting);
	}

	/** Sorts the keys and builds the typo index; call once after the last add. */
	freeze(): this {
		const sorted = [...this.postings.keys()].sort();
		const byLength: string[][] = [];
		// Iterating the sorted keys keeps each length bucket sorted without sorting it again.
		for (const key of sorted) (byLength[key.length] ??= []).push(key);
		this.byLength = byLength;
		if (this.typos !== 0) {
			this.typoKeys = sorted;
			this.deletions = new DeletionIndex(this.typoKeys, this.typos, this.typoPrefix);
		}
		this.frozen = true;
		return this;
	}

	get size(): number {
		return this.postings.size;
	}

	/** Bytes held in typed arrays by the typo index (for the benchmark's report). */
	get typoIndexBytes(): number {
		return this.deletions?.bytes ?? 0;
	}

	get(key: string): readonly number[] | undefined {
		return this.postings.get(key);
	}

	/**
	 * Calls visit for every key that starts with prefix (the prefix itself included), shorter
	 * keys first and in code-unit order within a length, until visit returns false.
	 */
	forEachWithPrefix(prefix: string, visit: (key: string) => boolean | void): void {
		if (!prefix) return;
		for (let len = prefix.length; len < this.byLength.length; len++) {
			const bucket = this.byLength[len];
			if (!bucket) continue;
			for (let i = lowerBound(bucket, prefix); i < bucket.length; i++) {
				const key = bucket[i]!;
				if (!key.startsWith(prefix)) break;
				if (visit(key) === false) return;
			}
		}
	}

	/**
	 * Every key within maxDistance edits of query (optimal string alignment distance: insert,
	 * delete, substitute, swap two neighbours), each with its distance. maxDistance is capped
	 * at the `typos` the table was built with.
	 */
	fuzzy(query: string, maxDistance: number): FuzzyHit[] {
		const d = Math.min(maxDistance, this.typos);
		if (!query || !this.deletions) return [];
		const hits: FuzzyHit[] = [];
		this.deletions.candidates(query, d, (id) => {
			const key = this.typoKeys[id]!;
			const distance = editDistance(query, key, d);
			if (distance <= d) hits.push({ key, distance });
		});
		return hits;
	}
}

/**
 * Hashes of every deletion of up to `depth` characters of every key's prefix, bucketed by their
 * top bits with a counting sort (two passes, no comparison sort of millions of numbers). Within
 * a bucket only the low 16 bits are kept as a fingerprint: the bucket already fixed the top
 * bits, a rare false match costs one distance check, and each entry takes 6 bytes, not 8.
 */
class DeletionIndex {
	private readonly shift: number;
	private readonly offsets: Uint32Array;
	private readonly fingerprints: Uint16Array;
	private readonly ids: Uint32Array;
	/** Marks ids already reported for the current query (a stamp per query, never cleared). */
	private readonly seen: Uint32Array;
	private stamp = 0;

	constructor(
		keys: readonly string[],
		private readonly depth: 1 | 2,
		private readonly prefix: number
	) {
		let hashes = new Uint32Array(Math.max(16, keys.length * 24));
		let ids = new Uint32Array(hashes.length);
		let n = 0;
		keys.forEach((key, id) => {
			forEachDeletion(key, depth, prefix, (h) => {
				if (n === hashes.length) {
					const grownHashes = new Uint32Array(n * 2);
					grownHashes.set(hashes);
					hashes = grownHashes;
					const grownIds = new Uint32Array(n * 2);
					grownIds.set(ids);
					ids = grownIds;
				}
				hashes[n] = h;
				ids[n] = id;
				n++;
			});
		});
		// About eight entries a bucket: a lookup reads a cache line or two, the offsets stay small.
		const bits = Math.max(4, Math.min(24, Math.ceil(Math.log2(Math.max(1, n / 8)))));
		this.shift = 32 - bits;
		const offsets = new Uint32Array((1 << bits) + 1);
		for (let i = 0; i < n; i++) offsets[(hashes[i]! >>> this.shift) + 1]!++;
		for (let b = 1; b < offsets.length; b++) offsets[b]! += offsets[b - 1]!;
		const next = offsets.slice(0, -1);
		this.fingerprints = new Uint16Array(n);
		this.ids = new Uint32Array(n);
		for (let i = 0; i < n; i++) {
			const h = hashes[i]!;
			const at = next[h >>> this.shift]!++;
			this.fingerprints[at] = h & 0xffff;
			this.ids[at] = ids[i]!;
		}
		this.offsets = offsets;
		this.seen = new Uint32Array(keys.length);
	}

	get bytes(): number {
		return (
			this.offsets.byteLength +
			this.fingerprints.byteLength +
			this.ids.byteLength +
			this.seen.byteLength
		);
	}

	/** Calls visit once for each key id that shares a ≤ depth deletion with query. */
	candidates(query: string, depth: number, visit: (id: number) => void): void {
		if (++this.stamp === 0xffffffff) {
			this.seen.fill(0);
			this.stamp = 1;
		}
		const stamp = this.stamp;
		forEachDeletion(query, Math.min(depth, this.depth), this.prefix, (h) => {
			const bucket = h >>> this.shift;
			const fingerprint = h & 0xffff;
			for (let i = this.offsets[bucket]!, end = this.offsets[bucket + 1]!; i < end; i++) {
				if (this.fingerprints[i] !== fingerprint) continue;
				const id = this.ids[i]!;
				if (this.seen[id] === stamp) continue;
				this.seen[id] = stamp;
				visit(id);
			}
		});
	}
}

/**
 * FNV-1a of s without the characters at skipA and skipB (-1: none). Computed in place, so no
 * deletion string is ever built.
 */
function hashWithout(s: string, length: number, skipA: number, skipB: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < length; i++) {
		if (i === skipA || i === skipB) continue;
		h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	}
	return h >>> 0;
}

/**
 * The hashes of the first `prefix` characters of s with 0, 1 and (depth 2) 2 characters
 * deleted. Deleting either of two equal neighbours gives the same string, so only the first of
 * a run is deleted.
 */
function forEachDeletion(
	s: string,
	depth: number,
	prefix: number,
	emit: (hash: number) => void
): void {
	const n = Math.min(s.length, prefix);
	emit(hashWithout(s, n, -1, -1));
	if (depth < 1) return;
	for (let i = 0; i < n; i++) {
		if (i > 0 && s.charCodeAt(i) === s.charCodeAt(i - 1)) continue;
		emit(hashWithout(s, n, i, -1));
		if (depth < 2) continue;
		for (let j = i + 1; j < n; j++) {
			if (j > i + 1 && s.charCodeAt(j) === s.charCodeAt(j - 1)) continue;
			emit(hashWithout(s, n, i, j));
		}
	}
}

/** Scratch rows for editDistance, reused: a fuzzy lookup checks hundreds of candidates. */
let editRows = new Int32Array(0);

/**
 * Optimal string alignment distance between a and b, or max + 1 as soon as it must exceed max
 * (a row of the table with every cell above max). Only cells within max of the diagonal are
 * computed: any other is over max whatever its path.
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const m = b.length;
	const width = m + 1;
	const over = max + 1;
	if (editRows.length < 3 * width) editRows = new Int32Array(6 * width);
	const rows = editRows;
	let before = 0;
	let previous = width;
	let current = 2 * width;
	for (let j = 0; j <= m; j++) rows[previous + j] = j <= max ? j : over;
	for (let i = 1; i <= a.length; i++) {
		rows[current] = i <= max ? i : over;
		const from = Math.max(1, i - max);
		const to = Math.min(m, i + max);
		if (from > 1) rows[current + from - 1] = over;
		let best = i <= max ? i : over;
		const ca = a.charCodeAt(i - 1);
		const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
		for (let j = from; j <= to; j++) {
			const cb = b.charCodeAt(j - 1);
			let v = rows[previous + j]! + 1;
			const insert = rows[current + j - 1]! + 1;
			if (insert < v) v = insert;
			const sub = rows[previous + j - 1]! + (ca === cb ? 0 : 1);
			if (sub < v) v = sub;
			if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && caBefore === cb) {
				const swap = rows[before + j - 2]! + 1;
				if (swap < v) v = swap;
			}
			if (v > over) v = over;
			rows[current + j] = v;
			if (v < best) best = v;
		}
		if (to < m) rows[current + to + 1] = over;
		if (best > max) return over;
		const spare = before;
		before = previous;
		previous = current;
		current = spare;
	}
	return Math.min(rows[previous + m]!, over);
}

/** First index in sorted whose key is >= target. */
function lowerBound(sorted: readonly string[], target: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < target) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
