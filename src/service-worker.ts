/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Travel mode. The worker keeps the app (its code, static files and the travel page, which is
 * also the offline shell) and, fetched in the background once the page has loaded, the glossary
 * as one compact JSON (src/lib/offline). Online, pages come from the network as before, and each
 * page any reader would get is kept for reading again offline. Offline, a kept page is served;
 * otherwise the shell, which renders entries, search results and the decoder from the saved
 * glossary. POSTs, other origins and signed-in pages are never touched (see policy.ts).
 */
import { build, files, version } from '$service-worker';
import {
	DATA_CACHE,
	MAX_SAVED_PAGES,
	OFFLINE_DATA_PATH,
	OFFLINE_FORMAT,
	OFFLINE_META_PATH,
	PAGES_SAVED_ON_INSTALL,
	SHELL_PAGES,
	isPersonalPath,
	isStorablePage,
	shellFor,
	type OfflineMeta
} from '$lib/offline/policy';

const sw = self as unknown as ServiceWorkerGlobalScope;

const APP_CACHE = `nambuk-app-${version}`;
/** Visited pages refer to this version's code, so they go with it. */
const PAGES_CACHE = `nambuk-pages-${version}`;
/** Online, the glossary is checked again (a 304 when unchanged) at most this often. */
const RECHECK_MS = 5 * 60_000;

/** The app's own files: hashed code and the static files (licence notes left out). */
const APP_FILES = [...build, ...files.filter((f) => !/\.txt$/.test(f))];
const APP_FILE_SET = new Set(APP_FILES);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(APP_CACHE);
			await cache.addAll(APP_FILES);
			// Without credentials: the shell is the page a reader who is not signed in gets.
			for (const path of [...Object.values(SHELL_PAGES), ...PAGES_SAVED_ON_INSTALL]) {
				const response = await fetch(path, { credentials: 'omit' });
				if (!response.ok) throw new Error(`${path} answered ${response.status}`);
				await cache.put(path, response);
			}
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== APP_CACHE && key !== PAGES_CACHE && key !== DATA_CACHE) {
					await caches.delete(key);
				}
			}
			await sw.clients.claim();
			await refreshGlossary().catch(() => undefined);
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type !== 'offline-refresh') return;
	event.waitUntil(
		refreshGlossary().catch(async () => {
			// Offline or the server failed: say what is still saved.
			await broadcast(await readMeta());
		})
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (APP_FILE_SET.has(url.pathname)) {
		event.respondWith(fromCacheFirst(request));
		return;
	}
	if (request.mode === 'navigate') event.respondWith(page(request, url, event));
});

async function fromCacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(APP_CACHE);
	return (await cache.match(request)) ?? fetch(request);
}

/** Network first; offline, the kept copy of the page or the shell. */
async function page(request: Request, url: URL, event: FetchEvent): Promise<Response> {
	const personal = isPersonalPath(url.pathname);
	try {
		const response = await fetch(request);
		if (
			isStorablePage(
				url.pathname,
				response.status,
				response.headers.get('content-type'),
				response.headers.get('cache-control')
			)
		) {
			event.waitUntil(keepPage(request, response.clone()));
		}
		event.waitUntil(recheckGlossary());
		return response;
	} catch (e) {
		const kept = personal ? undefined : await (await caches.open(PAGES_CACHE)).match(request);
		if (kept) return kept;
		const app = await caches.open(APP_CACHE);
		const saved = url.search ? undefined : await app.match(url.pathname);
		if (saved && !personal) return saved;
		const shell = await app.match(shellFor(url.pathname));
		if (shell) return shell;
		throw e;
	}
}

async function keepPage(request: Request, response: Response): Promise<void> {
	const cache = await caches.open(PAGES_CACHE);
	await cache.put(request, response);
	const keys = await cache.keys();
	for (const old of keys.slice(0, Math.max(0, keys.length - MAX_SAVED_PAGES))) {
		await cache.delete(old);
	}
}

async function readMeta(): Promise<OfflineMeta | null> {
	const response = await (await caches.open(DATA_CACHE)).match(OFFLINE_META_PATH);
	return response ? ((await response.json()) as OfflineMeta) : null;
}

async function recheckGlossary(): Promise<void> {
	const meta = await readMeta();
	if (meta && Date.now() - meta.checked < RECHECK_MS) return;
	await refreshGlossary().catch(() => undefined);
}

let refreshing: Promise<OfflineMeta> | null = null;

/** Asks for the glossary with the saved ETag; keeps a new copy when it changed. */
function refreshGlossary(): Promise<OfflineMeta> {
	refreshing ??= (async () => {
		const cache = await caches.open(DATA_CACHE);
		const saved = await readMeta();
		const held = saved && (await cache.match(OFFLINE_DATA_PATH)) ? saved : null;
		const response = await fetch(OFFLINE_DATA_PATH, {
			credentials: 'omit',
			cache: 'no-store',
			headers: held?.etag ? { 'If-None-Match': held.etag } : {}
		});
		let meta: OfflineMeta;
		if (response.status === 304 && held) {
			meta = { ...held, checked: Date.now() };
		} else if (response.ok) {
			const text = await response.text();
			const data = JSON.parse(text) as {
				format?: number;
				version: string;
				updated: string;
				count: number;
			};
			if (data.format !== OFFLINE_FORMAT) throw new Error('unknown offline data format');
			await cache.put(
				OFFLINE_DATA_PATH,
				new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
			);
			meta = {
				version: data.version,
				updated: data.updated,
				count: data.count,
				etag: response.headers.get('etag'),
				checked: Date.now()
			};
		} else {
			throw new Error(`offline data answered ${response.status}`);
		}
		await cache.put(OFFLINE_META_PATH, Response.json(meta));
		await broadcast(meta);
		return meta;
	})().finally(() => {
		refreshing = null;
	});
	return refreshing;
}

async function broadcast(meta: OfflineMeta | null): Promise<void> {
	for (const client of await sw.clients.matchAll({ type: 'window' })) {
		client.postMessage({ type: 'offline-status', meta });
	}
}
