/**
 * Accounts: creating users, checking passwords, roles. Free of SvelteKit imports so the `user`
 * CLI (scripts/user.ts) can use it as well as the routes.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { asc, eq } from 'drizzle-orm';
import type { Db } from './db/client';
import { ROLES, user, type Role } from './db/schema';
import { usernameKey, usernameSkeleton } from '../schemas/account';
import { recordAudit } from './audit';

export { ROLES, type Role };

export interface User {
	id: number;
	username: string;
	role: Role;
}

/** Argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane). */
const ARGON2 = {
	// A const enum in the package's typings; 2 is Argon2id.
	algorithm: 2 as Algorithm,
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1
};

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Verified against when a username is unknown, so a wrong name costs as long as a wrong password. */
let dummyHash: Promise<string> | undefined;

const RANK: Record<Role, number> = { contributor: 0, moderator: 1, admin: 2 };

/** Whether a role includes another: admins can do what moderators can, moderators what contributors can. */
export function hasRole(role: Role, needed: Role): boolean {
	return RANK[role] >= RANK[needed];
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export class UsernameTakenError extends Error {
	/** True when the name is not the same as a taken one but looks the same (see usernameSkeleton). */
	readonly confusable: boolean;
	constructor(confusable = false) {
		super(confusable ? 'username looks like a taken one' : 'username taken');
		this.confusable = confusable;
	}
}

/**
 * A taken name that looks like this one: same skeleton, another key. The skeleton is not stored
 * (that would need a column), so every name is compared; at this site's scale (contributors in
 * the thousands) that is a millisecond, and it runs inside the sign-up's write transaction.
 */
function confusableTaken(db: Db, username: string): boolean {
	const skeleton = usernameSkeleton(username);
	return db
		.select({ username: user.username })
		.from(user)
		.all()
		.some((row) => usernameSkeleton(row.username) === skeleton);
}

export async function createUser(
	db: Db,
	username: string,
	password: string,
	role: Role = 'contributor'
): Promise<User> {
	const passwordHash = await hashPassword(password);
	const key = usernameKey(username);
	// One write transaction (BEGIN IMMEDIATE): two look-alike sign-ups cannot both pass the check.
	return db.transaction(
		(txn) => {
			const tx = txn as unknown as Db;
			if (findUserByName(tx, username)) throw new UsernameTakenError();
			if (confusableTaken(tx, username)) throw new UsernameTakenError(true);
			const row = tx
				.insert(user)
				.values({ username: username.trim(), usernameKey: key, passwordHash, role })
				.onConflictDoNothing()
				.returning({ id: user.id, username: user.username, role: user.role })
				.get();
			if (!row) throw new UsernameTakenError();
			return row;
		},
		{ behavior: 'immediate' }
	);
}

export function findUserByName(db: Db, username: string) {
	return (
		db
			.select()
			.from(user)
			.where(eq(user.usernameKey, usernameKey(username)))
			.get() ?? null
	);
}

export function getUser(db: Db, id: number): User | null {
	return (
		db
			.select({ id: user.id, username: user.username, role: user.role })
			.from(user)
			.where(eq(user.id, id))
			.get() ?? null
	);
}

/** The user whose name and password these are, or null, taking the same time either way. */
export async function authenticate(
	db: Db,
	username: string,
	password: string
): Promise<User | null> {
	const row = findUserByName(db, username);
	if (!row) {
		dummyHash ??= hashPassword('not a real password, only for timing');
		await verifyPassword(await dummyHash, password);
		return null;
	}
	if (!(await verifyPassword(row.passwordHash, password))) return null;
	return { id: row.id, username: row.username, role: row.role };
}

export async function changePassword(db: Db, userId: number, password: string): Promise<void> {
	const passwordHash = await hashPassword(password);
	db.update(user).set({ passwordHash }).where(eq(user.id, userId)).run();
}

export function setRole(db: Db, userId: number, role: Role): void {
	db.update(user).set({ role }).where(eq(user.id, userId)).run();
}

/** An admin grants or revokes a role; the change and its audit record are one transaction. */
export function setRoleAudited(db: Db, admin: User, userId: number, role: Role): boolean {
	return db.transaction((txn) => {
		const tx = txn as unknown as Db;
		const target = getUser(tx, userId);
		if (!target) return false;
		if (target.role === role) return true;
		setRole(tx, userId, role);
		recordAudit(tx, admin, 'user.role', `user:${target.username}`, `${target.role} → ${role}`);
		return true;
	});
}

export function listUsers(db: Db): (User & { createdAt: string })[] {
	return db
		.select({ id: user.id, username: user.username, role: user.role, createdAt: user.createdAt })
		.from(user)
		.orderBy(asc(user.usernameKey))
		.all();
}
