import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as submissions from '$lib/server/submissions';
import { proposalAction } from '$lib/server/proposal-action';
import { canDecodeHeic } from '$lib/server/photo-pipeline';

export const load: PageServerLoad = (event) => {
	const user = auth.requireUser(event);
	const db = getDb();
	const current = submissions.editFormFor(db, event.params.slug);
	if (!current) error(404, 'Not found');
	const reviseId = Number.parseInt(event.url.searchParams.get('revise') ?? '', 10);
	const revising = Number.isInteger(reviseId)
		? submissions.reviseFormFor(db, user.id, reviseId, current.entryId)
		: null;
	const base = {
		slug: event.params.slug,
		english: current.english,
		entryId: current.entryId,
		heic: canDecodeHeic()
	};
	if (revising) {
		return {
			...base,
			values: revising.values,
			baseVersion: revising.baseVersion,
			reviseId: reviseId,
			message: revising.message,
			conflict: revising.conflict
		};
	}
	return {
		...base,
		values: current.values,
		baseVersion: current.version,
		reviseId: null,
		message: null,
		conflict: null
	};
};

export const actions: Actions = {
	default: (event) => {
		const current = submissions.editFormFor(getDb(), event.params.slug);
		if (!current) error(404, 'Not found');
		return proposalAction(event, {
			entryId: current.entryId,
			currentVersion: current.version,
			values: current.values
		});
	}
};
