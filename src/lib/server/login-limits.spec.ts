/**
 * The login limits against a real SQLite file, as the server runs them: raced attempts and locking
 * someone else out. Only the API the old code had, so these run against it too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { createUser } from './accounts';
import { attemptLogin } from './auth';

const PASSWORD = 'a long enough password';
let dir: string;
let db: Db;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'nambuk-login-'));
	db = openDatabase(join(dir, 'test.sqlite'));
});
afterEach(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

const count = (key: string) =>
	(
		db.$client.prepare('SELECT count FROM rate_limit WHERE key = ?').get(key) as
			{ count: number } | undefined
	)?.count ?? 0;

describe('raced login attempts (issue 12.1)', () => {
	it('59 wrong passwords and the right one in parallel give no session; exactly 5 are counted', async () => {
		await createUser(db, 'ann', PASSWORD);
		const t = 1_000_000;
		const wrong = Array.from({ length: 59 }, (_, i) =>
			attemptLogin(db, 'ann', `wrong password ${i}`, '198.51.100.1', t)
		);
		const right = attemptLogin(db, 'ann', PASSWORD, '198.51.100.1', t);
		const answers = await Promise.all([...wrong, right]);
		expect(answers.filter((a) => a.ok)).toHaveLength(0);
		expect(answers.at(-1)).toMatchObject({ ok: false, code: 'login_locked' });
		expect(count('login:client:ann:ip:198.51.100.1')).toBe(5);
		expect(count('login:ip:198.51.100.1')).toBe(5);
	}, 60_000);

	it('the IP limit holds under a burst over many names', async () => {
		const t = 2_000_000;
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				attemptLogin(db, `nobody${i}`, 'wrong password', '192.0.2.9', t)
			)
		);
		expect(count('login:ip:192.0.2.9')).toBe(30);
		expect(answers.filter((a) => a.ok === false && a.code === 'login_failed')).toHaveLength(29);
	}, 60_000);
});

describe('nobody can lock somebody else out (issue 12.7)', () => {
	it('five wrong passwords from one client lock that client, not the owner on another IP', async () => {
		await createUser(db, 'admin1', PASSWORD, 'admin');
		const t = 3_000_000;
		for (let i = 0; i < 5; i++) await attemptLogin(db, 'admin1', `guess ${i}`, '203.0.113.66', t);
		// The client that failed is locked out of this name, even with the right password.
		expect(await attemptLogin(db, 'admin1', PASSWORD, '203.0.113.66', t + 1000)).toMatchObject({
			ok: false,
			code: 'login_locked'
		});
		// The owner, from an IP with no failures of its own, still gets in.
		expect(await attemptLogin(db, 'admin1', PASSWORD, '198.51.100.20', t + 1000)).toMatchObject({
			ok: true,
			user: { username: 'admin1', role: 'admin' }
		});
	}, 60_000);

	it('the name under attack slows failed answers for every client instead of locking', async () => {
		await createUser(db, 'cy', PASSWORD);
		const t = Date.now();
		// Eight failures on the name in this window, each from another IP, as attemptLogin counts
		// them (no IP of this test has failed before).
		db.$client
			.prepare(
				'INSERT INTO rate_limit (key, count, window_start, locked_until) VALUES (?, 8, ?, 0)'
			)
			.run('login:account:cy', t);
		const started = performance.now();
		expect(await attemptLogin(db, 'cy', 'still wrong', '10.2.1.1', t)).toEqual({
			ok: false,
			code: 'login_failed'
		});
		expect(performance.now() - started).toBeGreaterThanOrEqual(2900);
		expect(await attemptLogin(db, 'cy', PASSWORD, '10.2.1.2', t)).toMatchObject({ ok: true });
	}, 60_000);
});
