import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as submissions from '$lib/server/submissions';

export const load: PageServerLoad = (event) => {
	auth.requireRole(event, 'moderator');
	return {
		queue: submissions.pendingQueue(getDb()),
		done: event.url.searchParams.get('done')
	};
};
