/**
 * A form action posted with XMLHttpRequest instead of fetch, because only XHR reports upload
 * progress (a 15 MB photo on a slow line takes a while). Sends what SvelteKit's use:enhance sends
 * (the same headers, the FormData as multipart) and returns the same ActionResult, or null when
 * no answer came.
 */
import { deserialize } from '$app/forms';
import type { ActionResult } from '@sveltejs/kit';

export function postActionWithProgress(
	action: URL,
	body: FormData,
	onProgress: (fraction: number | null) => void
): Promise<ActionResult | null> {
	return new Promise((resolve) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', action);
		xhr.setRequestHeader('accept', 'application/json');
		xhr.setRequestHeader('x-sveltekit-action', 'true');
		xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
		xhr.onload = () => {
			try {
				resolve(deserialize(xhr.responseText));
			} catch {
				resolve({ type: 'error', status: xhr.status || 500, error: new Error('unreadable') });
			}
		};
		// No answer at all (offline, connection cut): null, so the form stays as typed.
		xhr.onerror = () => resolve(null);
		xhr.send(body);
	});
}
