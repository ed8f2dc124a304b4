import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as photos from '$lib/server/photos';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = (event) => {
	auth.requireRole(event, 'moderator');
	const done = event.url.searchParams.get('done');
	// Only a known word reaches the page (a raw value such as "__proto__" indexed an object there).
	return {
		...photos.photosForReview(getDb()),
		done: DONE_WORDS.find((word) => word === done) ?? null
	};
};

const DONE = { approve: 'approved', reject: 'rejected', remove: 'removed' } as const;
const DONE_WORDS = Object.values(DONE);

async function decide(event: RequestEvent, decision: photos.PhotoDecision) {
	const moderator = auth.requireRole(event, 'moderator');
	const fd = await event.request.formData();
	const id = Number.parseInt(String(fd.get('id') ?? ''), 10);
	if (!Number.isInteger(id) || id <= 0)
		return fail(400, { id: null, code: 'photo_not_found' as const });
	const result = await photos.reviewPhoto(getDb(), id, moderator, decision);
	if (!result.ok)
		return fail(result.code === 'photo_not_found' ? 404 : 409, { id, code: result.code });
	redirect(303, `${localizeHref('/moderate/photos')}?done=${DONE[decision]}`);
}

export const actions: Actions = {
	approve: (event) => decide(event, 'approve'),
	reject: (event) => decide(event, 'reject'),
	remove: (event) => decide(event, 'remove')
};
