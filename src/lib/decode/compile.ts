/**
 * The glossary compiled for reading texts: a trie over every name with its spaces taken out, so
 * one walk from a position finds every name starting there (longest last), and the facts each
 * name needs at match time (its entries, whether it is a false friend, which side alone uses it).
 * Compiling is linear in the names; decodeText caches the result per glossary object.
 */
import type { NameSide, NameStatus } from '../vocabulary';
import type { DecodeEntry, DecodeGlossary, Standard } from './types';

/** One row for a name: the entry it names and how. */
export interface NameUse {
	entry: DecodeEntry;
	side: NameSide;
	status: NameStatus;
}

export interface CompiledName {
	/** The name without spaces, as the trie spells it. */
	key: string;
	/** Syllables in the name: one-syllable names get stricter context checks. */
	length: number;
	uses: NameUse[];
	/**
	 * The one standard that writes this name (no row gives it to the other side or both), when
	 * it is a current name there: a sign of the standard a text is in. A colloquial or dated
	 * name is no sign (국수 is a Northern alias of 냉면, and an everyday Southern word).
	 */
	onlySide: Standard | null;
	/** Entries this name stands for on the North side and on the South side, when they differ. */
	falseFriend: { north: NameUse; south: NameUse } | null;
}

interface TrieNode {
	next: Map<number, TrieNode>;
	name: CompiledName | null;
}

export interface CompiledGlossary {
	root: TrieNode;
	names: Map<string, CompiledName>;
}

const STATUS_ORDER: Record<NameStatus, number> = {
	current: 0,
	colloquial: 1,
	alias: 2,
	dated: 3,
	dictionary: 4,
	disputed: 5
};

const SPACES = /\s+/g;

export function compileGlossary(glossary: DecodeGlossary): CompiledGlossary {
	const names = new Map<string, CompiledName>();
	for (const entry of glossary.entries) {
		for (const n of entry.names) {
			const key = n.hangul.normalize('NFC').replace(SPACES, '');
			if (!key) continue;
			let compiled = names.get(key);
			if (!compiled) {
				compiled = { key, length: key.length, uses: [], onlySide: null, falseFriend: null };
				names.set(key, compiled);
			}
			compiled.uses.push({ entry, side: n.side, status: n.status });
		}
	}
	const root: TrieNode = { next: new Map(), name: null };
	for (const name of names.values()) {
		name.uses.sort(
			(a, b) =>
				STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.entry.slug.localeCompare(b.entry.slug)
		);
		const north = name.uses.find((u) => u.side === 'north');
		const south = name.uses.find((u) => u.side === 'south');
		if (north && south && north.entry !== south.entry) name.falseFriend = { north, south };
		const sides = new Set(name.uses.map((u) => u.side));
		const current = name.uses.some((u) => u.status === 'current');
		if (current && sides.size === 1 && !sides.has('both')) {
			name.onlySide = [...sides][0] as Standard;
		}
		let node = root;
		for (let i = 0; i < name.key.length; i++) {
			const code = name.key.charCodeAt(i);
			let child = node.next.get(code);
			if (!child) {
				child = { next: new Map(), name: null };
				node.next.set(code, child);
			}
			node = child;
		}
		node.name = name;
	}
	return { root, names };
}

/**
 * The use of a name that a reader of `from` most likely means: a name of their own side first,
 * then one both sides write, then the other side's (a Southern word quoted in a Northern text).
 */
export function useFor(name: CompiledName, from: Standard): NameUse {
	const rank = (u: NameUse) => (u.side === from ? 0 : u.side === 'both' ? 1 : 2);
	let best = name.uses[0]!;
	for (const u of name.uses) if (rank(u) < rank(best)) best = u;
	return best;
}

/** The names on the side opposite `side` (both-side names included), best first, no repeats. */
export function namesAcross(entry: DecodeEntry, side: Standard): string[] {
	const wanted = entry.names
		.filter((n) => n.side !== side)
		.sort(
			(a, b) =>
				STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
				Number(a.side === 'both') - Number(b.side === 'both')
		);
	return [...new Set(wanted.map((n) => n.hangul))];
}
