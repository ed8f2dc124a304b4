import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as submissions from '$lib/server/submissions';
import * as photos from '$lib/server/photos';
import { ModeratorMessage } from '$lib/schemas/moderation';
import { localizeHref } from '$lib/paraglide/runtime';

function proposalId(param: string): number {
	const id = Number.parseInt(param, 10);
	if (!Number.isInteger(id) || id <= 0 || String(id) !== param) error(404, 'Not found');
	return id;
}

export const load: PageServerLoad = (event) => {
	auth.requireRole(event, 'moderator');
	const review = submissions.getProposalReview(getDb(), proposalId(event.params.id));
	if (!review) error(404, 'Not found');
	return { review, photos: photos.photosOfProposal(getDb(), review.id) };
};

/** Request changes and reject share a shape: a message, then close the proposal. */
async function close(event: Parameters<Actions[string]>[0], kind: 'changes' | 'reject') {
	const moderator = auth.requireRole(event, 'moderator');
	const id = proposalId(event.params.id ?? '');
	const fd = await event.request.formData();
	const raw = String(fd.get('message') ?? '');
	const parsed = v.safeParse(ModeratorMessage, raw);
	if (!parsed.success)
		return fail(400, {
			action: kind,
			values: { message: raw },
			issues: { message: parsed.issues[0].message }
		});
	const db = getDb();
	const result =
		kind === 'changes'
			? submissions.requestChanges(db, moderator, id, parsed.output)
			: submissions.rejectProposal(db, moderator, id, parsed.output);
	if (!result.ok)
		return fail(409, { action: kind, values: { message: raw }, issues: { '': 'proposal_closed' } });
	if (kind === 'reject') await photos.rejectPhotosOfProposal(db, moderator, id);
	redirect(
		303,
		`${localizeHref('/moderate')}?done=${kind === 'changes' ? 'changes-requested' : 'rejected'}`
	);
}

export const actions: Actions = {
	approve: (event) => {
		const moderator = auth.requireRole(event, 'moderator');
		const id = proposalId(event.params.id);
		const result = submissions.approveProposal(getDb(), moderator, id);
		if (!result.ok) {
			return fail(409, {
				action: 'approve' as const,
				values: { message: '' },
				issues: { '': result.reason === 'conflict' ? 'conflict' : 'proposal_closed' }
			});
		}
		redirect(303, `${localizeHref('/moderate')}?done=approved`);
	},
	changes: (event) => close(event, 'changes'),
	reject: (event) => close(event, 'reject')
};
