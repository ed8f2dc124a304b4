import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header's account links. Pages check permissions themselves. */
export const load: LayoutServerLoad = ({ locals, depends }) => {
	// Sign-up reruns only this load ('app:session') to show the new account in the header while
	// its page keeps showing the recovery codes (src/lib/forms.ts showSignupResult).
	depends('app:session');
	return {
		user: locals.user ? { username: locals.user.username, role: locals.user.role } : null
	};
};
