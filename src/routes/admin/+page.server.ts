import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import * as auth from '$lib/server/auth';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = (event) => {
	auth.requireRole(event, 'admin');
	redirect(307, localizeHref('/admin/users'));
};
