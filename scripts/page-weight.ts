/**
 * Page weight: what a first visit to each kind of page downloads, compressed, in Chromium with
 * JavaScript on and an empty cache — HTML, CSS and JS separately, plus anything else the page
 * fetched (images, data). Bytes are Chromium's own count of what came over the wire
 * (Network.loadingFinished encodedDataLength: compressed body plus response headers).
 *
 *   npm run build && npm run weight
 *   WEIGHT_PORT=4522 npm run weight     (a fixed port instead of a free one in 4300–4399)
 *
 * Fails (exit 1) if the entry page's HTML + CSS + JS exceeds 40 KB (40,960 bytes).
 */
import { chromium, type LaunchOptions } from '@playwright/test';
import { join } from 'node:path';
import config from '../playwright.config';
import { assertBuilt, startBuiltServer, tempDir } from '../tests/support/built-server';
import { formatNumber, markdownTable, printBenchLine } from '../bench/report';

const ENTRY_LIMIT = 40 * 1024;

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
