/**
 * Graceful shutdown: SIGTERM while a request is still arriving. The request must finish (and its
 * write last), new connections are refused, and the process exits 0 with the database closed —
 * the WAL checkpointed into the main file, the -wal file gone or empty.
 */
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { startBuiltServer, tempDir } from '../support/built-server';
import { rawRequest } from '../support/http';
import { PASSWORD } from './accounts';

test('SIGTERM lets an in-flight sign-up finish, refuses new connections, and exits 0 with the WAL checkpointed', async () => {
	test.setTimeout(120_000);
	const databasePath = join(tempDir('sigterm'), 'sigterm.sqlite');
	const server = await startBuiltServer({ databasePath, env: { LOG_REQUESTS: '0' } });
	// Some writes first, so the WAL has frames to checkpoint at shutdown.
	await rawRequest(`${server.url}/entries/naengmyeon`);
	expect(existsSync(`${databasePath}-wal`)).toBe(true);

	const username = `term${Date.now().toString(36)}`;
	const body = new URLSearchParams({ username, password: PASSWORD, confirm: PASSWORD }).toString();
	const half = Math.floor(body.length / 2);
	let answer: { status: number; location: string | undefined } | undefined;
	const slow = request(`${server.url}/signup`, {
		method: 'POST',
		agent: false,
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': String(Buffer.byteLength(body)),
			accept: 'text/html',
			origin: server.url
		}
	});
	const answered = new Promise<void>((done, fail) => {
		slow.on('response', (res) => {
			answer = { status: res.statusCode!, location: res.headers['location'] };
			res.resume();
			res.on('end', done);
		});
		slow.on('error', fail);
	});
	// Headers and half the form are in; the action is waiting for the rest of the body. The
	// server reads sockets in the order their bytes arrive, so once it has answered a request
	// sent after them on another connection, it has read these too.
	await new Promise<void>((done, fail) =>
		slow.write(body.slice(0, half), (error) => (error ? fail(error) : done()))
	);
	expect((await rawRequest(`${server.url}/healthz`)).status).toBe(200);

	server.process.kill('SIGTERM');
	// Closing the listener is the first thing the server does on SIGTERM: wait for that.
	await expect
		.poll(
			() =>
				rawRequest(`${server.url}/healthz`, { timeoutMs: 5000 }).then(
					() => 'still listening',
					(error: Error) => error.message
				),
			{ timeout: 10_000 }
		)
		.toMatch(/ECONNREFUSED/);
	expect(server.process.exitCode, 'still running while the request is in flight').toBeNull();

	slow.end(body.slice(half));
	await answered;
	// The answer is the page of the new account's recovery codes.
	expect(answer).toEqual({ status: 200, location: undefined });

	expect(await server.exited).toBe(0);
	const wal = `${databasePath}-wal`;
	expect(
		!existsSync(wal) || statSync(wal).size === 0,
		'WAL checkpointed and removed on close'
	).toBe(true);
	const db = new Database(databasePath, { readonly: true });
	expect(db.prepare('SELECT username FROM user WHERE username = ?').get(username)).toEqual({
		username
	});
	expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	db.close();
});
