import { defineConfig } from 'drizzle-kit';

/**
 * The PostgreSQL dialect (issue 19): its own schema file and migrations folder beside SQLite's
 * (drizzle.config.ts). `npm run db:generate:pg` writes a migration after schema-pg.ts changes.
 */
export default defineConfig({
	schema: './src/lib/server/db/schema-pg.ts',
	out: './db/migrations-pg',
	dialect: 'postgresql',
	dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' },
	strict: true,
	verbose: true
});
