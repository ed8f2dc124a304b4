/**
 * Crash safety: contributors propose and a moderator approves, concurrently, over HTTP, while the
 * built server is killed with SIGKILL at a random moment, twenty times, and restarted on the same
 * database file each time. After every kill the database must pass PRAGMA integrity_check and
 * hold every write the server had answered with success.
 */
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startBuiltServer, tempDir, type BuiltServer } from '../support/built-server';
import { approveProposalForm, postForm } from '../support/http';
import { GENEROUS_LIMITS, isApproved, newEntryForm, signUp, submittedId } from './accounts';

const KILLS = Number(process.env.FAULT_KILLS ?? 20);
const CONTRIBUTORS = 3;

test('every acknowledged proposal and approval survives SIGKILL at random moments, and the database stays sound', async () => {
	test.setTimeout(15 * 60_000);
	const databasePath = join(tempDir('kill'), 'kill.sqlite');
	const env = { ...GENEROUS_LIMITS, LOG_REQUESTS: '0' };
	let server: BuiltServer = await startBuiltServer({ databasePath, env });

	const run = Date.now().toString(36);
	const contributors: string[] = [];
	for (let i = 0; i < CONTRIBUTORS; i++)
		contributors.push(await signUp(server.url, databasePath, `killc${i}${run}`));
	const moderator = await signUp(server.url, databasePath, `killm${run}`, 'moderator');

	/** Proposals the server acknowledged (303 to ?submitted=ID), by id, with their gloss. */
	const proposed = new Map<number, string>();
	/** Proposals whose approval the server acknowledged (303 to ?done=approved). */
	const approved = new Set<number>();
	let attempts = 0;
	let counter = 0;

	for (let round = 0; round < KILLS; round++) {
		let running = true;
		const origin = server.url;
		const propose = async (cookie: string) => {
			while (running) {
				const english = `kill test ${run} ${counter++}`;
				attempts++;
				try {
					const id = submittedId(
						await postForm(origin, '/contribute', newEntryForm(english), cookie)
					);
					if (id !== null) proposed.set(id, english);
				} catch {
					// The server died mid-request: no answer, so nothing is promised. Wait a moment
					// rather than spin on refused connections until the round ends.
					await new Promise((r) => setTimeout(r, 5));
				}
			}
		};
		const approve = async () => {
			while (running) {
				const pending = [...proposed.keys()].filter((id) => !approved.has(id));
				const id = pending[Math.floor(Math.random() * pending.length)];
				if (id === undefined) {
					await new Promise((r) => setTimeout(r, 10));
					continue;
				}
				attempts++;
				try {
					if (isApproved(await approveProposalForm(origin, id, moderator))) approved.add(id);
				} catch {
					// As above.
					await new Promise((r) => setTimeout(r, 5));
				}
			}
		};
		const approvedBefore = approved.size;
		const workers = [...contributors.map(propose), approve(), approve()];
		// Somewhere between a few requests in and well into the load.
		await new Promise((r) => setTimeout(r, 150 + Math.random() * 1200));
		// On a loaded machine three proposers can starve the approvers for a whole window (a CI
		// run acknowledged 136 proposals and no approval in 20 rounds): when proposals are
		// waiting, the kill also waits for this round's first acknowledged approval (at most 10 s),
		// so every run tests approvals surviving a kill, not only proposals.
		const waitUntil = Date.now() + 10_000;
		while (approved.size === approvedBefore && proposed.size > 0 && Date.now() < waitUntil)
			await new Promise((r) => setTimeout(r, 10));
		server.process.kill('SIGKILL');
		const exit = await server.exited;
		// Stop the load before any check can fail, or its loops would outlive the test.
		running = false;
		await Promise.all(workers);
		// Anything else than our SIGKILL means the server died on its own: show why.
		expect(exit, `round ${round + 1}; the server said:\n${server.output().slice(-4000)}`).toBe(
			'SIGKILL'
		);

		const db = new Database(databasePath);
		try {
			expect(db.pragma('integrity_check', { simple: true }), `after kill ${round + 1}`).toBe('ok');
			expect(db.pragma('foreign_key_check'), `after kill ${round + 1}`).toEqual([]);
			const rows = db.prepare('SELECT id, state, payload, revision_id FROM proposal').all() as {
				id: number;
				state: string;
				payload: string;
				revision_id: number | null;
			}[];
			const byId = new Map(rows.map((r) => [r.id, r]));
			// One assertion per round over every acknowledged write, not one per row: the trace
			// records each assertion, and thousands of them a round made the test crawl.
			const lostProposals = [...proposed]
				.filter(([id, english]) => {
					const row = byId.get(id);
					return !row || JSON.parse(row.payload).english !== english;
				})
				.map(([id]) => id);
			expect(lostProposals, `acknowledged proposals missing after kill ${round + 1}`).toEqual([]);
			const entryOf = db.prepare(
				'SELECT entry.english FROM revision JOIN entry ON entry.id = revision.entry_id WHERE revision.id = ?'
			);
			const lostApprovals = [...approved].filter((id) => {
				const row = byId.get(id);
				if (!row) return true;
				const shown = entryOf.get(row.revision_id) as { english: string } | undefined;
				return row.state !== 'approved' || shown?.english !== proposed.get(id);
			});
			expect(lostApprovals, `acknowledged approvals missing after kill ${round + 1}`).toEqual([]);
		} finally {
			db.close();
		}
		server = await startBuiltServer({ databasePath, env });
	}

	await server.stop();
	// eslint-disable-next-line no-console -- the run's figures are this test's report.
	console.log(
		`${KILLS} kills: ${attempts} requests, ${proposed.size} proposals and ${approved.size} approvals acknowledged, all present`
	);
	expect(proposed.size).toBeGreaterThan(KILLS);
	expect(approved.size).toBeGreaterThan(0);
});
