import { fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as accounts from '$lib/server/accounts';
import { RoleChange } from '$lib/schemas/moderation';
import { localizeHref } from '$lib/paraglide/runtime';

export const load: PageServerLoad = (event) => {
	const admin = auth.requireRole(event, 'admin');
	return {
		users: accounts.listUsers(getDb()),
		selfId: admin.id,
		done: event.url.searchParams.get('done')
	};
};

export const actions: Actions = {
	role: async (event) => {
		const admin = auth.requireRole(event, 'admin');
		const fd = await event.request.formData();
		const parsed = v.safeParse(RoleChange, {
			userId: fd.get('userId') ?? '',
			role: fd.get('role') ?? ''
		});
		if (!parsed.success) return fail(400, { issue: 'choose_one' });
		// An admin cannot demote themselves: the site must never be left without one by accident.
		if (parsed.output.userId === admin.id) return fail(400, { issue: 'self' });
		const db = getDb();
		const changed = accounts.setRoleAudited(db, admin, parsed.output.userId, parsed.output.role);
		if (!changed) return fail(404, { issue: 'unknown' });
		redirect(303, `${localizeHref('/admin/users')}?done=role`);
	}
};
