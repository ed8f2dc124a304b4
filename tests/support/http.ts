/**
 * Plain HTTP for tests that check what goes over the wire: raw (still compressed) bodies, exact
 * headers, form posts with an Origin and a session cookie. Node's http module, not fetch, so
 * nothing is decoded or added behind the test's back.
 */
import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

export function rawRequest(
	url: string,
	options: {
		method?: string;
		headers?: Record<string, string>;
		body?: string | Buffer;
		timeoutMs?: number;
	} = {}
): Promise<RawResponse> {
	return new Promise((done, fail) => {
		// A connection per request (agent: false): a kept-alive socket the server has just timed out
		// would fail the next request with "socket hang up".
		const req = request(
			url,
			{ method: options.method ?? 'GET', headers: options.headers, agent: false },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
				res.on('error', fail);
			}
		);
		req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout: ${url}`)));
		req.on('error', fail);
		req.end(options.body);
	});
}

/** A form post as a browser sends it: urlencoded, with the site's Origin (SvelteKit's CSRF check). */
export function postForm(
	origin: string,
	path: string,
	fields: Record<string, string | string[]>,
	cookie?: string
): Promise<RawResponse> {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(fields))
		for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
	return rawRequest(origin + path, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			// Without it SvelteKit answers an action with JSON, as to use:enhance.
			accept: 'text/html,application/xhtml+xml',
			origin,
			...(cookie ? { cookie } : {})
		},
		body: body.toString()
	});
}

/** The `name=value` part of a Set-Cookie header, for sending the cookie back. */
export function cookieFrom(response: RawResponse, name: string): string | null {
	for (const line of response.headers['set-cookie'] ?? []) {
		const pair = line.split(';')[0]!;
		if (pair.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
	}
	return null;
}

/**
 * Approves a proposal as the moderator's page does: reads the proposal's revision from the
 * approve form (what the moderator saw), then posts it. A post without it is refused as changed.
 */
export async function approveProposalForm(
	origin: string,
	id: string | number,
	cookie: string
): Promise<RawResponse> {
	const page = await rawRequest(`${origin}/moderate/${id}`, {
		headers: { cookie, accept: 'text/html' }
	});
	const revision = /name="revision" value="([^"]*)"/.exec(page.body.toString('utf8'))?.[1] ?? '';
	return postForm(origin, `/moderate/${id}?/approve`, { revision }, cookie);
}
