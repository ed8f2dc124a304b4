import { onEntriesChanged } from './entry-events';
import { invalidatePageCache } from './http/page-cache';
import { invalidateSearchIndex } from './search';
import { invalidateDecodeGlossary } from './decode';

let subscribed = false;

/**
 * Connects the caches of what readers see to the "entries changed" notification that approvals,
 * reverts, reviewed marks and photo decisions send after their transaction commits: the rendered
 * page cache, the search index and the decoder's glossary are dropped, so the very next request sees the change. A render
 * that began before the change is not stored (see page-cache.ts).
 */
export function subscribeCachesToContentChanges(): void {
	if (subscribed) return;
	subscribed = true;
	onEntriesChanged(invalidatePageCache);
	onEntriesChanged(invalidateSearchIndex);
	onEntriesChanged(invalidateDecodeGlossary);
}
