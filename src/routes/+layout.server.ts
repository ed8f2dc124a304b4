import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header's account links. Pages check permissions themselves. */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { username: locals.user.username, role: locals.user.role } : null
});
