/**
 * The page's side of travel mode: reads what the service worker saved (Cache Storage is shared
 * by the worker and its pages) and asks it to check for a newer copy. Browser only; every
 * function answers null or does nothing where service workers or caches do not exist.
 */
import { asOfflineGlossary, type OfflineGlossary } from './glossary';
import { DATA_CACHE, OFFLINE_DATA_PATH, OFFLINE_META_PATH, type OfflineMeta } from './policy';

export function travelModeSupported(): boolean {
	return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && 'caches' in globalThis;
}

async function saved(path: string): Promise<Response | undefined> {
	if (!travelModeSupported()) return undefined;
	const cache = await caches.open(DATA_CACHE);
	return cache.match(path);
}

/** The summary of the saved glossary, or null when nothing is saved yet. */
export async function readSavedMeta(): Promise<OfflineMeta | null> {
	const response = await saved(OFFLINE_META_PATH);
	return response ? ((await response.json()) as OfflineMeta) : null;
}

/** The saved glossary itself, or null. */
export async function readSavedGlossary(): Promise<OfflineGlossary | null> {
	const response = await saved(OFFLINE_DATA_PATH);
	return response ? asOfflineGlossary(await response.json()) : null;
}

/** Asks the active worker to check the server for a newer glossary (a 304 when unchanged). */
export async function requestRefresh(): Promise<void> {
	if (!travelModeSupported()) return;
	const registration = await navigator.serviceWorker.ready;
	registration.active?.postMessage({ type: 'offline-refresh' });
}

/** Calls back with each summary the worker sends (after a check); returns the unsubscribe. */
export function onSavedMeta(callback: (meta: OfflineMeta | null) => void): () => void {
	if (!travelModeSupported()) return () => undefined;
	const listener = (event: MessageEvent) => {
		const data = event.data as { type?: string; meta?: OfflineMeta | null } | null;
		if (data?.type === 'offline-status') callback(data.meta ?? null);
	};
	navigator.serviceWorker.addEventListener('message', listener);
	return () => navigator.serviceWorker.removeEventListener('message', listener);
}
