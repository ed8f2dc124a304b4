import type { LayoutServerLoad } from './$types';
import { prefersKorean } from '$lib/language-offer';

/** Who is signed in, for the header's account links. Pages check permissions themselves. */
export const load: LayoutServerLoad = ({ locals, depends, request, setHeaders }) => {
	// Sign-up reruns only this load ('app:session') to show the new account in the header while
	// its page keeps showing the recovery codes (src/lib/forms.ts showSignupResult).
	depends('app:session');
	// An English page offers /ko to a browser asking for Korean first, so its copy differs by
	// Accept-Language: said to every cache on the way (the page cache keys it: readerVariant).
	const english = locals.locale === 'en';
	if (english) setHeaders({ vary: 'Accept-Language' });
	return {
		koreanOffer: english && prefersKorean(request.headers.get('accept-language')),
		user: locals.user ? { username: locals.user.username, role: locals.user.role } : null
	};
};
