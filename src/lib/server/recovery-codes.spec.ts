import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { authenticate, createUser } from './accounts';
import { createSession, validateSession } from './auth';
import {
	issueRecoveryCodes,
	normalizeRecoveryCode,
	recoverAccount,
	RECOVERY_CODE_COUNT,
	unusedRecoveryCodes
} from './recovery-codes';

let db: Db;
let userId: number;
const OLD = 'the old password here';
const NEW = 'a brand new password';

beforeEach(async () => {
	db = openDatabase(':memory:');
	userId = (await createUser(db, 'Mina', OLD)).id;
});

describe('recovery codes', () => {
	it('issues ten distinct codes and stores only argon2id hashes of them', async () => {
		const codes = await issueRecoveryCodes(db, userId);
		expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
		expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
		for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
		const rows = db.$client.prepare('SELECT code_hash FROM recovery_code').all() as {
			code_hash: string;
		}[];
		expect(rows).toHaveLength(RECOVERY_CODE_COUNT);
		for (const row of rows) {
			expect(row.code_hash).toMatch(/^\$argon2id\$/);
			for (const code of codes) expect(row.code_hash).not.toContain(code.replace('-', ''));
		}
	});

	it('sets a new password, ends every session, and each code works once', async () => {
		const codes = await issueRecoveryCodes(db, userId);
		const { token } = createSession(db, userId);
		const first = await recoverAccount(db, 'mina', codes[3]!, NEW, '10.0.0.1');
		expect(first).toMatchObject({ ok: true, userId, left: RECOVERY_CODE_COUNT - 1 });
		expect(validateSession(db, token)).toBeNull();
		expect(await authenticate(db, 'Mina', NEW)).not.toBeNull();
		expect(await authenticate(db, 'Mina', OLD)).toBeNull();

		const again = await recoverAccount(db, 'Mina', codes[3]!, 'yet another password', '10.0.0.1');
		expect(again).toEqual({ ok: false, code: 'recovery_failed' });
		expect(await authenticate(db, 'Mina', NEW)).not.toBeNull();
		// Another code still works, typed sloppily.
		const typed = ` ${codes[5]!.toUpperCase().replace('-', ' ')} `;
		expect(
			await recoverAccount(db, 'Mina', typed, 'yet another password', '10.0.0.1')
		).toMatchObject({ ok: true, left: RECOVERY_CODE_COUNT - 2 });
		expect(unusedRecoveryCodes(db, userId)).toBe(RECOVERY_CODE_COUNT - 2);
	});

	it('gives the same answer for an unknown name, a wrong code and another account’s code', async () => {
		const other = (await createUser(db, 'Jun', OLD)).id;
		const otherCodes = await issueRecoveryCodes(db, other);
		await issueRecoveryCodes(db, userId);
		expect(await recoverAccount(db, 'nobody', otherCodes[0]!, NEW, '10.0.0.2')).toEqual({
			ok: false,
			code: 'recovery_failed'
		});
		expect(await recoverAccount(db, 'Mina', 'abcde-fghjk', NEW, '10.0.0.2')).toEqual({
			ok: false,
			code: 'recovery_failed'
		});
		expect(await recoverAccount(db, 'Mina', otherCodes[0]!, NEW, '10.0.0.2')).toEqual({
			ok: false,
			code: 'recovery_failed'
		});
		expect(await authenticate(db, 'Mina', OLD)).not.toBeNull();
	});

	it('new codes replace the old ones', async () => {
		const old = await issueRecoveryCodes(db, userId);
		await issueRecoveryCodes(db, userId);
		expect(unusedRecoveryCodes(db, userId)).toBe(RECOVERY_CODE_COUNT);
		expect((await recoverAccount(db, 'Mina', old[0]!, NEW, '10.0.0.3')).ok).toBe(false);
	});

	it('locks a client out of a name after five wrong codes, even with a right one after', async () => {
		const codes = await issueRecoveryCodes(db, userId);
		const results = [];
		for (let i = 0; i < 5; i++)
			results.push(await recoverAccount(db, 'Mina', `zzzzz-zzzz${i}`, NEW, '10.0.0.4'));
		expect(results.at(-1)).toMatchObject({ ok: false, code: 'login_locked' });
		expect(await recoverAccount(db, 'Mina', codes[0]!, NEW, '10.0.0.4')).toMatchObject({
			ok: false,
			code: 'login_locked'
		});
		expect(await authenticate(db, 'Mina', OLD)).not.toBeNull();
		// Another IP is not locked out by this one's guesses.
		expect((await recoverAccount(db, 'Mina', codes[0]!, NEW, '10.0.0.5')).ok).toBe(true);
	});

	it('reads codes the way people type them', () => {
		expect(normalizeRecoveryCode('ABCDE FGHJK')).toBe('abcde-fghjk');
		expect(normalizeRecoveryCode('abcdefghjk')).toBe('abcde-fghjk');
		expect(normalizeRecoveryCode('0O1IL-23456')).toBe('00111-23456');
	});
});
