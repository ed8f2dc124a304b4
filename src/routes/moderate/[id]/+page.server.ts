import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as submissions from '$lib/server/submissions';
import * as photos from '$lib/server/photos';
import { ModeratorMessage } from '$lib/schemas/moderation';
import { localizeHref } from '$lib/paraglide/runtime';
import { openFields, SETTLE_FIELDS } from '$lib/schemas/proposal';

function proposalId(param: string): number {
	const id = Number.parseInt(param, 10);
	if (!Number.isInteger(id) || id <= 0 || String(id) !== param) error(404, 'Not found');
	return id;
}

export const load: PageServerLoad = (event) => {
	const moderator = auth.requireRole(event, 'moderator');
	const review = submissions.getProposalReview(getDb(), proposalId(event.params.id));
	if (!review) error(404, 'Not found');
	return {
		review,
		/** What the contributor left for the moderator to fill in before approving. */
		open: openFields(review.payload),
		photos: photos.photosOfProposal(getDb(), review.id),
		viewerId: moderator.id,
		selfApproval: submissions.selfApprovalAllowed()
	};
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

const APPROVE_REFUSAL = {
	conflict: 'conflict',
	changed: 'mod_proposal_changed',
	'own-proposal': 'mod_own_proposal',
	'not-found': 'proposal_closed',
	'not-pending': 'proposal_closed'
} as const;

export const actions: Actions = {
	approve: async (event) => {
		const moderator = auth.requireRole(event, 'moderator');
		const id = proposalId(event.params.id);
		const fd = await event.request.formData();
		// What the moderator read; a form without it has read nothing and is refused as changed.
		const seen = String(fd.get('revision') ?? '');
		const settlement = Object.fromEntries(
			SETTLE_FIELDS.map((field) => [field, String(fd.get(`settle.${field}`) ?? '')])
		);
		const result = submissions.approveProposal(getDb(), moderator, id, seen, settlement);
		if (!result.ok && result.reason === 'unsettled')
			return fail(400, {
				action: 'approve' as const,
				values: { message: '', settle: settlement },
				issues: result.issues
			});
		if (!result.ok) {
			return fail(result.reason === 'own-proposal' ? 403 : 409, {
				action: 'approve' as const,
				values: { message: '' },
				issues: { '': APPROVE_REFUSAL[result.reason] }
			});
		}
		redirect(303, `${localizeHref('/moderate')}?done=approved`);
	},
	changes: (event) => close(event, 'changes'),
	reject: (event) => close(event, 'reject')
};
