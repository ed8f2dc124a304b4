import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import { localizeHref } from '$lib/paraglide/runtime';

export const actions: Actions = {
	default: ({ cookies }) => {
		const token = cookies.get(auth.SESSION_COOKIE);
		if (token) auth.invalidateSession(getDb(), token);
		auth.clearSessionCookie(cookies);
		redirect(303, localizeHref('/'));
	}
};
