import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import { listAudit } from '$lib/server/audit';

export const load: PageServerLoad = (event) => {
	auth.requireRole(event, 'admin');
	return { log: listAudit(getDb()) };
};
