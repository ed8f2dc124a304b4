import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';

/** Liveness and readiness: answers 200 only when the database answers a query. */
export const GET: RequestHandler = () => {
	try {
		getDb().$client.prepare('SELECT 1').get();
		return json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json({ status: 'error', error: 'database unavailable' }, { status: 503 });
	}
};
