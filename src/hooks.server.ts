import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building, dev } from '$app/environment';
import { paraglideMiddleware } from '$lib/paraglide/server';
import * as auth from '$lib/server/auth';
import {
	cacheAndCompress,
	requestLog,
	securityHeaders,
	unreadableFormsAre400
} from '$lib/server/http/handles';
import { installPageCacheFastPath } from '$lib/server/http/fast-path';
import { readApiCors } from '$lib/server/http/cors';
import { closeDb, getDb } from '$lib/server/db';
import { subscribeCachesToContentChanges } from '$lib/server/content-changed';
import { logRequestError, writeLog } from '$lib/server/log';
import { env } from '$env/dynamic/private';
import { seedIfEmpty } from '$lib/server/seed/load';
import { sizeSeedPhotos } from '$lib/server/seed/photos';
import { upgradeSeed } from '$lib/server/seed/upgrade';
import { readSeed } from '$lib/server/seed/validate';

subscribeCachesToContentChanges();
// Production only: under `vite dev` the same http.Server also serves Vite's own modules.
if (!dev && !building) installPageCacheFastPath();

// adapter-node emits this after SIGTERM/SIGINT once in-flight requests have finished: close the
// database last, so WAL is checkpointed and no write is cut short.
process.once('sveltekit:shutdown', () => closeDb());

/**
 * Start-up, before the first request is served: open the database (which migrates it), load the
 * seed into an empty one, so `node build` on an empty DATABASE_PATH gives a working site, and
 * bring an existing one up to the seed (see seed/upgrade.ts: nothing a moderator did is lost).
 */
export const init: ServerInit = async () => {
	const db = getDb();
	// `vite build` analyses the routes on an in-memory database; it needs no content.
	if (building) return;
	const seedDir = env.SEED_DIR || 'db/seed';
	if (!seedIfEmpty(db, seedDir)) {
		const upgraded = upgradeSeed(db, readSeed(seedDir));
		if (upgraded.added.length + upgraded.updated.length + upgraded.proposed.length > 0)
			writeLog('info', {
				event: 'seed upgrade',
				added: upgraded.added.length,
				updated: upgraded.updated.length,
				proposed: upgraded.proposed.length
			});
	}
	try {
		const sized = await sizeSeedPhotos(db, seedDir);
		if (sized.length) writeLog('info', { event: 'seed photos sized', photos: sized.length });
	} catch (e) {
		// The seed file itself is still served; the site starts either way.
		writeLog('error', { event: 'seed photos not sized', error: String(e) });
	}
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/** Fills `locals.user` from the session cookie; routes decide what a user may do (requireRole). */
const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const token = event.cookies.get(auth.SESSION_COOKIE);
	if (token) {
		const found = auth.validateSession(getDb(), token);
		if (found) {
			event.locals.user = found.user;
			if (found.renewed) auth.setSessionCookie(event, token, found.expiresAt);
		} else {
			auth.clearSessionCookie(event.cookies);
		}
	}
	const response = await resolve(event);
	// A page for a signed-in reader (their name in the header, their proposals) is theirs alone:
	// no shared cache may keep it.
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

/**
 * Order matters: the request log sees every response (cache hits included); the page cache answers
 * anonymous readers before any other work; security headers go on everything else and are stored
 * with each cached page, so a hit carries them without running that handle again (so does the
 * read-only API's CORS header, which also answers preflights before any other work); unreadable form
 * bodies become 400s on the request the actions will actually read (after i18n's copy).
 */
export const handle = sequence(
	requestLog,
	cacheAndCompress,
	securityHeaders,
	readApiCors,
	i18n,
	session,
	unreadableFormsAre400
);

/**
 * Unexpected errors: log them with a reference, show the reference, never the stack or message
 * (which may hold file paths or SQL).
 */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message };
	const id = logRequestError({
		error,
		status,
		method: event.request.method,
		path: event.url.pathname
	});
	return { message: 'Internal error', id };
};
