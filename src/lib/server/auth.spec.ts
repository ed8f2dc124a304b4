import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { authenticate, createUser, hasRole, UsernameTakenError } from './accounts';
import {
	attemptLogin,
	attemptSignup,
	createSession,
	invalidateSession,
	invalidateUserSessions,
	safeRedirectTarget,
	SESSION_COOKIE,
	SESSION_TTL_MS,
	setSessionCookie,
	startSession,
	validateSession
} from './auth';
import type { Cookies } from '@sveltejs/kit';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
});

const DAY = 24 * 3600 * 1000;

describe('passwords and usernames', () => {
	it('stores argon2id hashes, never the password', async () => {
		await createUser(db, 'Alice', 'a long enough password');
		const row = db.$client
			.prepare('SELECT password_hash, username, username_key FROM user')
			.get() as Record<string, string>;
		expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(row.password_hash).not.toContain('a long enough password');
		expect(row).toMatchObject({ username: 'Alice', username_key: 'alice' });
		expect(await authenticate(db, 'ALICE', 'a long enough password')).toMatchObject({
			username: 'Alice'
		});
		expect(await authenticate(db, 'alice', 'wrong password!!')).toBeNull();
		expect(await authenticate(db, 'nobody', 'a long enough password')).toBeNull();
	});

	it('keeps usernames unique regardless of case and width', async () => {
		await createUser(db, 'Mod', 'a long enough password');
		await expect(createUser(db, 'mOD', 'another password')).rejects.toBeInstanceOf(
			UsernameTakenError
		);
		await expect(createUser(db, 'Ｍｏｄ', 'another password')).rejects.toBeInstanceOf(
			UsernameTakenError
		);
	});

	it('orders roles: admin ⊇ moderator ⊇ contributor', () => {
		expect(hasRole('admin', 'moderator')).toBe(true);
		expect(hasRole('moderator', 'moderator')).toBe(true);
		expect(hasRole('moderator', 'admin')).toBe(false);
		expect(hasRole('contributor', 'moderator')).toBe(false);
	});
});

describe('sessions', () => {
	it('stores only a hash of the token and finds the user by the token', async () => {
		const u = await createUser(db, 'bob', 'a long enough password');
		const { token } = createSession(db, u.id, 0);
		const ids = db.$client.prepare('SELECT id FROM session').all() as { id: string }[];
		expect(ids).toHaveLength(1);
		expect(ids[0]!.id).not.toContain(token);
		expect(ids[0]!.id).toMatch(/^[0-9a-f]{64}$/);
		expect(validateSession(db, token, 1000)?.user).toEqual(u);
		expect(validateSession(db, `${token}x`, 1000)).toBeNull();
	});

	it('expires after 14 days without use and slides while used', async () => {
		const u = await createUser(db, 'cy', 'a long enough password');
		const { token, expiresAt } = createSession(db, u.id, 0);
		expect(expiresAt).toBe(SESSION_TTL_MS);
		// Used within the first day: not renewed (no write per request).
		expect(validateSession(db, token, DAY / 2)).toMatchObject({
			renewed: false,
			expiresAt: SESSION_TTL_MS
		});
		// Used on day 10: pushed to day 24.
		expect(validateSession(db, token, 10 * DAY)).toMatchObject({
			renewed: true,
			expiresAt: 24 * DAY
		});
		expect(validateSession(db, token, 23 * DAY)).not.toBeNull();
		expect(validateSession(db, token, 23 * DAY + 14 * DAY + 1)).toBeNull();
		// An expired session is deleted.
		expect(db.$client.prepare('SELECT count(*) AS n FROM session').get()).toEqual({ n: 0 });
	});

	it('logout and password change end sessions', async () => {
		const u = await createUser(db, 'di', 'a long enough password');
		const a = createSession(db, u.id).token;
		const b = createSession(db, u.id).token;
		expect(a).not.toBe(b);
		invalidateSession(db, a);
		expect(validateSession(db, a)).toBeNull();
		expect(validateSession(db, b)).not.toBeNull();
		invalidateUserSessions(db, u.id);
		expect(validateSession(db, b)).toBeNull();
	});
});

describe('login and sign-up limits', () => {
	it('answers an unknown name exactly like a wrong password, and locks both alike', async () => {
		await createUser(db, 'eve', 'a long enough password');
		const results: string[] = [];
		for (const name of ['eve', 'nobody']) {
			for (let i = 0; i < 5; i++)
				results.push(
					(await attemptLogin(db, name, 'wrong password', `10.0.0.${name.length}`)).ok ? 'ok' : 'x'
				);
		}
		const eve = await attemptLogin(db, 'eve', 'a long enough password', '10.0.0.3');
		const nobody = await attemptLogin(db, 'nobody', 'a long enough password', '10.0.0.6');
		expect(eve).toMatchObject({ ok: false, code: 'login_locked' });
		expect(nobody).toMatchObject({ ok: false, code: 'login_locked' });
		// Locking is per account: another account from the same IP still gets in.
		await createUser(db, 'fay', 'a long enough password');
		expect(await attemptLogin(db, 'fay', 'a long enough password', '10.0.0.3')).toMatchObject({
			ok: true
		});
	}, 30_000);

	it('holds each failed answer longer: 0, 0, 500, 1000, 1500 ms, on the clock it waits on', async () => {
		await createUser(db, 'gus', 'a long enough password');
		// Only setTimeout is faked: argon2 runs on libuv's pool and setImmediate stays real, so
		// the test can wait for the login to reach its delay and then move the clock by hand.
		vi.useFakeTimers({ toFake: ['setTimeout'] });
		try {
			const fail = () => attemptLogin(db, 'gus', 'wrong password', '10.0.1.1');
			// The delay grows with the name's failures, this one included: none for the first two,
			// then half a second more each time (the fifth also locks the name).
			for (const delay of [0, 0, 500, 1000, 1500]) {
				let answered = false;
				const answer = fail().then((r) => ((answered = true), r));
				const since = performance.now();
				while (vi.getTimerCount() === 0 && !answered) {
					if (performance.now() - since > 2000) throw new Error('the failed login never waited');
					await new Promise((resolve) => setImmediate(resolve));
				}
				const settle = async () => {
					for (let i = 0; i < 20 && !answered; i++)
						await new Promise((resolve) => setImmediate(resolve));
				};
				if (delay > 0) {
					await vi.advanceTimersByTimeAsync(delay - 1);
					await settle();
					expect(answered, `answered before ${delay} ms`).toBe(false);
				}
				// Node runs a 0 ms timeout on the next millisecond.
				await vi.advanceTimersByTimeAsync(1);
				await settle();
				expect(answered, `answered after ${delay} ms`).toBe(true);
				expect((await answer).ok).toBe(false);
			}
		} finally {
			vi.useRealTimers();
		}
	});

	it('limits sign-ups per IP', async () => {
		process.env.RATE_LIMIT_SIGNUP_IP = '2';
		try {
			expect(await attemptSignup(db, 'user1', 'a long enough password', '1.2.3.4')).toMatchObject({
				ok: true
			});
			expect(await attemptSignup(db, 'USER1', 'a long enough password', '1.2.3.4')).toEqual({
				ok: false,
				code: 'username_taken'
			});
			expect(await attemptSignup(db, 'user3', 'a long enough password', '1.2.3.4')).toEqual({
				ok: false,
				code: 'signup_limited'
			});
			expect(await attemptSignup(db, 'user3', 'a long enough password', '5.6.7.8')).toMatchObject({
				ok: true
			});
		} finally {
			delete process.env.RATE_LIMIT_SIGNUP_IP;
		}
	});
});

describe('login lock per IP', () => {
	it('locks an IP after many failures on different names; another IP still gets in; the answers never tell', async () => {
		process.env.RATE_LIMIT_LOGIN_IP = '4';
		try {
			await createUser(db, 'gus', 'a long enough password');
			await createUser(db, 'hana', 'a long enough password');
			const t = 1_000_000;
			// Names that exist (wrong password) and names that do not, alternately, from one IP.
			const names = ['gus', 'ghost1', 'hana', 'ghost2'];
			const answers = [];
			for (const name of names)
				answers.push(await attemptLogin(db, name, 'wrong password', '198.51.100.7', t));
			expect(answers.slice(0, 3)).toEqual(Array(3).fill({ ok: false, code: 'login_failed' }));
			// The fourth failure reaches the IP's limit; no single name failed more than once.
			expect(answers[3]).toEqual({ ok: false, code: 'login_locked', retryAfterMs: 5 * 60_000 });
			// Locked: the right password, a new real name and an unknown name get the same answer.
			const locked = [
				await attemptLogin(db, 'gus', 'a long enough password', '198.51.100.7', t + 1000),
				await attemptLogin(db, 'hana', 'wrong password', '198.51.100.7', t + 1000),
				await attemptLogin(db, 'ghost3', 'wrong password', '198.51.100.7', t + 1000)
			];
			expect(locked).toEqual(
				Array(3).fill({ ok: false, code: 'login_locked', retryAfterMs: 5 * 60_000 - 1000 })
			);
			// Another IP is not affected, for a real name and for an unknown one alike.
			expect(
				await attemptLogin(db, 'gus', 'a long enough password', '203.0.113.9', t + 1000)
			).toMatchObject({
				ok: true,
				user: { username: 'gus' }
			});
			expect(await attemptLogin(db, 'hana', 'wrong password', '203.0.113.9', t + 1000)).toEqual(
				await attemptLogin(db, 'ghost4', 'wrong password', '203.0.113.9', t + 1000)
			);
			// After the lock the IP may try again.
			expect(
				await attemptLogin(db, 'hana', 'a long enough password', '198.51.100.7', t + 5 * 60_000)
			).toMatchObject({
				ok: true
			});
		} finally {
			delete process.env.RATE_LIMIT_LOGIN_IP;
		}
	}, 30_000);

	it('drives the default IP limit of 30 failures', async () => {
		const t = 2_000_000;
		for (let i = 0; i < 29; i++) {
			expect(await attemptLogin(db, `nobody${i}`, 'wrong password', '192.0.2.1', t)).toEqual({
				ok: false,
				code: 'login_failed'
			});
		}
		expect(await attemptLogin(db, 'nobody29', 'wrong password', '192.0.2.1', t)).toMatchObject({
			ok: false,
			code: 'login_locked'
		});
		expect(await attemptLogin(db, 'nobody30', 'wrong password', '192.0.2.2', t)).toEqual({
			ok: false,
			code: 'login_failed'
		});
	}, 60_000);
});

describe('session cookie', () => {
	function fakeEvent(url: string) {
		const set: { name: string; value: string; options: Parameters<Cookies['set']>[2] }[] = [];
		const cookies = {
			get: () => undefined,
			set: (name: string, value: string, options: Parameters<Cookies['set']>[2]) =>
				set.push({ name, value, options })
		} as unknown as Cookies;
		return { event: { cookies, url: new URL(url) }, set };
	}

	it.each([
		['https://nambuk.example/login', true],
		['https://127.0.0.1:8443/account', true],
		['http://nambuk.example/login', false],
		['http://127.0.0.1:4173/login', false],
		['http://localhost:5173/login', false]
	])('served at %s: Secure is %s', async (url, secure) => {
		const u = await createUser(db, 'ida', 'a long enough password');
		const { event, set } = fakeEvent(url);
		startSession(db, event, u.id);
		setSessionCookie(event, 'renewed-token', Date.now() + SESSION_TTL_MS);
		expect(set).toHaveLength(2);
		for (const cookie of set) {
			expect(cookie.name).toBe(SESSION_COOKIE);
			expect(cookie.options).toMatchObject({ path: '/', httpOnly: true, sameSite: 'lax', secure });
		}
		expect(validateSession(db, set[0]!.value)?.user.id).toBe(u.id);
	});
});

describe('safeRedirectTarget', () => {
	it.each([
		['/entries/naengmyeon', '/entries/naengmyeon'],
		['/ko/contribute?x=1#a', '/ko/contribute?x=1#a'],
		['//evil.example/path', '/'],
		['/\\evil.example', '/'],
		['/\\/evil.example', '/'],
		['https://evil.example/', '/'],
		['javascript:alert(1)', '/'],
		['evil.example', '/'],
		['/%0d%0aSet-Cookie:x', '/%0d%0aSet-Cookie:x'],
		['/\nfoo', '/'],
		['/\t/evil.example', '/'],
		['/.//evil.example/', '/'],
		['/./\\/evil.example/', '/'],
		['/a/..//evil.example/', '/'],
		['/%2e//evil.example/', '/'],
		['/.//', '/'],
		['/entries/./naengmyeon', '/entries/naengmyeon'],
		['', '/'],
		[null, '/']
	])('%j → %j', (input, expected) => {
		expect(safeRedirectTarget(input)).toBe(expected);
	});
});
