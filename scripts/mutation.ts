/**
 * Mutation testing, one module at a time (issue 20). Each module in stryker.config.mjs is mutated
 * against only the specs listed for it, and must reach its break threshold (85 % unless the table
 * says otherwise). Prints each module's score and the mutants excluded as equivalent, with the
 * reason written in the source's `// Stryker disable` comment, and writes the same summary to
 * reports/mutation/summary.md.
 *
 *   npm run test:mutation                      every module
 *   npm run test:mutation -- src/lib/hangul/rr.ts   only the modules named
 *   npm run test:mutation -- --force           ignore the incremental results
 *
 * Incremental mode: Stryker's result for each module is kept in MUTATION_CACHE (by default
 * ~/.cache/nambuk-menu/mutation, so fresh clones on one machine share it) together with the commit
 * it was measured at. The next run re-tests only the mutants whose code or covering tests changed
 * since; a run on the very commit (clean tree) that was measured reuses the result outright.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core';
import baseOptions, { MODULES } from '../stryker.config.mjs';

interface ModuleScore {
	module: string;
	score: number;
	breakAt: number;
	killed: number;
	survived: number;
	noCoverage: number;
	timeout: number;
	ignored: { line: number; mutator: string; reason: string }[];
	survivors: { line: number; mutator: string; replacement: string }[];
	commit: string;
	reused: boolean;
	seconds: number;
}

const DEFAULT_BREAK = 85;
const root = path.resolve(import.meta.dirname, '..');
const cacheDir = process.env.MUTATION_CACHE ?? path.join(homedir(), '.cache/nambuk-menu/mutation');
const reportDir = path.join(root, 'reports/mutation');
const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((a) => !a.startsWith('--'));

const unknown = wanted.filter((w) => !MODULES.some((m) => m.module === w));
if (unknown.length > 0) {
	console.error(`Not in stryker.config.mjs MODULES: ${unknown.join(', ')}`);
	process.exit(2);
}
const selected = wanted.length > 0 ? MODULES.filter((m) => wanted.includes(m.module)) : MODULES;

function git(...gitArgs: string[]): string {
	return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();
}
const commit = git('rev-parse', 'HEAD');
const clean = git('status', '--porcelain').length === 0;

const slug = (module: string) => module.replace(/^src\/lib\//, '').replace(/[/.]/g, '-');

/**
 * Stryker's own score: killed and timed-out mutants over all valid ones (ignored, compile-error and
 * runtime-error mutants are not counted).
 */
function score(module: string, results: MutantResult[], seconds: number, reused: boolean) {
	const count = (status: string) => results.filter((r) => r.status === status).length;
	const killed = count('Killed');
	const timeout = count('Timeout');
	const survived = count('Survived');
	const noCoverage = count('NoCoverage');
	const valid = killed + timeout + survived + noCoverage;
	const entry = MODULES.find((m) => m.module === module);
	return {
		module,
		score: valid === 0 ? 100 : (100 * (killed + timeout)) / valid,
		breakAt: entry?.break ?? DEFAULT_BREAK,
		killed,
		survived,
		noCoverage,
		timeout,
		ignored: results
			.filter((r) => r.status === 'Ignored')
			.map((r) => ({
				line: r.location.start.line,
				mutator: r.mutatorName,
				reason: r.statusReason ?? ''
			})),
		survivors: results
			.filter((r) => r.status === 'Survived' || r.status === 'NoCoverage')
			.map((r) => ({
				line: r.location.start.line,
				mutator: r.mutatorName,
				replacement: (r.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)
			})),
		commit,
		reused,
		seconds
	} satisfies ModuleScore;
}

async function run(entry: (typeof MODULES)[number]): Promise<ModuleScore> {
	const name = slug(entry.module);
	const incrementalFile = path.join(cacheDir, `${name}.json`);
	const stamp = path.join(cacheDir, `${name}.commit`);
	const reportFile = path.join(reportDir, `${name}.json`);
	const started = Date.now();

	if (!force && clean && existsSync(stamp) && existsSync(reportFile)) {
		const key = readFileSync(stamp, 'utf8').trim();
		if (key === `${commit} ${entry.specs.join(',')}`) {
			const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
				files: Record<string, { mutants: MutantResult[] }>;
			};
			const results = Object.values(report.files).flatMap((f) => f.mutants);
			return score(entry.module, results, 0, true);
		}
	}

	process.env.MUTATION_SPECS = entry.specs.join(',');
	// A fresh options object for every run: Stryker writes into the one it is given, and a second
	// run on the same object crashed.
	const options: PartialStrykerOptions = {
		...structuredClone(baseOptions),
		mutate: [entry.module],
		incremental: true,
		incrementalFile,
		force,
		jsonReporter: { fileName: reportFile },
		thresholds: { high: 95, low: entry.break ?? DEFAULT_BREAK, break: null }
	};
	const results = await new Stryker(options).runMutationTest();
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(stamp, `${commit} ${entry.specs.join(',')}\n`);
	return score(entry.module, results, Math.round((Date.now() - started) / 1000), false);
}

function summary(scores: ModuleScore[]): string {
	const lines = [
		`# Mutation scores at ${commit.slice(0, 12)}${clean ? '' : ' (uncommitted changes)'}`,
		'',
		'| module | score | break | killed | timeout | survived | no coverage | time |',
		'|---|---|---|---|---|---|---|---|'
	];
	for (const s of scores) {
		lines.push(
			`| ${s.module} | ${s.score.toFixed(2)} % | ${s.breakAt} % | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.reused ? 'reused' : `${s.seconds} s`} |`
		);
	}
	lines.push('', '## Excluded as equivalent (`// Stryker disable` in the source)', '');
	const ignored = scores.flatMap((s) => s.ignored.map((i) => ({ ...i, module: s.module })));
	if (ignored.length === 0) lines.push('None.');
	for (const i of ignored) lines.push(`- ${i.module}:${i.line} ${i.mutator} — ${i.reason}`);
	lines.push('', '## Surviving', '');
	const survivors = scores.flatMap((s) => s.survivors.map((v) => ({ ...v, module: s.module })));
	if (survivors.length === 0) lines.push('None.');
	for (const v of survivors)
		lines.push(`- ${v.module}:${v.line} ${v.mutator} → \`${v.replacement}\``);
	return lines.join('\n') + '\n';
}

const scores: ModuleScore[] = [];
for (const entry of selected) {
	console.log(`\n== mutating ${entry.module} against ${entry.specs.join(', ')}`);
	const s = await run(entry);
	scores.push(s);
	console.log(
		`== ${entry.module}: ${s.score.toFixed(2)} % (break ${s.breakAt} %)${s.reused ? `, reused from ${commit.slice(0, 12)}` : `, ${s.seconds} s`}`
	);
}
const text = summary(scores);
mkdirSync(reportDir, { recursive: true });
writeFileSync(path.join(reportDir, 'summary.md'), text);
console.log(`\n${text}`);
const failing = scores.filter((s) => s.score < s.breakAt);
for (const s of failing) {
	console.error(
		`✗ ${s.module}: ${s.score.toFixed(2)} % is below its break threshold ${s.breakAt} %`
	);
}
process.exit(failing.length > 0 ? 1 : 0);
