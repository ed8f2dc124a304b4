import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import { issuesOf, SignupSchema } from '$lib/schemas/account';
import { issueRecoveryCodes } from '$lib/server/recovery-codes';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals, url, request }) => {
	// A signed-in reader is sent on, except on the sign-up's own answer (a POST without JS), which
	// shows the new account's recovery codes.
	if (locals.user && request.method !== 'POST') redirect(303, localizeHref('/account'));
	return { redirectTo: auth.safeRedirectTarget(url.searchParams.get('redirectTo'), '') };
};

export const actions: Actions = {
	default: async (event) => {
		const fd = await event.request.formData();
		const username = String(fd.get('username') ?? '');
		const redirectTo = auth.safeRedirectTarget(String(fd.get('redirectTo') ?? ''), '');
		const values = { username, redirectTo };
		const parsed = v.safeParse(SignupSchema, {
			username,
			password: fd.get('password') ?? '',
			confirm: fd.get('confirm') ?? ''
		});
		if (!parsed.success) return fail(400, { values, issues: issuesOf(parsed.issues) });
		const db = getDb();
		const result = await auth.attemptSignup(
			db,
			parsed.output.username,
			parsed.output.password,
			event.getClientAddress()
		);
		if (!result.ok) {
			const field = result.code === 'signup_limited' ? '' : 'username';
			return fail(result.code === 'signup_limited' ? 429 : 400, {
				values,
				issues: { [field]: result.code }
			});
		}
		auth.startSession(db, event, result.user.id);
		// The header of the answer shows the new account (without JS the layout renders from it).
		event.locals.user = result.user;
		// The page after sign-up shows the recovery codes, once: no cache may keep it.
		event.setHeaders({ 'cache-control': 'private, no-store' });
		const codes = await issueRecoveryCodes(db, result.user.id);
		return { codes, next: redirectTo || localizeHref('/account') };
	}
};
