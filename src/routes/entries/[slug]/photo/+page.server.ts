import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as photos from '$lib/server/photos';
import { MAX_UPLOAD_BYTES, canDecodeHeic } from '$lib/server/photo-pipeline';
import { issuesOf } from '$lib/schemas/account';
import { PhotoDetailsSchema, photoFormValues, type PhotoIssue } from '$lib/schemas/photo';
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

const STATUS: Partial<Record<PhotoIssue, number>> = {
	photo_too_large: 413,
	photo_not_an_image: 415,
	photo_heic_unsupported: 415
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
				return fail(413, { values: photoFormValues(new FormData()), issues: { photo: 'photo_too_large' } });
			throw e;
		}
		const values = photoFormValues(fd);
		const parsed = v.safeParse(PhotoDetailsSchema, values);
		const issues: Record<string, string> = parsed.success ? {} : issuesOf(parsed.issues);
		const file = fd.get('photo');
		// No file chosen: browsers send an empty part with an empty name.
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) issues.photo = 'photo_required';
		else if (file.size > MAX_UPLOAD_BYTES) issues.photo = 'photo_too_large';
		if (!parsed.success || issues.photo || !(file instanceof File)) {
			return fail(STATUS[issues.photo as PhotoIssue] ?? 400, { values, issues });
		}
		if (!photos.allowUpload(db, user)) return fail(429, { values, issues: { '': 'rate_limited' } });

		const result = await photos.submitPhoto(db, {
			bytes: new Uint8Array(await file.arrayBuffer()),
			entryId: target.id,
			uploader: user,
			details: parsed.output
		});
		if (!result.ok) return fail(STATUS[result.issue] ?? 400, { values, issues: { photo: result.issue } });
		redirect(303, `${localizeHref(`/entries/${target.slug}/photo`)}?submitted=${result.id}`);
	}
};
