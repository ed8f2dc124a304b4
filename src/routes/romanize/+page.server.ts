import type { PageServerLoad } from './$types';
import { parseRomanizeParams } from '$lib/server/romanize-params';

/** Without JavaScript the form posts here by GET; the page renders the readings of `text`. */
export const load: PageServerLoad = ({ url }) => {
	const text = url.searchParams.get('text') ?? '';
	const kind = url.searchParams.get('kind') ?? 'word';
	if (text === '') return { text, kind: 'word' as const, error: null };
	const req = parseRomanizeParams(new URLSearchParams({ text, kind, system: 'rr' }));
	return req.ok
		? { text: req.text, kind: req.kind, error: null }
		: { text: text.slice(0, 200), kind: 'word' as const, error: req.error };
};
