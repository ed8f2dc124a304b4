import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './db/client';
import { createUser, findUserByName } from './accounts';
import { attemptLogin, deviceToken, verifyDevice } from './auth';

const PASSWORD = 'a long enough password';
let dir: string;
let db: Db;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'nambuk-device-'));
	db = openDatabase(join(dir, 'test.sqlite'));
});
afterEach(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('device cookies (issue 12.7)', () => {
	it('a device cookie from an earlier login gets in behind the locked IP', async () => {
		const owner = await createUser(db, 'bea', PASSWORD);
		const t = 4_000_000;
		const row = findUserByName(db, 'bea')!;
		const device = deviceToken(row.passwordHash, owner.id, t - 1000);
		for (let i = 0; i < 6; i++) await attemptLogin(db, 'bea', `guess ${i}`, '10.1.1.1', t);
		expect(await attemptLogin(db, 'bea', PASSWORD, '10.1.1.1', t + 1000)).toMatchObject({
			code: 'login_locked'
		});
		expect(
			await attemptLogin(db, 'bea', PASSWORD, { ip: '10.1.1.1', device }, t + 1000)
		).toMatchObject({ ok: true });
		// A forged, foreign or altered cookie counts for nothing.
		expect(verifyDevice(row, device, t)).not.toBeNull();
		expect(verifyDevice(row, device.slice(0, -2) + 'xx', t)).toBeNull();
		expect(verifyDevice({ ...row, id: row.id + 1 }, device, t)).toBeNull();
		expect(verifyDevice({ ...row, passwordHash: 'changed' }, device, t)).toBeNull();
		expect(
			await attemptLogin(db, 'bea', PASSWORD, { ip: '10.1.1.1', device: 'x.y.z' }, t + 1000)
		).toMatchObject({ code: 'login_locked' });
	}, 60_000);
});
