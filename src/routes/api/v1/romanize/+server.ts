import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { ipa, pronounce, romanize } from '$lib/hangul';
import { parseRomanizeParams } from '$lib/server/romanize-params';

export const GET: RequestHandler = ({ url }) => {
	const req = parseRomanizeParams(url.searchParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	const { text, system, kind } = req;
	const standard = system === 'dprk' ? 'north' : 'south';
	return json({
		text,
		system,
		kind,
		romanization: romanize(text, { system, kind }),
		pronunciation: pronounce(text, { standard }),
		ipa: ipa(text, standard)
	});
};
