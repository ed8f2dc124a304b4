import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { decode, parseDecodeRequest, type DecodeIssue } from '$lib/server/decode';
import { MAX_DECODE_LENGTH, type DecodeResult } from '$lib/decode';
import { DECODE_EXAMPLE_TEXT } from '$lib/decode/example';

/** What the page shows after a decode: the text as sent, the reader's choice, and the reading. */
export type Decoded =
	| { text: string; choice: string; result: DecodeResult; issue: null }
	| { text: string; choice: string; result: null; issue: DecodeIssue };

function decodeFields(text: string, choice: string): Decoded {
	const req = parseDecodeRequest({ text, from: choice });
	if (!req.ok) {
		// Sent back to fill the form again: never more than the form itself accepts.
		return { text: text.slice(0, MAX_DECODE_LENGTH), choice: '', result: null, issue: req.issue };
	}
	return {
		text: req.text,
		choice: req.from ?? '',
		result: decode(req.text, req.from),
		issue: null
	};
}

/**
 * A link can carry a short text (`?text=…&from=north`, as the example link does); a pasted menu
 * is posted to the action, which can carry the whole 5,000 characters.
 */
export const load: PageServerLoad = ({ url }) => {
	const text = url.searchParams.get('text');
	return {
		example: DECODE_EXAMPLE_TEXT,
		decoded: text === null ? null : decodeFields(text, url.searchParams.get('from') ?? '')
	};
};

export const actions: Actions = {
	default: async ({ request }) => {
		const form = await request.formData();
		const text = form.get('text');
		const choice = form.get('from');
		const decoded = decodeFields(
			typeof text === 'string' ? text : '',
			typeof choice === 'string' ? choice : ''
		);
		return decoded.issue ? fail(400, decoded) : decoded;
	}
};
