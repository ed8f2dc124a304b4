/**
 * Sessions and the guards routes call where data is touched: requireUser() and requireRole().
 * The hook only fills `locals.user`; it never decides who may see a page.
 */
import { createHash, randomBytes } from 'node:crypto';
import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { eq, lt } from 'drizzle-orm';
import type { Db } from './db/client';
import { session, user } from './db/schema';
import {
	authenticate,
	createUser,
	hasRole,
	UsernameTakenError,
	type Role,
	type User
} from './accounts';
import {
	POLICIES,
	checkFailures,
	clearKey,
	consume,
	failureDelayMs,
	recordFailure
} from './rate-limit';
import { usernameKey } from '../schemas/account';
import { localizeHref } from '../paraglide/runtime';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
/** A session ends after 14 days without use; every use pushes the end forward (at most daily). */
export const SESSION_TTL_MS = 14 * DAY;
const RENEW_AFTER_MS = DAY;

function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Starts a session and returns the token for the cookie. Only the token's hash is stored. */
export function createSession(
	db: Db,
	userId: number,
	now = Date.now()
): { token: string; expiresAt: number } {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = now + SESSION_TTL_MS;
	db.insert(session)
		.values({ id: hashToken(token), userId, expiresAt })
		.run();
	return { token, expiresAt };
}

/**
 * The user a token belongs to, or null when unknown or expired. A live session used more than a
 * day after its last renewal gets its expiry pushed forward (`renewed` tells the caller to re-set
 * the cookie).
 */
export function validateSession(
	db: Db,
	token: string,
	now = Date.now()
): { user: User; expiresAt: number; renewed: boolean } | null {
	const id = hashToken(token);
	const row = db
		.select({ expiresAt: session.expiresAt, id: user.id, username: user.username, role: user.role })
		.from(session)
		.innerJoin(user, eq(user.id, session.userId))
		.where(eq(session.id, id))
		.get();
	if (!row) return null;
	if (row.expiresAt <= now) {
		db.delete(session).where(eq(session.id, id)).run();
		return null;
	}
	const u = { id: row.id, username: row.username, role: row.role };
	if (row.expiresAt - now < SESSION_TTL_MS - RENEW_AFTER_MS) {
		const expiresAt = now + SESSION_TTL_MS;
		db.update(session).set({ expiresAt }).where(eq(session.id, id)).run();
		return { user: u, expiresAt, renewed: true };
	}
	return { user: u, expiresAt: row.expiresAt, renewed: false };
}

export function invalidateSession(db: Db, token: string): void {
	db.delete(session)
		.where(eq(session.id, hashToken(token)))
		.run();
}

/** Ends every session of a user, e.g. after a password change (except the one given). */
export function invalidateUserSessions(db: Db, userId: number): void {
	db.delete(session).where(eq(session.userId, userId)).run();
}

export function deleteExpiredSessions(db: Db, now = Date.now()): void {
	db.delete(session).where(lt(session.expiresAt, now)).run();
}

export function setSessionCookie(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	token: string,
	expiresAt: number
) {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires: new Date(expiresAt)
	});
}

export function clearSessionCookie(cookies: Cookies) {
	cookies.delete(SESSION_COOKIE, { path: '/' });
}

/**
 * Where to go after login: only a path on this site. Rejects `//host`, `/\host`, schemes and
 * anything the URL parser would send elsewhere; falls back to the home page.
 */
export function safeRedirectTarget(target: string | null | undefined, fallback = '/'): string {
	if (!target || typeof target !== 'string' || target.length > 2000) return fallback;
	if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
		return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
	try {
		const base = 'http://local.invalid';
		const url = new URL(target, base);
		if (url.origin !== base) return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}

/** The login page, remembering where the visitor was going. */
export function loginHref(event: Pick<RequestEvent, 'url'>): string {
	// A form action's URL ends in `?/name`; coming back to it is coming back to the page.
	const search = event.url.search.startsWith('?/') ? '' : event.url.search;
	const back = event.url.pathname + search;
	return `${localizeHref('/login')}?redirectTo=${encodeURIComponent(back)}`;
}

/** The signed-in user, or a redirect to the login page (303, so a POST becomes a GET). */
export function requireUser(event: Pick<RequestEvent, 'locals' | 'url'>): User {
	const current = event.locals.user;
	if (!current) redirect(303, loginHref(event));
	return current;
}

/** The signed-in user if their role includes `role`; anonymous → login, others → 403. */
export function requireRole(event: Pick<RequestEvent, 'locals' | 'url'>, role: Role): User {
	const current = requireUser(event);
	if (!hasRole(current.role, role)) error(403, 'Forbidden');
	return current;
}

export type LoginResult =
	| { ok: true; user: User }
	| { ok: false; code: 'login_failed' }
	| { ok: false; code: 'login_locked'; retryAfterMs: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks a login against the limits and the password. Failures are counted per account name
 * (whether or not it exists, so the answer never tells) and per IP; repeated failures on an account
 * are answered more slowly, and either counter past its limit locks for a while. The reply is the same for an unknown name and a
 * wrong password.
 */
export async function attemptLogin(
	db: Db,
	username: string,
	password: string,
	ip: string,
	now = Date.now()
): Promise<LoginResult> {
	const accountKey = `login:account:${usernameKey(username)}`;
	const ipKey = `login:ip:${ip}`;
	const locked = Math.max(
		checkFailures(db, accountKey, POLICIES.loginAccount(), now).retryAfterMs,
		checkFailures(db, ipKey, POLICIES.loginIp(), now).retryAfterMs
	);
	if (locked > 0) return { ok: false, code: 'login_locked', retryAfterMs: locked };
	const found = await authenticate(db, username, password);
	if (found) {
		clearKey(db, accountKey);
		return { ok: true, user: found };
	}
	const byAccount = recordFailure(db, accountKey, POLICIES.loginAccount(), now);
	const byIp = recordFailure(db, ipKey, POLICIES.loginIp(), now);
	// Slowed by the account's failures only: one guesser behind a shared IP must not slow everyone.
	await sleep(failureDelayMs(byAccount.count));
	const retryAfterMs = Math.max(byAccount.retryAfterMs, byIp.retryAfterMs);
	return retryAfterMs > 0
		? { ok: false, code: 'login_locked', retryAfterMs }
		: { ok: false, code: 'login_failed' };
}

export type SignupResult =
	{ ok: true; user: User } | { ok: false; code: 'username_taken' | 'signup_limited' };

/** Creates a contributor account, at most a few per IP per hour. */
export async function attemptSignup(
	db: Db,
	username: string,
	password: string,
	ip: string
): Promise<SignupResult> {
	if (consume(db, `signup:ip:${ip}`, POLICIES.signupIp()).retryAfterMs > 0)
		return { ok: false, code: 'signup_limited' };
	try {
		return { ok: true, user: await createUser(db, username, password) };
	} catch (e) {
		if (e instanceof UsernameTakenError) return { ok: false, code: 'username_taken' };
		throw e;
	}
}

/** Logs a user in on this request: a fresh session (never one the browser brought along). */
export function startSession(
	db: Db,
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	userId: number
): void {
	const old = event.cookies.get(SESSION_COOKIE);
	if (old) invalidateSession(db, old);
	const { token, expiresAt } = createSession(db, userId);
	setSessionCookie(event, token, expiresAt);
}
