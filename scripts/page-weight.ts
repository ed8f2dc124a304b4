/**
 * Page weight: what a first visit to each kind of page downloads, compressed, in Chromium with
 * JavaScript on and an empty cache — HTML, CSS and JS separately, plus anything else the page
 * fetched (images, data). Bytes are Chromium's own count of what came over the wire
 * (Network.loadingFinished encodedDataLength: compressed body plus response headers).
 *
 *   npm run build && npm run weight
 *   WEIGHT_PORT=4522 npm run weight     (a fixed port instead of a free one in 4300–4399)
 *
 * Fails (exit 1) if the entry page's HTML + CSS + JS exceeds 40 KB (40,960 bytes), or if what
 * travel mode keeps on the device (the glossary, the app's code and files) exceeds 1 MB.
 */
import { chromium, type LaunchOptions } from '@playwright/test';
import { get } from 'node:http';
import { join } from 'node:path';
import config from '../playwright.config';
import { assertBuilt, startBuiltServer, tempDir } from '../tests/support/built-server';
import { formatNumber, markdownTable, printBenchLine } from '../bench/report';

const ENTRY_LIMIT = 40 * 1024;
/** What travel mode keeps on the device (issue 18): under 1 MB compressed. */
const OFFLINE_LIMIT = 1024 * 1024;

const PAGES: { kind: string; path: string }[] = [
	{ kind: 'home', path: '/' },
	{ kind: 'browse', path: '/entries' },
	{ kind: 'entry', path: '/entries/naengmyeon' },
	{ kind: 'search', path: `/search?q=${encodeURIComponent('냉면')}` },
	{ kind: 'about', path: '/about' },
	{ kind: 'romanize', path: `/romanize?text=${encodeURIComponent('평양냉면')}` }
];

type Kind = 'html' | 'css' | 'js' | 'other';
const KIND_OF: Record<string, Kind> = { Document: 'html', Stylesheet: 'css', Script: 'js' };

try {
	assertBuilt();
} catch (e) {
	console.error(`weight: ${(e as Error).message}`);
	process.exit(1);
}

/** The Chromium and flags the e2e tests use (playwright.config.ts). */
const launchOptions = (config.projects?.[0]?.use?.launchOptions ?? {}) as LaunchOptions;

const dir = tempDir('weight');
const server = await startBuiltServer({
	databasePath: join(dir, 'weight.sqlite'),
	...(process.env.WEIGHT_PORT ? { port: Number(process.env.WEIGHT_PORT) } : {}),
	env: { LOG_REQUESTS: '0' }
});
const browser = await chromium.launch({ ...launchOptions, headless: true });

interface Weight {
	kind: string;
	path: string;
	bytes: Record<Kind, number>;
	requests: number;
}

/** Body bytes as sent with brotli (node:http, which unlike fetch does not decompress). */
function compressedBodyBytes(url: string): Promise<number> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': 'br' } }, (response) => {
			let bytes = 0;
			response.on('data', (chunk: Buffer) => (bytes += chunk.length));
			response.on('end', () => resolve(bytes));
			response.on('error', reject);
		}).on('error', reject);
	});
}

/**
 * Travel mode: lets the worker install and save the glossary, lists what it keeps in Cache
 * Storage, and weighs each kept URL as the server sends it with brotli (body bytes; each is
 * fetched once, without cookies, as the worker does).
 */
async function travelModeWeight(
	origin: string
): Promise<{ data: number; code: number; files: number }> {
	const context = await browser.newContext({ javaScriptEnabled: true });
	const page = await context.newPage();
	await page.goto(`${origin}/travel`);
	// Polled from here: waitForFunction would take the predicate's promise itself as true.
	const savedBy = Date.now() + 60_000;
	while (
		!(await page.evaluate(async () => {
			const cache = await caches.open('nambuk-offline-data');
			return !!(await cache.match('/__offline/meta.json'));
		}))
	) {
		if (Date.now() > savedBy) throw new Error('travel mode did not save the glossary in 60 s');
		await page.waitForTimeout(250);
	}
	const urls: string[] = await page.evaluate(async () => {
		const all: string[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) all.push(request.url);
		}
		return all;
	});
	await context.close();
	let data = 0;
	let code = 0;
	let files = 0;
	for (const url of new Set(urls)) {
		if (url.endsWith('/__offline/meta.json')) continue;
		const bytes = await compressedBodyBytes(url);
		files++;
		if (url.endsWith('/api/v1/offline.json')) data += bytes;
		else code += bytes;
	}
	return { data, code, files };
}

try {
	const weights: Weight[] = [];
	for (const { kind, path } of PAGES) {
		const context = await browser.newContext({ javaScriptEnabled: true });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const types = new Map<string, string>();
		const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
		let requests = 0;
		cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
		cdp.on('Network.loadingFinished', (e) => {
			requests++;
			bytes[KIND_OF[types.get(e.requestId) ?? ''] ?? 'other'] += e.encodedDataLength;
		});
		const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
		if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
		weights.push({ kind, path, bytes, requests });
		await context.close();
	}

	const kb = (n: number) => formatNumber(n / 1024, 1);
	console.log(
		'Page weight, first visit, JS on, compressed bytes over the wire (KB = 1,024 bytes)\n'
	);
	console.log(
		markdownTable(
			['page', 'path', 'HTML KB', 'CSS KB', 'JS KB', 'HTML+CSS+JS KB', 'other KB', 'requests'],
			weights.map((w) => [
				w.kind,
				`\`${decodeURIComponent(w.path)}\``,
				kb(w.bytes.html),
				kb(w.bytes.css),
				kb(w.bytes.js),
				kb(w.bytes.html + w.bytes.css + w.bytes.js),
				kb(w.bytes.other),
				String(w.requests)
			]),
			[false, false, true, true, true, true, true, true]
		)
	);

	const offline = await travelModeWeight(server.url);
	console.log(
		`\ntravel mode (fetched by the service worker after the first page has loaded, not part of it):` +
			`\n  glossary ${kb(offline.data)} KB + app code, pages and static files ${kb(offline.code)} KB` +
			` = ${kb(offline.data + offline.code)} KB compressed in ${offline.files} files` +
			` (limit ${OFFLINE_LIMIT / 1024} KB): ${offline.data + offline.code <= OFFLINE_LIMIT ? 'within' : 'OVER'}`
	);
	printBenchLine({
		bench: 'page-weight',
		name: 'travel mode data + code',
		value: Math.round(((offline.data + offline.code) / 1024) * 10) / 10,
		unit: 'KB',
		ratio: Math.round(((offline.data + offline.code) / OFFLINE_LIMIT) * 100) / 100,
		of: '1 MB limit',
		target: '≤ 1,024 KB',
		ok: offline.data + offline.code <= OFFLINE_LIMIT
	});
	if (offline.data + offline.code > OFFLINE_LIMIT) process.exitCode = 1;

	const entry = weights.find((w) => w.kind === 'entry')!;
	const entryTotal = entry.bytes.html + entry.bytes.css + entry.bytes.js;
	const ok = entryTotal <= ENTRY_LIMIT;
	console.log(
		`\nentry page: ${kb(entryTotal)} KB of HTML+CSS+JS (limit ${ENTRY_LIMIT / 1024} KB): ${ok ? 'within' : 'OVER'}`
	);
	for (const w of weights) {
		const total = w.bytes.html + w.bytes.css + w.bytes.js;
		printBenchLine({
			bench: 'page-weight',
			name: `${w.kind} HTML+CSS+JS`,
			value: Math.round((total / 1024) * 10) / 10,
			unit: 'KB',
			...(w === entry
				? {
						ratio: Math.round((total / ENTRY_LIMIT) * 100) / 100,
						of: '40 KB limit',
						target: '≤ 40 KB',
						ok
					}
				: {})
		});
	}
	if (!ok) process.exitCode = 1;
} finally {
	await browser.close();
	await server.stop();
}
