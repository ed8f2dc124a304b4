import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import { AUDIT_ACTIONS, listAudit } from '$lib/server/audit';
import { isOneOf } from '$lib/vocabulary';
import { parsePage } from '$lib/server/list-params';

const PAGE_SIZE = 50;

export const load: PageServerLoad = (event) => {
	auth.requireRole(event, 'admin');
	const params = event.url.searchParams;
	const user = (params.get('user') ?? '').trim().slice(0, 100);
	const rawAction = params.get('action') ?? '';
	const action = isOneOf(AUDIT_ACTIONS, rawAction) ? rawAction : undefined;
	const unknownAction = rawAction !== '' && !action ? rawAction.slice(0, 100) : null;
	const filters = { user, action: action ?? '' };
	if (unknownAction) {
		const nothing = { log: [], page: 1, pages: 1, total: 0, from: 0 };
		return { ...filters, unknownAction, actions: AUDIT_ACTIONS, ...nothing };
	}

	const db = getDb();
	const filter = { actor: user || undefined, action };
	const total = listAudit(db, filter, 0).total;
	const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
	// As on the browse page: a page number that is not one shows the first page, one past the
	// end the last.
	const page = Math.min(parsePage(params), pages);
	const { rows } = listAudit(db, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE);
	const from = (page - 1) * PAGE_SIZE + 1;
	return { ...filters, unknownAction, actions: AUDIT_ACTIONS, log: rows, page, pages, total, from };
};
