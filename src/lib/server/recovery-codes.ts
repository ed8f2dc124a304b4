/**
 * Account recovery without e-mail: ten one-time codes, shown once (at sign-up or when the user
 * asks for new ones) and stored only as argon2 hashes. A code, with the account's name, sets a
 * new password and ends every session of the account.
 */
import { randomInt } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from './db/client';
import { recoveryCode } from './db/schema';
import { changePassword, findUserByName, hashPassword, verifyPassword } from './accounts';
import { invalidateUserSessions } from './auth';
import { POLICIES, checkFailures, clearKey, recordFailure } from './rate-limit';
import { usernameKey } from '../schemas/account';

export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32 (no i, l, o, u): 10 letters are 50 random bits, read aloud without doubt. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const CODE_LENGTH = 10;

function newCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
	return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A code as typed, in the form it was hashed in: case, spaces and dashes do not matter, and the
 * letters Crockford's alphabet leaves out read as the digits they look like.
 */
export function normalizeRecoveryCode(typed: string): string {
	const plain = typed
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s-]+/g, '')
		.replace(/o/g, '0')
		.replace(/[il]/g, '1');
	return plain.length === CODE_LENGTH ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

/** Replaces every code of the user with ten new ones and returns them (the only time they exist). */
export async function issueRecoveryCodes(db: Db, userId: number): Promise<string[]> {
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
	const hashes = await Promise.all(codes.map((code) => hashPassword(code)));
	db.transaction((txn) => {
		const tx = txn as unknown as Db;
		tx.delete(recoveryCode).where(eq(recoveryCode.userId, userId)).run();
		tx.insert(recoveryCode)
			.values(hashes.map((codeHash) => ({ userId, codeHash })))
			.run();
	});
	return codes;
}

/** How many of the user's codes are still unused. */
export function unusedRecoveryCodes(db: Db, userId: number): number {
	return db
		.select({ id: recoveryCode.id })
		.from(recoveryCode)
		.where(and(eq(recoveryCode.userId, userId), isNull(recoveryCode.usedAt)))
		.all().length;
}

export type RecoveryResult =
	| { ok: true; userId: number; left: number }
	| { ok: false; code: 'recovery_failed' }
	| { ok: false; code: 'login_locked'; retryAfterMs: number };

let dummyHash: Promise<string> | undefined;

/**
 * Sets a new password with a recovery code. Limited as logins are (same policies, own counters),
 * with the failure reserved before any hash is checked so parallel guesses cannot slip past the
 * limit. The reply is the same for an unknown name and a wrong or used code. The code is spent by
 * a conditional update (used_at still null), so two requests racing with one code cannot both win.
 */
export async function recoverAccount(
	db: Db,
	username: string,
	typedCode: string,
	newPassword: string,
	ip: string,
	now = Date.now()
): Promise<RecoveryResult> {
	const name = usernameKey(username);
	const clientKey = `recover:client:${name}:ip:${ip}`;
	const ipKey = `recover:ip:${ip}`;
	const reservation = db.transaction(
		(txn) => {
			const tx = txn as unknown as Db;
			const locked = Math.max(
				checkFailures(tx, clientKey, POLICIES.loginAccount(), now).retryAfterMs,
				checkFailures(tx, ipKey, POLICIES.loginIp(), now).retryAfterMs
			);
			if (locked > 0) return { locked, retryAfterMs: 0 };
			const byClient = recordFailure(tx, clientKey, POLICIES.loginAccount(), now);
			const byIp = recordFailure(tx, ipKey, POLICIES.loginIp(), now);
			return { locked: 0, retryAfterMs: Math.max(byClient.retryAfterMs, byIp.retryAfterMs) };
		},
		{ behavior: 'immediate' }
	);
	if (reservation.locked > 0)
		return { ok: false, code: 'login_locked', retryAfterMs: reservation.locked };

	const code = normalizeRecoveryCode(typedCode);
	const account = findUserByName(db, username);
	const candidates = account
		? db
				.select({ id: recoveryCode.id, codeHash: recoveryCode.codeHash })
				.from(recoveryCode)
				.where(and(eq(recoveryCode.userId, account.id), isNull(recoveryCode.usedAt)))
				.all()
		: [];
	let matched: number | null = null;
	for (const row of candidates) {
		if (await verifyPassword(row.codeHash, code)) {
			matched = row.id;
			break;
		}
	}
	if (!account) {
		// An unknown name costs a hash check too. (Names are no secret here: the history shows
		// them; this only keeps the reply from being instant.)
		dummyHash ??= hashPassword('not a real recovery code');
		await verifyPassword(await dummyHash, code);
	}
	const spent =
		account && matched !== null
			? db
					.update(recoveryCode)
					.set({ usedAt: new Date(now).toISOString() })
					.where(and(eq(recoveryCode.id, matched), isNull(recoveryCode.usedAt)))
					.run().changes === 1
			: false;
	if (!account || !spent) {
		return reservation.retryAfterMs > 0
			? { ok: false, code: 'login_locked', retryAfterMs: reservation.retryAfterMs }
			: { ok: false, code: 'recovery_failed' };
	}
	await changePassword(db, account.id, newPassword);
	invalidateUserSessions(db, account.id);
	clearKey(db, clientKey);
	// The login lock on this name from this IP is for guessing the old password; it is moot now.
	clearKey(db, `login:client:${name}:ip:${ip}`);
	return { ok: true, userId: account.id, left: unusedRecoveryCodes(db, account.id) };
}
