import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as submissions from '$lib/server/submissions';
import { proposalAction } from '$lib/server/proposal-action';
import { prefilledProposalValues, valuesFromPayload } from '$lib/schemas/proposal';
import { canDecodeHeic } from '$lib/server/photo-pipeline';

export const load: PageServerLoad = (event) => {
	const user = auth.requireUser(event);
	const reviseId = Number.parseInt(event.url.searchParams.get('revise') ?? '', 10);
	const revising = Number.isInteger(reviseId)
		? submissions.getOwnProposal(getDb(), user.id, reviseId)
		: null;
	if (revising && revising.state === 'changes-requested' && revising.entryId === null) {
		return {
			values: valuesFromPayload(revising.payload),
			reviseId: revising.id,
			message: revising.message,
			heic: canDecodeHeic()
		};
	}
	return {
		values: prefilledProposalValues(event.url.searchParams),
		reviseId: null,
		message: null,
		heic: canDecodeHeic()
	};
};

export const actions: Actions = {
	default: (event) => proposalAction(event, null)
};
