import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import { recoverAccount } from '$lib/server/recovery-codes';
import { retryMinutes } from '$lib/server/rate-limit';
import { issuesOf, RecoverySchema } from '$lib/schemas/account';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, localizeHref('/account'));
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const fd = await event.request.formData();
		const username = String(fd.get('username') ?? '');
		const values = { username };
		const parsed = v.safeParse(RecoverySchema, {
			username,
			code: fd.get('code') ?? '',
			password: fd.get('password') ?? '',
			confirm: fd.get('confirm') ?? ''
		});
		if (!parsed.success) return fail(400, { values, issues: issuesOf(parsed.issues), minutes: 0 });
		const db = getDb();
		const result = await recoverAccount(
			db,
			parsed.output.username,
			parsed.output.code,
			parsed.output.password,
			event.getClientAddress()
		);
		if (!result.ok) {
			const locked = result.code === 'login_locked';
			return fail(locked ? 429 : 400, {
				values,
				issues: { '': result.code },
				minutes: locked ? retryMinutes(result.retryAfterMs) : 0
			});
		}
		// Every session of the account has ended; this browser starts a new one.
		auth.startSession(db, event, result.userId);
		redirect(303, `${localizeHref('/account')}?recovered=${result.left}`);
	}
};
