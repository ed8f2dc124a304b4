import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { exportPairsCsv } from '$lib/server/export';

export const GET: RequestHandler = () =>
	new Response(exportPairsCsv(getDb()), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8; header=present',
			'Content-Disposition': 'attachment; filename="nambuk-menu-pairs.csv"',
			'Cache-Control': 'public, max-age=300'
		}
	});
