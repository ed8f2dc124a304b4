/**
 * Romanization throughput: ours (RR) against es-hangul and koroman on the same 10,000 words
 * (every Hangul name in db/seed/entries.json, then generated words), in one process, with the
 * libraries' runs interleaved so JIT warm-up and GC pressure are shared.
 *
 *   npx tsx bench/romanize.bench.ts [rounds]
 */

import { romanize as esRomanize } from 'es-hangul';
import { romanize as korRomanize } from 'koroman';
import { readFileSync } from 'node:fs';
import { romanize } from '../src/lib/hangul/index';
import type { SeedEntry } from '../src/lib/server/seed/types';
import { printBenchLine } from './report';

/**
 * Every Hangul name in the seed, once each, in the seed's order; the list is then filled up to
 * 10,000 with generated words.
 */
const seed = JSON.parse(readFileSync('db/seed/entries.json', 'utf8')) as SeedEntry[];
const SEED_NAMES = [...new Set(seed.flatMap((e) => e.names.map((n) => n.hangul)))];

/** Deterministic PRNG (mulberry32) so every run romanizes the same words. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function wordList(size: number): string[] {
	const rand = mulberry32(20240601);
	const words = SEED_NAMES.slice(0, size);
	while (words.length < size) {
		const len = 1 + Math.floor(rand() * 4);
		let w = '';
		for (let k = 0; k < len; k++) w += String.fromCharCode(0xac00 + Math.floor(rand() * 11172));
		words.push(w);
	}
	return words;
}

const WORDS = wordList(10_000);

type Impl = { name: string; fn: (w: string) => string };
const impls: Impl[] = [
	{ name: 'ours (rr)', fn: (w) => romanize(w) },
	{ name: 'es-hangul', fn: (w) => esRomanize(w) },
	{ name: 'koroman', fn: (w) => korRomanize(w) }
];

let sink = 0;
function runOnce(impl: Impl): number {
	const t0 = performance.now();
	for (let i = 0; i < WORDS.length; i++) sink += impl.fn(WORDS[i]!).length;
	return performance.now() - t0;
}

const rounds = Number(process.argv[2] ?? 15);
// Warm-up: each implementation sees the whole list a few times before timing.
for (let r = 0; r < 3; r++) for (const impl of impls) runOnce(impl);

const times = new Map<string, number[]>(impls.map((i) => [i.name, []]));
for (let r = 0; r < rounds; r++) {
	// Rotate the order every round so no implementation always runs first or last.
	for (let k = 0; k < impls.length; k++) {
		const impl = impls[(r + k) % impls.length]!;
		times.get(impl.name)!.push(runOnce(impl));
	}
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const rows = impls.map((i) => {
	const ms = median(times.get(i.name)!);
	return { name: i.name, ms, wps: (WORDS.length / ms) * 1000 };
});
const ours = rows[0]!;
const fastestPeer = Math.max(...rows.slice(1).map((r) => r.wps));

const fromSeed = Math.min(SEED_NAMES.length, WORDS.length);
console.log(
	`${WORDS.length} words (${fromSeed} seed names + ${WORDS.length - fromSeed} generated), ` +
		`${rounds} interleaved rounds, median per round`
);
console.log('');
console.log('| implementation | ms / 10k words | words / s | ours ÷ this |');
console.log('|---|---:|---:|---:|');
for (const r of rows) {
	const wps = Math.round(r.wps).toLocaleString('en');
	console.log(`| ${r.name} | ${r.ms.toFixed(2)} | ${wps} | ${(ours.wps / r.wps).toFixed(2)}× |`);
}
console.log('');
console.log(`ours vs fastest peer: ${(ours.wps / fastestPeer).toFixed(2)}× (target ≥ 2×)`);
printBenchLine({
	bench: 'romanize',
	name: 'ours (rr) words/s',
	value: Math.round(ours.wps),
	unit: 'words/s',
	ratio: Math.round((100 * ours.wps) / fastestPeer) / 100,
	of: 'fastest peer',
	target: '≥ 2',
	ok: ours.wps / fastestPeer >= 2
});
if (sink < 0) console.log(sink);
