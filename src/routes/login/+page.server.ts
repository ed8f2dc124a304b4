import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import { retryMinutes } from '$lib/server/rate-limit';
import { issuesOf, LoginSchema } from '$lib/schemas/account';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = ({ locals, url }) => {
	const redirectTo = auth.safeRedirectTarget(url.searchParams.get('redirectTo'), '');
	if (locals.user) redirect(303, redirectTo || localizeHref('/account'));
	return { redirectTo };
};

export const actions: Actions = {
	default: async (event) => {
		const fd = await event.request.formData();
		const username = String(fd.get('username') ?? '');
		const redirectTo = auth.safeRedirectTarget(String(fd.get('redirectTo') ?? ''), '');
		const values = { username, redirectTo };
		const parsed = v.safeParse(LoginSchema, { username, password: fd.get('password') ?? '' });
		if (!parsed.success) return fail(400, { values, issues: issuesOf(parsed.issues), minutes: 0 });
		const db = getDb();
		const result = await auth.attemptLogin(db, parsed.output.username, parsed.output.password, {
			ip: event.getClientAddress(),
			device: event.cookies.get(auth.DEVICE_COOKIE)
		});
		if (!result.ok) {
			const locked = result.code === 'login_locked';
			return fail(locked ? 429 : 400, {
				values,
				issues: { '': result.code },
				minutes: locked ? retryMinutes(result.retryAfterMs) : 0
			});
		}
		auth.startSession(db, event, result.user.id);
		auth.rememberDevice(db, event, result.user.id);
		redirect(303, redirectTo || localizeHref('/'));
	}
};
