/**
 * Hostile input against the built server: every page and API endpoint with query strings, and
 * every form action with fields, that are malformed, oversized, of the wrong type or encoding
 * (invalid UTF-8, broken %-escapes, lone surrogates) or injections (SQL, HTML, path traversal,
 * CRLF), as anonymous, contributor, moderator and admin; bodies with the wrong content type or
 * broken multipart; and raw requests Node's client would refuse to send. No answer may be a 5xx,
 * and none may show a stack trace or a file path.
 *
 * The corpus is fast-check's, from a fixed seed (FUZZ_SEED to explore others, FUZZ_RUNS to
 * change the number of generated requests, default 1,200).
 */
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startBuiltServer, tempDir } from '../support/built-server';
import { postForm, rawRequest, type RawResponse } from '../support/http';
import { GENEROUS_LIMITS, newEntryForm, signUp } from './accounts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);
const CONCURRENCY = 6;

type Role = 'anonymous' | 'contributor' | 'moderator' | 'admin';

interface Target {
	method: 'GET' | 'POST';
	/** Path with `:slug`, `:id`, `:file` placeholders. */
	path: string;
	/** Query parameters (GET) or form fields (POST) the route reads. */
	fields: string[];
}

/** From `find src/routes -name '+server.ts' -o -name '+page.server.ts'` and their actions. */
const TARGETS: Target[] = [
	{ method: 'GET', path: '/', fields: [] },
	{ method: 'GET', path: '/about', fields: [] },
	{ method: 'GET', path: '/credits', fields: [] },
	{ method: 'GET', path: '/compare', fields: ['a', 'b'] },
	{ method: 'GET', path: '/quiz', fields: ['s'] },
	{ method: 'GET', path: '/quiz/score', fields: ['r'] },
	{
		method: 'GET',
		path: '/entries',
		fields: ['category', 'difference', 'region', 'sort', 'page', 'q']
	},
	{ method: 'GET', path: '/entries/:slug', fields: [] },
	{ method: 'GET', path: '/entries/:slug/history', fields: ['from', 'to', 'done'] },
	{ method: 'GET', path: '/entries/:slug/edit', fields: ['revise'] },
	{ method: 'GET', path: '/entries/:slug/photo', fields: ['submitted'] },
	{ method: 'GET', path: '/entries/:slug/card.png', fields: [] },
	{ method: 'GET', path: '/entries/:slug/card.jpg', fields: [] },
	{ method: 'GET', path: '/card.jpg', fields: [] },
	{ method: 'GET', path: '/search', fields: ['q', 'page'] },
	{ method: 'GET', path: '/romanize', fields: ['text', 'kind'] },
	{ method: 'GET', path: '/login', fields: ['redirectTo'] },
	{ method: 'GET', path: '/signup', fields: ['redirectTo'] },
	{ method: 'GET', path: '/account', fields: ['submitted', 'password-changed', 'recovered'] },
	{ method: 'GET', path: '/contribute', fields: ['revise'] },
	{ method: 'GET', path: '/moderate', fields: ['done'] },
	{ method: 'GET', path: '/moderate/:id', fields: [] },
	{ method: 'GET', path: '/moderate/photos', fields: ['done'] },
	{ method: 'GET', path: '/admin', fields: [] },
	{ method: 'GET', path: '/admin/users', fields: ['done'] },
	{ method: 'GET', path: '/admin/audit', fields: ['page'] },
	{
		method: 'GET',
		path: '/api/v1/entries',
		fields: ['limit', 'offset', 'category', 'difference', 'region', 'sort']
	},
	{ method: 'GET', path: '/api/v1/entries/:slug', fields: [] },
	{ method: 'GET', path: '/api/v1/export.csv', fields: [] },
	{ method: 'GET', path: '/api/v1/export.json', fields: [] },
	{ method: 'GET', path: '/api/v1/names', fields: ['hangul', 'except'] },
	{ method: 'GET', path: '/api/v1/romanize', fields: ['text', 'system', 'kind'] },
	{ method: 'GET', path: '/api/v1/search', fields: ['q', 'limit'] },
	{ method: 'GET', path: '/photos/:file', fields: [] },
	{ method: 'GET', path: '/healthz', fields: [] },
	{ method: 'GET', path: '/sitemap.xml', fields: [] },
	{ method: 'GET', path: '/robots.txt', fields: [] },
	{ method: 'GET', path: '/decode', fields: ['text', 'from'] },
	{ method: 'GET', path: '/travel', fields: [] },
	{ method: 'GET', path: '/contribute/how', fields: [] },
	{ method: 'GET', path: '/login/recover', fields: ['redirectTo'] },
	{ method: 'GET', path: '/feed.xml', fields: [] },
	{ method: 'GET', path: '/ko/feed.xml', fields: [] },
	{ method: 'GET', path: '/api/openapi.json', fields: [] },
	{ method: 'GET', path: '/api/v1/export-pairs.csv', fields: [] },
	{ method: 'GET', path: '/api/v1/offline.json', fields: [] },
	{ method: 'POST', path: '/decode', fields: ['text', 'from'] },
	{ method: 'POST', path: '/api/v1/decode', fields: ['text', 'from'] },
	{ method: 'POST', path: '/login/recover', fields: ['username', 'code', 'password', 'confirm'] },
	{ method: 'POST', path: '/account?/codes', fields: ['current'] },
	{ method: 'POST', path: '/signup', fields: ['username', 'password', 'confirm', 'redirectTo'] },
	{ method: 'POST', path: '/login', fields: ['username', 'password', 'redirectTo'] },
	{ method: 'POST', path: '/logout', fields: [] },
	{ method: 'POST', path: '/account?/password', fields: ['current', 'password', 'confirm'] },
	{ method: 'POST', path: '/quiz?/start', fields: [] },
	{ method: 'POST', path: '/quiz?/answer', fields: ['s', 'answer'] },
	{
		method: 'POST',
		path: '/contribute',
		fields: Object.keys(newEntryForm('x')).concat(['add', 'website', 'revise', 'regions'])
	},
	{
		method: 'POST',
		path: '/entries/:slug/edit',
		fields: Object.keys(newEntryForm('x')).concat([
			'baseVersion',
			'sources.0.id',
			'related.0.slug',
			'related.0.relation'
		])
	},
	{
		method: 'POST',
		path: '/entries/:slug/photo',
		fields: ['photo', 'alt', 'altKo', 'caption', 'licence', 'author', 'ownWork', 'cropped']
	},
	{
		method: 'POST',
		path: '/entries/:slug/history?/revert',
		fields: ['version', 'expectedVersion']
	},
	{ method: 'POST', path: '/entries/:slug/history?/review', fields: [] },
	{ method: 'POST', path: '/moderate/:id?/approve', fields: [] },
	{ method: 'POST', path: '/moderate/:id?/changes', fields: ['message'] },
	{ method: 'POST', path: '/moderate/:id?/reject', fields: ['message'] },
	{ method: 'POST', path: '/moderate/photos?/approve', fields: ['id'] },
	{ method: 'POST', path: '/moderate/photos?/reject', fields: ['id', 'message'] },
	{ method: 'POST', path: '/moderate/photos?/remove', fields: ['id'] },
	{ method: 'POST', path: '/admin/users?/role', fields: ['userId', 'role'] }
];

const HOSTILE = [
	"' OR '1'='1",
	'1; DROP TABLE entry; --',
	'" OR 1=1 --',
	'1 UNION SELECT password_hash, 1 FROM user --',
	"%' AND 1=0 UNION SELECT sqlite_version() --",
	"naengmyeon' --",
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'{{7*7}}${7*7}<%= 7*7 %>',
	'../../../../etc/passwd',
	'..\\..\\..\\windows\\win.ini',
	'%2e%2e%2f%2e%2e%2fpackage.json',
	'....//....//etc/passwd',
	'/etc/passwd\u0000.webp',
	'a\r\nSet-Cookie: pwned=1',
	'\r\n\r\n<h1>split</h1>',
	'/\r\nLocation: https://evil.example',
	'//evil.example/',
	'/\\evil.example',
	'https://evil.example',
	'\u0000',
	'\ud800',
	'\udfff x \ud83d',
	'\uffff\ufffe',
	'\u202e\u200b\u2028',
	'냉면 ㄴㅐㅇ',
	'냉면'.repeat(2000),
	'A'.repeat(100_000),
	'-1',
	'0',
	'1e309',
	'NaN',
	'Infinity',
	'9'.repeat(400),
	'0x10',
	'1.5',
	'[]',
	'{}',
	'null',
	'__proto__',
	'constructor',
	'%',
	'%zz',
	'&=&=',
	'naengmyeon',
	'1',
	'2',
	'moderator',
	'admin',
	'on'
];

const value = fc.oneof(
	{ weight: 5, arbitrary: fc.constantFrom(...HOSTILE) },
	{ weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
	{ weight: 1, arbitrary: fc.integer().map(String) },
	{ weight: 1, arbitrary: fc.constant('') }
);

/** How a value is put into a URL or an urlencoded body. */
type Style = 'utf8' | 'raw-bytes' | 'broken-escape';

/** Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD, as a browser would send). */
function escapeUtf8(text: string): string {
	return [...Buffer.from(text, 'utf8')]
		.map((b) =>
			/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
				? String.fromCharCode(b)
				: `%${b.toString(16).padStart(2, '0').toUpperCase()}`
		)
		.join('');
}

function encode(text: string, style: Style, bytes: number[]): string {
	if (style === 'raw-bytes')
		return bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
	if (style === 'broken-escape')
		return `${escapeUtf8(text).slice(0, 20)}%E0%A4%${text.length % 2 ? 'ZZ' : ''}%`;
	return escapeUtf8(text);
}

const field = (names: string[]) =>
	fc.record({
		name: names.length
			? fc.oneof(
					{ weight: 4, arbitrary: fc.constantFrom(...names) },
					{ weight: 1, arbitrary: value }
				)
			: value,
		value,
		style: fc.constantFrom<Style>('utf8', 'utf8', 'utf8', 'raw-bytes', 'broken-escape'),
		bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 })
	});

type Body =
	'urlencoded' | 'multipart' | 'broken-multipart' | 'text/plain' | 'json' | 'none' | 'huge';

const requestArbitrary = fc.constantFrom(...TARGETS).chain((target) =>
	fc.record({
		target: fc.constant(target),
		role: fc.constantFrom<Role>('anonymous', 'contributor', 'moderator', 'admin'),
		slug: fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom('naengmyeon', 'bibimbap', 'no-such-dish') },
			{ weight: 1, arbitrary: value }
		),
		id: fc.oneof(
			{ weight: 3, arbitrary: fc.integer({ min: -1, max: 40 }).map(String) },
			{ weight: 1, arbitrary: value }
		),
		fields: fc.array(field(target.fields), { maxLength: 8 }),
		body: fc.constantFrom<Body>(
			'urlencoded',
			'urlencoded',
			'urlencoded',
			'multipart',
			'broken-multipart',
			'text/plain',
			'json',
			'none',
			'huge'
		)
	})
);

type Generated = typeof requestArbitrary extends fc.Arbitrary<infer T> ? T : never;

function pathOf(r: Generated): string {
	return r.target.path
		.replace(':slug', escapeUtf8(r.slug))
		.replace(':id', escapeUtf8(r.id))
		.replace(':file', escapeUtf8(r.slug) + '.webp');
}

function buildRequest(r: Generated, origin: string, cookies: Record<Role, string>) {
	const headers: Record<string, string> = { accept: 'text/html,application/json;q=0.9', origin };
	if (r.role !== 'anonymous' && !r.target.path.startsWith('/logout'))
		headers.cookie = cookies[r.role];
	const pairs = r.fields.map(
		(f) => `${encode(f.name, 'utf8', f.bytes)}=${encode(f.value, f.style, f.bytes)}`
	);
	let path = pathOf(r);
	if (r.target.method === 'GET') {
		if (pairs.length) path += (path.includes('?') ? '&' : '?') + pairs.join('&');
		return { method: 'GET', path, headers, body: undefined };
	}
	let body: string | Buffer | undefined;
	switch (r.body) {
		case 'urlencoded':
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = pairs.join('&');
			break;
		case 'huge':
			headers['content-type'] = 'application/x-www-form-urlencoded';
			body = `${pairs.join('&')}&filler=${'x'.repeat(2 * 1024 * 1024)}`;
			break;
		case 'multipart': {
			const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW';
			headers['content-type'] = `multipart/form-data; boundary=${boundary}`;
			const parts = r.fields.map((f) =>
				f.name === 'photo'
					? `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${f.value.slice(0, 40)}"\r\nContent-Type: image/jpeg\r\n\r\n${f.value}\r\n`
					: `--${boundary}\r\nContent-Disposition: form-data; name="${f.name.slice(0, 60)}"\r\n\r\n${f.value}\r\n`
			);
			body = Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8');
			break;
		}
		case 'broken-multipart':
			headers['content-type'] = 'multipart/form-data; boundary=nope';
			body = `--wrong\r\nContent-Disposition: form-data; name="x"\r\n\r\n${pairs.join('&')}`;
			break;
		case 'text/plain':
			headers['content-type'] = 'text/plain';
			body = r.fields.map((f) => `${f.name}=${f.value}`).join('\r\n');
			break;
		case 'json':
			headers['content-type'] = 'application/json';
			body = JSON.stringify(Object.fromEntries(r.fields.map((f) => [f.name, f.value])));
			break;
		case 'none':
			break;
	}
	return { method: 'POST', path, headers, body };
}

/** A stack frame or a server-side file path in what a reader is shown. */
const LEAK =
	/(\n\s*at [^\n]*(\(|\b)(file:|node:|\/)[^\n]*:\d+:\d+)|\/work\/|\/tmp\/nambuk|node_modules|build\/server|\.ts:\d+/;

function problemOf(response: RawResponse): string | null {
	if (response.status >= 500) return `status ${response.status}`;
	const text = response.body.toString('utf8');
	const leak = LEAK.exec(text);
	return leak ? `leaks ${JSON.stringify(leak[0].slice(0, 80))}` : null;
}

/**
 * Whether bytes read so far hold one whole HTTP answer: the head, then as much body as its
 * Content-Length says, or a chunked body up to its last chunk (no body when it names neither).
 */
function answerComplete(data: string): boolean {
	if (!/^HTTP\/1\.[01] \d{3}/.test(data)) return false;
	const end = data.indexOf('\r\n\r\n');
	if (end < 0) return false;
	const head = data.slice(0, end);
	const body = data.slice(end + 4);
	const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
	if (length) return Buffer.byteLength(body, 'latin1') >= Number(length[1]);
	if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) return /(^|\r\n)0\r\n\r\n$/.test(body);
	return true;
}

/** Sends bytes as they are and returns the status line's code, or null if the server hung up. */
function rawSocket(
	port: number,
	bytes: string | Buffer
): Promise<{ status: number | null; text: string }> {
	return new Promise((done) => {
		const socket = connect(port, '127.0.0.1');
		let data = '';
		const finish = () => {
			socket.destroy();
			const match = /^HTTP\/1\.[01] (\d{3})/.exec(data);
			done({ status: match ? Number(match[1]) : null, text: data });
		};
		socket.setTimeout(5000, finish);
		socket.on('data', (d) => {
			data += d.toString('latin1');
			if (answerComplete(data)) finish();
		});
		socket.on('error', finish);
		socket.on('end', finish);
		socket.write(bytes);
	});
}

test('no hostile request gets a 5xx or shows a stack trace or a path', async () => {
	test.setTimeout(15 * 60_000);
	const dir = tempDir('fuzz');
	const databasePath = join(dir, 'fuzz.sqlite');
	const server = await startBuiltServer({
		databasePath,
		env: { ...GENEROUS_LIMITS, LOG_REQUESTS: '0', BODY_SIZE_LIMIT: '1M' }
	});
	try {
		const run = Date.now().toString(36);
		const cookies: Record<Role, string> = {
			anonymous: '',
			contributor: await signUp(server.url, databasePath, `fuzzc${run}`),
			moderator: await signUp(server.url, databasePath, `fuzzm${run}`, 'moderator'),
			admin: await signUp(server.url, databasePath, `fuzza${run}`, 'admin')
		};
		// Something for the moderation actions to act on.
		for (let i = 0; i < 3; i++)
			await postForm(
				server.url,
				'/contribute',
				newEntryForm(`fuzz seed ${i}`),
				cookies.contributor
			);

		const corpus = fc.sample(requestArbitrary, { numRuns: RUNS, seed: SEED });
		const failures: string[] = [];
		let sent = 0;
		let next = 0;
		const worker = async () => {
			while (next < corpus.length) {
				const r = corpus[next++]!;
				const req = buildRequest(r, server.url, cookies);
				let problem: string | null;
				try {
					const response = await rawRequest(server.url + req.path, {
						method: req.method,
						headers: req.headers,
						body: req.body,
						timeoutMs: 60_000
					});
					problem = problemOf(response);
				} catch (e) {
					// Past Node's 16 KB header limit the server answers 431 and closes the connection,
					// which a client still sending sees as a reset; the server answering afterwards is
					// checked at the end.
					const oversized = req.path.length > 16 * 1024 && /ECONNRESET|EPIPE/.test(String(e));
					problem = oversized ? null : `no answer: ${(e as Error).message}`;
				}
				sent++;
				if (problem)
					failures.push(
						`${problem}: ${r.role} ${req.method} ${req.path.slice(0, 160)} (${r.body}, ${String(req.body ?? '').slice(0, 120)})`
					);
			}
		};
		await Promise.all(Array.from({ length: CONCURRENCY }, worker));

		// What Node's client would never send: raw bytes, CRLF in the request line, bad framing.
		const host = `Host: 127.0.0.1:${server.port}\r\n`;
		const raw: (string | Buffer)[] = [
			Buffer.concat([
				Buffer.from('GET /search?q='),
				Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
				Buffer.from(` HTTP/1.1\r\n${host}\r\n`)
			]),
			Buffer.concat([
				Buffer.from('GET /entries/'),
				Buffer.from([0xe0, 0xa4]),
				Buffer.from(` HTTP/1.1\r\n${host}\r\n`)
			]),
			`GET /../../../../etc/passwd HTTP/1.1\r\n${host}\r\n`,
			`GET /photos/..%2f..%2f..%2fpackage.json HTTP/1.1\r\n${host}\r\n`,
			`GET /entries/%2e%2e/%2e%2e/admin HTTP/1.1\r\n${host}\r\n`,
			`GET /login?redirectTo=/%0d%0aSet-Cookie:%20x=1 HTTP/1.1\r\n${host}\r\n`,
			`GET / HTTP/1.1\r\n${host}X-Request-Id: a\r\n Set-Cookie: folded=1\r\n\r\n`,
			`GET http://evil.example/entries HTTP/1.1\r\n${host}\r\n`,
			`GET /entries HTTP/1.1\r\nHost: evil.example\r\n\r\n`,
			`GET /entries HTTP/1.0\r\n\r\n`,
			`POST /login HTTP/1.1\r\n${host}Origin: http://127.0.0.1:${server.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\nuser=`,
			`POST /login HTTP/1.1\r\n${host}Origin: http://127.0.0.1:${server.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnot hex\r\n0\r\n\r\n`,
			`POST /signup HTTP/1.1\r\n${host}Origin: http://127.0.0.1:${server.port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nusername=short`,
			`GET /entries HTTP/1.1\r\n${host}Cookie: session=${'A'.repeat(20_000)}\r\n\r\n`,
			`GET /entries HTTP/1.1\r\n${host}Accept-Encoding: ${'br;q=0.5, '.repeat(500)}gzip;q=x\r\n\r\n`,
			`GET /entries HTTP/1.1\r\n${host}If-None-Match: ${'"x", '.repeat(1000)}*\r\n\r\n`,
			`DELETE /entries/naengmyeon HTTP/1.1\r\n${host}\r\n`,
			`PUT /api/v1/entries HTTP/1.1\r\n${host}Content-Length: 2\r\n\r\n{}`,
			`OPTIONS * HTTP/1.1\r\n${host}\r\n`,
			`TRACE / HTTP/1.1\r\n${host}\r\n`
		];
		for (const bytes of raw) {
			const { status, text } = await rawSocket(server.port, bytes);
			sent++;
			const shown = String(bytes).slice(0, 80).replace(/\r\n/g, '⏎');
			if (status !== null && status >= 500) failures.push(`raw status ${status}: ${shown}`);
			if (LEAK.test(text)) failures.push(`raw leak: ${shown}`);
			if (/\r\nset-cookie: (x|folded|pwned)=/i.test(text))
				failures.push(`raw header injection: ${shown}`);
		}

		// A server that died would fail every later request; make sure it is still answering.
		expect((await rawRequest(`${server.url}/healthz`)).status).toBe(200);
		// eslint-disable-next-line no-console -- the run's figures are this test's report.
		console.log(`fuzz: ${sent} requests (seed ${SEED}), ${failures.length} problems`);
		expect(failures, `seed ${SEED}`).toEqual([]);
		expect(sent).toBeGreaterThanOrEqual(1000);
	} finally {
		await server.stop();
	}
});
