/**
 * Merges a research batch into the curated seed (db/seed/entries.json and sources.json): new
 * entries, new names on existing entries, sources deduplicated by URL. Reader texts come from
 * db/seed/texts/new-*.tsv (keyed `south|north`), source details from the batch's source notes
 * (every db/seed/research/food-sources-*.md). Prints what it added, merged and left out, and
 * every conflict; it never overwrites what the data already says.
 *
 *   npm run seed:import -- db/seed/research/food-terms-round2.tsv [more.tsv …]
 */
import fs from 'node:fs';
import path from 'node:path';
import {
	importBatch,
	readSourceNotes,
	readTsv,
	type RowTexts,
	type SourceNote
} from '../src/lib/server/seed/import';
import { readSeed, validateSeed } from '../src/lib/server/seed/validate';
import type { SeedData } from '../src/lib/server/seed/types';

const seedDir = path.resolve(process.env.SEED_DIR ?? 'db/seed');
const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: npm run seed:import -- FILE.tsv [FILE.tsv …]');
	process.exit(2);
}

const texts = new Map<string, RowTexts>();
const textDir = path.join(seedDir, 'texts');
for (const f of fs
	.readdirSync(textDir)
	.filter((f) => /^new-.*\.tsv$/.test(f))
	.sort())
	for (const row of readTsv(fs.readFileSync(path.join(textDir, f), 'utf8')))
		// A key in two files (a pair in two batches) keeps every text either file gives.
		texts.set(row.key!, {
			...texts.get(row.key!),
			...Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''))
		} as unknown as RowTexts);

const sourceNotes = new Map<string, SourceNote>();
for (const dir of [seedDir, path.join(seedDir, 'research')])
	for (const f of fs.readdirSync(dir).filter((f) => /^food-sources.*\.md$/.test(f)))
		for (const [url, note] of readSourceNotes(fs.readFileSync(path.join(dir, f), 'utf8')))
			if (!sourceNotes.has(url)) sourceNotes.set(url, note);

let data: SeedData = readSeed(seedDir);
const before = data.entries.length;
for (const file of files) {
	const rows = readTsv(fs.readFileSync(file, 'utf8'));
	const result = importBatch({ data, rows, texts, sourceNotes, batch: path.basename(file) });
	data = result.data;
	const { added, merged, leftOut, conflicts } = result.report;
	for (const line of added) console.log(`added    ${line}`);
	for (const line of merged) console.log(`merged   ${line}`);
	for (const line of leftOut) console.log(`left out ${line}`);
	for (const line of conflicts) console.log(`conflict ${line}`);
	console.log(
		`${path.basename(file)}: ${rows.length} rows, ${added.length} added, ${merged.length} merged, ${leftOut.length} left out, ${conflicts.length} conflicts`
	);
}
const problems = validateSeed(data, { photoDir: path.join(seedDir, 'photos') });
if (problems.length) {
	for (const p of problems) console.error(`✗ ${p}`);
	console.error(`${problems.length} problem(s): nothing written`);
	process.exit(1);
}
const write = (file: string, value: unknown) =>
	fs.writeFileSync(path.join(seedDir, file), JSON.stringify(value, null, '\t') + '\n');
write('entries.json', data.entries);
write('sources.json', data.sources);
console.log(
	`${before} → ${data.entries.length} entries, ${data.sources.length} sources written to ${seedDir}`
);
