/**
 * Romanization throughput: ours (RR) against es-hangul and koroman on the same 10,000 words,
 * in one process, with the libraries' runs interleaved so JIT warm-up and GC pressure are shared.
 *
 *   npx tsx bench/romanize.bench.ts [rounds]
 */

import { romanize as esRomanize } from 'es-hangul';
import { romanize as korRomanize } from 'koroman';
import { romanize } from '../src/lib/hangul/index';
import { printBenchLine } from './report';

const FOOD = [
	'냉면',
	'평양냉면',
	'함흥냉면',
	'물냉면',
	'비빔냉면',
	'김치찌개',
	'된장찌개',
	'부대찌개',
	'순두부찌개',
	'떡볶이',
	'김밥',
	'비빔밥',
	'돌솥비빔밥',
	'불고기',
	'갈비',
	'갈비탕',
	'삼계탕',
	'감자탕',
	'설렁탕',
	'곰탕',
	'육개장',
	'국밥',
	'돼지국밥',
	'순대',
	'만두',
	'만둣국',
	'떡국',
	'미역국',
	'콩나물국',
	'김치',
	'깍두기',
	'동치미',
	'잡채',
	'족발',
	'보쌈',
	'삼겹살',
	'닭갈비',
	'닭고기',
	'막걸리',
	'소주',
	'식혜',
	'수정과',
	'약과',
	'호떡',
	'붕어빵',
	'빙수',
	'팥빙수',
	'떡',
	'인절미',
	'송편',
	'전',
	'파전',
	'빈대떡',
	'녹두전',
	'깻잎',
	'꽃잎',
	'물엿',
	'쌀밥',
	'국수',
	'칼국수',
	'콩국수',
	'라면',
	'짜장면',
	'짬뽕',
	'탕수육',
	'랭면',
	'닭알',
	'단묵',
	'얼음보숭이',
	'남새',
	'가락지빵',
	'꽈배기',
	'두부밥',
	'인조고기밥',
	'강냉이국수',
	'농마국수',
	'명태식해',
	'가자미식해'
];

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
	const words: string[] = [];
	for (let i = 0; words.length < size; i++) {
		if (i % 3 === 0) {
			words.push(FOOD[i % FOOD.length]!);
			continue;
		}
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

console.log(`${WORDS.length} words, ${rounds} interleaved rounds, median per round`);
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
