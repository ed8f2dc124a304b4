/**
 * A strict RFC 4180 reader, as a spreadsheet reads the site's CSV exports: quoted fields may hold
 * commas, doubled quotes and line breaks; a bare quote, CR or LF outside quotes, or a file not
 * ending in CRLF, is an error (so the tests catch CSV that only lenient readers accept).
 */
export function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else if (c === '"' || c === '\r' || c === '\n') {
			throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
		} else field += c;
	}
	if (quoted || field !== '' || row.length > 0) throw new Error('the file does not end with CRLF');
	return rows;
}
