/**
 * Folds reader texts written as TSV (db/seed/texts, see its README) into db/seed/entries.json:
 * `existing.tsv` gives glossKo and why {en, ko} by slug, `existing-notes.tsv` the Korean twin of
 * a name's note (noteKo) by slug, side and Hangul. A row whose entry or name is missing, or whose
 * text differs from a non-empty one already in the data, is printed and not applied.
 *
 *   npm run seed:texts -- db/seed/texts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SeedEntry } from '../src/lib/server/seed/types';

const dir = path.resolve(process.argv[2] ?? 'db/seed/texts');
const seedDir = path.resolve(process.argv[3] ?? 'db/seed');
const entriesFile = path.join(seedDir, 'entries.json');
const entries = JSON.parse(fs.readFileSync(entriesFile, 'utf8')) as SeedEntry[];
const bySlug = new Map(entries.map((e) => [e.slug, e]));

function readTsv(file: string): Record<string, string>[] {
	const full = path.join(dir, file);
	if (!fs.existsSync(full)) return [];
	const [head, ...lines] = fs.readFileSync(full, 'utf8').split('\n').filter(Boolean);
	const cols = head!.split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
	});
}

const conflicts: string[] = [];
let applied = 0;
/** Sets a text unless the data already holds a different one (never overwrite an edit). */
function put<T extends object>(target: T, key: keyof T, value: string, at: string) {
	const current = target[key] as unknown;
	if (typeof current === 'string' && current !== '' && current !== value) {
		conflicts.push(`${at}: data has "${current}", texts say "${value}"`);
		return;
	}
	if (current !== value) applied++;
	(target as Record<keyof T, unknown>)[key] = value;
}

for (const row of readTsv('existing.tsv')) {
	const e = bySlug.get(row.slug!);
	if (!e) {
		conflicts.push(`existing.tsv: no entry "${row.slug}"`);
		continue;
	}
	e.glossKo ??= '';
	e.why ??= { en: '', ko: '' };
	put(e, 'glossKo', row.gloss_ko!, `${e.slug} glossKo`);
	put(e.why, 'en', row.why_en!, `${e.slug} why.en`);
	put(e.why, 'ko', row.why_ko!, `${e.slug} why.ko`);
}
for (const row of readTsv('existing-notes.tsv')) {
	const name = bySlug
		.get(row.slug!)
		?.names.find((n) => n.side === row.side && n.hangul === row.hangul);
	if (!name) {
		conflicts.push(`existing-notes.tsv: no name ${row.slug} ${row.side} ${row.hangul}`);
		continue;
	}
	name.noteKo ??= null;
	put(name, 'noteKo', row.note_ko!, `${row.slug} ${row.side} ${row.hangul} noteKo`);
}

// Keep the key order of the data files stable: glossKo and why after english, noteKo after note.
const ordered = entries.map((e) => {
	const { slug, category, regions, english, glossKo, why, ...rest } = e;
	return {
		slug,
		category,
		regions,
		english,
		glossKo: glossKo ?? '',
		why: why ?? { en: '', ko: '' },
		...rest,
		names: e.names.map((n) => {
			const { side, hangul, hanja, status, note, noteKo, ...more } = n;
			return { side, hangul, hanja, status, note, noteKo: noteKo ?? null, ...more };
		})
	};
});
fs.writeFileSync(entriesFile, JSON.stringify(ordered, null, '\t') + '\n');
for (const c of conflicts) console.error(`conflict: ${c}`);
console.log(`${applied} texts applied to ${entriesFile}, ${conflicts.length} conflicts printed`);
