/**
 * User names and new passwords (issue 12.9 and 12.13): the schema's refusals, and uniqueness on
 * the confusable skeleton, against a real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { createUser, UsernameTakenError } from './accounts';
import { attemptSignup } from './auth';
import {
	issuesOf,
	NewPassword,
	SignupSchema,
	Username,
	usernameSkeleton
} from '../schemas/account';

const PASSWORD = 'a long enough password';
let dir: string;
let db: Db;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'nambuk-names-'));
	db = openDatabase(join(dir, 'test.sqlite'));
});
afterEach(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

const usernameIssue = (name: string) => {
	const r = v.safeParse(Username, name);
	return r.success ? null : r.issues[0].message;
};
const passwordIssue = (password: string) => {
	const r = v.safeParse(NewPassword, password);
	return r.success ? null : r.issues[0].message;
};

describe('user names (issue 12.9)', () => {
	it.each([
		['admin1\u3164', 'username_invisible'], // Hangul filler after the name
		['\u3164\u3164\u3164\u3164', 'username_invisible'], // only fillers
		['ad\u200bmin1', 'username_invisible'], // zero-width space
		['\u115f\u1160admin', 'username_invisible'],
		['ad\uffa0min', 'username_invisible'], // half-width Hangul filler
		['\u0430dmin1', 'username_scripts'], // Cyrillic а + Latin
		['p\u0430ypal', 'username_scripts'],
		['\u03bfpen-door', 'username_scripts'], // Greek ο + Latin
		['   ', 'required']
	])('%j is refused: %s', (name, code) => expect(usernameIssue(name)).toBe(code));

	it.each(['admin1', '김철수', 'Kim철수', '日本語name', 'иван', 'Δημήτρης', 'a.b-c_d', 'ＭＯＤ'])(
		'%j is accepted',
		(name) => expect(usernameIssue(name)).toBeNull()
	);

	it('gives look-alikes one skeleton', () => {
		const s = usernameSkeleton('admin1');
		for (const twin of ['\u0430dmin1', 'ADMIN1', 'adminl', 'adrnin1', 'ａｄｍｉｎ１', 'аdmіn1'])
			expect(usernameSkeleton(twin), twin).toBe(s);
		expect(usernameSkeleton('admin2')).not.toBe(s);
		// All-Cyrillic "рор" passes the script check on its own, and is the skeleton of Latin "pop".
		expect(usernameSkeleton('\u0440\u043e\u0440')).toBe(usernameSkeleton('pop'));
	});

	it('refuses a name that looks like a taken one, in the database', async () => {
		await createUser(db, 'admin1', PASSWORD, 'admin');
		await createUser(db, 'pop', PASSWORD);
		for (const twin of ['\u0430dmin1', 'adminl', 'adrnin1', '\u0440\u043e\u0440'])
			await expect(createUser(db, twin, PASSWORD), twin).rejects.toMatchObject({
				confusable: true
			});
		await expect(createUser(db, 'Admin1', PASSWORD)).rejects.toBeInstanceOf(UsernameTakenError);
		expect(await attemptSignup(db, '\u0440\u043e\u0440', PASSWORD, '192.0.2.5')).toEqual({
			ok: false,
			code: 'username_confusable'
		});
		expect(db.$client.prepare('SELECT count(*) FROM user').pluck().get()).toBe(2);
		await expect(createUser(db, 'admin2', PASSWORD)).resolves.toMatchObject({ username: 'admin2' });
	});
});

describe('new passwords (issue 12.13)', () => {
	it.each([
		[' '.repeat(10), 'password_blank'],
		['\t'.repeat(12), 'password_blank'],
		['\u0000'.repeat(10), 'password_control'],
		['good password\u0000x', 'password_control'],
		['esc\u001b[31m red text', 'password_control'],
		['password123', 'password_common'],
		['QWERTYUIOP', 'password_common'],
		['1q2w3e4r5t', 'password_common'],
		['dkssudgktpdy', 'password_common']
	])('%j is refused: %s', (password, code) => expect(passwordIssue(password)).toBe(code));

	it.each(['a long enough password', 'correct horse battery staple', '비밀번호는 길수록 좋다'])(
		'%j is accepted',
		(password) => expect(passwordIssue(password)).toBeNull()
	);

	it('refuses the user name as the password, in any case', () => {
		const r = v.safeParse(SignupSchema, {
			username: 'LongUserName',
			password: 'longusername',
			confirm: 'longusername'
		});
		expect(r.success).toBe(false);
		if (!r.success) expect(issuesOf(r.issues)).toEqual({ password: 'password_username' });
	});
});
