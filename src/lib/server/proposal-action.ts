/**
 * The action behind both proposal forms (/contribute and /entries/[slug]/edit): guard → form data →
 * schema → fail(400, { values, issues }) or write → redirect(303). An "add another row" button
 * returns the same values with one more blank row and writes nothing.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from './db';
import { requireUser } from './auth';
import * as submissions from './submissions';
import * as photos from './photos';
import {
	addRowRequest,
	emptyProposalValues,
	readProposalForm,
	withExtraRow,
	type ProposalValues
} from '../schemas/proposal';
import { emptyPhotoValues } from '../schemas/photo';
import { localizeHref } from '../paraglide/runtime';

export async function proposalAction(
	event: RequestEvent,
	target: { entryId: number; currentVersion: number; values: ProposalValues } | null
) {
	const user = requireUser(event);
	let fd: FormData;
	try {
		fd = await event.request.formData();
	} catch (e) {
		// Over BODY_SIZE_LIMIT (a photo far past 15 MB) the server stops reading, so nothing typed
		// can come back: the form starts again from the entry, with the reason in words.
		if ((e as { status?: number }).status !== 413) throw e;
		return fail(413, {
			values: target?.values ?? emptyProposalValues(),
			issues: { 'photo.photo': 'photo_too_large' } as Record<string, string>,
			baseVersion: target?.currentVersion ?? null,
			photo: emptyPhotoValues()
		});
	}
	const values = readProposalForm(fd);
	const posted = Number.parseInt(String(fd.get('baseVersion') ?? ''), 10);
	// The version the edit started from travels with the form, so it survives a round trip.
	const baseVersion = target
		? Number.isInteger(posted) && posted > 0
			? posted
			: target.currentVersion
		: null;
	// An optional photo rides along (photos.ts); its issues come back under `photo.` keys.
	const photoPart = photos.readPhotoPart(fd, false);
	const photo = photoPart.values;
	const add = addRowRequest(fd);
	if (add)
		return {
			values: withExtraRow(values, add),
			issues: {} as Record<string, string>,
			baseVersion,
			photo
		};
	// The honeypot: people never see the field, form-filling bots fill it. Look like success.
	if (String(fd.get('website') ?? '') !== '') redirect(303, localizeHref('/account'));
	const reviseId = Number.parseInt(String(fd.get('revise') ?? ''), 10);
	const base = target && baseVersion !== null ? { entryId: target.entryId, baseVersion } : null;
	const db = getDb();
	const photoIssues = Object.fromEntries(
		Object.entries(photoPart.issues).map(([k, v]) => [`photo.${k}`, v])
	);
	if (Object.keys(photoIssues).length)
		return fail(photos.issueStatus(photoPart.issues.photo), {
			values,
			issues: photoIssues,
			baseVersion,
			photo
		});
	// The photo is checked before the proposal is saved, so a refused photo leaves nothing behind.
	let prepared: Extract<photos.PreparedPhoto, { ok: true }> | null = null;
	if (photoPart.file && photoPart.details) {
		if (!photos.allowUpload(db, user))
			return fail(429, { values, issues: { '': 'rate_limited' }, baseVersion, photo });
		const checked = await photos.preparePhoto(
			db,
			new Uint8Array(await photoPart.file.arrayBuffer())
		);
		if (!checked.ok)
			return fail(photos.issueStatus(checked.issue), {
				values,
				issues: { 'photo.photo': checked.issue },
				baseVersion,
				photo
			});
		prepared = checked;
	}
	const result = submissions.submitProposal(
		db,
		user,
		event.getClientAddress(),
		values,
		base,
		Number.isInteger(reviseId) ? reviseId : null
	);
	if (!result.ok) {
		// A conflict: the form comes back carried onto the current version, with both changes shown;
		// sending it again keeps what it then says.
		if (result.rebased)
			return fail(result.status, {
				values: { ...result.rebased.values, summary: values.summary },
				issues: result.issues,
				baseVersion: result.rebased.baseVersion,
				photo,
				conflict: result.rebased.conflict
			});
		return fail(result.status, { values, issues: result.issues, baseVersion, photo });
	}
	if (prepared && photoPart.details) {
		await photos.storePhoto(db, prepared.processed, {
			entryId: target?.entryId ?? null,
			proposalId: result.id,
			uploader: user,
			details: photoPart.details
		});
	}
	redirect(303, `${localizeHref('/account')}?submitted=${result.id}`);
}
