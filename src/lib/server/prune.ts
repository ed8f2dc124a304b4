/**
 * Housekeeping: expired sessions and spent rate-limit counters are deleted at start and then
 * hourly. Neither would ever be read again (an expired session is refused, a counter past its
 * window reads as zero), but without this both tables grow by a row per login and per IP for ever.
 */
import { lt } from 'drizzle-orm';
import type { Db } from './db/client';
import { session } from './db/schema';
import { pruneRateLimits } from './rate-limit';
import { writeLog } from './log';

export const PRUNE_EVERY_MS = 60 * 60 * 1000;

export function pruneExpired(db: Db, now = Date.now()): { sessions: number; rateLimits: number } {
	return db.transaction((txn) => {
		const tx = txn as unknown as Db;
		const sessions = tx.delete(session).where(lt(session.expiresAt, now)).run().changes;
		return { sessions, rateLimits: pruneRateLimits(tx, now) };
	});
}

/**
 * Prunes now and then every `everyMs`. The timer is unref'd so it never keeps the process alive
 * on shutdown; the returned function stops it.
 */
export function startPruning(db: Db, everyMs = PRUNE_EVERY_MS): () => void {
	const run = () => {
		try {
			const deleted = pruneExpired(db);
			if (deleted.sessions || deleted.rateLimits) writeLog('info', { msg: 'pruned', ...deleted });
		} catch (e) {
			// A closed or busy database must not take the server down; the next run tries again.
			writeLog('error', { msg: 'prune failed', error: String(e) });
		}
	};
	run();
	const timer = setInterval(run, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
