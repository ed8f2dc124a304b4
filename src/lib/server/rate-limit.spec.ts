import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import {
	checkFailures,
	clearKey,
	consume,
	failureDelayMs,
	recordFailure,
	retryMinutes,
	type Policy
} from './rate-limit';

const MINUTE = 60_000;
const login: Policy = { limit: 3, windowMs: 15 * MINUTE, lockMs: MINUTE, maxLockMs: 4 * MINUTE };
const signup: Policy = { limit: 2, windowMs: 60 * MINUTE, lockMs: 0, maxLockMs: 0 };

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
});

describe('failure limits', () => {
	it('locks at the limit, doubles the lock per further failure up to the maximum', () => {
		const t = 1_000_000;
		expect(recordFailure(db, 'k', login, t)).toEqual({ count: 1, retryAfterMs: 0 });
		expect(recordFailure(db, 'k', login, t)).toEqual({ count: 2, retryAfterMs: 0 });
		expect(recordFailure(db, 'k', login, t)).toEqual({ count: 3, retryAfterMs: MINUTE });
		expect(checkFailures(db, 'k', login, t + 30_000).retryAfterMs).toBe(30_000);
		expect(checkFailures(db, 'k', login, t + MINUTE).retryAfterMs).toBe(0);
		expect(recordFailure(db, 'k', login, t + MINUTE).retryAfterMs).toBe(2 * MINUTE);
		expect(recordFailure(db, 'k', login, t + MINUTE).retryAfterMs).toBe(4 * MINUTE);
		expect(recordFailure(db, 'k', login, t + MINUTE).retryAfterMs).toBe(4 * MINUTE);
	});

	it('forgets failures after the window and on success', () => {
		const t = 5_000_000;
		recordFailure(db, 'a', login, t);
		recordFailure(db, 'a', login, t);
		expect(recordFailure(db, 'a', login, t + 16 * MINUTE)).toEqual({ count: 1, retryAfterMs: 0 });
		recordFailure(db, 'b', login, t);
		clearKey(db, 'b');
		expect(checkFailures(db, 'b', login, t)).toEqual({ count: 0, retryAfterMs: 0 });
	});

	it('keeps keys apart', () => {
		for (let i = 0; i < 3; i++) recordFailure(db, 'login:account:a', login, 0);
		expect(checkFailures(db, 'login:account:a', login, 0).retryAfterMs).toBeGreaterThan(0);
		expect(checkFailures(db, 'login:account:b', login, 0).retryAfterMs).toBe(0);
	});

	it('answers more slowly as failures grow, within three seconds', () => {
		expect([0, 1, 2, 3, 4, 10, 100].map(failureDelayMs)).toEqual([0, 0, 0, 500, 1000, 3000, 3000]);
		expect(retryMinutes(1)).toBe(1);
		expect(retryMinutes(61_000)).toBe(2);
	});
});

describe('attempt limits', () => {
	it('allows `limit` attempts per window and says when to come back', () => {
		const t = 0;
		expect(consume(db, 's', signup, t).retryAfterMs).toBe(0);
		expect(consume(db, 's', signup, t + 1000).retryAfterMs).toBe(0);
		expect(consume(db, 's', signup, t + 2000).retryAfterMs).toBe(60 * MINUTE - 2000);
		expect(consume(db, 's', signup, t + 60 * MINUTE).retryAfterMs).toBe(0);
	});
});
