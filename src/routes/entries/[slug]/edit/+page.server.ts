import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as submissions from '$lib/server/submissions';
import { proposalAction } from '$lib/server/proposal-action';
import { valuesFromPayload } from '$lib/schemas/proposal';
import { canDecodeHeic } from '$lib/server/photo-pipeline';

export const load: PageServerLoad = (event) => {
	const user = auth.requireUser(event);
	const db = getDb();
	const current = submissions.editFormFor(db, event.params.slug);
	if (!current) error(404, 'Not found');
	const reviseId = Number.parseInt(event.url.searchParams.get('revise') ?? '', 10);
	const revising = Number.isInteger(reviseId)
		? submissions.getOwnProposal(db, user.id, reviseId)
		: null;
	const base = {
		slug: event.params.slug,
		english: current.english,
		entryId: current.entryId,
		// A revision starts from the entry as it is now, so it is based on the current version.
		baseVersion: current.version,
		heic: canDecodeHeic()
	};
	if (revising && revising.state === 'changes-requested' && revising.entryId === current.entryId) {
		return {
			...base,
			values: valuesFromPayload(revising.payload),
			reviseId: revising.id,
			message: revising.message
		};
	}
	return { ...base, values: current.values, reviseId: null, message: null };
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
