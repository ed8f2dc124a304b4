/**
 * What goes over the wire: compression, caching headers and revalidation, immutable assets,
 * security headers, /healthz, the page cache's invalidation on approval, and the request log.
 * HTTP-level checks, so they run once (the js project), with raw bodies (tests/support/http.ts).
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { createUser, logIn, PASSWORD, uniqueName } from '../support/accounts';
import { startBuiltServer, tempDir } from '../support/built-server';
import { cookieFrom, postForm, rawRequest, type RawResponse } from '../support/http';

// eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured fixtures argument.
test.beforeEach(({}, info) =>
	test.skip(info.project.name !== 'js', 'HTTP-level: one project is enough')
);

const ENTRY = '/entries/naengmyeon';

function decode(response: RawResponse): Buffer {
	const encoding = response.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(response.body);
	if (encoding === 'gzip') return gunzipSync(response.body);
	return response.body;
}

/** The stylesheets a page links to and the scripts it imports or preloads (Link header). */
async function assetsOf(pageUrl: string): Promise<{ css: string[]; js: string[] }> {
	const response = await rawRequest(pageUrl);
	const html = response.body.toString('utf8');
	const urls = (text: string, pattern: RegExp) =>
		[...text.matchAll(pattern)].map((m) => new URL(m[1]!, pageUrl).href);
	return {
		css: urls(html, /<link href="([^"]+\.css)" rel="stylesheet"/g),
		js: [
			...new Set([
				...urls(html, /import\("([^"]+\.js)"\)/g),
				...urls(String(response.headers['link'] ?? ''), /<([^>]+\.js)>; rel="modulepreload"/g)
			])
		]
	};
}

test('HTML, JSON, CSS and JS come brotli- or gzip-compressed, and decode to the same bytes', async ({
	baseURL
}) => {
	const page = `${baseURL}${ENTRY}`;
	// The entry page runs no Svelte client (its own small script aside): the app's scripts are
	// taken from the home page, which hydrates.
	const { css } = await assetsOf(page);
	const { js } = await assetsOf(`${baseURL}/`);
	expect(css.length, 'stylesheets linked').toBeGreaterThan(0);
	expect(js.length, 'scripts linked').toBeGreaterThan(0);
	const largest = async (urls: string[]) => {
		let best = { url: urls[0]!, size: -1 };
		for (const url of urls) {
			const size = (await rawRequest(url)).body.byteLength;
			if (size > best.size) best = { url, size };
		}
		return best.url;
	};
	const resources = {
		html: page,
		json: `${baseURL}/api/v1/entries?limit=20`,
		css: await largest(css),
		js: await largest(js)
	};
	for (const [kind, url] of Object.entries(resources)) {
		const identity = await rawRequest(url, { headers: { 'accept-encoding': 'identity' } });
		expect(identity.status, url).toBe(200);
		expect(identity.headers['content-encoding'], url).toBeUndefined();
		expect(identity.body.byteLength, `${kind} is big enough to compress`).toBeGreaterThan(1024);
		for (const encoding of ['br', 'gzip']) {
			const response = await rawRequest(url, { headers: { 'accept-encoding': encoding } });
			expect(response.headers['content-encoding'], `${kind} ${encoding}`).toBe(encoding);
			expect(response.headers['vary'], `${kind} ${encoding}`).toMatch(/accept-encoding/i);
			expect(response.body.byteLength, `${kind} ${encoding} is smaller`).toBeLessThan(
				identity.body.byteLength
			);
			expect(
				decode(response).equals(identity.body),
				`${kind} ${encoding} decodes to the same bytes`
			).toBe(true);
		}
	}
});

test('pages and API responses carry Cache-Control and an ETag; If-None-Match gets 304', async ({
	baseURL
}) => {
	// Pages and entries revalidate every time (an approval shows at once); exports may be 5 min old.
	for (const [path, cacheControl] of [
		[ENTRY, /^public, max-age=0, must-revalidate$/],
		['/entries', /^public, max-age=0, must-revalidate$/],
		['/ko/about', /^public, max-age=0, must-revalidate$/],
		['/api/v1/entries/naengmyeon', /^public, max-age=0, must-revalidate$/],
		['/api/v1/export.csv', /^public, max-age=300$/]
	] as const) {
		const url = baseURL + path;
		const first = await rawRequest(url, { headers: { 'accept-encoding': 'br' } });
		expect(first.status, path).toBe(200);
		expect(first.headers['cache-control'], path).toMatch(cacheControl);
		const etag = first.headers['etag']!;
		expect(etag, path).toMatch(/^(W\/)?"[^"]+"$/);
		// The tag of the compressed reply revalidates the plain one and the other way round.
		for (const [tag, encoding] of [
			[etag, 'br'],
			[etag, 'identity'],
			[etag.replace(/^W\//, ''), 'gzip']
		]) {
			const again = await rawRequest(url, {
				headers: { 'if-none-match': tag!, 'accept-encoding': encoding! }
			});
			expect(again.status, `${path} If-None-Match ${tag} (${encoding})`).toBe(304);
			expect(again.body.byteLength).toBe(0);
			expect(again.headers['etag']?.replace(/^W\//, '')).toBe(etag.replace(/^W\//, ''));
		}
		const stale = await rawRequest(url, { headers: { 'if-none-match': '"not-this-one"' } });
		expect(stale.status, path).toBe(200);
	}
	const head = await rawRequest(baseURL + ENTRY, { method: 'HEAD' });
	expect(head.status).toBe(200);
	expect(head.body.byteLength).toBe(0);
	expect(Number(head.headers['content-length'])).toBeGreaterThan(1024);
});

test('the page cache answers repeat readers, and keeps a page and its __data.json apart', async ({
	baseURL
}) => {
	await rawRequest(`${baseURL}/about`);
	const again = await rawRequest(`${baseURL}/about`);
	expect(again.headers['x-cache']).toBe('hit');
	expect(again.headers['content-type']).toMatch(/^text\/html/);
	const data = await rawRequest(`${baseURL}/about/__data.json?x-sveltekit-invalidated=01`);
	expect(data.status).toBe(200);
	expect(data.headers['content-type']).toMatch(/^application\/json/);
	expect(() => JSON.parse(decode(data).toString('utf8'))).not.toThrow();
	// A signed-in reader is never served from, nor stored in, the shared cache.
	const personal = await rawRequest(`${baseURL}/about`, {
		headers: { cookie: 'session=whatever' }
	});
	expect(personal.headers['x-cache']).toBeUndefined();
});

test('query parameters no route reads make no new page-cache entry', async ({ baseURL }) => {
	await rawRequest(`${baseURL}/about`);
	expect((await rawRequest(`${baseURL}/about`)).headers['x-cache']).toBe('hit');
	// Each would have been a miss, a render and a new entry of its own.
	for (let i = 1; i <= 100; i++) {
		const response = await rawRequest(`${baseURL}/about?junk=${i}`);
		expect(response.headers['x-cache'], `junk=${i}`).toBe('hit');
	}
	// The parameters a route reads still make their own page, in any order.
	await rawRequest(`${baseURL}/compare?a=naengmyeon&b=kimchi`);
	const swapped = await rawRequest(`${baseURL}/compare?b=kimchi&a=naengmyeon&utm_source=x`);
	expect(swapped.headers['x-cache']).toBe('hit');
	expect((await rawRequest(`${baseURL}/compare?a=kimchi`)).headers['x-cache']).toBe('miss');
	// A request carrying junk is answered but not stored: the page would carry the junk in its
	// language links to every later reader.
	// (No X-Cache at all: neither served from the cache nor stored in it.)
	const path = `${baseURL}/credits?utm_campaign=x`;
	expect((await rawRequest(path)).headers['x-cache']).toBeUndefined();
	expect((await rawRequest(path)).headers['x-cache']).toBeUndefined();
	expect((await rawRequest(`${baseURL}/credits`)).headers['x-cache']).toBe('miss');
	expect((await rawRequest(path)).headers['x-cache']).toBe('hit');
});

test('the entries API refuses more than 100 entries a request with a 400 in JSON', async ({
	baseURL
}) => {
	const over = await rawRequest(`${baseURL}/api/v1/entries?limit=101`);
	expect(over.status).toBe(400);
	expect(over.headers['content-type']).toMatch(/^application\/json/);
	expect(JSON.parse(decode(over).toString('utf8')).error).toBe(
		'limit must be an integer from 1 to 100'
	);
	const most = await rawRequest(`${baseURL}/api/v1/entries?limit=100`);
	expect(most.status).toBe(200);
	expect(JSON.parse(decode(most).toString('utf8')).entries).toHaveLength(100);
});

test('hashed assets under /_app/immutable are cached for a year, immutable', async ({
	baseURL
}) => {
	const { css, js } = await assetsOf(`${baseURL}/`);
	for (const [url, type] of [
		[css[0]!, 'text/css'],
		[js[0]!, 'text/javascript']
	] as const) {
		expect(new URL(url).pathname).toMatch(/^\/_app\/immutable\//);
		const response = await rawRequest(url, { headers: { 'accept-encoding': 'br, gzip' } });
		expect(response.status, url).toBe(200);
		expect(response.headers['cache-control'], url).toMatch(/max-age=31536000/);
		expect(response.headers['cache-control'], url).toMatch(/immutable/);
		// adapter-node's static server (sirv) sets no X-Content-Type-Options, and has no hook to
		// add one; what nosniff guards against is a wrong or missing type, so the type is checked
		// exactly instead. Pages, the API and photos carry nosniff (the next test).
		expect(response.headers['content-type'], url).toBe(type);
	}
});

test('every page carries a CSP without inline scripts, and nosniff, Referrer-Policy, frame denial', async ({
	baseURL
}) => {
	for (const path of [
		ENTRY,
		ENTRY,
		'/',
		'/entries',
		'/search?q=%EB%83%89%EB%A9%B4',
		'/login',
		'/entries/no-such-dish'
	]) {
		const response = await rawRequest(baseURL + path);
		const csp = response.headers['content-security-policy'];
		expect(csp, `${path} has a CSP`).toBeTruthy();
		const directives = new Map(
			String(csp)
				.split(';')
				.map((d: string) => {
					const [name, ...values] = d.trim().split(/\s+/);
					return [name!, values] as const;
				})
		);
		const scripts = directives.get('script-src') ?? directives.get('default-src')!;
		expect(scripts, path).not.toContain("'unsafe-inline'");
		expect(scripts, path).not.toContain("'unsafe-eval'");
		expect(directives.get('frame-ancestors'), path).toEqual(["'none'"]);
		expect(directives.get('object-src'), path).toEqual(["'none'"]);
		expect(response.headers['x-content-type-options'], path).toBe('nosniff');
		expect(response.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(response.headers['x-frame-options'], path).toBe('DENY');
		// Header bytes every page pays uncompressed: no preload hints the head already gives.
		expect(response.headers['link'], path).toBeUndefined();
		expect(response.headers['x-sveltekit-page'], path).toBeUndefined();
	}
	const api = await rawRequest(`${baseURL}/api/v1/entries/naengmyeon`);
	expect(api.headers['x-content-type-options']).toBe('nosniff');
	expect(api.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('/healthz answers 200 from the database and is never cached', async ({ baseURL }) => {
	const response = await rawRequest(`${baseURL}/healthz`);
	expect(response.status).toBe(200);
	expect(JSON.parse(response.body.toString('utf8'))).toEqual({ status: 'ok' });
	expect(response.headers['cache-control']).toBe('no-store');
	expect(response.headers['x-cache']).toBeUndefined();
});

test('an approved edit is on the very next anonymous request after the page was cached', async ({
	browser,
	baseURL
}, info) => {
	test.setTimeout(120_000);
	const slug = 'gwiri-tteok';
	const url = `${baseURL}/entries/${slug}`;
	const contributor = uniqueName('cachec', info);
	const moderator = uniqueName('cachem', info);
	createUser(contributor, 'contributor');
	createUser(moderator, 'moderator');
	const marker = `Cache check ${contributor}`;

	await rawRequest(url);
	const warm = await rawRequest(url);
	expect(warm.headers['x-cache']).toBe('hit');
	expect(warm.body.toString('utf8')).not.toContain(marker);

	const page = await (await browser.newContext()).newPage();
	await logIn(page, contributor);
	await page.goto(`/entries/${slug}/edit`);
	await page.getByLabel('Description (English)').fill(marker);
	await page.getByLabel('Summary of your change').fill('Cache invalidation check');
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page).toHaveURL(/submitted=\d+/);
	const id = new URL(page.url()).searchParams.get('submitted');
	await page.context().close();

	// Still the old page while the proposal waits.
	expect((await rawRequest(url)).body.toString('utf8')).not.toContain(marker);

	const review = await (await browser.newContext()).newPage();
	await logIn(review, moderator);
	await review.goto(`/moderate/${id}`);
	await review.getByRole('button', { name: 'Approve' }).click();
	await expect(review.getByText('Approved. The entry now shows the change.')).toBeVisible();
	await review.context().close();

	const next = await rawRequest(url, { headers: { 'accept-encoding': 'br' } });
	expect(next.headers['x-cache']).toBe('miss');
	expect(decode(next).toString('utf8')).toContain(marker);
	const api = await rawRequest(`${baseURL}/api/v1/entries/${slug}`);
	expect(api.body.toString('utf8')).toContain(marker);
});

test('the request log is one JSON line per request with its id, and never a password or session token', async () => {
	test.setTimeout(120_000);
	const dir = tempDir('log');
	const server = await startBuiltServer({
		databasePath: join(dir, 'log.sqlite'),
		env: { LOG_REQUESTS: '1' }
	});
	try {
		const username = `logcheck${Date.now().toString(36)}`;
		const password = `Pw-${Math.random().toString(36).slice(2)}-never-logged`;
		const signup = await postForm(server.url, '/signup', { username, password, confirm: password });
		// Sign-up answers with the new account's recovery codes (issue 17), its session set.
		expect(signup.status).toBe(200);
		const firstToken = cookieFrom(signup, 'session')!;
		expect(firstToken).toBeTruthy();
		const login = await postForm(server.url, '/login', { username, password });
		expect(login.status).toBe(303);
		const session = cookieFrom(login, 'session')!;
		const account = await rawRequest(`${server.url}/account`, { headers: { cookie: session } });
		expect(account.status).toBe(200);
		expect(account.headers['cache-control']).toBe('private, no-store');
		// A password in a query string (a mistaken form) and a bad login are not logged either.
		await rawRequest(`${server.url}/login?password=${encodeURIComponent(password)}`);
		await postForm(server.url, '/login', { username, password: `${password}-wrong` });
		const traced = await rawRequest(`${server.url}${ENTRY}`, {
			headers: { 'x-request-id': 'trace-abc.123' }
		});
		expect(traced.headers['x-request-id']).toBe('trace-abc.123');
		const last = await rawRequest(`${server.url}${ENTRY}`, {
			headers: { 'x-request-id': 'bad id\twith "quotes"' }
		});
		await server.waitForOutput(String(last.headers['x-request-id']));

		const output = server.output();
		for (const secret of [password, firstToken.split('=')[1]!, session.split('=')[1]!]) {
			expect(output).not.toContain(secret);
		}
		const lines = output
			.split('\n')
			.filter((l) => l.startsWith('{'))
			.map((l) => JSON.parse(l) as Record<string, unknown>);
		const requests = lines.filter((l) => 'method' in l);
		expect(requests.length).toBeGreaterThanOrEqual(8);
		for (const line of requests) {
			expect(line).toMatchObject({
				level: expect.any(String),
				id: expect.any(String),
				path: expect.any(String)
			});
			expect(line.path, 'paths only, no query strings').not.toContain('?');
		}
		const ids = requests.map((l) => l.id);
		expect(ids).toContain(account.headers['x-request-id']);
		expect(ids).toContain('trace-abc.123');
		expect(ids).not.toContain('bad id\twith "quotes"');
		expect(new Set(ids.filter((id) => id !== 'trace-abc.123')).size).toBe(ids.length - 1);
		expect(requests.some((l) => l.cache === 'hit')).toBe(true);
	} finally {
		await server.stop();
	}
});

test('the entry page is served without the Svelte client: no app scripts, only its small enhancer', async ({
	baseURL
}) => {
	const response = await rawRequest(`${baseURL}${ENTRY}`);
	const html = response.body.toString('utf8');
	expect(html).not.toMatch(/\/_app\/immutable\/[^"]+\.js/);
	expect(String(response.headers['link'] ?? '')).not.toMatch(/modulepreload/);
	expect([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])).toEqual([
		'/entry-enhance.js'
	]);
	const script = await rawRequest(`${baseURL}/entry-enhance.js`, {
		headers: { 'accept-encoding': 'br' }
	});
	expect(script.status).toBe(200);
	expect(script.headers['content-type']).toMatch(/javascript/);
	// A few hundred bytes on the wire, not a framework.
	expect(script.body.byteLength).toBeLessThan(2048);
});

test('after login, redirectTo=/.//evil.example/ stays on this site, on GET and on POST', async ({
	baseURL
}, info) => {
	const user = uniqueName('red', info);
	createUser(user, 'contributor');
	const origin = baseURL!;
	for (const evil of ['/.//evil.example/', '/./\\/evil.example/', '/a/..//evil.example/']) {
		const login = await postForm(origin, '/login', {
			username: user,
			password: PASSWORD,
			redirectTo: evil
		});
		expect(login.status, evil).toBe(303);
		expect(login.headers.location, evil).toBe('/');
		const session = cookieFrom(login, 'session')!;
		const signedIn = await rawRequest(`${origin}/login?redirectTo=${encodeURIComponent(evil)}`, {
			headers: { cookie: session }
		});
		expect(signedIn.status, evil).toBe(303);
		expect(signedIn.headers.location, evil).toBe('/account');
	}
});

test('4xx answers are logged at info without a stack; the server prunes spent rows at start', async () => {
	test.setTimeout(180_000);
	const dir = tempDir('log4xx');
	const databasePath = join(dir, 'log.sqlite');
	let server = await startBuiltServer({ databasePath, env: { LOG_REQUESTS: '0' } });
	try {
		// 405: a form post to a page without actions; 415: an action posted as JSON.
		const noActions = await postForm(server.url, '/about', { x: '1' });
		expect(noActions.status).toBe(405);
		const json = await rawRequest(`${server.url}/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: server.url },
			body: '{}'
		});
		expect(json.status).toBe(415);
		await server.waitForOutput('"status":415');
		const records = server
			.output()
			.split('\n')
			.filter((l) => l.startsWith('{'))
			.map((l) => JSON.parse(l) as { level: string; status?: number; error?: unknown });
		const clientErrors = records.filter((r) => r.status && r.status < 500 && 'error' in r);
		expect(clientErrors.map((r) => r.status).sort()).toEqual([405, 415]);
		for (const r of clientErrors) {
			expect(r.level).toBe('info');
			expect(JSON.stringify(r.error)).not.toContain('stack');
		}
	} finally {
		await server.stop();
	}

	// Spent rows left by an earlier run: an expired session, an old counter, and a live lock.
	const db = new Database(databasePath);
	const now = Date.now();
	const userId = db
		.prepare(
			"INSERT INTO user (username, username_key, password_hash) VALUES ('old', 'old', 'x') RETURNING id"
		)
		.pluck()
		.get();
	db.prepare('INSERT INTO session (id, user_id, expires_at) VALUES (?, ?, ?)').run(
		'expired',
		userId,
		now - 86_400_000
	);
	db.prepare('INSERT INTO session (id, user_id, expires_at) VALUES (?, ?, ?)').run(
		'live',
		userId,
		now + 86_400_000
	);
	const limit = db.prepare(
		'INSERT INTO rate_limit (key, count, window_start, locked_until) VALUES (?, ?, ?, ?)'
	);
	limit.run('login:ip:spent', 3, now - 3 * 3_600_000, 0);
	limit.run('login:ip:locked', 40, now - 3 * 3_600_000, now + 3_600_000);
	limit.run('login:ip:recent', 1, now - 60_000, 0);
	db.close();

	server = await startBuiltServer({ databasePath, env: { LOG_REQUESTS: '0' } });
	try {
		await server.waitForOutput('"msg":"pruned"');
	} finally {
		await server.stop();
	}
	const after = new Database(databasePath, { readonly: true });
	try {
		expect(after.prepare('SELECT id FROM session ORDER BY id').pluck().all()).toEqual(['live']);
		expect(after.prepare('SELECT key FROM rate_limit ORDER BY key').pluck().all()).toEqual([
			'login:ip:locked',
			'login:ip:recent'
		]);
	} finally {
		after.close();
	}
});
