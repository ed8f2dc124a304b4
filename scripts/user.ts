/**
 * Account administration from the command line, e.g. the first admin of a fresh install:
 *
 *   npm run user -- create NAME --role admin        (password prompted, or read from stdin)
 *   npm run user -- set-role NAME moderator
 *   npm run user -- list
 *
 * Uses the database the server uses: DATABASE_PATH, default .data/nambuk.sqlite. Safe while the
 * server runs (SQLite WAL; each command is one short transaction).
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import * as v from 'valibot';
import { openDatabase } from '../src/lib/server/db/client';
import {
	createUser,
	findUserByName,
	isRole,
	listUsers,
	setRole,
	UsernameTakenError,
	type Role
} from '../src/lib/server/accounts';
import { issuesOf, NewPassword, passwordIsUsername, Username } from '../src/lib/schemas/account';

const USAGE = `Usage:
  npm run user -- create NAME [--role contributor|moderator|admin]
  npm run user -- set-role NAME contributor|moderator|admin
  npm run user -- list`;

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}

/** Asks without echoing what is typed. */
function prompt(question: string): Promise<string> {
	let muted = false;
	const output = new Writable({
		write(chunk, _encoding, callback) {
			if (!muted) process.stdout.write(chunk);
			callback();
		}
	});
	const rl = createInterface({ input: process.stdin, output, terminal: true });
	return new Promise((resolve) => {
		rl.question(question, (answer) => {
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		});
		muted = true;
	});
}

async function readPassword(): Promise<string> {
	if (!process.stdin.isTTY) {
		// The first line of stdin, so `echo "$PW" | npm run user -- create …` works.
		return (await readAll(process.stdin)).split(/\r?\n/)[0] ?? '';
	}
	const first = await prompt('Password: ');
	const second = await prompt('Repeat password: ');
	if (first !== second) fail('The two passwords differ.');
	return first;
}

async function main(argv: string[]) {
	const [command, ...rest] = argv;
	const db = openDatabase(process.env.DATABASE_PATH || '.data/nambuk.sqlite');
	try {
		if (command === 'create') {
			const name = rest[0];
			if (!name || name.startsWith('--')) fail(USAGE);
			const roleAt = rest.indexOf('--role');
			const role = roleAt >= 0 ? rest[roleAt + 1] : 'contributor';
			if (!isRole(role)) fail(`Unknown role "${role}".\n${USAGE}`);
			const username = v.safeParse(Username, name);
			if (!username.success)
				fail(`Invalid username: ${Object.values(issuesOf(username.issues)).join(', ')}`);
			const password = v.safeParse(NewPassword, await readPassword());
			if (!password.success)
				fail(`Invalid password: ${Object.values(issuesOf(password.issues)).join(', ')}`);
			if (passwordIsUsername(password.output, username.output))
				fail('Invalid password: password_username');
			try {
				const created = await createUser(db, username.output, password.output, role as Role);
				console.log(`Created ${created.role} "${created.username}" (id ${created.id}).`);
			} catch (e) {
				if (e instanceof UsernameTakenError)
					fail(
						e.confusable
							? `The username "${name}" looks like one that is taken.`
							: `The username "${name}" is taken.`
					);
				throw e;
			}
		} else if (command === 'set-role') {
			const [name, role] = rest;
			if (!name || !isRole(role)) fail(USAGE);
			const found = findUserByName(db, name);
			if (!found) fail(`No user "${name}".`);
			setRole(db, found.id, role);
			console.log(`"${found.username}" is now ${role}.`);
		} else if (command === 'list') {
			for (const u of listUsers(db)) console.log(`${u.id}\t${u.role}\t${u.username}`);
		} else {
			fail(USAGE);
		}
	} finally {
		db.$client.close();
	}
}

await main(process.argv.slice(2));
