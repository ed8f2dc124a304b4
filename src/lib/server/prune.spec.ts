import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { createUser } from './accounts';
import { createSession } from './auth';
import { pruneExpired, startPruning } from './prune';
import { POLICIES, recordFailure } from './rate-limit';

const PASSWORD = 'a long enough password';
let dir: string;
let db: Db;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'nambuk-prune-'));
	db = openDatabase(join(dir, 'test.sqlite'));
});
afterEach(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('pruning (issue 12.17)', () => {
	it('deletes expired sessions and spent rate-limit rows, keeps live ones', async () => {
		const u = await createUser(db, 'dee', PASSWORD);
		const now = 100 * 3600_000;
		createSession(db, u.id, now - 30 * 24 * 3600_000); // expired two weeks ago
		createSession(db, u.id, now); // live
		const policy = POLICIES.loginAccount();
		recordFailure(db, 'old', policy, now - 2 * 3600_000);
		recordFailure(db, 'recent', policy, now - 60_000);
		for (let i = 0; i < 10; i++) recordFailure(db, 'old-but-locked', policy, now - 2 * 3600_000);
		db.$client
			.prepare("UPDATE rate_limit SET locked_until = ? WHERE key = 'old-but-locked'")
			.run(now + 60_000);
		expect(pruneExpired(db, now)).toEqual({ sessions: 1, rateLimits: 1 });
		const keys = db.$client.prepare('SELECT key FROM rate_limit ORDER BY key').pluck().all();
		expect(keys).toEqual(['old-but-locked', 'recent']);
		expect(db.$client.prepare('SELECT count(*) FROM session').pluck().get()).toBe(1);
	});

	it('prunes at start', async () => {
		const u = await createUser(db, 'eli', PASSWORD);
		createSession(db, u.id, Date.now() - 30 * 24 * 3600_000);
		recordFailure(db, 'spent', POLICIES.loginAccount(), Date.now() - 2 * 3600_000);
		const stop = startPruning(db, 60_000);
		stop();
		expect(db.$client.prepare('SELECT count(*) FROM session').pluck().get()).toBe(0);
		expect(db.$client.prepare('SELECT count(*) FROM rate_limit').pluck().get()).toBe(0);
	});
});
