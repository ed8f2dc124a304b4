/**
 * `npm run bench`: every benchmark in turn, each in its own process, with their output as it
 * comes, then one table of the figures they report on `BENCH {json}` lines (see report.ts).
 *
 *   npm run build && npm run bench
 *   npm run bench -- http page-weight     # only some of them
 *   BENCH_HTTP_SECONDS=2 npm run bench    # quick HTTP run
 *
 * The HTTP benchmark and the page weights load the built site: run `npm run build` first (they
 * say so and are skipped otherwise). Exits 1 if any benchmark failed or missed a hard limit.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { BUILD_DIR } from '../tests/support/built-server';
import { formatNumber, markdownTable, parseBenchLine, type BenchLine } from './report';

interface Bench {
	name: string;
	file: string;
	needsBuild?: boolean;
}

const BENCHES: Bench[] = [
	{ name: 'romanize', file: 'bench/romanize.bench.ts' },
	{ name: 'search', file: 'bench/search.bench.ts' },
	{ name: 'decode', file: 'bench/decode.bench.ts' },
	{ name: 'photos', file: 'bench/photos.bench.ts' },
	{ name: 'http', file: 'bench/http.bench.ts', needsBuild: true },
	{ name: 'page-weight', file: 'scripts/page-weight.ts', needsBuild: true }
];

interface Outcome {
	bench: Bench;
	status: 'ok' | 'failed' | 'skipped';
	note?: string;
	lines: BenchLine[];
	seconds: number;
}

function run(bench: Bench): Promise<Outcome> {
	const started = performance.now();
	if (!existsSync(bench.file))
		return Promise.resolve({
			bench,
			status: 'skipped',
			note: `${bench.file} not found`,
			lines: [],
			seconds: 0
		});
	if (bench.needsBuild && !existsSync(`${BUILD_DIR}/index.js`))
		return Promise.resolve({
			bench,
			status: 'skipped',
			note: 'no build: run `npm run build` first',
			lines: [],
			seconds: 0
		});
	console.log(`\n## ${bench.name} (${bench.file})\n`);
	const child = spawn(process.execPath, ['--import', 'tsx', bench.file], {
		stdio: ['ignore', 'pipe', 'inherit'],
		env: process.env
	});
	const lines: BenchLine[] = [];
	createInterface({ input: child.stdout! }).on('line', (text) => {
		const line = parseBenchLine(text);
		if (line) lines.push(line);
		else console.log(text);
	});
	return new Promise((done) =>
		child.on('close', (code) =>
			done({
				bench,
				status: code === 0 ? 'ok' : 'failed',
				note: code === 0 ? undefined : `exit code ${code}`,
				lines,
				seconds: (performance.now() - started) / 1000
			})
		)
	);
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length) {
	console.error(
		`unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`
	);
	process.exit(2);
}

const outcomes: Outcome[] = [];
for (const bench of BENCHES.filter((b) => !wanted.length || wanted.includes(b.name))) {
	outcomes.push(await run(bench));
}

const value = (l: BenchLine) =>
	`${formatNumber(l.value, Number.isInteger(l.value) ? 0 : 2)} ${l.unit}`;
const rows: string[][] = [];
for (const o of outcomes) {
	for (const l of o.lines) {
		rows.push([
			o.bench.name,
			l.name,
			value(l),
			l.ratio === undefined ? '' : `${formatNumber(l.ratio, 2)}×${l.of ? ` ${l.of}` : ''}`,
			l.target ?? '',
			l.ok === undefined ? '' : l.ok ? 'yes' : '**no**'
		]);
	}
	if (!o.lines.length || o.status !== 'ok') {
		rows.push([
			o.bench.name,
			`(${o.status}${o.note ? `: ${o.note}` : ''})`,
			'',
			'',
			'',
			o.status === 'failed' ? '**no**' : ''
		]);
	}
}

console.log('\n## Summary\n');
console.log(
	markdownTable(['bench', 'measure', 'value', 'ratio', 'target', 'met'], rows, [
		false,
		false,
		true,
		true,
		false,
		false
	])
);
console.log(
	`\n${outcomes.map((o) => `${o.bench.name} ${o.status} (${o.seconds.toFixed(0)} s)`).join(', ')}`
);
if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
