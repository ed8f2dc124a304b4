import { error, fail, redirect } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import * as auth from '$lib/server/auth';
import * as revisions from '$lib/server/revisions';
import { hasRole } from '$lib/server/accounts';
import { Version } from '$lib/schemas/moderation';
import { localizeHref } from '$lib/paraglide/runtime';

function versionParam(value: string | null): number | null {
	const parsed = v.safeParse(Version, value ?? '');
	return parsed.success ? parsed.output : null;
}

export const load: PageServerLoad = ({ params, url, locals }) => {
	const db = getDb();
	const found = revisions.entryIdBySlug(db, params.slug);
	if (!found) error(404, 'Not found');
	const list = revisions.listRevisions(db, found.id);
	const from = versionParam(url.searchParams.get('from'));
	const to = versionParam(url.searchParams.get('to'));
	const comparison =
		from !== null && to !== null
			? { from, to, changes: revisions.compareVersions(db, found.id, from, to) }
			: null;
	const current = revisions.revisionSnapshot(db, found.id, found.version);
	return {
		slug: params.slug,
		english: current?.english ?? params.slug,
		headwords: {
			south: current?.names.find((n) => n.side !== 'north')?.hangul ?? '',
			north: current?.names.find((n) => n.side !== 'south')?.hangul ?? ''
		},
		version: found.version,
		revisions: list,
		comparison,
		canModerate: !!locals.user && hasRole(locals.user.role, 'moderator'),
		unreviewed: revisions.unreviewedCount(db, found.id),
		done: url.searchParams.get('done')
	};
};

const REVERT_STATUS = { conflict: 409, 'not-found': 404, 'no-change': 400 } as const;

export const actions: Actions = {
	revert: async (event) => {
		const moderator = auth.requireRole(event, 'moderator');
		const db = getDb();
		const found = revisions.entryIdBySlug(db, event.params.slug);
		if (!found) error(404, 'Not found');
		const fd = await event.request.formData();
		const to = versionParam(String(fd.get('version') ?? ''));
		const expected = versionParam(String(fd.get('expectedVersion') ?? ''));
		if (to === null || expected === null) return fail(400, { issue: 'invalid' });
		const result = revisions.revertEntry(db, moderator, found.id, to, expected);
		if (!result.ok) return fail(REVERT_STATUS[result.reason], { issue: result.reason });
		redirect(303, `${localizeHref(`/entries/${event.params.slug}/history`)}?done=reverted`);
	},
	review: (event) => {
		const moderator = auth.requireRole(event, 'moderator');
		const db = getDb();
		const found = revisions.entryIdBySlug(db, event.params.slug);
		if (!found) error(404, 'Not found');
		revisions.markNamesReviewed(db, moderator, found.id);
		redirect(303, `${localizeHref(`/entries/${event.params.slug}/history`)}?done=reviewed`);
	}
};
