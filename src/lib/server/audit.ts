/** The audit log of moderator and admin actions, shown to admins at /admin/audit. */
import { desc } from 'drizzle-orm';
import type { Db } from './db/client';
import { auditLog } from './db/schema';
import type { User } from './accounts';

export type AuditAction =
	| 'proposal.approve'
	| 'proposal.approve-own-refused'
	| 'proposal.request-changes'
	| 'proposal.reject'
	| 'revision.revert'
	| 'names.mark-reviewed'
	| 'photo.approve'
	| 'photo.reject'
	| 'photo.remove'
	| 'user.role';

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

export function listAudit(db: Db, limit = 200, offset = 0): AuditEntry[] {
	return db
		.select({
			id: auditLog.id,
			actorName: auditLog.actorName,
			action: auditLog.action,
			target: auditLog.target,
			detail: auditLog.detail,
			createdAt: auditLog.createdAt
		})
		.from(auditLog)
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.offset(offset)
		.all();
}
