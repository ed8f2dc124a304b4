/**
 * Sessions and the guards routes call where data is touched: requireUser() and requireRole().
 * The hook only fills `locals.user`; it never decides who may see a page.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { error, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { eq, lt } from 'drizzle-orm';
import type { Db } from './db/client';
import { session, user } from './db/schema';
import {
	authenticate,
	createUser,
	findUserByName,
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
	forgiveOne,
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
 * Where to go after login: only a path on this site. The target is resolved against an origin
 * and kept only if it stays there; then the path it resolved to is resolved once more, because a
 * path such as `/.//evil.example/` resolves to `//evil.example/`, which a browser reads as another
 * host. Rejects schemes, `//host`, `/\host` and control characters; falls back to `fallback`.
 */
export function safeRedirectTarget(target: string | null | undefined, fallback = '/'): string {
	if (!target || typeof target !== 'string' || target.length > 2000) return fallback;
	if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\'))
		return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
	const base = 'http://local.invalid';
	try {
		const url = new URL(target, base);
		if (url.origin !== base) return fallback;
		const path = url.pathname + url.search + url.hash;
		// What the browser will do with the Location header: it must land on the same origin too.
		return new URL(path, base).origin === base ? path : fallback;
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

/** Who is trying: the IP, and the device cookie this browser got at an earlier login, if any. */
export interface LoginClient {
	ip: string;
	device?: string | undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const DEVICE_COOKIE = 'login_device';
const DEVICE_TTL_MS = 365 * DAY;

/**
 * A device cookie: user id, issue time and an HMAC of both keyed with the user's password hash.
 * No table is needed to check it, it cannot be made without the database, and changing the
 * password voids every one of them.
 */
function deviceMac(passwordHash: string, userId: number, issuedAt: number): string {
	return createHmac('sha256', passwordHash)
		.update(`login-device:${userId}:${issuedAt}`)
		.digest('base64url');
}

export function deviceToken(passwordHash: string, userId: number, now = Date.now()): string {
	return `${userId}.${now}.${deviceMac(passwordHash, userId, now)}`;
}

/** The device's id (its MAC) when `token` was issued to this account and is not too old. */
export function verifyDevice(
	account: { id: number; passwordHash: string } | null,
	token: string | undefined,
	now = Date.now()
): string | null {
	if (!account || !token) return null;
	const [id, issued, mac] = token.split('.');
	const issuedAt = Number(issued);
	if (Number(id) !== account.id || !Number.isSafeInteger(issuedAt) || !mac) return null;
	if (issuedAt > now || now - issuedAt > DEVICE_TTL_MS) return null;
	const expected = Buffer.from(deviceMac(account.passwordHash, account.id, issuedAt));
	const given = Buffer.from(mac);
	return given.length === expected.length && timingSafeEqual(given, expected) ? mac : null;
}

/** After a login: this browser is now a known device of the account (see attemptLogin). */
export function rememberDevice(
	db: Db,
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	userId: number,
	now = Date.now()
): void {
	const row = db
		.select({ passwordHash: user.passwordHash })
		.from(user)
		.where(eq(user.id, userId))
		.get();
	if (!row) return;
	event.cookies.set(DEVICE_COOKIE, deviceToken(row.passwordHash, userId, now), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires: new Date(now + DEVICE_TTL_MS)
	});
}

/**
 * Checks a login against the limits and the password. The reply is the same for an unknown name
 * and a wrong password.
 *
 * Three counters, all reserved in one SQLite transaction BEFORE the password hash is checked, so
 * a burst of parallel attempts cannot all get past a limit that only counted after them:
 *  - this client on this name (the IP, or a device cookie from an earlier login of this account):
 *    five failures lock this client out of this name, the lock doubling per further failure;
 *  - this IP on any name: thirty failures lock the IP (a device cookie is exempt: it proves an
 *    earlier login of this very account);
 *  - the name, from every client: never locks, because then anyone could lock out anyone (an
 *    admin included) with five wrong passwords; it slows each failed answer instead.
 * A right password takes the reservation back and clears the client's and the name's failures.
 */
export async function attemptLogin(
	db: Db,
	username: string,
	password: string,
	client: LoginClient | string,
	now = Date.now()
): Promise<LoginResult> {
	const { ip, device } = typeof client === 'string' ? { ip: client, device: undefined } : client;
	const name = usernameKey(username);
	const account = findUserByName(db, username);
	const deviceId = verifyDevice(account, device, now);
	const nameKey = `login:account:${name}`;
	const clientKey = deviceId
		? `login:client:${name}:device:${deviceId}`
		: `login:client:${name}:ip:${ip}`;
	const ipKey = deviceId ? null : `login:ip:${ip}`;
	const reservation = db.transaction(
		(txn) => {
			const tx = txn as unknown as Db;
			const locked = Math.max(
				checkFailures(tx, clientKey, POLICIES.loginAccount(), now).retryAfterMs,
				ipKey ? checkFailures(tx, ipKey, POLICIES.loginIp(), now).retryAfterMs : 0
			);
			if (locked > 0) return { locked };
			const byClient = recordFailure(tx, clientKey, POLICIES.loginAccount(), now);
			const byIp = ipKey ? recordFailure(tx, ipKey, POLICIES.loginIp(), now) : null;
			const byName = recordFailure(tx, nameKey, POLICIES.loginName(), now);
			return {
				locked: 0,
				// Answered once the password is known to be wrong; a right one clears it.
				retryAfterMs: Math.max(byClient.retryAfterMs, byIp?.retryAfterMs ?? 0),
				failures: Math.max(byClient.count, byName.count)
			};
		},
		{ behavior: 'immediate' }
	);
	if (reservation.locked > 0)
		return { ok: false, code: 'login_locked', retryAfterMs: reservation.locked };
	const found = await authenticate(db, username, password);
	if (found) {
		db.transaction((txn) => {
			const tx = txn as unknown as Db;
			clearKey(tx, clientKey);
			clearKey(tx, nameKey);
			if (ipKey) forgiveOne(tx, ipKey);
		});
		return { ok: true, user: found };
	}
	// Slowed by the name's failures, from anyone, and this client's own; not by the IP's, so one
	// guesser behind a shared IP does not slow everyone else there.
	await sleep(failureDelayMs(reservation.failures ?? 0));
	return (reservation.retryAfterMs ?? 0) > 0
		? { ok: false, code: 'login_locked', retryAfterMs: reservation.retryAfterMs ?? 0 }
		: { ok: false, code: 'login_failed' };
}

export type SignupResult =
	| { ok: true; user: User }
	| { ok: false; code: 'username_taken' | 'username_confusable' | 'signup_limited' };

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
		if (e instanceof UsernameTakenError)
			return { ok: false, code: e.confusable ? 'username_confusable' : 'username_taken' };
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
