/** The audit log of moderator and admin actions, shown to admins at /admin/audit. */
import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from './db/client';
import { auditLog } from './db/schema';
import type { User } from './accounts';

export const AUDIT_ACTIONS = [
	'proposal.approve',
	'proposal.approve-own-refused',
	'proposal.request-changes',
	'proposal.reject',
	'revision.revert',
	'names.mark-reviewed',
	'photo.approve',
	'photo.reject',
	'photo.remove',
	'user.role'
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Call inside the transaction of the change it records, so the two stand or fall together. */
export function recordAudit(
	db: Db,
	actor: User,
	action: AuditAction,
	target: string,
	detail = ''
): void {
	db.insert(auditLog)
		.values({ actorId: actor.id, actorName: actor.username, action, target, detail })
		.run();
}

export interface AuditEntry {
	id: number;
	actorName: string;
	action: string;
	target: string;
	detail: string;
	createdAt: string;
}

export interface AuditFilter {
	/** The actor's user name as recorded (kept when the account is gone). */
	actor?: string;
	action?: AuditAction;
}

/** One page of the log, newest first, with the number of rows the filter matches. */
export function listAudit(
	db: Db,
	filter: AuditFilter = {},
	limit = 50,
	offset = 0
): { rows: AuditEntry[]; total: number } {
	const conditions: SQL[] = [];
	if (filter.actor) conditions.push(eq(auditLog.actorName, filter.actor));
	if (filter.action) conditions.push(eq(auditLog.action, filter.action));
	const where = conditions.length ? and(...conditions) : undefined;
	const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
	const rows = db
		.select({
			id: auditLog.id,
			actorName: auditLog.actorName,
			action: auditLog.action,
			target: auditLog.target,
			detail: auditLog.detail,
			createdAt: auditLog.createdAt
		})
		.from(auditLog)
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.offset(offset)
		.all();
	return { rows, total };
}
