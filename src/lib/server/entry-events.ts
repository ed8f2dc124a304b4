/**
 * "Entries changed" notifications: approvals and reverts call notifyEntriesChanged() after their
 * transaction commits; whatever caches entries (the search index) subscribes. Keeps the writers
 * from importing every cache.
 */
import { writeLog } from './log';

type Listener = () => void;

const listeners = new Set<Listener>();

export function onEntriesChanged(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

export function notifyEntriesChanged(): void {
	for (const listener of listeners) {
		try {
			listener();
		} catch (e) {
			// A failing cache must not turn a committed approval into an error page.
			writeLog('error', { msg: 'entries-changed listener failed', error: String(e) });
		}
	}
}
