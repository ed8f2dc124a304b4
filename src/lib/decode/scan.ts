/**
 * Finding glossary names in a text: from each syllable one walk down the trie collects every name
 * that starts there; the longest whose context fits wins and the scan goes on after it (leftmost
 * longest, as a reader would split 평양랭면은 into 평양랭면 + 은). A single space between two
 * syllables may sit inside a name (평양 랭면 is 평양랭면), since Korean spacing of compounds varies.
 * Each position is walked at most as deep as the longest name, so a text costs O(length × depth).
 */
import type { CompiledGlossary, CompiledName } from './compile';
import { PARTICLES } from './particles';

export interface NameSpan {
	start: number;
	end: number;
	name: CompiledName;
}

export function isSyllableAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c >= 0xac00 && c <= 0xd7a3;
}

/** End of the run of syllables starting at i (the written word, for Korean). */
export function wordEnd(text: string, i: number): number {
	let j = i;
	while (j < text.length && isSyllableAt(text, j)) j++;
	return j;
}

const SPACE = 0x20;

/** Names starting at `start`, shortest first, each with the offset after its last letter. */
function namesAt(text: string, start: number, glossary: CompiledGlossary): NameSpan[] {
	const found: NameSpan[] = [];
	let node = glossary.root;
	let j = start;
	while (j < text.length) {
		let code = text.charCodeAt(j);
		if (code === SPACE && j > start && isSyllableAt(text, j + 1) && isSyllableAt(text, j - 1)) {
			j++;
			code = text.charCodeAt(j);
		}
		const child = node.next.get(code);
		if (!child) break;
		node = child;
		j++;
		if (node.name) found.push({ start, end: j, name: node.name });
	}
	return found;
}

/**
 * A one-syllable name (밥, 국, 김, 전) is a word on its own or the last part of a compound whose
 * first part is a glossary name (된장 + 국); inside another word it is usually something else
 * (김 in 김정, 전 in 전국, 국 in 한국), so it must start a word or follow a match, and be followed
 * by nothing, a particle, or another name.
 */
function fits(text: string, span: NameSpan, afterMatch: boolean, glossary: CompiledGlossary) {
	if (span.name.length > 1) return true;
	const leftOk = afterMatch || span.start === 0 || !isSyllableAt(text, span.start - 1);
	if (!leftOk) return false;
	const rest = text.slice(span.end, wordEnd(text, span.end));
	if (rest === '' || PARTICLES.has(rest)) return true;
	return namesAt(text, span.end, glossary).some((s) => s.name.length > 1);
}

export function findNames(text: string, glossary: CompiledGlossary): NameSpan[] {
	const spans: NameSpan[] = [];
	let lastEnd = -1;
	let i = 0;
	while (i < text.length) {
		if (!isSyllableAt(text, i)) {
			i++;
			continue;
		}
		const candidates = namesAt(text, i, glossary);
		let taken: NameSpan | null = null;
		for (let k = candidates.length - 1; k >= 0; k--) {
			if (fits(text, candidates[k]!, i === lastEnd, glossary)) {
				taken = candidates[k]!;
				break;
			}
		}
		if (taken) {
			spans.push(taken);
			i = lastEnd = taken.end;
		} else i++;
	}
	return spans;
}
