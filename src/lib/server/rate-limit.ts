/**
 * Rate limits with their counters in SQLite, so they hold across restarts and every app process
 * sharing the database sees the same counts. Two kinds:
 *  - failure limits (login): each failure counts; from `limit` failures in a window the key is
 *    locked, each further failure doubling the lock up to `maxLockMs`; success clears the key.
 *  - attempt limits (sign-up, proposals): every attempt counts; over `limit` in a window is refused
 *    until the window ends.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { rateLimit } from './db/schema';

export interface Policy {
	limit: number;
	windowMs: number;
	/** First lock after `limit` failures; doubles per further failure (failure limits only). */
	lockMs: number;
	maxLockMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A limit can be raised or lowered by environment, e.g. RATE_LIMIT_SIGNUP_IP=100 in the e2e server. */
function limitFromEnv(name: string, fallback: number): number {
	const raw = process.env[`RATE_LIMIT_${name}`];
	const n = raw ? Number.parseInt(raw, 10) : NaN;
	return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const POLICIES = {
	loginAccount: () => ({
		limit: limitFromEnv('LOGIN_ACCOUNT', 5),
		windowMs: 15 * MINUTE,
		lockMs: MINUTE,
		maxLockMs: 15 * MINUTE
	}),
	/**
	 * Failures on one name from every client together. Never locks (see attemptLogin); its count
	 * only slows the answers. The lock fields are there because every failure limit has them.
	 */
	loginName: () => ({
		limit: Number.MAX_SAFE_INTEGER,
		windowMs: 15 * MINUTE,
		lockMs: 0,
		maxLockMs: 0
	}),
	loginIp: () => ({
		limit: limitFromEnv('LOGIN_IP', 30),
		windowMs: 15 * MINUTE,
		lockMs: 5 * MINUTE,
		maxLockMs: HOUR
	}),
	signupIp: () => ({
		limit: limitFromEnv('SIGNUP_IP', 10),
		windowMs: HOUR,
		lockMs: 0,
		maxLockMs: 0
	}),
	proposalUser: () => ({
		limit: limitFromEnv('PROPOSAL_USER', 20),
		windowMs: HOUR,
		lockMs: 0,
		maxLockMs: 0
	}),
	proposalIp: () => ({
		limit: limitFromEnv('PROPOSAL_IP', 40),
		windowMs: HOUR,
		lockMs: 0,
		maxLockMs: 0
	})
} satisfies Record<string, () => Policy>;

export interface LimitState {
	/** Milliseconds until the key may try again; 0 when allowed. */
	retryAfterMs: number;
	/** Failures or attempts counted in the current window. */
	count: number;
}

function read(db: Db, key: string, policy: Policy, now: number) {
	const row = db.select().from(rateLimit).where(eq(rateLimit.key, key)).get();
	if (!row) return { count: 0, windowStart: now, lockedUntil: 0 };
	const expired = now - row.windowStart >= policy.windowMs;
	return {
		count: expired ? 0 : row.count,
		windowStart: expired ? now : row.windowStart,
		lockedUntil: row.lockedUntil
	};
}

function write(
	db: Db,
	key: string,
	state: { count: number; windowStart: number; lockedUntil: number }
) {
	db.insert(rateLimit)
		.values({ key, ...state })
		.onConflictDoUpdate({ target: rateLimit.key, set: state })
		.run();
}

/** Whether a failure-limited key is locked out right now. */
export function checkFailures(db: Db, key: string, policy: Policy, now = Date.now()): LimitState {
	const state = read(db, key, policy, now);
	return { retryAfterMs: Math.max(0, state.lockedUntil - now), count: state.count };
}

export function recordFailure(db: Db, key: string, policy: Policy, now = Date.now()): LimitState {
	return db.transaction((tx) => {
		const state = read(tx as unknown as Db, key, policy, now);
		const count = state.count + 1;
		let lockedUntil = state.lockedUntil;
		if (count >= policy.limit) {
			const lock = Math.min(policy.lockMs * 2 ** (count - policy.limit), policy.maxLockMs);
			lockedUntil = Math.max(lockedUntil, now + lock);
		}
		write(tx as unknown as Db, key, { count, windowStart: state.windowStart, lockedUntil });
		return { retryAfterMs: Math.max(0, lockedUntil - now), count };
	});
}

/**
 * Takes back one counted attempt (a reserved login attempt that turned out right), leaving any
 * lock in place.
 */
export function forgiveOne(db: Db, key: string): void {
	db.update(rateLimit)
		.set({ count: sql`max(0, ${rateLimit.count} - 1)` })
		.where(eq(rateLimit.key, key))
		.run();
}

export function clearKey(db: Db, key: string): void {
	db.delete(rateLimit).where(eq(rateLimit.key, key)).run();
}

/** Counts an attempt; refused (and not counted) once `limit` attempts were made in the window. */
export function consume(db: Db, key: string, policy: Policy, now = Date.now()): LimitState {
	return db.transaction((tx) => {
		const state = read(tx as unknown as Db, key, policy, now);
		if (state.count >= policy.limit) {
			return { retryAfterMs: state.windowStart + policy.windowMs - now, count: state.count };
		}
		write(tx as unknown as Db, key, { ...state, count: state.count + 1 });
		return { retryAfterMs: 0, count: state.count + 1 };
	});
}

/**
 * How long to hold a failed login before answering: nothing for the first two, then growing by
 * half a second per failure up to three seconds. Slows guessing before the lock starts.
 */
export function failureDelayMs(failures: number): number {
	return Math.min(Math.max(0, failures - 2) * 500, 3000);
}

/** Whole minutes to tell a locked-out user, at least one. */
export function retryMinutes(retryAfterMs: number): number {
	return Math.max(1, Math.ceil(retryAfterMs / MINUTE));
}

/** The longest window any policy counts in: a row older than that, and not locked, counts nothing. */
export function longestWindowMs(): number {
	return Math.max(...Object.values(POLICIES).map((policy) => policy().windowMs));
}

/**
 * Deletes the rows that no longer limit anyone: their window is over and their lock has ended.
 * Such a row would read as zero anyway, so deleting it changes no answer; it only keeps the table
 * from growing by one row per IP and name ever seen. Returns the number of rows deleted.
 */
export function pruneRateLimits(db: Db, now = Date.now()): number {
	return db
		.delete(rateLimit)
		.where(and(lt(rateLimit.windowStart, now - longestWindowMs()), lt(rateLimit.lockedUntil, now)))
		.run().changes;
}
