import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as photos from '$lib/server/photos';
import { canDecodeHeic } from '$lib/server/photo-pipeline';
import { photoFormValues } from '$lib/schemas/photo';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = (event) => {
	const user = auth.requireUser(event);
	const db = getDb();
	const target = photos.photoTarget(db, event.params.slug);
	if (!target) error(404, 'Not found');
	return {
		target,
		heic: canDecodeHeic(),
		mine: photos.photosByUploader(db, user.id, target.id),
		submitted: event.url.searchParams.has('submitted')
	};
};

export const actions: Actions = {
	default: async (event) => {
		const user = auth.requireUser(event);
		const db = getDb();
		const target = photos.photoTarget(db, event.params.slug);
		if (!target) error(404, 'Not found');
		let fd: FormData;
		try {
			fd = await event.request.formData();
		} catch (e) {
			// Over BODY_SIZE_LIMIT the server stops reading: say so in words, not with a bare 413 page.
			if ((e as { status?: number }).status === 413)
				return fail(413, {
					values: photoFormValues(new FormData()),
					issues: { photo: 'photo_too_large' }
				});
			throw e;
		}
		const part = photos.readPhotoPart(fd, true);
		const { values } = part;
		if (!part.file || !part.details || Object.keys(part.issues).length) {
			return fail(photos.issueStatus(part.issues.photo), { values, issues: part.issues });
		}
		if (!photos.allowUpload(db, user)) return fail(429, { values, issues: { '': 'rate_limited' } });

		const result = await photos.submitPhoto(db, {
			bytes: new Uint8Array(await part.file.arrayBuffer()),
			entryId: target.id,
			uploader: user,
			details: part.details
		});
		if (!result.ok)
			return fail(photos.issueStatus(result.issue), { values, issues: { photo: result.issue } });
		redirect(303, `${localizeHref(`/entries/${target.slug}/photo`)}?submitted=${result.id}`);
	}
};
