import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as accounts from '$lib/server/accounts';
import * as submissions from '$lib/server/submissions';
import { issuesOf, passwordIsUsername, PasswordChangeSchema } from '$lib/schemas/account';
import { localizeHref } from '$lib/paraglide/runtime';
import { issueRecoveryCodes, unusedRecoveryCodes } from '$lib/server/recovery-codes';

export const load: PageServerLoad = (event) => {
	const user = auth.requireUser(event);
	const submitted = Number(event.url.searchParams.get('submitted')) || null;
	return {
		account: user,
		proposals: submissions.userProposals(getDb(), user.id),
		/** Proposals answered since the last visit (announced once, then marked seen). */
		newAnswers: submissions.takeNewAnswers(getDb(), user.id),
		submitted,
		passwordChanged: event.url.searchParams.has('password-changed'),
		/** Codes left after a recovery (?recovered=N), to say how many remain. */
		recovered: event.url.searchParams.has('recovered')
			? Number(event.url.searchParams.get('recovered')) || 0
			: null,
		unusedCodes: unusedRecoveryCodes(getDb(), user.id)
	};
};

export const actions: Actions = {
	password: async (event) => {
		const user = auth.requireUser(event);
		const fd = await event.request.formData();
		const parsed = v.safeParse(PasswordChangeSchema, {
			current: fd.get('current') ?? '',
			password: fd.get('password') ?? '',
			confirm: fd.get('confirm') ?? ''
		});
		if (!parsed.success) return fail(400, { issues: issuesOf(parsed.issues) });
		if (passwordIsUsername(parsed.output.password, user.username))
			return fail(400, { issues: { password: 'password_username' } });
		const db = getDb();
		// The current password is checked through the login limits, so this form cannot be used to
		// guess it faster than the login page.
		const check = await auth.attemptLogin(
			db,
			user.username,
			parsed.output.current,
			event.getClientAddress()
		);
		if (!check.ok || check.user.id !== user.id)
			return fail(400, { issues: { current: 'password_wrong' } });
		await accounts.changePassword(db, user.id, parsed.output.password);
		// Every other login of this account ends; this browser gets a fresh session.
		auth.invalidateUserSessions(db, user.id);
		auth.startSession(db, event, user.id);
		redirect(303, `${localizeHref('/account')}?password-changed`);
	},
	/**
	 * New recovery codes replace the old ones. Asks for the password, as a password change does:
	 * a session left open on a shared computer must not be enough to take the account over.
	 */
	codes: async (event) => {
		const user = auth.requireUser(event);
		const fd = await event.request.formData();
		const current = String(fd.get('current') ?? '');
		if (!current) return fail(400, { codeIssues: { codesCurrent: 'required' } });
		const db = getDb();
		const check = await auth.attemptLogin(db, user.username, current, event.getClientAddress());
		if (!check.ok || check.user.id !== user.id)
			return fail(400, { codeIssues: { codesCurrent: 'password_wrong' } });
		return { codes: await issueRecoveryCodes(db, user.id) };
	}
};
