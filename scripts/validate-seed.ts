/**
 * Validates the curated seed in db/seed (or the directory given as the first argument).
 * Prints every problem and exits with status 1 if there is any.
 *
 *   npx tsx scripts/validate-seed.ts [dir]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverageOf, coverageProblems, describeCoverage } from '../src/lib/server/seed/coverage';
import { readSeed, validateSeed } from '../src/lib/server/seed/validate';

const dir = process.argv[2]
	? path.resolve(process.argv[2])
	: fileURLToPath(new URL('../db/seed', import.meta.url));
const data = readSeed(dir);
const everyday = JSON.parse(fs.readFileSync(path.join(dir, 'everyday-words.json'), 'utf8')) as {
	words: string[];
};
const coverage = coverageOf(data, everyday.words);
const problems = [
	...validateSeed(data, { photoDir: path.join(dir, 'photos') }),
	...coverageProblems(coverage)
];
if (problems.length > 0) {
	for (const problem of problems) console.error(`✗ ${problem}`);
	console.error(`\n${problems.length} problem(s) in ${dir}`);
	process.exit(1);
}
const names = data.entries.flatMap((e) => e.names);
const side = (s: string) => names.filter((n) => n.side === s).length;
console.log(
	`✓ ${dir}: ${data.entries.length} entries, ${names.length} names (south ${side('south')}, north ${side('north')}, both ${side('both')}), ${data.sources.length} sources, ${data.photos.length} photos`
);
console.log(`  ${describeCoverage(coverage)}`);
