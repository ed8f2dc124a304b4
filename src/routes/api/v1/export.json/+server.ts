import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { exportJson } from '$lib/server/export';

export const GET: RequestHandler = ({ url }) =>
	json(exportJson(getDb(), url.origin), {
		headers: {
			'Content-Disposition': 'inline; filename="nambuk-menu.json"',
			'Cache-Control': 'public, max-age=300'
		}
	});
