import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { decode, parseDecodeRequest } from '$lib/server/decode';

export const POST: RequestHandler = async ({ request }) => {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json(
			{ error: 'the body must be JSON: { "text": "…", "from": "north" }' },
			{ status: 400 }
		);
	}
	const req = parseDecodeRequest(body);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	return json(decode(req.text, req.from));
};
