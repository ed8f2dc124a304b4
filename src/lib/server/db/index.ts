import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { openDatabase, type Db } from './client';
import { seedIfEmpty } from '../seed/load';
import { startPruning } from '../prune';

let instance: Db | undefined;
let stopPruning: (() => void) | undefined;

/**
 * The one database of the running server, opened on first use. The first start creates the file,
 * applies the migrations and loads the seed when the database is empty, so `node build` on an
 * empty DATABASE_PATH gives a working site.
 */
export function getDb(): Db {
	if (instance) return instance;
	// `vite build` imports server modules to analyse routes; it must not create a database file.
	if (building) {
		instance = openDatabase(':memory:');
		return instance;
	}
	instance = openDatabase(env.DATABASE_PATH || '.data/nambuk.sqlite');
	seedIfEmpty(instance, env.SEED_DIR || 'db/seed');
	stopPruning = startPruning(instance);
	return instance;
}

export function closeDb(): void {
	stopPruning?.();
	stopPruning = undefined;
	instance?.$client.close();
	instance = undefined;
}
