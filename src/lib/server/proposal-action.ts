/**
 * The action behind both proposal forms (/contribute and /entries/[slug]/edit): guard → form data →
 * schema → fail(400, { values, issues }) or write → redirect(303). An "add another row" button
 * returns the same values with one more blank row and writes nothing.
 */
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { getDb } from './db';
import { requireUser } from './auth';
import * as submissions from './submissions';
import { addRowRequest, readProposalForm, withExtraRow } from '../schemas/proposal';
import { localizeHref } from '../paraglide/runtime';

export async function proposalAction(
	event: RequestEvent,
	target: { entryId: number; currentVersion: number } | null
) {
	const user = requireUser(event);
	const fd = await event.request.formData();
	const values = readProposalForm(fd);
	const posted = Number.parseInt(String(fd.get('baseVersion') ?? ''), 10);
	// The version the edit started from travels with the form, so it survives a round trip.
	const baseVersion = target ? (Number.isInteger(posted) && posted > 0 ? posted : target.currentVersion) : null;
	const add = addRowRequest(fd);
	if (add) return { values: withExtraRow(values, add), issues: {} as Record<string, string>, baseVersion };
	// The honeypot: people never see the field, form-filling bots fill it. Look like success.
	if (String(fd.get('website') ?? '') !== '') redirect(303, localizeHref('/account'));
	const reviseId = Number.parseInt(String(fd.get('revise') ?? ''), 10);
	const base = target && baseVersion !== null ? { entryId: target.entryId, baseVersion } : null;
	const result = submissions.submitProposal(
		getDb(),
		user,
		event.getClientAddress(),
		values,
		base,
		Number.isInteger(reviseId) ? reviseId : null
	);
	if (!result.ok) return fail(result.status, { values, issues: result.issues, baseVersion });
	redirect(303, `${localizeHref('/account')}?submitted=${result.id}`);
}
