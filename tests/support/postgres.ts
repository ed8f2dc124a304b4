/**
 * The PostgreSQL server the tests may use: TEST_POSTGRES_URL (any database on it; default the
 * machine's, postgres://postgres@127.0.0.1:5432/test). Each spec creates a database of its own
 * with a unique name and drops it afterwards, so specs and parallel runs never share data.
 */
import pg from 'pg';

export const POSTGRES_URL =
	process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when the server answers, else why not (shown as the reason a spec is skipped). */
export async function postgresUnreachable(): Promise<string | null> {
	const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
	client.on('error', () => {});
	try {
		await client.connect();
		await client.query('select 1');
		return null;
	} catch (e) {
		const { message, code } = e as Error & { code?: string };
		return `no PostgreSQL at ${POSTGRES_URL} (${message || code}); start one or set TEST_POSTGRES_URL`;
	} finally {
		await client.end().catch(() => {});
	}
}

/**
 * Skips a spec without PostgreSQL, except where one was promised (CI sets TEST_POSTGRES_REQUIRED=1
 * after starting it): there a missing server is a failure, not a silent skip.
 */
export async function requirePostgres(): Promise<string | null> {
	const reason = await postgresUnreachable();
	if (reason && process.env.TEST_POSTGRES_REQUIRED === '1') throw new Error(reason);
	return reason;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: POSTGRES_URL });
	await client.connect();
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

export interface TestDatabase {
	readonly name: string;
	readonly url: string;
	drop(): Promise<void>;
}

/**
 * A new, empty database. Its text sorts by ICU's en-US rules where the server has ICU (as
 * Debian's does), so code that forgets byte order for text keys fails here even on a server whose
 * default collation is C.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
	const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
	await admin(async (client) => {
		try {
			await client.query(
				`create database "${name}" locale_provider icu icu_locale 'en-US' template template0`
			);
		} catch {
			await client.query(`create database "${name}"`);
		}
	});
	const url = new URL(POSTGRES_URL);
	url.pathname = `/${name}`;
	return {
		name,
		url: url.toString(),
		drop: () =>
			admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(
				() => {}
			)
	};
}
