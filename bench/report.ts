/**
 * The machine-readable summary every benchmark prints, one line per figure, for `npm run bench`
 * (bench/run-all.ts) to gather into one table:
 *
 *   BENCH {"bench":"http","name":"entry page","value":5120,"unit":"req/s","ratio":0.52,
 *          "of":"hello-world","target":"≥ 0.40","ok":true}
 *
 * `ratio` compares the figure with a baseline measured in the same run (`of`), which is what stays
 * meaningful on a shared machine; `ok` says whether the figure meets its `target`, if it has one.
 */
export interface BenchLine {
	bench: string;
	name: string;
	value: number;
	unit: string;
	ratio?: number;
	of?: string;
	target?: string;
	ok?: boolean;
}

export const BENCH_PREFIX = 'BENCH ';

export function printBenchLine(line: BenchLine): void {
	console.log(BENCH_PREFIX + JSON.stringify(line));
}

export function parseBenchLine(text: string): BenchLine | null {
	if (!text.startsWith(BENCH_PREFIX)) return null;
	try {
		const value = JSON.parse(text.slice(BENCH_PREFIX.length)) as Partial<BenchLine>;
		if (typeof value.bench !== 'string' || typeof value.name !== 'string') return null;
		if (typeof value.value !== 'number' || typeof value.unit !== 'string') return null;
		return value as BenchLine;
	} catch {
		return null;
	}
}

/** A markdown table with right-aligned numeric columns. */
export function markdownTable(header: string[], rows: string[][], numeric: boolean[]): string {
	const lines = [
		`| ${header.join(' | ')} |`,
		`|${numeric.map((n) => (n ? '---:' : '---')).join('|')}|`,
		...rows.map((r) => `| ${r.join(' | ')} |`)
	];
	return lines.join('\n');
}

export function formatNumber(n: number, digits = 0): string {
	return n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
